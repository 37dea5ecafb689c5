"""The agenda register: printed documents with filters, where each paper is filed, and the
Buku Agenda PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain import documents
from lk3_desktop.domain.dates import BULAN, format_date
from lk3_desktop.i18n import tr
from lk3_desktop.pdf.agenda_book import render_agenda_book
from lk3_desktop.store import Store
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import LineField, fit_to_screen


def headers() -> tuple[str, ...]:
    """The register table's column headers, in the interface language."""
    return (tr("Nomor dokumen"), tr("Tanggal"), tr("Jenis"), tr("Kasus"), tr("Petugas"),
            tr("Lokasi arsip"), tr("Cetak"))


def case_label(entry: dict) -> str:
    """The case a register entry belongs to; a cancelled case says so (its documents keep
    their numbers in the register)."""
    number = entry["agenda_number"] or ""
    if entry.get("case_status") == "batal":
        return tr("{number} (batal)").format(number=number)
    return number


class RegisterDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("registerDialog")
        self.setWindowTitle(tr("Buku agenda dokumen — LK3 Desktop"))
        fit_to_screen(self, 1100, 620)
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        today = store.today()
        self.year = QComboBox()
        self.year.setObjectName("register.year")
        self.year.setAccessibleName(tr("Tahun"))
        years = sorted({d["year"] for d in store.list_documents()} | {today.year}, reverse=True)
        for y in years:
            self.year.addItem(str(y), y)
        self.month = QComboBox()
        self.month.setObjectName("register.month")
        self.month.setAccessibleName(tr("Bulan"))
        self.month.addItem(tr("Semua bulan"), 0)
        for i, name in enumerate(BULAN, start=1):
            self.month.addItem(name, i)
        self.month.setCurrentIndex(today.month)
        self.kind = QComboBox()
        self.kind.setObjectName("register.kind")
        self.kind.setAccessibleName(tr("Jenis dokumen"))
        self.kind.addItem(tr("Semua jenis"), "")
        for d in documents.DOCUMENTS:
            self.kind.addItem(d.title, d.kind)
        self.staff = QComboBox()
        self.staff.setObjectName("register.staff")
        self.staff.setAccessibleName(tr("Petugas"))
        self.staff.addItem(tr("Semua petugas"), "")
        for s in store.list_staff(include_inactive=True):
            self.staff.addItem(s["name"], s["id"])
        for label, w in ((tr("Tahun"), self.year), (tr("Bulan"), self.month),
                         (tr("Jenis"), self.kind), (tr("Petugas"), self.staff)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
            w.currentIndexChanged.connect(self.reload)
        filters.addStretch(1)
        lay.addLayout(filters)
        columns = headers()
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("register.table")
        self.table.setAccessibleName(tr("Daftar dokumen"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_select)
        lay.addWidget(self.table, 1)
        filed = QHBoxLayout()
        filed.addWidget(QLabel(tr("Lokasi arsip kertas bertanda tangan:")))
        self.filed = LineField(tr("Contoh: map kasus, lemari B"), 300)
        self.filed.setObjectName("register.filed")
        self.filed.setAccessibleName(tr("Lokasi arsip"))
        filed.addWidget(self.filed, 1)
        self.filed_save = QPushButton(tr("Catat"))
        self.filed_save.setObjectName("register.filed_save")
        self.filed_save.clicked.connect(self.save_filed)
        filed.addWidget(self.filed_save)
        lay.addLayout(filed)
        buttons = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("register.count")
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        self.book = QPushButton(tr("Simpan &Buku Agenda (PDF)…"))
        self.book.setObjectName("register.book")
        self.book.clicked.connect(self.save_book)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.book)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.entries: list[dict] = []
        self.reload()

    def filters(self) -> dict:
        return {"year": self.year.currentData(), "month": self.month.currentData() or None,
                "kind": self.kind.currentData() or None, "staff_id": self.staff.currentData() or None}

    def reload(self) -> None:
        self.entries = self.store.list_documents(**self.filters())
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            values = (e["number"], format_date(e["doc_date"]), documents.title(e["kind"]),
                      case_label(e), e["staff_name"], e["filed_location"],
                      str(e["print_count"]))
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        self.count.setText(tr("{count} dokumen").format(count=len(self.entries)))
        self._on_select()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _on_select(self) -> None:
        entry = self.selected()
        self.filed.set_value(entry["filed_location"] if entry else "")
        self.filed.setEnabled(entry is not None)
        self.filed_save.setEnabled(entry is not None)

    def save_filed(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        row = self.table.currentRow()
        try:
            self.store.set_document_filed(entry["id"], self.filed.value())
        except StoreWriteError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return
        self.reload()
        self.table.selectRow(row)

    def save_book(self) -> Path | None:
        f = self.filters()
        name = f"buku-agenda-{f['year']}" + (f"-{f['month']:02d}" if f["month"] else "") + ".pdf"
        target = dialogs.save_file_path(self, tr("Simpan Buku Agenda"), Path.home() / name)
        if target is None:
            return None
        data, _ = render_agenda_book(self.store, **f)
        return target if dialogs.write_pdf(self, target, data) else None
