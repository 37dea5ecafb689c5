"""The keyboard through each page: Tab from the first field visits every field in the order
they stand on screen, reaches the wizard's buttons, and no field (an empty date, a note)
keeps the Tab key for itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard

from lk3_desktop.sop import load_sop
from tests.helpers.cases import complete_case
from tests.helpers.gui import open_case

STEPS = [s.number for s in load_sop().steps]
BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def _field_of(page, widget: QWidget | None) -> str | None:
    """The key of the page field `widget` belongs to (a date's text box, a row's cell)."""
    while widget is not None:
        for key, field in page.fields.items():
            if widget is field:
                return key
        widget = widget.parentWidget()
    return None


def _visual_order(page) -> list[str]:
    """The page's enabled fields, top to bottom, left to right, as they stand on screen."""
    def place(item):
        corner = item[1].mapTo(page, item[1].rect().topLeft())
        return corner.y(), corner.x()
    return [key for key, w in sorted(page.fields.items(), key=place)
            if w.isEnabled() and w.isVisible()]


@pytest.mark.parametrize("step", STEPS)
def test_tab_visits_every_field_in_screen_order_and_reaches_the_buttons(qtbot, store, staff,
                                                                       step):
    rid = complete_case(store, staff)
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(step)
    assert wiz.currentId() == step
    page = wiz.currentPage()
    QApplication.processEvents()  # rows added to a shown form appear on the next turn
    if "birth_date" in page.fields:  # an empty date must not trap the keyboard
        page.fields["birth_date"].set_value("")
    # The window's own focus (an offscreen test window need not be the active one).
    first = page.fields["performed_by"]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert wiz.focusWidget() is first
    buttons = {wiz.button(b) for b in BUTTONS}
    visited: list[str] = []
    focus = wiz.focusWidget()
    for _press in range(400):
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        moved = wiz.focusWidget()
        assert moved is not focus, f"Tab stays in {focus.objectName() or focus}"
        focus = moved
        if focus in buttons or isinstance(focus, QAbstractButton) and focus.parent() is wiz:
            break
        key = _field_of(page, focus)
        if key is not None and (not visited or visited[-1] != key):
            visited.append(key)
    else:
        pytest.fail("Tab never reached the wizard's buttons")
    assert ["performed_by", *visited] == _visual_order(page)
