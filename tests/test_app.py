"""Application start-up pieces: the one-program-per-file lock, the error hook, shortcuts."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSysInfo, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from lk3_desktop import app as app_module
from tests.helpers.cases import complete_case


def test_second_program_on_the_same_file_is_refused(db_path):
    first = app_module.lock_database(db_path)
    assert first is not None and first.isLocked()
    assert app_module.lock_database(db_path) is None
    first.unlock()
    again = app_module.lock_database(db_path)
    assert again is not None
    again.unlock()


def test_stale_lock_of_a_dead_program_is_taken_over(db_path):
    lock_path = db_path.with_name(db_path.name + ".lock")
    # A lock file naming a process of this machine that no longer exists, as a crash leaves it.
    lock_path.write_text(f"4194000\nlk3-desktop\n{QSysInfo.machineHostName()}\n")
    held = app_module.lock_database(db_path)
    assert held is not None
    held.unlock()


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


def test_keyboard_shortcuts(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=2)
    window.refresh()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.focusWidget() is window.search
    window.select_case(rid)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Return)
    assert [w.rid for w in window.wizards] == [rid]
    assert window.wizards[0].currentId() == 3
    window.wizards[0].reject()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert any(w.rid is None for w in window.wizards)


def test_open_database_folder(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_folder", lambda p: opened.append(p) or True)
    button = window.statusBar().findChild(QPushButton, "main.open_folder")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [window.store.path.resolve().parent]


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
