"""The guide (Bantuan → Panduan, F1): in the interface language, every SOP step with its
executor and output as the program names them, menu paths that exist, search."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenuBar

from lk3_desktop.app import build_main_window
from lk3_desktop.i18n import tr
from lk3_desktop.paths import resource
from lk3_desktop.ui.help_dialog import GUIDES, HelpDialog
from tests.helpers.visible_texts import Collector
from tests.test_i18n import ENGLISH, INDONESIAN, words


def open_guide(qtbot, window) -> HelpDialog:
    """F1 in the main window, as a user presses it; the guide that appears."""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "help.guide" and w.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    assert isinstance(dialog, HelpDialog)
    qtbot.addWidget(dialog)
    return dialog


def menus(bar: QMenuBar) -> dict[str, dict[str, str]]:
    """Menu title → {item text: shortcut}, as shown (mnemonic marks removed)."""
    found: dict[str, dict[str, str]] = {}
    for top in bar.actions():
        items = {a.text().replace("&", ""): a.shortcut().toString()
                 for a in top.menu().actions() if not a.isSeparator()}
        found[top.text().replace("&", "")] = items
    return found


def test_f1_opens_the_guide_in_indonesian_beside_the_work(qtbot, window):
    dialog = open_guide(qtbot, window)
    assert dialog.windowTitle() == "Panduan — LK3 Desktop"
    assert dialog.windowModality() == Qt.WindowModality.NonModal and not dialog.isModal()
    assert dialog.isSizeGripEnabled()
    text = dialog.text()
    assert text.startswith("Panduan LK3 Desktop")
    for heading in ("Tujuh langkah SOP", "Dokumen cetak", "Cadangan", "Memulihkan dari cadangan",
                    "Bila berkas rusak saat program dibuka", "Bila terjadi masalah"):
        assert heading in text
    assert "#" not in text and "**" not in text  # Markdown rendered, not shown as marks
    # the main window stays usable meanwhile
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert any(w.rid is None for w in window.wizards)


def test_a_second_f1_brings_the_same_guide_forward(qtbot, window):
    first = open_guide(qtbot, window)
    assert window.show_guide() is first
    first.close()
    qtbot.waitUntil(lambda: window._help_dialog is None)
    again = window.show_guide()
    qtbot.addWidget(again)
    assert again is not first and again.isVisible()


def test_guide_is_english_with_the_english_interface(qtbot, window, english):
    dialog = open_guide(qtbot, window)
    assert dialog.windowTitle() == "Guide — LK3 Desktop"
    assert dialog.text().startswith("LK3 Desktop guide")
    assert "Cadangan" not in dialog.text()


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_step_with_its_executor_and_output_as_the_program_names_them(
        qtbot, window, request, language):
    if language == "en":
        request.getfixturevalue("english")
    text = open_guide(qtbot, window).text()
    for step in window.store.sop.steps:
        assert tr(step.title) in text, step.title
        for role in step.executors:
            assert tr(role.name) in text, (step.title, role.name)
        assert tr(step.output) in text, (step.title, step.output)


def test_each_guide_names_every_step_title_in_its_language(window, english):
    """The files themselves, whatever is open: the English titles come from lk3_en.ts."""
    for language, rel in GUIDES.items():
        source = resource(rel).read_text(encoding="utf-8")
        for step in window.store.sop.steps:
            title = tr(step.title) if language == "en" else step.title
            assert f"**{title}**" in source, (rel, title)


MENU_PATH = re.compile(r"\*\*([^*\n]+?) → ([^*\n]+?)\*\*(?: \(([^)]+)\))?")


@pytest.mark.parametrize("language", ["id", "en"])
def test_menu_paths_in_the_guide_are_the_programs(qtbot, window, db_path, request, language):
    """Every "**Menu → Item** (shortcut)" in the guide is a menu item of the main window in
    that language, with that shortcut."""
    if language == "en":
        request.getfixturevalue("english")
    shown = build_main_window(db_path)  # built now: in the language of the moment
    qtbot.addWidget(shown)
    items = menus(shown.menuBar())
    source = resource(GUIDES[language]).read_text(encoding="utf-8")
    found = MENU_PATH.findall(source)
    assert len(found) == source.count("→") >= 10  # no path split over two lines, none missed
    for menu, item, shortcut in found:
        assert menu in items, (menu, sorted(items))
        assert item in items[menu], (menu, item, sorted(items[menu]))
        if shortcut:
            assert items[menu][item] == shortcut, (menu, item)
    def shown_as(text: str) -> str:
        return tr(text).replace("&", "")

    assert items[shown_as("Ba&ntuan")] == {shown_as("&Panduan"): "F1", shown_as("&Tentang"): ""}


@pytest.mark.parametrize(("language", "other"), [("id", ENGLISH), ("en", INDONESIAN)])
def test_nothing_left_in_the_other_language(qtbot, window, request, language, other):
    if language == "en":
        request.getfixturevalue("english")
    dialog = open_guide(qtbot, window)
    seen = Collector()
    seen.widget_tree("guide", dialog)
    left = sorted({text for _where, text in seen.found if words(text) & other})
    assert left == [], [sorted(words(t) & other) for t in left]


def test_search_finds_wraps_and_says_when_nothing_matches(qtbot, window):
    dialog = open_guide(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(dialog.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget() is dialog.find_field
    qtbot.keyClicks(dialog.find_field, "flashdisk")
    cursor = dialog.browser.textCursor()
    assert cursor.selectedText() == "flashdisk"
    seen = [cursor.selectionStart()]
    for _ in range(dialog.text().lower().count("flashdisk")):  # Enter: the next, round the end
        QTest.keyClick(dialog.find_field, Qt.Key.Key_Return)
        seen.append(dialog.browser.textCursor().selectionStart())
    assert seen[-1] == seen[0] and seen[:-1] == sorted(set(seen))  # each once, then the first
    assert dialog.find_result.text() == ""
    qtbot.keyClicks(dialog.find_field, "xyz")
    assert dialog.find_result.text() == "Tidak ditemukan"
    assert dialog.find_field.property("error") is True


def test_guide_opens_no_link(qtbot, window):
    """No network and no files: a link in the guide would lead nowhere."""
    dialog = open_guide(qtbot, window)
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
