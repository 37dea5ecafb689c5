"""Application start-up: the main window on a file, the lock message, the start-up check,
the error hook and the log, Qt's own texts in Indonesian."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from PySide6.QtWidgets import QMessageBox

from lk3_desktop import app as app_module
from lk3_desktop.app import build_main_window
from lk3_desktop.store import DatabaseRefused

ROOT = Path(__file__).resolve().parents[1]


def test_unexpected_error_is_shown_in_indonesian(qtbot, monkeypatch, tmp_path):
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(app_module, "user_log_dir", lambda: tmp_path)
    old = sys.excepthook
    try:
        app_module._install_excepthook()
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    title, text = shown[0]
    assert title == "Terjadi kesalahan"
    assert "Data yang sudah tersimpan tetap aman" in text


def test_qt_texts_are_indonesian(qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    app_module.configure_application(QApplication.instance())
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "&Salin" in texts and "T&empel" in texts and "Pilih semua" in texts
    assert not {"&Copy", "&Paste", "Select All"} & set(texts)


@pytest.mark.slow
def test_compiled_translation_matches_its_source(tmp_path):
    import shutil
    import subprocess
    from pathlib import Path

    from lk3_desktop.paths import resource

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "qt_id.qm"
    subprocess.run([lrelease, "-silent", str(resource("resources/translations/qt_id.ts")),
                    "-qm", str(out)], check=True)
    assert out.read_bytes() == resource("resources/translations/qt_id.qm").read_bytes(), (
        "run `make translations` and commit qt_id.qm")


def test_newer_file_at_start_is_refused_without_offering_a_backup(store, message_boxes,
                                                                  monkeypatch):
    store.db.execute("PRAGMA user_version=99")
    store.close()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", lambda *a, **k: pytest.fail(a))
    assert app_module.open_checked(store.path) is False
    assert "versi LK3 Desktop yang lebih baru" in message_boxes[-1][1]


def test_second_program_is_told_which_computer_holds_the_file(qtbot, db_path, message_boxes):
    first = app_module.lock_database(db_path)
    try:
        assert app_module._acquire_lock(db_path) is None
    finally:
        first.unlock()
    title, text = message_boxes[-1]
    assert title == "Basis data sedang dipakai"
    assert "sedang dibuka oleh LK3 Desktop di komputer ini sejak " in text
    assert str(datetime.now().year) in text


def test_lock_of_a_laptop_that_died_on_a_shared_folder_can_be_taken_over(db_path, monkeypatch):
    lock_file = db_path.with_name(db_path.name + ".lock")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_file.write_text("4242\nlk3-desktop\nLAPTOP-SHELTER-2\n", encoding="utf-8")
    assert QSysInfo.machineHostName() != "LAPTOP-SHELTER-2"
    said = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda _p, _i, _t, text, options, **k: said.append(text) or 0)
    assert app_module._acquire_lock(db_path) is None  # "Tutup": nothing taken
    assert 'di komputer lain bernama "LAPTOP-SHELTER-2"' in said[0]
    assert lock_file.read_text(encoding="utf-8").startswith("4242")

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", lambda *a, **k: 1)  # "Ambil alih…"
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *a: True)
    held = app_module._acquire_lock(db_path)
    assert held is not None and held.isLocked()
    held.unlock()


def test_log_holds_the_error_but_no_client_data(qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(app_module, "user_log_dir", lambda: tmp_path)
    handler_count = len(logging.getLogger().handlers)
    old = sys.excepthook
    try:
        log_file = app_module.setup_logging(tmp_path)
        app_module._install_excepthook()
        try:
            int("Siti Aminah 6571014505900003")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        for h in logging.getLogger().handlers[handler_count:]:
            logging.getLogger().removeHandler(h)
            h.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "test_log_holds_the_error" in logged
    assert "Siti" not in logged and "6571014505900003" not in logged
    title, text = message_boxes[-1]
    assert title == "Terjadi kesalahan" and str(log_file) in text


@pytest.mark.slow
def test_log_rotates_and_native_crashes_land_beside_it(tmp_path):
    script = (
        "import logging, faulthandler, sys\n"
        "from pathlib import Path\n"
        "from lk3_desktop.app import setup_logging\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "for i in range(3000): logging.getLogger('lk3_desktop').info('baris %d %s', i, 'x' * 1100)\n"
        "faulthandler._sigsegv()\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0  # it did crash
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["lk3-desktop-crash.log", "lk3-desktop.log", "lk3-desktop.log.1",
                     "lk3-desktop.log.2", "lk3-desktop.log.3"]
    assert all(p.stat().st_size <= 1_000_000 for p in tmp_path.glob("lk3-desktop.log*"))
    assert "Fatal Python error: Segmentation fault" in (
        tmp_path / "lk3-desktop-crash.log").read_text(encoding="utf-8")


def test_database_under_a_file_is_a_message_not_a_traceback(tmp_path, message_boxes):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    assert app_module._acquire_lock(blocker / "lk3.sqlite") is None
    assert message_boxes[-1][0] == "Basis data tidak dapat dibuka"
    assert "tidak dapat dibuat" in message_boxes[-1][1]


def test_refused_database_raises_before_any_window(tmp_path):
    bad = tmp_path / "foreign.sqlite"
    bad.write_text("not a database")
    with pytest.raises(DatabaseRefused):
        build_main_window(bad)
    assert bad.read_text() == "not a database"  # refused, and left as it was


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM from outside is POSIX")
def test_sigterm_saves_the_half_typed_draft_makes_the_backup_and_frees_the_lock(tmp_path):
    """A log-out or shut-down sends SIGTERM: what was typed a moment ago (before the 800 ms
    autosave) is in the file, the day's automatic backup is made, the lock is gone, exit 0."""
    import signal

    from lk3_desktop.lock import lock_path
    from lk3_desktop.store import open_store
    from lk3_desktop.store.backup import automatic_folder, backups_in
    from tests.helpers.sigterm_driver import TYPED

    db = tmp_path / "lk3.sqlite"
    store = open_store(db)
    store.save_staff({"name": "Rina Marlina", "roles": [r.key for r in store.sop.roles]})
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    child = subprocess.Popen([sys.executable, "-m", "tests.helpers.sigterm_driver", str(db)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        assert lock_path(db).exists()  # held while the program runs
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=15)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == 0, child.stderr.read() if child.stderr else ""
    store = open_store(db)
    try:
        [case] = store.list_cases()
        assert store.load_step(case.id, 1)["full_name"] == TYPED
    finally:
        store.close()
    assert not lock_path(db).exists()
    assert backups_in(automatic_folder(db)), "no automatic backup made"
