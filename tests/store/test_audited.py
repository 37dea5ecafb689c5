"""Audited writes: every row stamped, every change recorded old → new, failures made clear."""

from __future__ import annotations

import re
import uuid

import pytest

from lk3_desktop.store.store import StoreWriteError
from tests.helpers.cases import complete_case, intake

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


def test_write_failure_becomes_a_clear_message(store, tmp_path):
    store.db.execute("PRAGMA query_only=ON")
    with pytest.raises(StoreWriteError, match="Data belum tersimpan"):
        store.save_step(None, 1, {"full_name": "Siti"})
    store.db.execute("PRAGMA query_only=OFF")
    assert store.list_cases() == []


def test_a_transaction_commits_whole_or_not_at_all_and_nests_as_a_savepoint(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.set_setting("office", "Dinas Sosial")
        raise RuntimeError("e.g. the PDF could not be written")
    assert store.get_setting("office") == "" and store.audit_entries() == []
    with store.transaction():
        store.set_setting("office", "Dinas Sosial")
        with pytest.raises(RuntimeError), store.transaction():
            store.set_setting("phone", "(0551) 123456")
            raise RuntimeError
    assert store.get_setting("office") == "Dinas Sosial" and store.get_setting("phone") == ""
    assert [e["row_id"] for e in store.audit_entries()] == ["office"]
