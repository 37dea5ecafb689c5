"""Print or save one SOP document: preview inside the program, then Cetak or Simpan PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain import documents
from lk3_desktop.domain.dates import format_date
from lk3_desktop.i18n import tr
from lk3_desktop.pdf.fonts import missing_glyphs
from lk3_desktop.pdf.render import RenderError, render, why_not_ready, write
from lk3_desktop.store import DatabaseRefused, Store, open_store
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import LineField, fit_to_screen
from lk3_desktop.ui.worker import Job

PRINT_DPI = 300


def page_size(paper: str) -> QPageSize:
    if paper == "F4":  # Qt has no F4 either: 215 × 330 mm
        return QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4 (Folio)")
    return QPageSize(QPageSize.PageSizeId.A4)


log = logging.getLogger(__name__)

class DocumentDialog(QDialog):
    """`rid` None: only blank forms. Every print or save of a case document is entered in
    the agenda register; a reprint keeps its number and date."""

    def __init__(self, store: Store, rid: str | None, parent: QWidget | None = None, *,
                 kind: str = "referral"):
        super().__init__(parent)
        self.store = store
        self.rid = rid
        self.setObjectName("documentDialog")
        agenda = store.referral(rid)["agenda_number"] if rid else ""
        self.setWindowTitle(
            tr("Cetak dokumen {agenda} — LK3 Desktop").format(agenda=agenda).replace("  ", " "))
        fit_to_screen(self, 1100, 760)
        self._pdf = b""

        lay = QHBoxLayout(self)
        side = QVBoxLayout()
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("document.kind")
        self.kind.setAccessibleName(tr("Jenis dokumen"))
        for d in documents.DOCUMENTS:
            self.kind.addItem(d.title, d.kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form.addRow(tr("Dokumen"), self.kind)
        self.paper = QComboBox()
        self.paper.setObjectName("document.paper")
        self.paper.setAccessibleName(tr("Ukuran kertas"))
        self.paper.addItem(tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(tr("F4/folio (215 × 330 mm)"), "F4")
        self.paper.setCurrentIndex(self.paper.findData(store.office_settings().paper))
        form.addRow(tr("Kertas"), self.paper)
        self.blank = QCheckBox(tr("Formulir kosong (diisi tangan)"))
        self.blank.setObjectName("document.blank")
        self.blank.setChecked(rid is None)
        self.blank.setEnabled(rid is not None)
        form.addRow("", self.blank)
        side.addLayout(form)
        self.number = QLabel()
        self.number.setObjectName("document.number")
        self.number.setWordWrap(True)
        side.addWidget(self.number)
        self.filed = LineField(tr("Contoh: map kasus, lemari B"), 300)
        self.filed.setObjectName("document.filed")
        self.filed.setAccessibleName(tr("Lokasi arsip"))
        self.filed_save = QPushButton(tr("Catat lokasi arsip"))
        self.filed_save.setObjectName("document.filed_save")
        self.filed_save.clicked.connect(self.save_filed)
        side.addWidget(QLabel(tr("Kertas bertanda tangan diarsipkan di:")))
        side.addWidget(self.filed)
        side.addWidget(self.filed_save)
        side.addStretch(1)
        self.print_button = QPushButton(tr("&Cetak…"))
        self.print_button.setObjectName("document.print")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(tr("&Simpan PDF…"))
        self.save_button.setObjectName("document.save")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.accept)
        for b in (self.print_button, self.save_button, close):
            side.addWidget(b)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_document)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        lay.addLayout(side, 1)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("document.preview")
        self.view.setAccessibleName(tr("Pratinjau dokumen"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        lay.addWidget(self.view, 3)
        self._buffer: QBuffer | None = None

        self.kind.currentIndexChanged.connect(self.refresh)
        self.paper.currentIndexChanged.connect(self.refresh)
        self.blank.toggled.connect(self.refresh)
        self.refresh()

    # -- state ---------------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData()

    def case_id(self) -> str | None:
        return None if self.blank.isChecked() else self.rid

    def _entry(self):
        rid = self.case_id()
        return self.store.document_for(self.current_kind(), rid) if rid else None

    def refresh(self) -> None:
        """Render the preview (not registered: numbering happens on print or save)."""
        kind, rid = self.current_kind(), self.case_id()
        try:
            with dialogs.wait_cursor():
                self._pdf, _ = render(self.store, kind, rid, paper=self.paper.currentData(),
                                      register=False)
            problem = None
        except RenderError as exc:
            self._pdf, problem = b"", str(exc)
        self._show(self._pdf)
        if problem is None and rid is not None:
            problem = why_not_ready(self.store, kind, rid)
        entry = self._entry()
        if problem:
            self.number.setText(f"<span style='color:#b00020'>{problem}</span>")
        elif rid is None:
            self.number.setText(tr("Formulir kosong: tanpa nomor agenda."))
        elif entry is None:
            self.number.setText(tr("Nomor agenda diberikan saat dokumen dicetak atau disimpan."))
        else:
            self.number.setText(
                tr("Nomor agenda: <b>{number}</b>, {date} (sudah dicetak {count}×; cetak ulang "
                   "memakai nomor yang sama)").format(
                    number=entry["number"], date=format_date(entry["doc_date"]),
                    count=entry["print_count"]))
        intake_step = self.store.sop.step_by_key("intake").number
        if rid is not None and not self.store.step_denied(rid, intake_step):
            intake = self.store.load_step(rid, intake_step)
            missing = missing_glyphs(" ".join(str(intake.get(k) or "") for k in (
                "full_name", "nickname", "birth_place", "family_name", "complaint")))
            if missing:
                warning = tr("Perhatian: huruf {letters} tidak ada di fon PDF dan akan tercetak "
                             "sebagai kotak; tuliskan juga nama dalam huruf Latin.").format(
                    letters=" ".join(sorted(missing)[:8]))
                self.number.setText(self.number.text()
                                    + f"<br><span style='color:#b00020'>{warning}</span>")
        self.print_button.setEnabled(not problem)
        self.save_button.setEnabled(not problem)
        self.filed.set_value(entry["filed_location"] if entry else "")
        self.filed.setEnabled(entry is not None)
        self.filed_save.setEnabled(entry is not None)

    def _show(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _deliver(self, deliver) -> bool:
        """Render for real (numbered, for a case) and hand it to `deliver` in one go: if the
        save or print fails, no number is used up. Says what went wrong."""
        try:
            with dialogs.wait_cursor():
                render(self.store, self.current_kind(), self.case_id(),
                       paper=self.paper.currentData(), register=True, deliver=deliver)
        except (RenderError, StoreWriteError, DatabaseRefused, OSError) as exc:
            self._not_delivered(exc)
            return False
        self.refresh()
        return True

    def _not_delivered(self, exc: Exception, *, printing: bool = False) -> None:
        """What went wrong while a document was numbered and saved or printed."""
        if isinstance(exc, RenderError):
            dialogs.warn(self, tr("Dokumen belum dapat dicetak"), str(exc))
        elif isinstance(exc, (StoreWriteError, DatabaseRefused)):
            dialogs.warn(self, tr("Gagal mencatat di buku agenda"), str(exc))
        elif isinstance(exc, OSError) and printing:
            dialogs.warn(self, tr("Gagal mencetak"),
                         tr("Dokumen tidak dapat dicetak: {error}. Dokumen tidak diberi "
                            "nomor.").format(error=exc.strerror or exc))
        elif isinstance(exc, OSError):
            dialogs.warn(self, tr("Gagal menyimpan PDF"),
                         tr("PDF tidak dapat disimpan: {error}.").format(
                             error=exc.strerror or exc))
        else:
            log.error("printing failed: %s", type(exc).__name__)
            dialogs.warn(self, tr("Dokumen belum dapat dicetak"),
                         tr("Terjadi kesalahan yang tidak terduga; dokumen tidak dicetak dan "
                            "tidak diberi nomor."))

    # -- actions -------------------------------------------------------------------------

    def suggested_name(self) -> str:
        name = documents.document(self.current_kind()).stem
        if self.case_id():
            assert self.rid is not None  # case_id() is the rid unless the blank form is chosen
            name += "-" + self.store.referral(self.rid)["agenda_number"].replace("/", "-")
        else:
            name += "-kosong"
        return name + ".pdf"

    def save_pdf(self) -> Path | None:
        target = dialogs.save_file_path(self, tr("Simpan PDF"),
                                        Path.home() / self.suggested_name())
        if target is None:
            return None
        return target if self._deliver(lambda data: write(target, data)) else None

    def print_document(self) -> Job | None:
        """Print on the printer the user picks; None if they cancelled.

        Drawing the pages for the printer takes about a second for an eight-page record, so
        the numbering and printing run as a job on a thread of their own, through a
        connection of its own (a connection serves one thread): the window keeps answering,
        and a print that fails still uses no number.
        """
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(page_size(self.paper.currentData()),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName(self.suggested_name())
        if not dialogs.choose_printer(self, printer):
            return None
        kind, rid, paper = self.current_kind(), self.case_id(), self.paper.currentData()
        path, actor, clock = self.store.path, self.store.actor, self.store.clock

        def work(_report) -> None:
            own = open_store(path, actor=actor, clock=clock, create=False)
            try:
                render(own, kind, rid, paper=paper, register=True,
                       deliver=lambda data: self.print_to(printer, data))
            finally:
                own.close()

        self._print_progress = dialogs.progress(self, tr("Cetak"), tr("Mencetak…"))
        job = Job(work, "print", self)
        job.succeeded.connect(self._printed)
        job.failed.connect(self._print_failed)
        job.start()
        return job

    def _printed(self, _result: object) -> None:
        self._print_progress.close()
        self.refresh()

    def _print_failed(self, exc: Exception) -> None:
        self._print_progress.close()
        self._not_delivered(exc, printing=True)

    def done(self, result: int) -> None:
        for job in self.findChildren(Job):  # a print in progress finishes first
            job.wait()
        super().done(result)

    def print_to(self, printer: QPrinter, data: bytes) -> None:
        """Draw each page of `data` onto the printer, keeping the page's proportions."""
        document = QPdfDocument()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(5, tr("printer tidak dapat dibuka"))
        try:
            area = printer.pageLayout().fullRectPixels(printer.resolution())
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                # 300 dpi is sharp on paper; the printer's own 1200 dpi takes seconds a page.
                image = document.render(page, QSize(round(points.width() / 72 * PRINT_DPI),
                                                    round(points.height() / 72 * PRINT_DPI)))
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRect(area.x(), area.y(), round(image.width() * scale),
                               round(image.height() * scale))
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_filed(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        try:
            self.store.set_document_filed(entry["id"], self.filed.text())
        except StoreWriteError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return
        self.refresh()
