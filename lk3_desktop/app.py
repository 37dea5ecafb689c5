"""Builds the QApplication (style, fonts, error hook) and the main window on a database file."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QLockFile, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from lk3_desktop import APP_NAME, __version__
from lk3_desktop.paths import resource, user_log_dir
from lk3_desktop.store import DatabaseRefused, open_store
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.main_window import MainWindow

log = logging.getLogger("lk3_desktop")


def build_main_window(db_path: Path | str, *,
                      clock: Callable[[], datetime] | None = None) -> MainWindow:
    """Open (or create) the database at `db_path` and return the main window on it, not shown.

    A QApplication must exist. Raises store.DatabaseRefused (with an Indonesian message) for a
    file that is not an LK3 database or comes from a newer version; that file is left untouched.
    Tests use this with a fresh file per test and an optional fixed `clock`.
    """
    store = open_store(Path(db_path), clock=clock)
    window = MainWindow(store)
    window.destroyed.connect(lambda *_: store.close())
    return window


def configure_application(app: QApplication) -> None:
    """Name, locale, icon, stylesheet and Indonesian Qt texts; safe to call more than once."""
    if app.property("lk3_configured"):
        return
    app.setProperty("lk3_configured", True)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Dinas Sosial dan PM Kota Tarakan")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setWindowIcon(QIcon(str(resource("resources/icons/lk3.svg"))))
    # Qt has no Indonesian of its own: our qt_id.qm covers the widgets' built-in texts
    # (text context menus, spin boxes, standard buttons, file dialogs).
    translator = QTranslator(app)
    if translator.load(str(resource("resources/translations/qt_id.qm"))):
        app.installTranslator(translator)
    else:
        log.warning("Indonesian Qt translation could not be loaded")
    app.setStyleSheet(resource("resources/style.qss").read_text(encoding="utf-8"))


def _install_excepthook() -> None:
    """An unexpected error is logged and shown in Indonesian; the program keeps running, and
    what was saved stays saved (every write is its own transaction)."""

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", text)
        box = dialogs.message_box(
            QApplication.activeWindow(), QMessageBox.Icon.Critical, "Terjadi kesalahan",
            "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.\n"
            f"Catatan kesalahan disimpan di {user_log_dir()}.", detail=text)
        box.exec()

    sys.excepthook = hook


def _setup_logging() -> None:
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=folder / "lk3-desktop.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def lock_database(db_path: Path) -> QLockFile | None:
    """One program per database file: a second window on the same file would show stale
    lists and could overwrite a case being edited in the first. Returns the held lock, or
    None if another LK3 Desktop holds it (a lock left by a crashed program is taken over)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)  # stale only if its process is gone, however old it is
    return lock if lock.tryLock(100) else None


def run_gui(db_path: Path) -> int:
    _setup_logging()
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    lock = lock_database(db_path)
    if lock is None:
        dialogs.message_box(
            None, QMessageBox.Icon.Warning, "Basis data sedang dipakai",
            f"Berkas {db_path} sedang dibuka oleh LK3 Desktop lain di komputer ini. "
            "Gunakan jendela yang sudah terbuka.").exec()
        return 3
    try:
        window = build_main_window(db_path)
    except DatabaseRefused as exc:
        dialogs.message_box(None, QMessageBox.Icon.Critical, "Basis data tidak dapat dibuka",
                            str(exc)).exec()
        return 2
    _install_excepthook()
    window.show()
    code = app.exec()
    lock.unlock()
    return code
