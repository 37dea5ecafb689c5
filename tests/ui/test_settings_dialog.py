"""Pengaturan kantor → Tampilan: the interface language is kept per user (QSettings)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.helpers.gui import find, set_field


@pytest.fixture
def fresh_user_settings(tmp_path_factory):
    """Per-user settings in a temporary folder: the developer's own are never read or
    written. QSettings has no getter for the folder it replaces, so afterwards the rest of
    the session gets an empty one (the default language), never this test's choice."""
    def use(folder) -> None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    use(tmp_path_factory.mktemp("user-settings"))
    yield
    use(tmp_path_factory.mktemp("user-settings-after"))


def test_language_choice_is_saved_with_the_settings(qtbot, fresh_user_settings, window):
    from lk3_desktop.app import saved_language

    dlg = window.office_settings()
    combo = find(dlg, "settings.language")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Bahasa Indonesia", "English"]
    assert combo.currentData() == saved_language() == "id"
    combo.setCurrentIndex(combo.findData("en"))
    assert saved_language() == "id"  # nothing is kept before Simpan
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    assert saved_language() == "en"
    again = window.office_settings()
    assert find(again, "settings.language").currentData() == "en"  # preselected


def test_language_is_not_saved_when_the_settings_are_refused(qtbot, fresh_user_settings, window):
    from lk3_desktop.app import saved_language

    dlg = window.office_settings()
    set_field(qtbot, find(dlg, "settings.head_nip"), "12345")  # not 18 digits
    combo = find(dlg, "settings.language")
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and saved_language() == "id"
