"""About (Bantuan → Tentang): version, SOP, database path, log folder, and the licences of
what the program bundles, with the LGPL notice and the DejaVu font licence."""

from __future__ import annotations

import platform

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from lk3_desktop import __version__
from lk3_desktop.app import CRASH_NAME, LOG_NAME
from lk3_desktop.paths import resource, user_log_dir
from lk3_desktop.ui.about_dialog import BUNDLED, AboutDialog, licence_texts
from tests.helpers.gui import find
from tests.helpers.visible_texts import Collector
from tests.test_i18n import ENGLISH, INDONESIAN, words


def label(dialog: AboutDialog, name: str) -> str:
    widget = find(dialog, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def licence_entry(dialog: AboutDialog, starts: str) -> str:
    """Choose the licence whose entry starts with `starts`; the text then shown."""
    rows = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    dialog.licence_list.setCurrentRow(next(i for i, r in enumerate(rows) if r.startswith(starts)))
    return dialog.licence_text.toPlainText()


def test_about_shows_version_sop_database_and_log_folder(qtbot, window, tmp_path):
    dialog = AboutDialog(window.store.sop, window.store.path, window, log_dir=tmp_path / "log")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tentang LK3 Desktop"
    assert dialog.tabs.tabText(0) == "Program" and dialog.tabs.tabText(1) == "Lisensi"
    assert label(dialog, "about.title") == f"<h2>LK3 Desktop {__version__}</h2>"
    assert label(dialog, "about.version") == __version__
    sop = label(dialog, "about.sop")
    assert "000.8.3.3/261.DINSOSPM" in sop and "Rujukan Klien Stres" in sop
    assert label(dialog, "about.database") == str(window.store.path.resolve())
    assert label(dialog, "about.log_folder") == str(tmp_path / "log")
    assert label(dialog, "about.log_files") == f"{LOG_NAME}, {CRASH_NAME}"
    assert label(dialog, "about.python") == platform.python_version()
    assert qVersion() in label(dialog, "about.qt")


def test_about_names_the_log_folder_the_program_writes_to(qtbot, window):
    dialog = window.about()
    qtbot.addWidget(dialog)
    assert label(dialog, "about.log_folder") == str(user_log_dir())


def test_folders_open_from_the_about_box(qtbot, window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_folder", lambda p: opened.append(p) or True)
    dialog = AboutDialog(window.store.sop, window.store.path, window, log_dir=tmp_path)
    qtbot.addWidget(dialog)
    for name in ("about.database_open", "about.log_folder_open"):
        button = find(dialog, name)
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [window.store.path.resolve().parent, tmp_path]


def test_copy_details_for_whoever_helps(qtbot, window, tmp_path):
    dialog = AboutDialog(window.store.sop, window.store.path, window, log_dir=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(find(dialog, "about.copy"), Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"LK3 Desktop {__version__}" in copied
    assert f"Basis data: {window.store.path.resolve()}" in copied
    assert f"Folder log: {tmp_path}" in copied


def test_licences_name_each_bundled_library_with_the_lgpl_notice(qtbot, window):
    dialog = window.about()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    summary = dialog.licence_text.toPlainText()
    for item in BUNDLED:
        assert item.name in summary and item.licence in summary
    assert f"PySide6, Shiboken6\n{PySide6.__version__}\nLGPL-3.0" in summary  # with versions
    assert "LGPLv3" in summary and "berhak mengganti pustaka Qt" in summary
    assert "https://code.qt.io" in summary and "https://www.qt.io/licensing" in summary
    assert "tidak membuka koneksi internet" in summary
    assert "DejaVu" in summary and "Bitstream Vera" in summary


@pytest.mark.parametrize(("entry", "says"), [
    ("LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3"),
    ("GPL-3.0", "GNU GENERAL PUBLIC LICENSE\n                       Version 3"),
    ("LGPL-2.1", "GNU LESSER GENERAL PUBLIC LICENSE\n\t\t       Version 2.1"),
    ("Apache-2.0", "Apache License"),
    ("BSD", "ReportLab"),
    ("MIT: platformdirs", "MIT License"),
    ("Bitstream Vera", "DejaVu changes are in public domain"),
    ("PSF-2.0", "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"),
])
def test_each_licence_reads_in_full(qtbot, window, entry, says):
    dialog = window.about()
    qtbot.addWidget(dialog)
    assert says in licence_entry(dialog, entry)


def test_every_licence_text_is_shipped():
    for _label, path in licence_texts():
        assert resource(path).stat().st_size > 500, path
    assert resource("resources/fonts/DejaVu-LICENSE.txt") in {resource(p) for _l, p in
                                                              licence_texts()}


def test_about_in_english(qtbot, window, english, tmp_path):
    dialog = AboutDialog(window.store.sop, window.store.path, window, log_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About LK3 Desktop"
    assert dialog.tabs.tabText(1) == "Licences"
    assert "Referral of Clients under Stress" in label(dialog, "about.sop")
    dialog.tabs.setCurrentIndex(1)
    assert "You may replace the bundled Qt" in dialog.licence_text.toPlainText()


@pytest.mark.parametrize(("language", "other"), [("id", ENGLISH), ("en", INDONESIAN)])
def test_nothing_left_in_the_other_language(qtbot, window, request, tmp_path, language, other):
    """Every text of both pages, the licence summary included; the licences' own full texts
    (English, as published) and the paths (data, not words) aside."""
    if language == "en":
        request.getfixturevalue("english")
    dialog = AboutDialog(window.store.sop, window.store.path, window, log_dir=tmp_path / "log")
    qtbot.addWidget(dialog)
    dialog.show()
    seen = Collector()
    seen.typed.update({str(window.store.path.resolve()), str(tmp_path / "log")})
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        seen.widget_tree("about", dialog)
    left = sorted({text for _where, text in seen.found if words(text) & other})
    assert left == [], [sorted(words(t) & other) for t in left]
