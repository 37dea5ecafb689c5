"""The case list: where each case stands, search as you type, filters, overdue cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from lk3_desktop.app import build_main_window
from tests.helpers.cases import complete_case, intake
from tests.helpers.gui import type_text


def shown(window) -> list[str]:
    p = window.proxy
    return [p.data(p.index(r, 1)) for r in range(p.rowCount())]


@pytest.fixture
def three_cases(store, staff):
    a = complete_case(store, staff, upto=7)
    b = store.save_step(None, 1, intake(full_name="Budi Santoso", sex="L", nik="3171011708450001",
                                        birth_date="1945-08-17",
                                        performed_by=staff["pengadministrasi"]), complete=True)
    c = store.save_step(None, 1, {"full_name": "Siti Aminah"})
    return a, b, c


def test_list_shows_where_each_case_stands(qtbot, db_path, three_cases, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    rows = {r.client_name: r for r in w.model.rows}
    assert rows["Budi Santoso"].step_label == "2/7 Pertemuan dengan konselor"
    assert rows["Ni Luh Putu Ayu D'Costa"].status_name == "Selesai"
    assert rows["Ni Luh Putu Ayu D'Costa"].counselor == "Maria Goreti Lamba, S.Psi."
    assert w.count_label.text() == "3 kasus"
    headers = [w.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
    assert headers[:4] == ["No. agenda", "Nama klien", "NIK", "Langkah"]


@pytest.mark.parametrize("query, expected", [
    ("siti", ["Siti Aminah"]),
    ("3171 0117", ["Budi Santoso"]),          # NIK typed with spaces
    ("LK3/2026/0001", ["Ni Luh Putu Ayu D'Costa"]),
    ("d'costa", ["Ni Luh Putu Ayu D'Costa"]),
    ("tidak ada", []),
])
def test_search_as_you_type(qtbot, db_path, three_cases, store, query, expected):
    store.close()
    w = build_main_window(db_path, clock=lambda: datetime(2026, 11, 28, tzinfo=UTC))
    qtbot.addWidget(w)
    if query.startswith("LK3/"):
        query = w.store.referral(three_cases[0])["agenda_number"]
    qtbot.keyClicks(w.search, query)
    assert shown(w) == expected
    assert w.count_label.text() == f"{len(expected)} dari 3 kasus"


@pytest.fixture
def spelt_cases(store):
    for name, nik in (("Nguyễn Thị Lan", ""), ("Nur'aini Hasanah", "6571014505900003"),
                      ("Ma'ruf Hidayat", ""), ("Siti Aminah", "")):
        store.save_step(None, 1, {"full_name": name, "nik": nik})


@pytest.mark.parametrize("query, expected", [
    ("Nguyen", ["Nguyễn Thị Lan"]),
    ("nguyen thi", ["Nguyễn Thị Lan"]),
    ("NGUYỄN  THỊ", ["Nguyễn Thị Lan"]),
    ("Nuraini", ["Nur'aini Hasanah"]),
    ("nur aini", ["Nur'aini Hasanah"]),
    ("Ma’ruf", ["Ma'ruf Hidayat"]),           # a typographic apostrophe finds a plain one
    ("maruf", ["Ma'ruf Hidayat"]),
    ("6571-0145-0590", ["Nur'aini Hasanah"]),  # a NIK typed with dashes
    ("6571.0145.0590.0003", ["Nur'aini Hasanah"]),
    ("Amina", ["Siti Aminah"]),
])
def test_search_ignores_case_diacritics_apostrophes_and_spacing(qtbot, db_path, spelt_cases,
                                                                store, query, expected):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    type_text(qtbot, w.search, query)  # key presses; "ễ" and "’" as an input method sends them
    assert shown(w) == expected


def test_filters_by_status_and_step(qtbot, db_path, three_cases, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    w.status_filter.setCurrentIndex(w.status_filter.findData("selesai"))
    assert shown(w) == ["Ni Luh Putu Ayu D'Costa"]
    w.status_filter.setCurrentIndex(w.status_filter.findData("aktif"))
    assert sorted(shown(w)) == ["Budi Santoso", "Siti Aminah"]
    w.step_filter.setCurrentIndex(w.step_filter.findData(2))
    assert shown(w) == ["Budi Santoso"]


def test_overdue_cases_are_flagged(qtbot, db_path, staff, store):
    clock = {"now": datetime(2026, 11, 1, 8, tzinfo=UTC)}
    store.clock = lambda: clock["now"]
    store.save_step(None, 1, intake(arrival_at="2026-10-31T08:00",
                                    performed_by=staff["pengadministrasi"]), complete=True)
    store.close()
    clock["now"] = datetime(2026, 11, 3, 8, tzinfo=UTC)
    w = build_main_window(db_path, clock=lambda: clock["now"])
    qtbot.addWidget(w)
    assert w.proxy.data(w.proxy.index(0, 7)) == "Terlambat"


def _row(rid: str, **over):
    from lk3_desktop.store.store import CaseRow

    values = {"id": rid, "agenda_number": f"LK3/2026/{rid}", "client_name": "Siti Aminah",
              "nik": "", "status": "aktif", "current_step": 2, "counselor": "",
              "last_activity_at": "2026-11-27T09:30", "step_started_at": "2026-11-27T09:30",
              "overdue": False}
    return CaseRow(**{**values, **over})


def test_each_cell_reads_as_the_office_says_it(qtbot):
    from lk3_desktop.ui.case_list import CaseTableModel

    model = CaseTableModel()
    model.set_rows([_row("0001", client_name=""),
                    _row("0002", status="selesai", current_step=7),
                    _row("0003", overdue=True)])
    cell = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.data(model.index(r, c), role)  # noqa: E731
    assert cell(0, 1) == "(nama belum diisi)"
    assert [cell(r, 7) for r in range(3)] == ["Sesuai", "", "Terlambat"]
    assert cell(2, 7, Qt.ItemDataRole.ToolTipRole) == "Langkah ini melewati waktu standar SOP."
    assert cell(2, 7, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert cell(0, 6) == "27 Nov 2026 09.30"
    assert cell(0, 6, Qt.ItemDataRole.ToolTipRole) == "27 November 2026 09.30"
    assert cell(1, 3) == "7/7 Evaluasi konseling" and cell(1, 4) == "Selesai"
    assert cell(1, 0, Qt.ItemDataRole.UserRole) == "0002"


def test_sorting_by_last_activity_is_by_time_not_by_the_words(qtbot):
    from lk3_desktop.ui.case_list import CaseFilterProxy, CaseTableModel

    model, proxy = CaseTableModel(), CaseFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([_row("0001", last_activity_at="2026-11-27T09:30"),   # 27 Nov
                    _row("0002", last_activity_at="2026-12-03T08:00"),   # 3 Des
                    _row("0003", last_activity_at="2026-02-10T16:45")])  # 10 Feb
    proxy.sort(6, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == [
        "LK3/2026/0002", "LK3/2026/0001", "LK3/2026/0003"]
    proxy.set_filters(text="  SITI ", status="aktif", step=2)
    assert proxy.rowCount() == 3
    proxy.set_filters(step=3)
    assert proxy.rowCount() == 0


def test_agenda_numbers_sort_by_year_then_number(qtbot):
    from lk3_desktop.ui.case_list import CaseFilterProxy, CaseTableModel

    model, proxy = CaseTableModel(), CaseFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([_row("a", agenda_number="LK3/2026/10000"),
                    _row("b", agenda_number="LK3/2026/2000"),
                    _row("c", agenda_number="LK3/2025/9999")])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == [
        "LK3/2025/9999", "LK3/2026/2000", "LK3/2026/10000"]


def test_the_case_count_is_written_as_the_interface_writes_numbers(qtbot, window):
    window.model.set_rows([_row(f"{i:05d}") for i in range(1200)])
    window._count()
    assert window.count_label.text() == "1.200 kasus"
