"""Cases: step completion rules, problems and actions, agenda numbers, verbatim text."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store import open_store
from tests.helpers.cases import complete_case, intake, meeting


def rows(store, sql, params=()):
    cur = store.db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def test_complete_case_lands_field_by_field(store, staff):
    rid = complete_case(store, staff)
    ref = rows(store, "SELECT * FROM referral WHERE id = ?", [rid])[0]
    assert ref["status"] == "selesai" and ref["current_step"] == 7 and ref["closed_at"]
    assert ref["counselor_id"] == staff["konselor"]
    assert ref["family_tracing_needed"] == 1
    client = rows(store, "SELECT * FROM client WHERE id = ?", [ref["client_id"]])[0]
    for key, value in intake().items():
        if key in client:
            assert client[key] == (int(value) if isinstance(value, bool) else value), key
    steps = rows(store, "SELECT step, status FROM step_record WHERE referral_id = ? ORDER BY step",
                 [rid])
    assert steps == [{"step": n, "status": "complete"} for n in range(1, 8)]
    assert len(store.problems(rid)) == 2
    assert {a["goal"] for a in store.actions(rid)} == {"Pulih"}


def test_steps_complete_in_order_only(store, staff):
    rid = store.save_step(None, 1, intake())  # a draft
    with pytest.raises(ValidationFailed, match="Langkah 1"):
        store.save_step(rid, 2, {**meeting(staff["konselor"]), "performed_by": staff["rehabilitasi"]},
                        complete=True)


def test_rejected_completion_writes_nothing(store, staff):
    rid = store.save_step(None, 1, intake(performed_by=staff["pengadministrasi"]), complete=True)
    before = rows(store, "SELECT * FROM client")
    audit_before = len(store.audit_entries())
    with pytest.raises(ValidationFailed):
        store.save_step(rid, 1, intake(full_name="", nik="123"), complete=True)
    assert rows(store, "SELECT * FROM client") == before
    assert len(store.audit_entries()) == audit_before


def test_removed_problem_is_deleted_and_audited(store, staff):
    rid = complete_case(store, staff, upto=4)
    data = store.load_step(rid, 4)
    gone = data["problems"].pop(0)
    store.save_step(rid, 4, data, complete=True)
    assert [p["id"] for p in store.problems(rid, 4)] == [data["problems"][0]["id"]]
    deleted = [e for e in store.audit_entries("problem", gone["id"]) if e["action"] == "delete"]
    assert deleted and deleted[0]["old_values"]["description"] == gone["description"]


def test_agenda_numbers_unique_per_year_and_restart(db_path):
    clock = {"now": datetime(2025, 12, 31, 10, tzinfo=UTC)}
    store = open_store(db_path, clock=lambda: clock["now"])
    a = store.create_referral()
    b = store.create_referral()
    clock["now"] = datetime(2026, 1, 2, 10, tzinfo=UTC)
    c = store.create_referral()
    assert [store.referral(x)["agenda_number"] for x in (a, b, c)] == [
        "LK3/2025/0001", "LK3/2025/0002", "LK3/2026/0001"]
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE referral SET agenda_seq = 1 WHERE id = ?", [b])
    store.close()


@pytest.mark.parametrize("name", ["Ni Luh Putu", "D'Costa", "陈美玲", "Nguyễn Thị Hồng",
                                  'Siti "Ica" Aminah; DROP TABLE client;--', "محمد عبد الله"])
def test_any_script_and_punctuation_round_trips(store, name):
    rid = store.save_step(None, 1, {"full_name": name})
    assert store.load_step(rid, 1)["full_name"] == name
    assert store.list_cases()[0].client_name == name


def test_long_notes_round_trip_verbatim(store):
    note = ("Klien bercerita panjang.\n\n" + "Baris dengan spasi   ganda\t dan tab. " * 300)[:9000]
    rid = store.save_step(None, 1, {"full_name": "X", "complaint": note})
    assert store.load_step(rid, 1)["complaint"] == note


def test_overdue_against_the_step_standard(db_path, staff):
    clock = {"now": datetime(2026, 11, 1, 8, tzinfo=UTC)}
    store = open_store(db_path, clock=lambda: clock["now"])
    rid = store.save_step(None, 1, intake(arrival_at="2026-10-31T08:00",
                                         performed_by=staff["pengadministrasi"]), complete=True)
    clock["now"] = datetime(2026, 11, 1, 20, tzinfo=UTC)  # 12 h into step 2 (1 day)
    assert not store.list_cases()[0].overdue
    clock["now"] = datetime(2026, 11, 2, 9, tzinfo=UTC)  # 25 h
    row = store.list_cases()[0]
    assert row.overdue and row.step_label == "2/7 Pertemuan dengan konselor"
    assert rid == row.id
    store.close()


def test_removing_a_problem_after_steps_5_and_6_sends_them_back_to_draft(store, staff):
    rid = complete_case(store, staff, upto=6)
    data = store.load_step(rid, 4)
    gone = data["problems"].pop(0)
    store.save_step(rid, 4, data)  # step 4 is complete: this is validated as a correction
    records = store.step_records(rid)
    assert records[4]["status"] == "complete"
    # Step 6's action for the removed problem lost its link, audited, not silently.
    unlinked = [a for a in store.actions(rid) if a["problem_id"] is None]
    assert len(unlinked) == 1
    entry = [e for e in store.audit_entries("action_item", unlinked[0]["id"])
             if e["action"] == "update"][-1]
    assert entry["old_values"] == {"problem_id": gone["id"]} and entry["new_values"] == {
        "problem_id": None}


def test_adding_a_problem_after_reassessment_reopens_step_5(store, staff):
    rid = complete_case(store, staff, upto=6)
    data = store.load_step(rid, 4)
    data["problems"].append({"area": "hukum", "severity": "ringan", "description": "Baru."})
    store.save_step(rid, 4, data, complete=True)
    records = store.step_records(rid)
    assert records[5]["status"] == "draft" and records[5]["completed_at"] is None
    assert store.referral(rid)["current_step"] == 5  # the list shows what needs redoing
    assert records[6]["status"] == "complete"


def test_partial_save_keeps_what_it_does_not_mention(store, staff):
    rid = complete_case(store, staff, upto=4)
    before = store.load_step(rid, 4)
    store.save_step(rid, 4, {"strengths": "Tekun"})
    after = store.load_step(rid, 4)
    assert after["strengths"] == "Tekun"
    assert after["problems"] == before["problems"]
    assert after["performed_by"] == before["performed_by"] and after["status"] == "complete"
    store.save_step(rid, 2, {"notes": "Tambahan"})
    assert store.load_step(rid, 2)["place"] == "shelter"


def test_completed_step_never_takes_invalid_data(store, staff):
    rid = complete_case(store, staff, upto=2)
    with pytest.raises(ValidationFailed, match="Nama lengkap"):
        store.save_step(rid, 1, {"full_name": ""})  # even when sent as a "draft"
    assert store.load_step(rid, 1)["full_name"] == intake()["full_name"]


def test_family_tracing_is_set_when_family_becomes_unknown_only(store, staff):
    rid = complete_case(store, staff, upto=4)
    data = store.load_step(rid, 4)
    store.save_step(rid, 4, {**data, "family_tracing_needed": False})
    store.save_step(rid, 1, {"phone": "0811 1111 2222"})  # family_unknown unchanged (False)
    assert store.referral(rid)["family_tracing_needed"] == 0
    store.save_step(rid, 1, {"family_unknown": True, "family_name": ""})
    assert store.referral(rid)["family_tracing_needed"] == 1
    store.save_step(rid, 4, {"family_tracing_needed": False})  # the counselor decides otherwise
    store.save_step(rid, 1, {"phone": "0811 3333 4444"})
    assert store.referral(rid)["family_tracing_needed"] == 0


def test_nik_and_kk_are_stored_as_digits_and_found_however_typed(store):
    rid = store.save_step(None, 1, {"full_name": "Ayu", "nik": "6571 0145-0590.0003",
                                    "kk_number": "6571 0101 1000 0001"})
    assert store.load_step(rid, 1)["nik"] == "6571014505900003"
    assert store.load_step(rid, 1)["kk_number"] == "6571010110000001"


def test_only_an_active_counselor_can_be_newly_assigned(store, staff):
    rid = complete_case(store, staff, upto=1)
    admin = staff["pengadministrasi"]
    data = {**meeting(admin), "performed_by": staff["rehabilitasi"]}
    with pytest.raises(ValidationFailed, match="peran konselor"):
        store.save_step(rid, 2, data, complete=True)
    store.save_step(rid, 2, {**data, "counselor_id": staff["konselor"]}, complete=True)
    # Made inactive later, she stays the case's counselor and the step stays valid.
    person = store.staff(staff["konselor"])
    store.save_staff({**person, "active": False}, staff["konselor"])
    store.save_step(rid, 2, {"notes": "Catatan baru"})
    assert store.referral(rid)["counselor_id"] == staff["konselor"]


@pytest.mark.parametrize("age", ["abc", "²", "1.5", -3])
def test_non_numeric_age_is_refused_even_in_a_draft(store, age):
    with pytest.raises(ValidationFailed, match="Perkiraan umur"):
        store.save_step(None, 1, {"full_name": "X", "estimated_age": age})
    assert store.list_cases() == []  # and no empty case was left behind


def test_a_reassessment_completed_with_a_row_missing_is_refused(store, staff):
    """Step 5's rows are the identified problems: completing it while one has no result is
    refused, even when the rows sent leave that problem out."""
    rid = complete_case(store, staff, upto=4)
    first, second = store.problems(rid, 4)
    with pytest.raises(ValidationFailed) as refused:
        store.save_step(rid, 5, {"reassessments": [{"problem_id": first["id"],
                                                    "result": "terkonfirmasi"}],
                                 "new_problems": [], "reassessed_by": "konselor",
                                 "performed_by": staff["tim_ahli"]}, complete=True)
    assert ("reassessments.1.result", "Masalah 2: Hasil reasesmen wajib diisi.") in [
        (e.field, e.message) for e in refused.value.errors]
    assert store.step_records(rid)[5]["status"] != "complete"
    assert store.problems(rid, 4)[0]["reassessment"] == ""  # nothing of it was written


def test_an_action_naming_a_removed_problem_is_a_message_at_its_field(store, staff):
    rid = complete_case(store, staff, upto=6)
    actions = store.load_step(rid, 6)["actions"]
    gone = store.problems(rid, 4)[0]["id"]
    kept = [p for p in store.load_step(rid, 4)["problems"] if p["id"] != gone]
    store.save_step(rid, 4, {"problems": kept})  # a page still shows the old action
    with pytest.raises(ValidationFailed) as refused:
        store.save_step(rid, 6, {"actions": actions})
    assert [(e.field, e.message) for e in refused.value.errors] == [
        ("actions.0.problem_id",
         "Tindakan 1: Masalah yang ditangani sudah dihapus dari kasus ini; pilih lagi.")]


def test_a_step_reopened_by_a_correction_counts_its_time_from_then(db_path):
    clock = {"now": datetime(2026, 11, 22, 9, tzinfo=UTC)}
    store = open_store(db_path, clock=lambda: clock["now"])
    staff = {k: store.save_staff({"name": k, "roles": [k], "position": "x"})
             for k in ("pengadministrasi", "rehabilitasi", "konselor", "tim_ahli")}
    rid = complete_case(store, staff)
    clock["now"] += timedelta(days=10)
    problems = store.load_step(rid, 4)["problems"]
    store.save_step(rid, 4, {"problems": [*problems, {"area": "hukum", "severity": "ringan",
                                                      "description": "Paspor ditahan."}]})
    reopened = store.step_records(rid)[5]
    assert reopened["status"] == "draft" and reopened["started_at"] == store.now_iso()
    [case] = store.list_cases()
    assert case.current_step == 5 and not case.overdue  # reopened a moment ago, not 10 days
    store.close()


def test_a_clients_name_key_follows_the_name_and_stays_out_of_the_audit_log(store):
    """The folded key beside each name (for finding the same person) is written with the
    name, and is no change of its own in the audit log."""
    rid = store.save_step(None, 1, {"full_name": "  Nur'aini Nguyễn "})
    client_id = store.referral(rid)["client_id"]
    key = lambda: store.db.execute(  # noqa: E731
        "SELECT name_key FROM client WHERE id = ?", [client_id]).fetchone()[0]
    assert key() == "nuraininguyen"
    store.save_step(rid, 1, {"full_name": "Ma’ruf"})
    assert key() == "maruf"
    logged = [r[0] for r in store.db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'client' AND row_id = ?",
        [client_id])]
    assert logged and not any("name_key" in (v or "") for v in logged)
