"""A client's data: the export holds all of it and nothing of another client; anonymising a
case past its retention keeps the counts, removes every identifying value from the file's
bytes, and leaves an audit chain that still verifies."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store import Store, check_file
from lk3_desktop.store.audit_chain import verify_chain
from lk3_desktop.store.audited import StoreWriteError
from lk3_desktop.store.privacy import (
    CLEARED_UNDESCRIBED,
    STRUCTURAL,
    NotEligible,
    retention_end,
)
from tests.helpers.cases import contract, executor, intake, meeting, problems
from tests.helpers.pdf import flat, text
from tests.helpers.roles import store_as

LATER = date(2040, 1, 1)  # every case of these tests is past a 5-year retention by then

# Two clients, each with values that appear nowhere else.
AYU = {"full_name": "Ni Luh Putu Ayu D'Costa", "nik": "6571014505900003",
       "kk_number": "6571010101100001", "address_street": "Jl. Mulawarman No. 12",
       "phone": "0812 3456 7890", "family_name": "Made Sutama", "family_phone": "0813 9999 0000",
       "complaint": "Dideportasi dari Tawau; cemas dan sulit tidur.",
       "referrer_name": "Bripka Suhardi", "birth_place": "Singaraja", "birth_date": "1990-05-05"}
TEJO = {"full_name": "Bambang Sutejo Wirawan", "nickname": "Tejo", "nik": "6571011203850007",
        "kk_number": "6571010101100002", "birth_place": "Nunukan", "birth_date": "1985-03-12",
        "sex": "L", "religion": "Islam", "address_street": "Jl. Gajah Mada Gg. Mawar 7",
        "kelurahan": "Pamusian", "kecamatan": "Tarakan Tengah", "phone": "0811 5555 6666",
        "family_name": "Siti Aminah", "family_phone": "0815 7777 8888",
        "family_address": "Nunukan Selatan", "referrer_name": "Ipda Kurniawan",
        "complaint": "Dipukul majikan di Sabah; luka di lengan kiri."}
# A problem typed, then removed before the step was completed.
DROPPED = "Utang judi Rp 40 juta kepada rentenir"
DROPPED_OF = {AYU["full_name"]: DROPPED, TEJO["full_name"]: "Paspor ditahan agen di Sandakan"}
NOTES = {"ayu": "Klien menangis menceritakan majikan di Tawau.",
         "tejo": "Klien gelisah, minta dipulangkan ke Nunukan."}
# What must never survive anonymisation, anywhere in the file.
SECRETS = ["Ni Luh Putu Ayu D'Costa", "D'Costa", "6571014505900003", "6571010101100001",
           "Jl. Mulawarman No. 12", "0812 3456 7890", "Made Sutama", "0813 9999 0000",
           "Dideportasi dari Tawau", "Bripka Suhardi", "Singaraja", "1990-05-05", DROPPED,
           NOTES["ayu"], "Karang Anyar"]


def make_case(store: Store, staff: dict[str, str], who: dict, notes: str,
              client_id: str | None = None) -> str:
    """A case through all seven steps for a client `who` (a new client record, or the
    existing `client_id`'s), with a problem typed in step 4 and removed again before the
    step was completed."""
    rid = store.create_referral(client_id=client_id) if client_id else None
    rid = store.save_step(rid, 1, intake(**who, performed_by=executor(store, staff, 1)),
                          complete=True)
    store.save_step(rid, 2, {**meeting(staff["konselor"]), "notes": notes,
                             "performed_by": executor(store, staff, 2)}, complete=True)
    store.save_step(rid, 3, {**contract(), "performed_by": executor(store, staff, 3)},
                    complete=True)
    data = problems()
    extra = {"id": None, "area": "ekonomi", "severity": "berat",
             "description": DROPPED_OF[who["full_name"]]}
    store.save_step(rid, 4, {"problems": [*data["problems"], extra]})
    kept = [{**p, "id": row["id"]} for p, row in zip(data["problems"], store.problems(rid, 4))]
    store.save_step(rid, 4, {**data, "problems": kept, "performed_by": executor(store, staff, 4)},
                    complete=True)
    store.save_step(rid, 5, {"reassessments": [
        {"problem_id": p["id"], "result": "terkonfirmasi", "note": "Masih berat"}
        for p in store.problems(rid, 4)], "new_problems": [], "reassessed_by": "konselor",
        "performed_by": executor(store, staff, 5)}, complete=True)
    store.save_step(rid, 6, {"actions": [
        {"problem_id": p["id"], "goal": "Pulih", "activity": f"Konseling {who['full_name']}",
         "responsible": "Konselor", "target_date": "2026-12-31", "status": "rencana"}
        for p in store.problems(rid)], "performed_by": executor(store, staff, 6)}, complete=True)
    store.save_step(rid, 7, {"counselor_process_rating": 4, "counselor_result_rating": 4,
                             "client_process_rating": 5, "client_result_rating": 4,
                             "counselor_result_comment": f"Komentar tentang {who['full_name']}",
                             "goals_reached": "ya", "outcome": "selesai",
                             "performed_by": executor(store, staff, 7)}, complete=True)
    return rid


@pytest.fixture
def two(store, staff):
    """Ayu's case and Tejo's case, each with two printed documents."""
    from lk3_desktop.pdf.render import render

    store.actor = staff["pengadministrasi"]
    ayu = make_case(store, staff, AYU, NOTES["ayu"])
    tejo = make_case(store, staff, TEJO, NOTES["tejo"])
    for rid in (ayu, tejo):
        render(store, "referral", rid)
        render(store, "record", rid)
    return {"ayu": ayu, "tejo": tejo}


def audit_rows(store: Store) -> list[dict]:
    return store._all("SELECT * FROM audit_log ORDER BY seq")


def rows_of(store: Store, rid: str) -> set[tuple[str, str]]:
    """(table, id) of every row of case `rid`, deleted ones included, and its client's."""
    ref = store.referral(rid)
    out = {("referral", rid), ("client", ref["client_id"])}
    for table in ("step_record", "problem", "action_item", "document"):
        out |= {(table, i) for i in store._child_ids(table, [rid])}
    return out


# -- the export ---------------------------------------------------------------------------

def test_the_export_holds_every_value_of_the_client_and_nothing_of_another(store, two, staff,
                                                                           tmp_path):
    ayu, tejo = two["ayu"], two["tejo"]
    client = store.client_of(ayu)
    export = store.client_export(client)
    dumped = json.dumps(export, ensure_ascii=False)

    assert export["client"]["stored"] == store._row("client", client)
    shown = {f["key"]: f["value"] for f in export["client"]["fields"]}
    for key in ("full_name", "nik", "kk_number", "address_street", "phone", "family_name"):
        assert shown[key] == AYU[key]
    assert {f["label"] for f in export["client"]["fields"]} >= {"Nama lengkap", "NIK"}

    [case] = export["cases"]
    assert case["agenda_number"] == store.referral(ayu)["agenda_number"]
    assert case["stored"]["referral"] == store.referral(ayu)
    for step in store.sop.steps:  # every step's every value, with its label beside its key
        loaded = store.load_step(ayu, step.number)
        [mine] = [s for s in case["steps"] if s["number"] == step.number]
        got = {f["key"]: f["value"] for f in mine["fields"]}
        for f in step.fields:
            if f.store in ("client", "record") or loaded.get(f.key) in (None, "", []):
                continue
            assert got[f.key] == loaded[f.key], (step.number, f.key)
            assert next(x["label"] for x in mine["fields"] if x["key"] == f.key) == f.label
        assert mine["status"] == "complete"
        assert mine["performed_by_name"]
    assert case["stored"]["problem"] == store.problems(ayu)
    assert case["stored"]["action_item"] == store.actions(ayu)
    assert [d["number"] for d in case["documents"]] == [
        d["number"] for d in store.list_documents() if d["referral_id"] == ayu]

    # the audit rows of all those rows, the problem removed in step 4 included
    expected = [a["seq"] for a in audit_rows(store)
                if (a["table_name"], a["row_id"]) in rows_of(store, ayu)
                and a["action"] != "export"]
    assert [a["seq"] for a in export["audit_log"]] == expected
    assert DROPPED in dumped
    assert any(a["action"] == "delete" and a["table"] == "problem" for a in export["audit_log"])
    assert all(a["actor_name"] for a in export["audit_log"])

    for value in (*TEJO.values(), NOTES["tejo"], tejo, store.client_of(tejo),
                  store.referral(tejo)["agenda_number"]):
        if value not in ("L", "Islam", "Tarakan Tengah", "Pamusian"):  # not only Tejo's
            assert str(value) not in dumped, value
    assert "Tarakan Tengah" not in json.dumps(export["client"], ensure_ascii=False)


def test_the_files_are_owner_only_and_the_pdf_reads_as_the_json(store, two, tmp_path):
    client = store.client_of(two["ayu"])
    json_path, pdf_path = store.write_client_export(client, tmp_path)
    number = store.referral(two["ayu"])["agenda_number"]
    assert json_path.name.startswith("data-pribadi-" + number.replace("/", "-"))
    assert "Costa" not in json_path.name and pdf_path.suffix == ".pdf"
    if os.name == "posix":
        assert {p.stat().st_mode & 0o777 for p in (json_path, pdf_path)} == {0o600}
    export = json.loads(json_path.read_text(encoding="utf-8"))
    assert export["client"]["id"] == client
    content = flat(text(pdf_path.read_bytes()))
    assert "DATA PRIBADI YANG DISIMPAN" in content and f"Kasus {number}" in content
    for value in ("Ni Luh Putu Ayu D'Costa", "6571014505900003", "Jl. Mulawarman No. 12",
                  "Dideportasi dari Tawau; cemas dan sulit tidur.", NOTES["ayu"],
                  "Riwayat pemrosesan (log audit)", "Dihapus"):
        assert value in content, value
    for value in ("Bambang", "Sutejo", "6571011203850007", "Gajah Mada", "Sabah", "Sandakan",
                  store.referral(two["tejo"])["agenda_number"]):
        assert value not in content, value
    # a second export beside the first never replaces it
    again = store.write_client_export(client, tmp_path)
    assert again[0] != json_path and json_path.exists()
    other = store.write_client_export(store.client_of(two["tejo"]), tmp_path)
    tejo_text = flat(text(other[1].read_bytes())) + other[0].read_text(encoding="utf-8")
    for value in ("D'Costa", "6571014505900003", "Mulawarman", "Tawau", DROPPED):
        assert value not in tejo_text, value


def test_an_export_is_recorded_with_counts_only(store, two):
    client = store.client_of(two["ayu"])
    store.client_export(client)
    last = store.audit_entries("client", client)[-1]
    assert last["action"] == "export"
    assert last["new_values"] == {"cases": 1, "steps": 7, "problems": 2, "actions": 2,
                                  "documents": 2, "audit_rows": last["new_values"]["audit_rows"]}
    assert "Costa" not in json.dumps(last)
    assert verify_chain(audit_rows(store)) is None


@pytest.mark.parametrize(("roles", "allowed"), [
    ({"kepala_seksi"}, True), ({"administrator"}, False), ({"konselor"}, False),
    ({"pengadministrasi"}, False), ({"tim_ahli"}, False)])
def test_only_the_kepala_seksi_exports_once_the_file_has_accounts(store, two, roles, allowed,
                                                                 tmp_path):
    client = store.client_of(two["ayu"])
    person = store_as(store, roles)
    if allowed:
        assert person.client_export(client)["client"]["id"] == client
        return
    before = len(audit_rows(store))
    with pytest.raises(AccessDenied, match="Kepala Seksi"):
        person.client_export(client)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(AccessDenied):
        person.write_client_export(client, out)
    assert list(out.iterdir()) == [] and len(audit_rows(store)) == before
    nobody = Store(store.db, path=store.path)  # accounts, but no one signed in
    with pytest.raises(AccessDenied):
        nobody.client_export(client)


# -- the retention period and its candidates ----------------------------------------------

def test_retention_years_default_to_five_and_keep_to_one_to_thirty(store):
    assert store.retention_years() == 5
    store.set_retention_years(7)
    assert store.retention_years() == 7
    assert store.audit_entries("setting", "privacy.retention_years")[-1]["new_values"] == {
        "value": "7"}
    for bad in (0, 31, -1, "10", 2.5, True):
        with pytest.raises(ValidationFailed, match="1 sampai 30"):
            store.set_retention_years(bad)
    assert store.retention_years() == 7
    store.set_setting("privacy.retention_years", "lima")  # damaged: the default, not a crash
    assert store.retention_years() == 5
    store.set_setting("privacy.retention_years", "99")
    assert store.retention_years() == 5


@pytest.mark.parametrize("roles", [{"kepala_seksi"}, {"konselor"}, {"pengadministrasi"}])
def test_only_the_administrator_sets_the_period_or_anonymises(store, two, roles):
    person = store_as(store, roles)
    with pytest.raises(AccessDenied, match="Administrator"):
        person.set_retention_years(3)
    with pytest.raises(AccessDenied, match="Administrator"):
        person.anonymise_cases([two["ayu"]], "uji", today=LATER)
    with pytest.raises(AccessDenied, match="Administrator"):
        person.erase_free_space()
    assert store.retention_years() == 5 and not store.anonymised_cases()
    admin = store_as(store, {"administrator"})
    admin.set_retention_years(3)
    assert admin.anonymise_cases([two["ayu"]], "uji", today=LATER) == [two["ayu"]]


@pytest.mark.parametrize(("closed_at", "years", "end"), [
    ("2026-11-21T03:00:00+00:00", 5, date(2031, 11, 21)),
    ("2024-02-29T03:00:00+00:00", 1, date(2025, 3, 1)),   # the full period, never a day less
    ("2024-02-29T03:00:00+00:00", 4, date(2028, 2, 29)),
])
def test_retention_ends_on_the_anniversary_of_the_closing_day(closed_at, years, end):
    assert retention_end(closed_at, years) == end


def test_candidates_are_closed_cases_past_the_period_not_yet_anonymised(store, staff, two):
    from tests.helpers.cases import complete_case

    active = complete_case(store, staff, upto=3)
    going_on = complete_case(store, staff, upto=6)
    store.save_step(going_on, 7, {"counselor_process_rating": 4, "counselor_result_rating": 4,
                                  "client_process_rating": 5, "client_result_rating": 4,
                                  "goals_reached": "sebagian", "outcome": "lanjut",
                                  "performed_by": executor(store, staff, 7)}, complete=True)
    assert store.referral(going_on)["status"] == "lanjut"
    closed = store.referral(two["ayu"])["closed_at"]
    end = retention_end(closed, 5)
    assert store.retention_candidates(date.fromordinal(end.toordinal() - 1)) == []
    found = store.retention_candidates(end)
    assert [c["id"] for c in found] == [two["ayu"], two["tejo"]]
    assert set(found[0]) == {"id", "agenda_number", "status", "outcome", "closed_at",
                             "retention_end"}  # no names in the list
    assert active not in {c["id"] for c in store.retention_candidates(LATER)}
    assert going_on not in {c["id"] for c in store.retention_candidates(LATER)}
    store.anonymise_cases([two["ayu"]], "uji", today=end)
    assert [c["id"] for c in store.retention_candidates(LATER)] == [two["tejo"]]
    store.set_retention_years(30)
    assert store.retention_candidates(end) == []


def test_a_case_not_past_its_period_is_refused_and_nothing_changes(store, two, staff):
    from tests.helpers.cases import complete_case

    active = complete_case(store, staff, upto=2)
    before = audit_rows(store)
    with pytest.raises(NotEligible, match="belum ditutup"):
        store.anonymise_cases([two["ayu"], active], "uji", today=LATER)
    with pytest.raises(NotEligible, match=store.referral(two["ayu"])["agenda_number"]):
        store.anonymise_cases([two["ayu"]], "uji")  # closed today: five years to go
    with pytest.raises(ValidationFailed, match="Alasan"):
        store.anonymise_cases([two["ayu"]], "  ", today=LATER)
    assert audit_rows(store) == before
    assert store._row("client", store.client_of(two["ayu"]))["full_name"] == AYU["full_name"]


# -- anonymising --------------------------------------------------------------------------

def counts(store: Store) -> dict:
    """What the office counts, and must count the same after anonymising."""
    q = store._all
    return {
        "cases": len(store.list_cases()),
        "numbers": [c.agenda_number for c in store.list_cases()],
        "status": q("SELECT status, outcome, related_sop, referral_source, current_step, "
                    "arrival_at, closed_at, count(*) AS n FROM referral GROUP BY 1, 2, 3, 4, 5, "
                    "6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7"),
        "steps": q("SELECT referral_id, step, status, started_at, completed_at, performed_by, "
                   "checklist FROM step_record ORDER BY 1, 2"),
        "problems": q("SELECT referral_id, origin_step, area, severity, reassessment "
                      "FROM problem ORDER BY 1, 2, position"),
        "actions": q("SELECT referral_id, problem_id, target_date, status FROM action_item "
                     "ORDER BY 1, position"),
        "register": [(d["number"], d["kind"], d["doc_date"], d["agenda_number"], d["staff_id"])
                     for d in store.list_documents()],
        "sex": q("SELECT sex, count(*) AS n FROM client GROUP BY 1 ORDER BY 1"),
    }


def file_bytes(path: Path) -> bytes:
    assert not Path(str(path) + "-journal").exists()
    return path.read_bytes()


def test_anonymising_keeps_the_counts_and_leaves_no_identifying_byte_in_the_file(store, two,
                                                                                 db_path):
    ayu, tejo = two["ayu"], two["tejo"]
    before = counts(store)
    raw = file_bytes(db_path)
    for secret in SECRETS:  # the search can see them before
        assert secret.encode() in raw, secret

    assert store.anonymise_cases([ayu], "Masa simpan 5 tahun berakhir", today=LATER) == [ayu]

    assert counts(store) == before
    assert store.is_anonymised(ayu) and not store.is_anonymised(tejo)
    client = store._row("client", store.client_of(ayu))
    assert {k: v for k, v in client.items() if v not in ("", None, 0)
            and k not in STRUCTURAL["client"]} == {
        "sex": "P", "estimated_age": 35, "kecamatan": "Tarakan Barat"}
    ref = store.referral(ayu)
    for key in ("referrer_name", "referrer_contact", "complaint", "arrival_condition"):
        assert ref[key] == ""
    assert (ref["outcome"], ref["status"], ref["referral_source"]) == ("selesai", "selesai",
                                                                       "polisi")
    assert json.loads(store.step_records(ayu)[2]["data"]) == {"met_at": "2026-11-21T10:00",
                                                             "place": "shelter"}
    assert {p["description"] for p in store.problems(ayu)} == {""}
    assert {(a["goal"], a["activity"], a["responsible"]) for a in store.actions(ayu)} == {
        ("", "", "")}

    raw = file_bytes(db_path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    for value in ("Bambang Sutejo Wirawan", "6571011203850007", NOTES["tejo"]):
        assert value.encode() in raw, value  # the other client is untouched
    assert store.db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # rebuilt
    assert not store.free_space_pending()
    assert check_file(db_path).startswith("OK: lk3.sqlite utuh, 2 kasus")


def test_if_the_rebuild_fails_the_rows_hold_nothing_and_it_is_done_later(store, two, db_path,
                                                                          monkeypatch):
    """secure_delete alone clears what anonymising frees (without it the name stays in the
    file: tried); the rebuild that clears older versions is marked and redone."""
    def locked():
        raise sqlite3.OperationalError("database is locked")

    real = store._vacuum
    monkeypatch.setattr(store, "_vacuum", locked)
    with pytest.raises(StoreWriteError, match="belum terhapus"):
        store.anonymise_cases([two["ayu"]], "uji", today=LATER)
    assert store.is_anonymised(two["ayu"]) and store.free_space_pending()
    raw = file_bytes(db_path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    monkeypatch.setattr(store, "_vacuum", real)
    store.erase_free_space()
    assert not store.free_space_pending()
    assert store.db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert verify_chain(audit_rows(store)) is None


def test_the_audit_log_loses_the_values_of_those_rows_and_its_chain_holds(store, two):
    ayu, tejo = two["ayu"], two["tejo"]
    mine, theirs = rows_of(store, ayu), rows_of(store, tejo)
    seqs = [a["seq"] for a in audit_rows(store)]
    store.anonymise_cases([ayu], "Masa simpan 5 tahun berakhir", today=LATER)
    after = audit_rows(store)
    assert verify_chain(after) is None
    assert [a["seq"] for a in after[:len(seqs)]] == seqs  # nothing removed or added between
    for a in after[:len(seqs)]:
        key = (a["table_name"], a["row_id"])
        if key in mine and a["table_name"] != "document":
            assert a["redacted"] == 1 and a["old_values"] is None and a["new_values"] is None
        elif key in theirs or a["table_name"] in ("staff", "setting", "document"):
            assert a["redacted"] == 0, key
    added = after[len(seqs):]
    assert {(a["table_name"], a["row_id"]) for a in added if a["action"] != "anonymise"} == {
        ("setting", "privacy.free_space_pending")}  # set with the case, cleared after VACUUM
    [event] = [a for a in added if a["action"] == "anonymise"]
    assert (event["action"], event["table_name"], event["row_id"]) == ("anonymise", "referral",
                                                                       ayu)
    details = json.loads(event["new_values"])
    assert details["reason"] == "Masa simpan 5 tahun berakhir"
    assert details["client_anonymised"] is True
    assert (details["steps"], details["problems"], details["actions"]) == (7, 2, 2)
    assert details["audit_rows_redacted"] > 20
    assert not any(s in event["new_values"] for s in SECRETS)


def test_a_client_with_a_case_still_kept_keeps_the_client_row(store, staff):
    store.actor = staff["pengadministrasi"]
    old = make_case(store, staff, AYU, NOTES["ayu"])
    shared = store.client_of(old)  # she came back: a new referral for the same client
    recent = make_case(store, staff, AYU, "Datang lagi setahun kemudian.", client_id=shared)
    assert store.client_of(recent) == shared
    store.anonymise_cases([old], "uji", today=LATER)
    client = store._row("client", shared)
    assert (client["full_name"], client["nik"]) == (AYU["full_name"], AYU["nik"])
    assert any(not a["redacted"] for a in store.audit_entries("client", shared))
    assert store.referral(old)["complaint"] == ""
    assert store.referral(recent)["complaint"] == AYU["complaint"]
    assert store.audit_entries("referral", old)[-1]["new_values"]["client_anonymised"] is False
    # the export still shows the old case, without what was removed
    export = store.client_export(shared)
    assert [c["anonymised"] for c in export["cases"]] == [True, False]
    # the client's last case takes the client row with it
    store.anonymise_cases([recent], "uji", today=LATER)
    assert store._row("client", shared)["full_name"] == ""
    assert all(a["redacted"] for a in store.audit_entries("client", shared))


def test_other_client_rows_with_the_nik_are_named_not_the_clients_own_cases(store, staff):
    """One client record holds a returning client's cases (all in the export); another row
    with the same NIK (made before, or a worker who said "not the same person") is named
    for the one exporting to decide, never exported with it."""
    store.actor = staff["pengadministrasi"]
    first = make_case(store, staff, AYU, NOTES["ayu"])
    shared = store.client_of(first)
    again = make_case(store, staff, AYU, "Datang lagi.", client_id=shared)
    apart = make_case(store, staff, AYU, "Dicatat sebagai klien baru.")
    number = {rid: store.referral(rid)["agenda_number"] for rid in (first, again, apart)}
    assert store.same_nik_cases(shared) == [number[apart]]
    assert store.same_nik_cases(store.client_of(apart)) == [number[first], number[again]]
    export = store.client_export(shared)
    assert [c["agenda_number"] for c in export["cases"]] == [number[first], number[again]]


def test_anonymising_again_changes_nothing(store, two):
    store.anonymise_cases([two["ayu"]], "uji", today=LATER)
    rows = audit_rows(store)
    assert store.anonymise_cases([two["ayu"]], "uji", today=LATER) == []
    assert audit_rows(store) == rows


def test_each_case_in_its_own_transaction_a_failure_keeps_the_ones_before(store, two,
                                                                        monkeypatch):
    real = store._anonymise_in_transaction
    calls = []

    def fail_second(rid, reason):
        calls.append(rid)
        real(rid, reason)
        if len(calls) == 2:  # after the writes, before the commit
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_anonymise_in_transaction", fail_second)
    secure_delete = store.db.execute("PRAGMA secure_delete").fetchone()[0]
    progress: list[tuple[int, int]] = []
    with pytest.raises(StoreWriteError, match="belum dianonimkan"):
        store.anonymise_cases([two["ayu"], two["tejo"]], "uji", today=LATER,
                              progress=lambda n, total: progress.append((n, total)))
    assert progress == [(1, 2)]
    assert store.is_anonymised(two["ayu"]) and not store.is_anonymised(two["tejo"])
    assert store._row("client", store.client_of(two["tejo"]))["full_name"] == TEJO["full_name"]
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == secure_delete  # as it was
    assert not store.free_space_pending()  # rebuilt after the failure all the same
    assert b"D'Costa" not in file_bytes(store.path)
    assert verify_chain(audit_rows(store)) is None


def test_every_column_is_described_or_listed_as_structure(store):
    """A column added later must be judged: a described field (then its type decides) or a
    structural column listed in store.privacy.STRUCTURAL."""
    for table, structural in STRUCTURAL.items():
        columns = {r[1] for r in store.db.execute(f"PRAGMA table_info({table})")}
        assert columns == (structural | store.described_columns(table)
                           | CLEARED_UNDESCRIBED.get(table, frozenset())), table
    assert set(store.removed_columns("problem")) == {"description", "reassessment_note"}
    assert set(store.removed_columns("action_item")) == {"goal", "activity", "responsible"}
    assert set(store.removed_columns("referral")) == {
        "referrer_name", "referrer_contact", "complaint", "arrival_condition",
        "referral_other", "outcome_reason"}


def test_the_files_clock_decides_which_cases_are_due(store, two):
    """Without `today`, the store's clock (the program's) decides."""
    assert store.retention_candidates() == []
    store.clock = lambda: datetime(2040, 1, 1, 9, tzinfo=UTC)
    assert [c["id"] for c in store.retention_candidates()] == [two["ayu"], two["tejo"]]


def test_an_anonymised_clients_export_shows_what_is_left_and_the_age_as_a_band(store, two,
                                                                               tmp_path):
    client = store.client_of(two["ayu"])
    store.anonymise_cases([two["ayu"]], "uji", today=LATER)
    export = store.client_export(client)
    assert {f["key"]: f["text"] for f in export["client"]["fields"]} == {
        "estimated_age": "35–39 tahun", "sex": "Perempuan", "kecamatan": "Tarakan Barat",
        "family_unknown": "Tidak"}
    [case] = export["cases"]
    assert case["anonymised"] and case["outcome_text"] == "Selesai (kasus ditutup)"
    assert all(a["redacted"] for a in export["audit_log"]
               if a["table"] not in ("document",) and a["action"] != "anonymise")
    _json_path, pdf_path = store.write_client_export(client, tmp_path)
    content = flat(text(pdf_path.read_bytes()))
    assert "Ya, setelah masa simpan berakhir" in content
    assert "Alasan: uji" in content
    assert "(isinya dihapus saat anonimisasi)" in content
    assert "35–39 tahun" in content
    for secret in SECRETS:
        assert secret not in content, secret


def test_a_row_deleted_after_the_log_was_first_read_is_still_found(store, two, db_path):
    """The delete rows are read once and then only those added since: a problem deleted
    in between (here by another laptop on the same file) is redacted all the same."""
    ayu = two["ayu"]
    store.client_export(store.client_of(ayu))  # reads the log's delete rows
    other = Store(store.db, path=store.path)
    problem = store.problems(ayu)[0]
    with other.transaction():
        other._update("problem", problem["id"], {"description": "Takut dikejar penagih utang"})
        other._delete("problem", problem["id"])
    assert ("problem", problem["id"]) in rows_of(store, ayu)
    store.anonymise_cases([ayu], "uji", today=LATER)
    assert all(a["redacted"] for a in store.audit_entries("problem", problem["id"]))
    assert b"Takut dikejar penagih utang" not in file_bytes(db_path)


def test_what_ordinary_edits_freed_earlier_is_gone_from_the_file_too(store, two, db_path):
    """secure_delete clears what anonymising frees; an earlier version of a note, freed by
    an ordinary save, may still lie in a page's free space: the file is rebuilt (VACUUM)."""
    ayu = two["ayu"]
    store.db.execute("PRAGMA secure_delete = OFF")  # as the program runs day to day
    store.save_step(ayu, 1, {"full_name": "Ni Luh Putu Ayu Darto Salah Ketik Panjang Sekali"})
    store.save_step(ayu, 1, {"full_name": AYU["full_name"]})
    store.save_step(ayu, 2, {"notes": "Versi pertama: klien tinggal di rumah Pak Darto."})
    store.save_step(ayu, 2, {"notes": NOTES["ayu"]})
    # the save above rewrote the record: the first version now lies in free space only
    assert store.db.execute("SELECT count(*) FROM step_record WHERE data LIKE '%Darto%'"
                            ).fetchone()[0] == 0
    store.anonymise_cases([ayu], "uji", today=LATER)
    raw = file_bytes(db_path)
    assert b"Darto" not in raw
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert store.db.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_when_a_case_and_the_rebuild_both_fail_the_case_is_what_is_said(store, two,
                                                                        monkeypatch):
    real = store._anonymise_in_transaction

    def fail_tejo(rid, reason):
        real(rid, reason)
        if rid == two["tejo"]:
            raise sqlite3.OperationalError("disk I/O error")

    def locked():
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "_anonymise_in_transaction", fail_tejo)
    monkeypatch.setattr(store, "_vacuum", locked)
    number = store.referral(two["tejo"])["agenda_number"]
    with pytest.raises(StoreWriteError, match=f"Kasus {number} belum dianonimkan"):
        store.anonymise_cases([two["ayu"], two["tejo"]], "uji", today=LATER)
    assert store.anonymised_cases() == {two["ayu"]} and store.free_space_pending()
