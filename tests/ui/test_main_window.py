"""Main window: the active staff, shortcuts, backups from the menu and on closing, the
database path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from lk3_desktop import __version__
from lk3_desktop.app import build_main_window
from lk3_desktop.paths import user_log_dir
from lk3_desktop.store.backup import automatic_folder
from tests.helpers.cases import complete_case
from tests.helpers.gui import find


def test_window_shows_database_path(window, db_path):
    assert str(db_path.resolve()) in window.db_label.text()


def test_hint_asks_to_choose_the_active_staff(qtbot, db_path, staff, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    assert not w.staff_hint.isHidden()
    assert "Pilih Petugas aktif" in w.staff_hint.text()
    w.active_staff.setCurrentIndex(w.active_staff.findData(staff["konselor"]))
    w.active_staff.activated.emit(w.active_staff.currentIndex())
    assert w.staff_hint.isHidden() and w.store.actor == staff["konselor"]
    assert w.store.get_setting("ui.active_staff_id") == staff["konselor"]


def test_deactivated_active_staff_no_longer_signs_changes(qtbot, window, staff):
    window.set_active_staff(staff["konselor"])
    assert window.store.actor == staff["konselor"]
    person = window.store.staff(staff["konselor"])
    window.store.save_staff({**person, "active": False}, staff["konselor"])
    window.reload_staff()
    assert window.store.actor.startswith("os:")
    assert "Pilih Petugas aktif" in window.staff_hint.text()


def backed_up(qtbot, window, folder, message_boxes) -> tuple[str, str]:
    """Back up from the menu and wait for the result the job reports: (title, text)."""
    before = len(message_boxes)
    job = window.backup_now(folder)
    assert job is not None
    qtbot.waitUntil(lambda: len(message_boxes) > before, timeout=30_000)
    return message_boxes[-1]


def test_backup_to_a_folder_from_the_menu(qtbot, window, staff, tmp_path, message_boxes):
    from lk3_desktop.store.backup import backups_in

    complete_case(window.store, staff, upto=2)
    title, text = backed_up(qtbot, window, tmp_path, message_boxes)
    [made] = backups_in(tmp_path).values()
    assert title == "Cadangan dibuat" and str(made) in text
    title, text = backed_up(qtbot, window, tmp_path / "dicabut", message_boxes)
    assert title == "Cadangan gagal" and "tidak ada" in text


def test_window_answers_while_a_backup_runs(qtbot, window, staff, tmp_path, monkeypatch,
                                            message_boxes):
    """The copy runs on its own thread: the window's event loop keeps turning meanwhile."""
    import threading

    from lk3_desktop.ui import main_window

    release = threading.Event()
    real = main_window.backup_to

    def slow(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(main_window, "backup_to", slow)
    complete_case(window.store, staff, upto=1)
    job = window.backup_now(tmp_path)
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])  # an event handled while the copy waits
    assert job.isRunning() and not message_boxes
    release.set()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert message_boxes[-1][0] == "Cadangan dibuat"


def test_closing_the_window_makes_the_daily_automatic_backup(qtbot, window, staff):
    from lk3_desktop.store.backup import automatic_folder, backups_in

    complete_case(window.store, staff, upto=1)
    window.close()
    assert len(backups_in(automatic_folder(window.store.path))) == 1


def test_status_bar_says_the_closed_file_can_be_copied(window):
    label = find(window, "main.copy_hint")
    assert label.isVisible()
    assert label.text() == "Satu berkas, lengkap dan aman disalin bila program ditutup."
    assert str(window.store.path.resolve()) in find(window, "main.db_path").text()


def test_backup_of_a_database_gone_meanwhile_is_a_message(qtbot, window, tmp_path,
                                                          message_boxes):
    import os

    os.unlink(window.store.path)
    title, text = backed_up(qtbot, window, tmp_path, message_boxes)
    assert title == "Cadangan gagal" and "tidak ditemukan" in text
    assert list(tmp_path.glob("lk3-*")) == []


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


def test_closing_with_a_backups_file_in_the_way_says_so(qtbot, window, staff, message_boxes):
    complete_case(window.store, staff, upto=1)
    automatic_folder(window.store.path).write_text("bukan folder", encoding="utf-8")
    window.close()
    title, text = message_boxes[-1]
    assert title == "Cadangan otomatis gagal" and "tidak dapat dibuat" in text


def test_help_menu_holds_the_guide_and_about(qtbot, window):
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "Ba&ntuan"]
    assert [a.text() for a in help_menu.actions()] == ["&Panduan", "&Tentang"]
    assert help_menu.actions()[0].shortcut().toString() == "F1"
    help_menu.actions()[1].trigger()
    [about] = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "about" and w.isVisible()]
    qtbot.addWidget(about)
    assert about.windowTitle() == "Tentang LK3 Desktop" and not about.isModal()
    shown = " ".join(label.text() for label in about.findChildren(QLabel))
    assert __version__ in shown and str(window.store.path.resolve()) in shown
    assert str(user_log_dir()) in shown
    about.tabs.setCurrentIndex(1)
    licences = about.licence_text.toPlainText()
    assert "LGPL" in licences and "DejaVu" in licences


def _accelerators_clash(window) -> list[str]:
    """Within each menu, every Alt letter leads to one item only."""
    import re

    clashes = []
    for menu_action in window.menuBar().actions():
        letters: dict[str, str] = {}
        for action in menu_action.menu().actions():
            match = re.search(r"&([^&])", action.text().replace("&&", ""))
            if not match:
                continue
            letter = match.group(1).lower()
            if letter in letters:
                clashes.append(f"{menu_action.text()}: {letters[letter]} / {action.text()}")
            letters[letter] = action.text()
    return clashes


def test_menu_accelerators_lead_to_one_item_each(window):
    assert _accelerators_clash(window) == []


def test_menu_accelerators_lead_to_one_item_each_in_english(qtbot, window, english, db_path):
    from lk3_desktop.app import build_main_window

    english_window = build_main_window(db_path.with_name("en.sqlite"))
    qtbot.addWidget(english_window)
    assert english_window.menuBar().actions()[0].text() == "&File"
    assert _accelerators_clash(english_window) == []
