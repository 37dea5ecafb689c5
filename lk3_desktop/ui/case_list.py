"""Table model of all cases and the proxy that searches and filters it as the user types."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.domain.names import name_key
from lk3_desktop.domain.nik import compact as compact_number
from lk3_desktop.i18n import tr
from lk3_desktop.store.store import CaseRow


def headers() -> tuple[str, ...]:
    """The column headers in the interface language (the translator is installed after this
    module is imported, so they are looked up when a model is made)."""
    return (tr("No. agenda"), tr("Nama klien"), tr("NIK"), tr("Langkah"), tr("Status"),
            tr("Konselor"), tr("Aktivitas terakhir"), tr("Waktu SOP"))

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def agenda_sort_key(number: str) -> int:
    """"LK3/2026/0012" → 2026_000012: year, then number, as numbers (text would put
    "LK3/2026/10000" before "LK3/2026/2000"). A number of another shape sorts first."""
    parts = number.split("/")
    try:
        return int(parts[-2]) * 1_000_000 + int(parts[-1])
    except (IndexError, ValueError):
        return 0


class CaseTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []
        # Looked up once: data() runs for every cell, and again and again while sorting.
        self.headers = headers()
        self.no_name = tr("(nama belum diisi)")
        self.overdue_text = tr("Terlambat")
        self.on_time_text = tr("Sesuai")
        self.overdue_tip = tr("Langkah ini melewati waktu standar SOP.")

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.agenda_number,
                row.client_name or self.no_name,
                row.nik,
                row.step_label,
                row.status_name,
                row.counselor,
                format_datetime(row.last_activity_at, short=True),
                self.overdue_text if row.overdue
                else (self.on_time_text if row.status == "aktif" else ""),
            )[col]
        if role == SORT_ROLE:
            if col == 0:  # by year, then number: "LK3/2026/10000" after "LK3/2026/9999"
                return agenda_sort_key(row.agenda_number)
            if col == 3:
                return row.current_step
            if col == 6:
                return row.last_activity_at
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and col == 7:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue:
                return self.overdue_tip
            if col == 6:
                return format_datetime(row.last_activity_at)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CaseFilterProxy(QSortFilterProxyModel):
    """Search over name, NIK and agenda number; filter by status and current step.

    A name is found however it is spelt: case, diacritics, apostrophes and spaces aside
    ("Nguyen" finds "Nguyễn", "Nuraini" finds "Nur'aini"); a NIK however typed ("6571-01",
    "6571.01"). The query is folded once per keystroke and each row's name once, by the
    store (CaseRow.name_key), so a keystroke compares plain strings."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.name_key = ""
        self.digits = ""
        self.status = ""
        self.step = 0
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, text: str | None = None, status: str | None = None,
                    step: int | None = None) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
            self.name_key = name_key(self.text)
            digits = compact_number(self.text)
            self.digits = digits if digits.isdigit() else ""
        if status is not None:
            self.status = status
        if step is not None:
            self.step = step
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: CaseRow = cast(CaseTableModel, self.sourceModel()).rows[source_row]  # main_window's model
        if self.status and row.status != self.status:
            return False
        if not self.status and row.status == "batal":  # cancelled: only when asked for
            return False
        if self.step and row.current_step != self.step:
            return False
        return not self.text or self._text_matches(row)

    def _text_matches(self, row: CaseRow) -> bool:
        return bool((self.name_key and self.name_key in row.name_key)
                    or (self.digits and self.digits in row.nik)
                    or self.text in row.agenda_number.casefold())
