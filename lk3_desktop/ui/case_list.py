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
from lk3_desktop.store.store import CaseRow

HEADERS = ("No. agenda", "Nama klien", "NIK", "Langkah", "Status", "Konselor",
           "Aktivitas terakhir", "Waktu SOP")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.agenda_number,
                row.client_name or "(nama belum diisi)",
                row.nik,
                row.step_label,
                row.status_name,
                row.counselor,
                format_datetime(row.last_activity_at, short=True),
                "Terlambat" if row.overdue else ("Sesuai" if row.status == "aktif" else ""),
            )[col]
        if role == SORT_ROLE:
            if col == 0:
                return row.agenda_number
            if col == 3:
                return row.current_step
            if col == 6:
                return row.last_activity_at
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and col == 7:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue:
                return "Langkah ini melewati waktu standar SOP."
            if col == 6:
                return format_datetime(row.last_activity_at)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CaseFilterProxy(QSortFilterProxyModel):
    """Search over name, NIK and agenda number; filter by status and current step."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.status = ""
        self.step = 0
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, text: str | None = None, status: str | None = None,
                    step: int | None = None) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if status is not None:
            self.status = status
        if step is not None:
            self.step = step
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: CaseRow = cast(CaseTableModel, self.sourceModel()).rows[source_row]  # main_window's model
        if self.status and row.status != self.status:
            return False
        if self.step and row.current_step != self.step:
            return False
        if self.text:
            compact = self.text.replace(" ", "")
            if (self.text not in row.client_name.casefold()
                    and compact not in row.nik
                    and self.text not in row.agenda_number.casefold()):
                return False
        return True
