"""The agenda register of printed documents: numbered in the office's pattern, restarting each year."""

from __future__ import annotations

from datetime import UTC, datetime

from lk3_desktop.store import open_store
from tests.helpers.cases import complete_case, intake


def test_register_numbers_restart_each_year(db_path, staff, store):
    store.close()
    clock = {"now": datetime(2025, 12, 30, 3, tzinfo=UTC)}
    s = open_store(db_path, clock=lambda: clock["now"])
    rid = s.save_step(None, 1, intake(arrival_at="2025-12-29T08:00",
                                      performed_by=staff["pengadministrasi"]), complete=True)
    a = s.register_document("service-form", rid)
    b = s.register_document("referral", rid)
    clock["now"] = datetime(2026, 1, 5, 3, tzinfo=UTC)
    c = s.register_document("contract", rid)
    assert [a["number"], b["number"], c["number"]] == [
        "1/LK3/DINSOSPM/XII/2025", "2/LK3/DINSOSPM/XII/2025", "1/LK3/DINSOSPM/I/2026"]
    assert [d["kind"] for d in s.list_documents(year=2025)] == ["service-form", "referral"]
    s.close()


def test_a_reprint_keeps_its_number_and_the_register_filters(store, staff):
    store.actor = staff["pengadministrasi"]
    rid = complete_case(store, staff, upto=3)
    first = store.register_document("contract", rid)
    again = store.register_document("contract", rid)
    assert (again["id"], again["number"], again["print_count"]) == (first["id"], first["number"], 2)
    assert first["staff_id"] == staff["pengadministrasi"]  # who printed it, when a staff member
    store.actor = "os:someone"
    blank = store.register_document("service-form", None)  # no case: never a reprint
    assert blank["seq"] == 2 and blank["staff_id"] is None
    assert store.register_document("service-form", None)["seq"] == 3
    store.set_document_filed(first["id"], "  Lemari arsip 2 ")
    assert store.document_for("contract", rid)["filed_location"] == "Lemari arsip 2"
    assert store.document_for("record", rid) is None
    month = store.today().month
    assert [d["seq"] for d in store.list_documents(kind="contract")] == [1]
    assert [d["seq"] for d in store.list_documents(staff_id=staff["pengadministrasi"])] == [1]
    assert [d["seq"] for d in store.list_documents(month=month)] == [1, 2, 3]
    assert store.list_documents(month=month % 12 + 1) == []
    [entry] = store.list_documents(kind="contract")
    assert entry["client_name"] == intake()["full_name"]
    assert entry["staff_name"] == store.staff(staff["pengadministrasi"])["name"]
