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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.i18n import tr
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
from lk3_desktop.store.crypto import BadRecoveryKey, file_key_from_recovery
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import fit_to_screen


def recover_at_start(db_path: Path, problem: str, *, now: datetime | None = None,
                     key: bytes | None = None) -> bool:
    """The database at start failed its check: explain, offer the newest whole backup (or
    one the user picks), keep the damaged file aside byte for byte, restore. True if the
    program may now open `db_path`; False if the user chose to leave everything as it is.
    `key`: the file key of an encrypted database, with which its (encrypted) backups are
    checked and restored."""
    with dialogs.wait_cursor():
        best = newest_usable_backup(db_path, key)
    while True:
        folder = automatic_folder(db_path)
        text = tr("Berkas basis data {file} rusak atau bukan basis data LK3, sehingga tidak "
                  "dapat dibuka.\n\nBerkas ini tidak akan dihapus: sebelum apa pun dipulihkan, "
                  "salinannya yang persis disimpan di folder {folder}.").format(
            file=db_path.name, folder=folder)
        if best is not None:
            text += "\n\n" + tr("Cadangan utuh terbaru:\n{summary}\n{path}").format(
                summary=best.summary(), path=best.path)
            options = [tr("Pulihkan cadangan ini"), tr("Pilih berkas cadangan lain…"),
                       tr("Keluar")]
        else:
            text += "\n\n" + tr("Tidak ada cadangan utuh di {folder}. Jika ada cadangan di "
                                "flashdisk, pilih berkasnya.").format(folder=folder)
            options = [tr("Pilih berkas cadangan…"), tr("Keluar")]
        answer = dialogs.choose(None, QMessageBox.Icon.Critical, tr("Basis data rusak"), text,
                                options, detail=problem)
        if answer is None or answer == len(options) - 1:
            return False
        if best is not None and answer == 0:
            chosen = best
        else:
            path = dialogs.open_backup_path(None, tr("Pilih berkas cadangan"), folder)
            if path is None:
                continue
            with dialogs.wait_cursor():
                chosen = describe_backup(path, key)
            if not chosen.usable:
                dialogs.warn(None, tr("Cadangan tidak dapat dipakai"), chosen.problem)
                continue
            if not dialogs.ask(None, tr("Pulihkan cadangan"),
                               chosen.summary() + "\n\n" + tr("Pulihkan?")):
                continue
        try:
            with dialogs.wait_cursor():
                aside = restore_from(db_path, chosen.path, now=now or datetime.now(),
                                     aside_format=DAMAGED_FORMAT, key=key)
        except RestoreError as exc:
            dialogs.warn(None, tr("Pemulihan gagal"),
                         str(exc) + "\n" + tr("Berkas yang rusak tidak diubah."))
            continue
        lines = [tr("Basis data dipulihkan."), chosen.summary()]
        if aside:
            lines.append(tr("Berkas yang rusak disimpan apa adanya sebagai {path}.").format(
                path=aside))
        lines.append(tr("Periksa kasus yang dikerjakan sesudah tanggal cadangan itu."))
        dialogs.inform(None, tr("Basis data dipulihkan"), "\n".join(lines))
        return True


class RestoreDialog(QDialog):
    """Pick a backup (from backups/ beside the database, or any file, e.g. on a USB stick),
    see what it holds next to what the database holds now, and confirm."""

    def __init__(self, db_path: Path, current_cases: int, parent: QWidget | None = None,
                 key: bytes | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Pulihkan dari cadangan"))
        self.db_path = db_path
        self.key = key  # an encrypted database's file key: its backups are checked with it
        self.current_cases = current_cases
        self.chosen: BackupFile | None = None
        fit_to_screen(self, 760, 460)
        lay = QVBoxLayout(self)
        intro = QLabel(tr(
            "Cadangan di {folder}. Basis data yang sekarang disimpan dulu sebagai salinan "
            "pengaman (\"sebelum-pulih\"), sehingga pemulihan dapat dibatalkan dengan "
            "memulihkan salinan itu.").format(folder=automatic_folder(db_path)))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("restore.list")
        self.table.setAccessibleName(tr("Daftar cadangan"))
        self.table.setHorizontalHeaderLabels([tr("Dibuat"), tr("Jenis"), tr("Ukuran")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.itemSelectionChanged.connect(self._on_selected)
        lay.addWidget(self.table, 1)
        self.detail = QLabel(tr("Pilih satu cadangan."))
        self.detail.setObjectName("restore.detail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(64)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        # A backup of another laptop's file opens with that file's recovery key.
        self.backup_key: bytes | None = None
        self.key_row = QWidget()
        key_lay = QHBoxLayout(self.key_row)
        key_lay.setContentsMargins(0, 0, 0, 0)
        key_label = QLabel(tr("&Kunci pemulihan berkas itu:"))
        self.recovery = QLineEdit()
        self.recovery.setObjectName("restore.recovery_key")
        self.recovery.setMaxLength(80)
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        key_label.setBuddy(self.recovery)
        open_with = QPushButton(tr("Bu&ka dengan kunci ini"))
        open_with.setObjectName("restore.use_key")
        open_with.clicked.connect(self.use_recovery_key)
        self.recovery.returnPressed.connect(self.use_recovery_key)
        key_lay.addWidget(key_label)
        key_lay.addWidget(self.recovery, 1)
        key_lay.addWidget(open_with)
        self.key_row.hide()
        lay.addWidget(self.key_row)
        row = QHBoxLayout()
        other = QPushButton(tr("Pilih berkas lain…"))
        other.setObjectName("restore.other")
        other.clicked.connect(self.pick_file)
        row.addWidget(other)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("Pulihkan…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("restore.ok")
        self.ok.setEnabled(False)
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
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
        kind = (tr("Salinan pengaman sebelum pemulihan") if path.name.startswith("sebelum-pulih-")
                else tr("Cadangan") if path.parent == automatic_folder(self.db_path)
                else tr("Berkas {path}").format(path=path))
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
        path = dialogs.open_backup_path(self, tr("Pilih berkas cadangan"),
                                        automatic_folder(self.db_path))
        if path is not None:
            self.table.selectRow(self._add(path))

    def _on_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        self.backup_key = None
        with dialogs.wait_cursor():
            self.chosen = describe_backup(Path(items[0].data(Qt.ItemDataRole.UserRole)),
                                          self.key)
        self._show_chosen()

    def use_recovery_key(self) -> None:
        """Check the chosen backup with the recovery key typed for it."""
        if self.chosen is None:
            return
        try:
            key = file_key_from_recovery(self.recovery.text())
        except BadRecoveryKey as exc:
            self.detail.setText(str(exc))
            return
        with dialogs.wait_cursor():
            chosen = describe_backup(self.chosen.path, key)
        self.chosen = chosen
        self.backup_key = key if chosen.usable else None
        self._show_chosen()

    def _show_chosen(self) -> None:
        assert self.chosen is not None
        self.key_row.setVisible(self.chosen.encrypted and (self.chosen.needs_key
                                                           or self.chosen.wrong_key
                                                           or self.backup_key is not None))
        if self.chosen.found is not None:  # .usable, spelled so the checker sees found is set
            lost = self.current_cases - self.chosen.found.cases
            self.detail.setToolTip("")
            now = (tr("Basis data sekarang berisi {cases} kasus ({lost} kasus lebih banyak dari "
                      "cadangan ini). Perubahan sesudah cadangan ini dibuat tidak akan ada di "
                      "basis data yang dipulihkan (tetap ada di salinan pengaman).") if lost > 0
                   else tr("Basis data sekarang berisi {cases} kasus. Perubahan sesudah cadangan "
                           "ini dibuat tidak akan ada di basis data yang dipulihkan (tetap ada "
                           "di salinan pengaman)."))
            self.detail.setText(self.chosen.summary() + "\n"
                                + now.format(cases=self.current_cases, lost=lost))
        else:
            self.detail.setText(tr("Tidak dapat dipakai: {problem}").format(
                problem=self.chosen.problem))
            self.detail.setToolTip(self.chosen.detail)
        self.ok.setEnabled(self.chosen.usable)

    def _confirm(self) -> None:
        if self.chosen is None or not self.chosen.usable:
            return
        if dialogs.ask(self, tr("Pulihkan dari cadangan"),
                       self.chosen.summary() + "\n\n" + tr(
                           "Ganti basis data sekarang ({cases} kasus) dengan cadangan ini?\n\n"
                           "Jendela kasus dan dialog yang terbuka ditutup dulu; isian yang belum "
                           "tersimpan disimpan ke basis data sekarang, yang lalu disimpan utuh "
                           "sebagai salinan pengaman.").format(cases=self.current_cases)):
            self.accept()

