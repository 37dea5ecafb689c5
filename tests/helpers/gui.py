"""Drive wizard fields the way a user does, addressed by their stable objectName."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from lk3_desktop.ui.row_list import RowList
from lk3_desktop.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
    DateTimeField,
    LineField,
    NumberField,
    OpenChoiceField,
    TextField,
)


def find(root: QWidget, name: str) -> QWidget:
    w = root.findChild(QWidget, name)
    assert w is not None, f"no widget named {name}"
    return w


def type_text(qtbot, w: QWidget, text: str) -> None:
    """Key presses for ASCII; other scripts arrive the way an input method commits them
    (QTest cannot press keys for characters such as 陈 or ễ)."""
    if text.isascii():
        for i, line in enumerate(text.split("\n")):
            if i:
                QTest.keyClick(w, Qt.Key.Key_Return)
            if line:
                QTest.keyClicks(w, line)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(w.viewport() if hasattr(w, "viewport") else w, event)


def _erase(w: QWidget) -> None:
    """Select all and delete, as a user would (clear() would not count as an edit)."""
    QTest.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w, Qt.Key.Key_Backspace)


def set_field(qtbot, w: QWidget, value: Any) -> None:
    """Type into text fields; pick from lists; tick boxes; set dates."""
    if isinstance(w, LineField):
        _erase(w)
        if value:
            type_text(qtbot, w, str(value))
    elif isinstance(w, TextField):
        _erase(w)
        if value and len(str(value)) <= 200:
            type_text(qtbot, w, str(value))
        elif value:
            w.insertPlainText(str(value))  # typing thousands of characters adds nothing
    elif isinstance(w, ChoiceField):
        index = w.findData(value) if value not in ("", None) else 0
        assert index >= 0, f"{w.objectName()}: no choice {value!r}"
        w.setCurrentIndex(index)
    elif isinstance(w, CheckField):
        if w.isChecked() != bool(value):
            qtbot.mouseClick(w, Qt.MouseButton.LeftButton,
                             pos=w.rect().topLeft() + w.rect().center() / 4)
            if w.isChecked() != bool(value):  # click landed off the box on some styles
                w.setChecked(bool(value))
    elif isinstance(w, (DateField, DateTimeField, NumberField, OpenChoiceField)):
        w.set_value(value)
        w.changed.emit()
    else:
        raise TypeError(type(w))


def fill(qtbot, page: QWidget, step: int, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key in ("checklist", "id"):
            continue
        w = find(page, f"step{step}.{key}")
        if isinstance(w, RowList):
            fill_rows(qtbot, w, value)
        else:
            set_field(qtbot, w, value)
    for i in data.get("checklist", []):
        box = find(page, f"step{step}.checklist.{i}")
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)


def fill_rows(qtbot, rows: RowList, values: list[dict[str, Any]]) -> None:
    name = rows.objectName()
    for i, row in enumerate(values):
        if i >= len(rows):
            qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
        for key, value in row.items():
            if key in ("id", "problem_id") and rows.row_widget(i, key) is None:
                continue
            set_field(qtbot, find(rows, f"{name}.{i}.{key}"), value)


def next_page(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_case(qtbot, store, rid: str, *, show: bool = True):
    """A wizard on an existing case, shown (so its buttons can be clicked) and resumed."""
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard

    wiz = CaseWizard(store, rid)
    qtbot.addWidget(wiz)
    if show:
        wiz.show()
    wiz.resume()
    return wiz
