"""A case made by mistake is cancelled, not deleted: it keeps its number, shows as Batal, is
read-only, leaves the default list (a UI matter, tests/ui) and the audit log keeps why."""

from __future__ import annotations

import json
from datetime import date

import pytest

from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store.privacy import PrivacyStore
from tests.helpers.accounts import office_file, signed_in
from tests.helpers.cases import complete_case, intake


def test_cancelling_keeps_the_number_and_records_who_and_why(store, staff):
    store.actor = staff["pengadministrasi"]
    rid = store.save_step(None, 1, intake(full_name="Salah Ketik"))
    number = store.referral(rid)["agenda_number"]
    store.cancel_case(rid, "  Terdaftar   dua kali ")
    ref = store.referral(rid)
    assert (ref["status"], ref["agenda_number"], ref["cancel_reason"]) == (
        "batal", number, "Terdaftar dua kali")
    assert ref["cancelled_by"] == staff["pengadministrasi"] and ref["cancelled_at"]
    [row] = [r for r in store.list_cases() if r.id == rid]
    assert (row.status, row.status_name, row.overdue) == ("batal", "Dibatalkan", False)
    logged = store.db.execute(
        "SELECT actor, new_values FROM audit_log WHERE table_name = 'referral' AND row_id = ? "
        "AND action = 'update' ORDER BY seq DESC LIMIT 1", [rid]).fetchone()
    assert logged[0] == staff["pengadministrasi"]
    assert json.loads(logged[1])["cancel_reason"] == "Terdaftar dua kali"
    # The next case takes the next number: a cancelled one is never reused.
    other = store.save_step(None, 1, intake(full_name="Kasus Berikut"))
    assert store.referral(other)["agenda_seq"] == ref["agenda_seq"] + 1


def test_a_cancelled_case_is_read_only_until_reinstated(store, staff):
    rid = complete_case(store, staff, upto=2)
    store.cancel_case(rid, "Klien tidak jadi dirujuk")
    assert store.step_denied(rid, 3, edit=True)
    with pytest.raises(AccessDenied, match="dibatalkan"):
        store.save_step(rid, 3, {"frequency": "Seminggu sekali"})
    assert store.load_step(rid, 1)["full_name"]  # still readable
    store.reinstate_case(rid)
    ref = store.referral(rid)
    assert (ref["status"], ref["current_step"], ref["cancel_reason"]) == ("aktif", 3, "")
    assert store.save_step(rid, 3, {"frequency": "Seminggu sekali"}) == rid
    actions = [json.loads(v) for (v,) in store.db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'referral' AND row_id = ? "
        "AND action = 'update'", [rid])]
    assert any(a.get("status") == "batal" for a in actions)
    assert any(a.get("status") == "aktif" and a.get("cancel_reason") == "" for a in actions)


@pytest.mark.parametrize("reason", ["", "   ", "ok"])
def test_a_reason_is_required(store, staff, reason):
    rid = store.save_step(None, 1, intake())
    with pytest.raises(ValidationFailed) as failed:
        store.cancel_case(rid, reason)
    assert failed.value.errors[0].field == "cancel_reason"
    assert "alasan" in failed.value.errors[0].message.lower()
    assert store.referral(rid)["status"] == "aktif"


def test_cancelling_twice_says_so(store, staff):
    rid = store.save_step(None, 1, intake())
    store.cancel_case(rid, "Terdaftar dua kali")
    with pytest.raises(ValidationFailed, match="sudah dibatalkan"):
        store.cancel_case(rid, "Salah tekan lagi")


def test_the_register_keeps_a_cancelled_cases_documents_marked(store, staff):
    rid = complete_case(store, staff, upto=1)
    store.register_document("service-form", rid)
    store.cancel_case(rid, "Terdaftar dua kali")
    [entry] = store.list_documents()
    assert (entry["agenda_number"], entry["case_status"]) == (
        store.referral(rid)["agenda_number"], "batal")


def test_a_cancelled_case_is_closed_for_retention(staff, store):
    """Its retention period runs from the cancellation, so a mistaken record of a real
    person is anonymised in time like any closed case."""
    rid = store.save_step(None, 1, intake())
    store.cancel_case(rid, "Terdaftar dua kali")
    ref = store.referral(rid)
    assert ref["closed_at"] == ref["cancelled_at"]
    assert isinstance(store, PrivacyStore)
    assert [c["id"] for c in store.retention_candidates(today=date(2040, 1, 1))] == [rid]
    store.anonymise_cases([rid], "Masa simpan berakhir", today=date(2040, 1, 1))
    assert store.referral(rid)["cancel_reason"] == ""


@pytest.mark.parametrize(("username", "may"), [("rina", True), ("kasi", True), ("maria", False),
                                               ("admin", False)])
def test_who_may_cancel(tmp_path, username, may):
    path = tmp_path / "lk3.sqlite"
    rid, _ = office_file(path)
    store = signed_in(path, username)
    try:
        if may:
            store.cancel_case(rid, "Terdaftar dua kali")
            assert store.referral(rid)["status"] == "batal"
        else:
            with pytest.raises(AccessDenied):
                store.cancel_case(rid, "Terdaftar dua kali")
    finally:
        store.close()
