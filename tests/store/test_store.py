"""Audited writes, step completion rules, agenda numbers and verbatim text."""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store import open_store
from lk3_desktop.store.store import StoreWriteError
from tests.helpers.cases import complete_case, intake, meeting

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")


def rows(store, sql, params=()):
    cur = store.db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def test_every_row_has_uuid_timestamps_and_author(store, staff):
    store.actor = staff["pengadministrasi"]
    complete_case(store, staff, upto=7)
    for table in ("staff", "client", "referral", "step_record", "problem", "action_item"):
        for r in rows(store, f"SELECT * FROM {table}"):
            uuid.UUID(r["id"])
            assert ISO_UTC.match(r["created_at"]) and ISO_UTC.match(r["updated_at"])
            assert r["created_by"] and r["updated_by"]


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


def test_correction_is_audited_with_old_and_new_values(store, staff):
    store.actor = staff["pengadministrasi"]
    rid = complete_case(store, staff, upto=3)
    client_id = store.referral(rid)["client_id"]
    store.actor = staff["konselor"]
    store.save_step(rid, 1, intake(full_name="Ni Luh Putu Ayu", phone="0811 000 111",
                                   performed_by=staff["pengadministrasi"]), complete=True)
    entry = [e for e in store.audit_entries("client", client_id) if e["action"] == "update"][-1]
    assert entry["actor"] == staff["konselor"]
    assert entry["old_values"] == {"full_name": "Ni Luh Putu Ayu D'Costa",
                                   "phone": "0812 3456 7890"}
    assert entry["new_values"] == {"full_name": "Ni Luh Putu Ayu", "phone": "0811 000 111"}
    # Completing an unchanged step again writes nothing new to the audit log.
    n = len(store.audit_entries())
    store.save_step(rid, 1, intake(full_name="Ni Luh Putu Ayu", phone="0811 000 111",
                                   performed_by=staff["pengadministrasi"]), complete=True)
    assert len(store.audit_entries()) == n


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


def test_write_failure_becomes_a_clear_message(store, tmp_path):
    store.db.execute("PRAGMA query_only=ON")
    with pytest.raises(StoreWriteError, match="Data belum tersimpan"):
        store.save_step(None, 1, {"full_name": "Siti"})
    store.db.execute("PRAGMA query_only=OFF")
    assert store.list_cases() == []


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
