"""A client's personal data: the per-client export (right of access) and the retention
dialog that anonymises closed cases past their period; what the main window calls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.dates import format_date
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.sop import choice_name
from lk3_desktop.store import Store
from lk3_desktop.store.privacy import RETENTION_RANGE, RETENTION_REASON, NotEligible
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import fit_to_screen


def export_client(store: Store, case_id: str, parent: QWidget | None) -> tuple[Path, Path] | None:
    """Everything held about the client of case `case_id`, written as JSON and PDF into a
    folder the user picks; says where, or why not. Returns the two paths, or None."""
    title = tr("Ekspor data klien")
    reason = store.denied(Action.EXPORT_CLIENT)
    if reason:
        dialogs.warn(parent, title, reason)
        return None
    client_id = store.client_of(case_id)
    number = store.referral(case_id)["agenda_number"]
    folder = dialogs.choose_folder(parent, tr("Pilih folder untuk data klien kasus {number}")
                                   .format(number=number))
    if folder is None:
        return None
    try:
        with dialogs.wait_cursor():
            paths = store.write_client_export(client_id, folder)
    except AccessDenied as exc:
        dialogs.warn(parent, title, str(exc))
        return None
    except StoreWriteError as exc:
        dialogs.warn(parent, title, str(exc))
        return None
    except OSError as exc:
        dialogs.warn(parent, title, tr("Data klien tidak dapat disimpan di {folder}: {error}.")
                     .format(folder=folder, error=exc.strerror or exc))
        return None
    text = tr("Data klien kasus {number} tersimpan:\n{json}\n{pdf}\n\nBerkas ini memuat data "
              "pribadi. Serahkan hanya kepada klien yang bersangkutan atau kuasanya, lalu hapus "
              "salinan yang tidak diperlukan lagi.").format(
                  number=number, json=paths[0], pdf=paths[1])
    others = store.same_nik_cases(client_id)
    if others:
        text += "\n\n" + tr("Kasus lain dengan NIK yang sama: {numbers}. Bila orangnya sama, "
                            "ekspor juga kasus itu.").format(numbers=", ".join(others))
    dialogs.inform(parent, title, text)
    return paths


def open_retention_dialog(store: Store, parent: QWidget | None) -> RetentionDialog | None:
    """The retention dialog, non-modal, freed when closed; or, for someone who may not, the
    reason in a message and None."""
    reason = store.denied(Action.RETENTION)
    if reason:
        dialogs.warn(parent, tr("Masa simpan dan anonimisasi"), reason)
        return None
    dialog = RetentionDialog(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def headers() -> tuple[str, ...]:
    return (tr("Nomor agenda"), tr("Tanggal ditutup"), tr("Tindak lanjut"),
            tr("Masa simpan berakhir"))


class RetentionDialog(QDialog):
    """The retention period (saved at once) and the closed cases past it, to anonymise."""

    anonymised = Signal(int)  # how many cases were anonymised: the case list may refresh

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("retentionDialog")
        self.setWindowTitle(tr("Masa simpan dan anonimisasi — LK3 Desktop"))
        fit_to_screen(self, 760, 520)
        lay = QVBoxLayout(self)
        about = QLabel(tr(
            "Kasus yang sudah ditutup disimpan utuh selama masa simpan. Setelah masa itu "
            "berakhir, semua data yang dapat mengenali klien dihapus: nama, NIK, nomor KK, "
            "tempat dan tanggal lahir, alamat, telepon, keluarga, keluhan dan semua catatan. "
            "Yang tetap: nomor agenda, tanggal, status langkah, pilihan dari daftar (sumber "
            "rujukan, bidang masalah, penilaian, tindak lanjut), jenis kelamin, kelompok umur "
            "lima tahunan dan kecamatan."))
        about.setWordWrap(True)
        about.setObjectName("retention.about")
        lay.addWidget(about)
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("Masa simpan setelah kasus ditutup:")))
        self.years = QSpinBox()
        self.years.setObjectName("retention.years")
        self.years.setAccessibleName(tr("Masa simpan"))
        self.years.setRange(*RETENTION_RANGE)
        self.years.setSuffix(tr(" tahun"))
        self.years.setValue(store.retention_years())
        period.addWidget(self.years)
        self.save_years = QPushButton(tr("&Simpan masa simpan"))
        self.save_years.setObjectName("retention.save_years")
        self.save_years.clicked.connect(self.save_period)
        period.addWidget(self.save_years)
        period.addStretch(1)
        lay.addLayout(period)
        self.count = QLabel()
        self.count.setObjectName("retention.count")
        lay.addWidget(self.count)
        pending = QHBoxLayout()
        self.pending = QLabel(tr("Anonimisasi terakhir belum selesai membersihkan berkas: versi "
                                 "lama data kasus itu mungkin masih tersisa di dalamnya."))
        self.pending.setObjectName("retention.pending")
        self.pending.setWordWrap(True)
        pending.addWidget(self.pending, 1)
        self.erase = QPushButton(tr("&Bersihkan berkas"))
        self.erase.setObjectName("retention.erase")
        self.erase.clicked.connect(self.erase_free_space)
        pending.addWidget(self.erase)
        lay.addLayout(pending)
        columns = headers()
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("retention.table")
        self.table.setAccessibleName(tr("Kasus yang melewati masa simpan"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_select)
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.select_all = QPushButton(tr("Pilih s&emua"))
        self.select_all.setObjectName("retention.select_all")
        self.select_all.clicked.connect(self.table.selectAll)
        buttons.addWidget(self.select_all)
        buttons.addStretch(1)
        self.anonymise = QPushButton(tr("&Anonimkan…"))
        self.anonymise.setObjectName("retention.anonymise")
        self.anonymise.clicked.connect(self.anonymise_selected)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.anonymise)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.candidates: list[dict] = []
        self.reload()

    def reload(self) -> None:
        self.candidates = self.store.retention_candidates()
        self.table.setRowCount(len(self.candidates))
        for r, c in enumerate(self.candidates):
            values = (c["agenda_number"], format_date(c["closed_at"]),
                      choice_name("outcomes", c["outcome"]), format_date(c["retention_end"]))
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.count.setText(tr("{count} kasus sudah melewati masa simpan {years} tahun.").format(
            count=len(self.candidates), years=self.store.retention_years()))
        self.select_all.setEnabled(bool(self.candidates))
        pending = self.store.free_space_pending()
        self.pending.setVisible(pending)
        self.erase.setVisible(pending)
        self._on_select()

    def erase_free_space(self) -> bool:
        title = tr("Bersihkan berkas")
        try:
            with dialogs.wait_cursor():
                self.store.erase_free_space()
        except (AccessDenied, StoreWriteError) as exc:
            dialogs.warn(self, title, str(exc))
            return False
        self.reload()
        dialogs.inform(self, title, tr("Berkas sudah dibersihkan."))
        return True

    def selected(self) -> list[dict]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.candidates[r] for r in rows]

    def _on_select(self) -> None:
        self.anonymise.setEnabled(bool(self.selected()))

    def save_period(self) -> bool:
        try:
            self.store.set_retention_years(self.years.value())
        except (AccessDenied, ValidationFailed, StoreWriteError) as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return False
        self.reload()
        return True

    def confirm_text(self, count: int) -> str:
        return tr(
            "{count} kasus akan dianonimkan. Nama, NIK, nomor KK, tempat dan tanggal lahir, "
            "alamat, telepon, keluarga, keluhan dan semua catatan kasus itu dihapus dari basis "
            "data ini, juga dari isi log audit.\n\n"
            "Langkah ini TIDAK DAPAT DIBATALKAN. Cadangan yang dibuat sebelumnya masih memuat "
            "data itu: musnahkan cadangan lama sesuai masa simpan. Dokumen kertas dan PDF yang "
            "pernah dicetak juga harus dimusnahkan tersendiri.\n\n"
            "Anonimkan sekarang?").format(count=count)

    def anonymise_selected(self) -> int:
        """Ask, then anonymise the selected cases one by one with a progress bar; say how
        many were done. Returns that number."""
        chosen = self.selected()
        title = tr("Anonimkan kasus")
        # Named buttons, Batal the default: "Ya" is too easy to press for what cannot be undone.
        if not chosen or dialogs.choose(self, QMessageBox.Icon.Warning, title,
                                        self.confirm_text(len(chosen)),
                                        [tr("Anonimkan"), tr("Batal")], default=1) != 0:
            return 0
        box = dialogs.progress(self, title, tr("Menganonimkan kasus…"), percent=True)
        box.setValue(0)
        done: list[str] = []

        def report(n: int, total: int) -> None:
            box.setValue(int(100 * n / total))

        reason = RETENTION_REASON.format(years=self.store.retention_years())
        error = ""
        try:
            done = self.store.anonymise_cases([c["id"] for c in chosen], reason,
                                              progress=report)
        except (AccessDenied, NotEligible, ValidationFailed, StoreWriteError) as exc:
            error = str(exc)
        finally:
            box.close()
        self.reload()
        count = len(done) if not error else len(chosen) - sum(
            c["id"] in {x["id"] for x in self.candidates} for c in chosen)
        if count:
            self.anonymised.emit(count)
        if error:
            dialogs.warn(self, title, error + "\n\n" + tr("{count} kasus sudah dianonimkan.")
                         .format(count=count))
        else:
            dialogs.inform(self, title, tr("{count} kasus telah dianonimkan.").format(count=count))
        return count
