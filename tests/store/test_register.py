"""The agenda register of printed documents: numbered in the office's pattern, restarting each year."""

from __future__ import annotations

from datetime import UTC, datetime

from lk3_desktop.store import open_store
from tests.helpers.cases import intake


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
