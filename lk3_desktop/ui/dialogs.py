"""Every modal question, message and file dialog goes through here, so tests patch one seam.

Qt ships no Indonesian translation of its own widgets, so button texts are set here (in the
interface language, through tr()).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from lk3_desktop.i18n import tr


def _button_texts() -> dict[QMessageBox.StandardButton, str]:
    """The standard buttons' texts in the interface language (looked up when a box is built:
    the translator is installed after this module is imported)."""
    return {
        QMessageBox.StandardButton.Ok: tr("OK"),
        QMessageBox.StandardButton.Yes: tr("Ya"),
        QMessageBox.StandardButton.No: tr("Tidak"),
        QMessageBox.StandardButton.Cancel: tr("Batal"),
        QMessageBox.StandardButton.Close: tr("Tutup"),
        QMessageBox.StandardButton.Save: tr("Simpan"),
        QMessageBox.StandardButton.Discard: tr("Buang"),
    }


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("messageBox")
    for button, label in _button_texts().items():
        b = box.button(button)
        if b is not None:
            b.setText(label)
    if detail:
        box.setDetailedText(detail)
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole:
                b.setText(tr("Tampilkan rincian…"))
    return box


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """The busy cursor over the whole program while a file is rendered, checked or copied."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def progress(parent: QWidget, title: str, label: str, *, percent: bool = False) -> QProgressDialog:
    """The window-modal progress of a job that cannot be cancelled half-way (a copy being
    checked, a restore, a print): a percentage, or a moving bar. Shown only if the work
    takes more than half a second."""
    box = QProgressDialog(label, "", 0, 100 if percent else 0, parent)
    box.setWindowTitle(title)
    box.setCancelButton(None)
    box.setMinimumDuration(500)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text, detail=detail).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_folder(path: Path) -> bool:
    """Show a folder in the system file manager (local file URL; no network involved)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_file_path(parent: QWidget | None, title: str, suggested: Path,
                   file_filter: str | None = None, suffix: str = ".pdf") -> Path | None:
    """Ask where to save (a PDF unless `file_filter` and `suffix` say otherwise); the name
    ends in `suffix` whatever was typed. None if the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    if file_filter is None:
        file_filter = tr("Dokumen PDF (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == suffix else result.with_suffix(suffix)


def choose_printer(parent: QWidget | None, printer) -> bool:
    """The system's print dialog on `printer` (a QPrinter); False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Cetak"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def write_pdf(parent: QWidget | None, target: Path, data: bytes) -> bool:
    """Write a PDF (atomically); a full, read-only or removed target gets a clear message."""
    from lk3_desktop.pdf.render import write

    try:
        write(target, data)
    except OSError as exc:
        warn(parent, tr("Gagal menyimpan PDF"),
             tr("PDF tidak dapat disimpan di {path}: {error}.").format(
                 path=target, error=exc.strerror or exc))
        return False
    return True


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder (e.g. the USB stick); None if the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(parent, title)
    return Path(path) if path else None


def open_image_path(parent: QWidget | None, title: str) -> Path | None:
    """Ask for an image file (the office logo); None if the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", tr("Gambar (*.png *.jpg *.jpeg)"))
    return Path(path) if path else None


def open_backup_path(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    """Ask for a backup file (on a USB stick or in backups/); None if the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(folder),
        tr("Basis data LK3 (*.sqlite *.db)") + ";;" + tr("Semua berkas (*)"))
    return Path(path) if path else None


def choose(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
           options: list[str], default: int = 0, detail: str = "") -> int | None:
    """A question with labelled answers; the index of the one chosen, None if the box was
    closed (Esc) without choosing."""
    box = message_box(parent, icon, title, text, QMessageBox.StandardButton.NoButton, detail)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in options]
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
