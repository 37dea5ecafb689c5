"""Restoring a backup: at start when the file is damaged, and from the menu when asked.

The store does the work (store.backup.restore_from keeps the current file aside first, then
swaps atomically); these dialogs show what will be restored and report what happened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.store.backup import (
    DAMAGED_FORMAT,
    BackupFile,
    RestoreError,
    automatic_folder,
    describe_backup,
    made_at,
    newest_usable_backup,
    restore_candidates,
    restore_from,
)
from lk3_desktop.ui import dialogs


def recover_at_start(db_path: Path, problem: str, *, now: datetime | None = None) -> bool:
    """The database at start failed its check: explain, offer the newest whole backup (or
    one the user picks), keep the damaged file aside byte for byte, restore. True if the
    program may now open `db_path`; False if the user chose to leave everything as it is."""
    with dialogs.wait_cursor():
        best = newest_usable_backup(db_path)
    while True:
        text = (f"Berkas basis data {db_path.name} rusak atau bukan basis data LK3, sehingga "
                "tidak dapat dibuka.\n\nBerkas ini tidak akan dihapus: sebelum apa pun "
                f"dipulihkan, salinannya yang persis disimpan di folder {automatic_folder(db_path)}.")
        if best is not None:
            text += f"\n\nCadangan utuh terbaru:\n{best.summary()}\n{best.path}"
            options = ["Pulihkan cadangan ini", "Pilih berkas cadangan lain…", "Keluar"]
        else:
            text += (f"\n\nTidak ada cadangan utuh di {automatic_folder(db_path)}. "
                     "Jika ada cadangan di flashdisk, pilih berkasnya.")
            options = ["Pilih berkas cadangan…", "Keluar"]
        answer = dialogs.choose(None, QMessageBox.Icon.Critical, "Basis data rusak", text,
                                options, detail=problem)
        if answer is None or answer == len(options) - 1:
            return False
        if best is not None and answer == 0:
            chosen = best
        else:
            path = dialogs.open_backup_path(None, "Pilih berkas cadangan",
                                            automatic_folder(db_path))
            if path is None:
                continue
            with dialogs.wait_cursor():
                chosen = describe_backup(path)
            if not chosen.usable:
                dialogs.warn(None, "Cadangan tidak dapat dipakai", chosen.problem)
                continue
            if not dialogs.ask(None, "Pulihkan cadangan", f"{chosen.summary()}\n\nPulihkan?"):
                continue
        try:
            with dialogs.wait_cursor():
                aside = restore_from(db_path, chosen.path, now=now or datetime.now(),
                                     aside_format=DAMAGED_FORMAT)
        except RestoreError as exc:
            dialogs.warn(None, "Pemulihan gagal", f"{exc}\nBerkas yang rusak tidak diubah.")
            continue
        kept = f"\nBerkas yang rusak disimpan apa adanya sebagai {aside}." if aside else ""
        dialogs.inform(None, "Basis data dipulihkan",
                       f"Basis data dipulihkan.\n{chosen.summary()}{kept}\n"
                       "Periksa kasus yang dikerjakan sesudah tanggal cadangan itu.")
        return True


class RestoreDialog(QDialog):
    """Pick a backup (from backups/ beside the database, or any file, e.g. on a USB stick),
    see what it holds next to what the database holds now, and confirm."""

    def __init__(self, db_path: Path, current_cases: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Pulihkan dari cadangan")
        self.db_path = db_path
        self.current_cases = current_cases
        self.chosen: BackupFile | None = None
        self.resize(760, 460)
        lay = QVBoxLayout(self)
        intro = QLabel(
            f"Cadangan di {automatic_folder(db_path)}. Basis data yang sekarang disimpan dulu "
            "sebagai salinan pengaman (\"sebelum-pulih\"), sehingga pemulihan dapat dibatalkan "
            "dengan memulihkan salinan itu.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("restore.list")
        self.table.setAccessibleName("Daftar cadangan")
        self.table.setHorizontalHeaderLabels(["Dibuat", "Jenis", "Ukuran"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.itemSelectionChanged.connect(self._on_selected)
        lay.addWidget(self.table, 1)
        self.detail = QLabel("Pilih satu cadangan.")
        self.detail.setObjectName("restore.detail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(64)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        other = QPushButton("Pilih berkas lain…")
        other.setObjectName("restore.other")
        other.clicked.connect(self.pick_file)
        row.addWidget(other)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton("Pulihkan…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("restore.ok")
        self.ok.setEnabled(False)
        buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for path in restore_candidates(db_path):
            self._add(path)
        if self.table.rowCount():
            self.table.selectRow(0)

    def _add(self, path: Path) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = ("Salinan pengaman sebelum pemulihan" if path.name.startswith("sebelum-pulih-")
                else "Cadangan" if path.parent == automatic_folder(self.db_path)
                else f"Berkas {path}")
        try:
            when = format_datetime(made_at(path).isoformat(timespec="minutes"))
            size = f"{path.stat().st_size / 1024 / 1024:.1f} MB".replace(".", ",")
        except OSError:
            when, size = "?", "?"
        for col, text in enumerate((when, kind, size)):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.table.setItem(row, col, item)
        return row

    def pick_file(self) -> None:
        path = dialogs.open_backup_path(self, "Pilih berkas cadangan", automatic_folder(self.db_path))
        if path is not None:
            self.table.selectRow(self._add(path))

    def _on_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        with dialogs.wait_cursor():
            self.chosen = describe_backup(Path(items[0].data(Qt.ItemDataRole.UserRole)))
        if self.chosen.found is not None:  # .usable, spelled so the checker sees found is set
            lost = self.current_cases - self.chosen.found.cases
            self.detail.setToolTip("")
            self.detail.setText(
                f"{self.chosen.summary()}\nBasis data sekarang berisi {self.current_cases} kasus"
                + (f" ({lost} kasus lebih banyak dari cadangan ini)." if lost > 0 else ".")
                + " Perubahan sesudah cadangan ini dibuat tidak akan ada di basis data yang "
                  "dipulihkan (tetap ada di salinan pengaman).")
        else:
            self.detail.setText(f"Tidak dapat dipakai: {self.chosen.problem}")
            self.detail.setToolTip(self.chosen.detail)
        self.ok.setEnabled(self.chosen.usable)

    def _confirm(self) -> None:
        if self.chosen is None or not self.chosen.usable:
            return
        if dialogs.ask(self, "Pulihkan dari cadangan",
                       f"{self.chosen.summary()}\n\nGanti basis data sekarang "
                       f"({self.current_cases} kasus) dengan cadangan ini?\n\nJendela kasus "
                       "dan dialog yang terbuka ditutup dulu; isian yang belum tersimpan "
                       "disimpan ke basis data sekarang, yang lalu disimpan utuh sebagai "
                       "salinan pengaman."):
            self.accept()

