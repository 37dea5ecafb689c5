"""Pengaturan kantor: office settings saved or refused at the field, the logo, the automatic
backups and how many to keep, and the interface language kept per user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.cases import complete_case
from tests.helpers.gui import find, set_field


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


def test_settings_show_the_automatic_backups_and_how_many_to_keep(qtbot, window, staff):
    from datetime import datetime, timedelta

    from lk3_desktop.domain.backups import KeepRule
    from lk3_desktop.store.backup import automatic_folder, backup_to, backups_in

    folder = automatic_folder(window.store.path)
    folder.mkdir()
    for days in (3, 2, 1):
        backup_to(window.store.path, folder, now=datetime(2026, 11, 27, 17, 5) - timedelta(days))
    dlg = window.office_settings()
    assert find(dlg, "settings.backup_folder").text() == str(folder.resolve())
    assert find(dlg, "settings.backup_state").text() == (
        "3 cadangan; terakhir 26 November 2026 17.05")
    assert window.store.keep_rule() == KeepRule()
    for key, value in (("recent", 1), ("daily", 0), ("weekly", 0), ("monthly", 0)):
        set_field(qtbot, find(dlg, f"settings.backup_{key}"), value)
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    assert window.store.keep_rule() == KeepRule(1, 0, 0, 0)
    # On closing, the day's automatic backup is made and the rule keeps only the newest.
    complete_case(window.store, staff, upto=1)
    window.close()
    kept = backups_in(folder)
    assert len(kept) == 1 and max(kept).date() == datetime.now().date()


def test_office_settings_dialog_saves_and_validates(qtbot, window):
    dlg = window.office_settings()
    set_field(qtbot, find(dlg, "settings.section_name"), "Hj. Siti Rahmah, S.Sos.")
    set_field(qtbot, find(dlg, "settings.section_nip"), "12345")
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    assert "NIP harus 18 angka" in find(dlg, "settings.errors").text()
    assert find(dlg, "settings.section_nip").property("error") is True
    assert window.store.office_settings().section_name == ""  # nothing saved
    set_field(qtbot, find(dlg, "settings.section_nip"), "197002021995032001")
    set_field(qtbot, find(dlg, "settings.number_pattern"), "{seq3}/LK3/{year}")
    assert "001/LK3/" in find(dlg, "settings.number_preview").text()
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    office = window.store.office_settings()
    assert (office.section_name, office.section_nip, office.number_pattern) == (
        "Hj. Siti Rahmah, S.Sos.", "197002021995032001", "{seq3}/LK3/{year}")



def test_logo_is_chosen_through_the_dialog_seam(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_image_path", lambda *a: tmp_path / "l.png")
    dlg = window.office_settings()
    dlg._choose_logo()
    assert find(dlg, "settings.logo_path").value() == str(tmp_path / "l.png")
