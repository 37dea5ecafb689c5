"""Builds the QApplication (style, fonts, error hook) and the main window on a database file."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import signal
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QLockFile,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lk3_desktop import APP_NAME, __version__, i18n, qt_runtime
from lk3_desktop.i18n import tr
from lk3_desktop.lock import LockUnavailable, lock_database, take_over
from lk3_desktop.lock import holder as lock_holder
from lk3_desktop.paths import resource, user_log_dir
from lk3_desktop.store import DatabaseRefused, Store, open_store
from lk3_desktop.store.database import is_encrypted, verify_file
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.main_window import MainWindow
from lk3_desktop.ui.recovery import recover_at_start

log = logging.getLogger("lk3_desktop")


def build_main_window(db_path: Path | str, *,
                      clock: Callable[[], datetime] | None = None,
                      store: Store | None = None) -> MainWindow:
    """Open (or create) the database at `db_path` and return the main window on it, not shown.

    A QApplication must exist. Raises store.DatabaseRefused (with an Indonesian message) for a
    file that is not an LK3 database or comes from a newer version; that file is left untouched.
    Tests use this with a fresh file per test and an optional fixed `clock`. `store`: a Store
    already signed in on that file (run_gui's sign-in); without it, the window opens the file
    with nobody signed in, which in a file with accounts may do nothing guarded.
    """
    return MainWindow(store if store is not None else open_store(Path(db_path), clock=clock))


def sign_in_at_start(db_path: Path) -> Store | None:
    """The first Administrator of a file without accounts, else the sign-in; None when the
    person leaves. A person whose password was reset chooses their own first."""
    from lk3_desktop.auth import has_accounts
    from lk3_desktop.ui.signin_dialog import (
        ChangePasswordDialog,
        RecoveryKeyDialog,
        SetupDialog,
        SignInDialog,
    )

    while True:
        if not has_accounts(db_path):
            setup = SetupDialog(db_path)
            if setup.exec() != QDialog.DialogCode.Accepted or setup.store is None:
                return None
            RecoveryKeyDialog(setup.recovery_key, db_path, plain_copy=setup.plain_copy).exec()
            return setup.store
        # An encrypted file is checked once the password has given its key.
        dialog = SignInDialog(db_path, check=is_encrypted(db_path))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None:
            break
        if dialog.refused is None:
            return None
        log.warning("database failed the start-up check: %s", dialog.refused.detail)
        if not recover_at_start(db_path, dialog.refused.detail or str(dialog.refused),
                                key=getattr(dialog.refused, "key", None)):
            return None
    store = dialog.store
    if store.must_change_password() and ChangePasswordDialog(
            store, required=True).exec() != QDialog.DialogCode.Accepted:
        store.close()
        return None
    return store


def _settings() -> QSettings:
    """Per-user program settings (not per database): the interface language must be known
    before any database is opened."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "lk3-desktop")


def saved_language() -> str:
    lang = str(_settings().value("language", i18n.DEFAULT_LANGUAGE))
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    """The interface language from the next start on (Settings)."""
    if lang not in i18n.LANGUAGES:
        raise ValueError(lang)
    settings = _settings()
    settings.setValue("language", lang)
    settings.sync()


def configure_application(app: QApplication, language: str | None = None) -> None:
    """Name, locale, icon, stylesheet and the interface language; safe to call more than
    once (the first call's language stays: switching takes a new start)."""
    if app.property("lk3_configured"):
        return
    app.setProperty("lk3_configured", True)
    lang = language or saved_language()
    app.setProperty("lk3_language", lang)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Dinas Sosial dan PM Kota Tarakan")
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        # Our texts in English; Qt's own are English already.
        _load_translator(app, "resources/translations/lk3_en.qm")
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        # Qt has no Indonesian of its own: our qt_id.qm covers the widgets' built-in texts
        # (text context menus, spin boxes, standard buttons, file dialogs).
        _load_translator(app, "resources/translations/qt_id.qm")
    i18n.install(QCoreApplication.translate)
    app.setWindowIcon(QIcon(str(resource("resources/icons/lk3.svg"))))
    app.setStyleSheet(resource("resources/style.qss").read_text(encoding="utf-8"))


def _load_translator(app: QApplication, rel: str) -> None:
    translator = QTranslator(app)
    if translator.load(str(resource(rel))):
        app.installTranslator(translator)
    else:
        log.warning("translation %s could not be loaded", rel)


LOG_NAME = "lk3-desktop.log"
CRASH_NAME = "lk3-desktop-crash.log"


def describe_exception(exc_type, exc, tb) -> str:
    """The error's type and where it happened, for the log. Not its message: messages can
    quote what was typed (a client's name in a ValueError), and the log must hold no
    client data."""
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f'  File "{Path(f.filename).name}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)


def _install_excepthook() -> None:
    """An unexpected error is logged and explained to the user; the program keeps running, and
    what was saved stays saved (every write is its own transaction)."""

    def hook(exc_type, exc, tb) -> None:
        log.error("unhandled exception: %s", describe_exception(exc_type, exc, tb))
        text = tr("Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.")
        if _log_file:
            text += "\n" + tr("Catatan kesalahan disimpan di {path}.").format(path=_log_file)
        box = dialogs.message_box(
            QApplication.activeWindow(), QMessageBox.Icon.Critical, tr("Terjadi kesalahan"),
            text, detail="".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()

    sys.excepthook = hook


_crash_file = None  # kept open for faulthandler for the life of the program
_log_file: Path | None = None  # where the log goes, once setup_logging has found a place


def setup_logging(folder: Path | None = None) -> Path | None:
    """A rotating log (3 × 1 MB) and faulthandler's native-crash dump in the per-user log
    folder. Returns the log file, or None if the folder cannot be written (then warnings go
    to stderr only)."""
    global _crash_file, _log_file
    folder = folder or user_log_dir()
    root = logging.getLogger()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                      encoding="utf-8")
        if _crash_file is None:
            _crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_crash_file)
    except OSError:
        logging.basicConfig(level=logging.WARNING)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = folder / LOG_NAME
    return _log_file


def _acquire_lock(db_path: Path) -> QLockFile | None:
    """The lock on the file, or None after telling the user who holds it (or why there can
    be no lock at all)."""
    try:
        held = lock_database(db_path)
    except LockUnavailable as exc:
        dialogs.message_box(None, QMessageBox.Icon.Critical, tr("Basis data tidak dapat dibuka"),
                            str(exc)).exec()
        return None
    if held is not None:
        return held
    who = lock_holder(db_path)
    text = (who.describe(db_path) if who else
            tr("Berkas {path} sedang dibuka oleh LK3 Desktop lain.").format(path=db_path))
    if who is None or who.this_computer:
        dialogs.message_box(None, QMessageBox.Icon.Warning, tr("Basis data sedang dipakai"),
                            text + "\n" + tr("Gunakan jendela yang sudah terbuka.")).exec()
        return None
    answer = dialogs.choose(
        None, QMessageBox.Icon.Warning, tr("Basis data sedang dipakai"),
        text + "\n" + tr(
            "Dua program pada satu berkas dapat saling menimpa isian. Tutup LK3 Desktop di "
            "komputer \"{computer}\" lalu coba lagi.\n\nJika komputer itu mati mendadak dan "
            "program di sana pasti sudah tidak berjalan, Anda dapat mengambil alih berkas."
        ).format(computer=who.computer),
        [tr("Tutup"), tr("Ambil alih…")])
    if answer == 1 and dialogs.ask(
            None, tr("Ambil alih berkas"),
            tr("Pastikan LK3 Desktop di komputer \"{computer}\" sudah tidak berjalan. Ambil "
               "alih berkas ini?").format(computer=who.computer)):
        taken = take_over(db_path)
        if taken is None:
            dialogs.warn(None, tr("Tidak dapat mengambil alih"),
                         tr("Kunci berkas {file} tidak dapat dilepas. Tutup program di komputer "
                            "\"{computer}\" lalu coba lagi.").format(file=db_path.name,
                                                                    computer=who.computer))
        return taken
    return None


def open_checked(db_path: Path) -> bool:
    """The start-up check: a quick look at the whole file before any write. On damage, the
    recovery dialog; False if the program should not go on."""
    if not db_path.exists():
        return True  # a first start: the file is made complete, then renamed into place
    if is_encrypted(db_path):
        return True  # checked at sign-in, with the key the password unwraps
    try:
        verify_file(db_path, quick=True)
    except DatabaseRefused as exc:
        if exc.damaged:
            log.warning("database failed the start-up check: %s", exc.detail)
            return recover_at_start(db_path, exc.detail or str(exc))
        dialogs.message_box(None, QMessageBox.Icon.Critical, tr("Basis data tidak dapat dibuka"),
                            str(exc), detail=exc.detail).exec()
        return False
    return True


# Signals that end the program from outside: a log-out or shut-down (SIGTERM, SIGHUP when its
# terminal goes), Ctrl+Break or the console window closed on Windows (SIGBREAK).
SHUTDOWN_SIGNALS = ("SIGTERM", "SIGHUP", "SIGBREAK")
WAKE_MS = 200  # how often the interpreter gets control so a signal's handler can run


def shut_down(app: QApplication) -> None:
    """End the program for a log-out or shut-down, asking nothing: every open case's draft
    saved, the automatic backup made if due (the main window's closeEvent, told not to ask),
    then the event loops left with 0. run_gui releases the lock on the way out."""
    if app.property("lk3_shutting_down"):
        return
    app.setProperty("lk3_shutting_down", True)
    log.info("ending for a log-out or shut-down")
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.setProperty("quiet_close", True)
            widget.close()
    app.exit(0)  # also ends a sign-in or other dialog's loop still running


def install_shutdown_handlers(app: QApplication) -> QTimer:
    """SIGTERM (and its kin) and Qt's session end run shut_down() instead of killing the
    program mid-word. Python runs a signal's handler only when the interpreter has control,
    and Qt's event loop is C++: a timer gives control back every WAKE_MS. The handler only
    schedules the work, which then runs in the event loop as any other event."""

    def on_signal(_signum, _frame) -> None:
        QTimer.singleShot(0, lambda: shut_down(app))

    for name in SHUTDOWN_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError, OSError):  # not the main thread / not here
                signal.signal(number, on_signal)
    wake = QTimer(app)
    wake.setObjectName("lk3.signalWake")
    wake.setInterval(WAKE_MS)
    wake.timeout.connect(lambda: None)
    wake.start()
    app.commitDataRequest.connect(lambda _manager: shut_down(app))
    return wake


def run_gui(db_path: Path, language: str | None = None) -> int:
    setup_logging()
    # Before any window exists: a PySide6 that loses a reference to None per call would abort
    # the program mid-work on Python 3.11 (see qt_runtime); the pinned pair never does.
    qt_runtime.guard_none_refcount()
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # this program makes no other kind of application
    configure_application(app, language)
    _install_excepthook()  # from here on, no traceback reaches the user unexplained
    install_shutdown_handlers(app)  # a log-out or SIGTERM saves drafts, never cuts them
    lock = _acquire_lock(db_path)
    if lock is None:
        return 3
    try:
        if not open_checked(db_path):
            return 2
        try:
            store = sign_in_at_start(db_path)
            if store is None:
                return 0
            window = build_main_window(db_path, store=store)
        except DatabaseRefused as exc:
            dialogs.message_box(None, QMessageBox.Icon.Critical,
                                tr("Basis data tidak dapat dibuka"), str(exc)).exec()
            return 2
        window.show()
        return app.exec()
    finally:
        lock.unlock()
