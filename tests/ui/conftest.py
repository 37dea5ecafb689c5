"""Fixtures of the UI tests."""

from __future__ import annotations

import pytest

from tests.helpers.cases import complete_case


@pytest.fixture
def case(window, staff):
    """A case through all seven steps, selected in the main window's list."""
    rid = complete_case(window.store, staff)
    window.refresh()
    window.select_case(rid)
    return rid


@pytest.fixture
def english(window):
    """The interface in English for one test, as `--lang en` gives it: our translation
    installed and the app's language property "en"; both undone afterwards. Windows built
    inside the test speak English (the `window` fixture's was built before, in Indonesian)."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from lk3_desktop import i18n
    from lk3_desktop.paths import resource

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(resource("resources/translations/lk3_en.qm")))
    before = app.property("lk3_language"), i18n._lookup  # an earlier test may have left none
    app.installTranslator(translator)
    app.setProperty("lk3_language", "en")
    i18n.install(QCoreApplication.translate)
    yield
    app.removeTranslator(translator)
    app.setProperty("lk3_language", before[0])
    i18n.install(before[1])
