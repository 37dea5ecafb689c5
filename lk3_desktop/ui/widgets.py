"""Field widgets with one interface (value/set_value/changed) so pages bind them by key."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from lk3_desktop.i18n import tr

EMPTY_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd-MM-yyyy"


class LineField(QLineEdit):
    changed = Signal()

    def __init__(self, placeholder: str = "", max_length: int = 2000):
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setMaxLength(max_length)
        self.textEdited.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class TextField(QPlainTextEdit):
    """Multi-line notes; several thousand characters are stored and shown verbatim."""

    changed = Signal()

    def __init__(self, placeholder: str = "", lines: int = 3):
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines + 2) + 12)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self.setPlainText(text)


class CheckField(QCheckBox):
    changed = Signal()

    def __init__(self, text: str):
        super().__init__(text)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ChoiceField(QComboBox):
    """A fixed list of (key, name); the first entry "— pilih —" stands for no choice."""

    changed = Signal()

    def __init__(self, choices: Iterable[tuple[Any, ...]] = (), placeholder: str | None = None):
        super().__init__()
        self._placeholder = placeholder if placeholder is not None else tr("— pilih —")
        # Long entries (problem descriptions, names with titles) must not widen the form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_choices(choices)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[Any, str] | tuple[Any, str, str]]) -> None:
        """(key, name) pairs; a third item, if given, is the entry's tooltip (full text)."""
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self.addItem(self._placeholder, None)
        for key, name, *tip in choices:
            self.addItem(name, key)
            if tip:
                self.setItemData(self.count() - 1, tip[0], Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        key = self.currentData()
        return "" if key is None else key

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.setCurrentIndex(0)
            return
        index = self.findData(value)
        if index < 0:  # a value no longer in the list (e.g. staff made inactive): keep showing it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class OpenChoiceField(QComboBox):
    """Offers a list (e.g. Tarakan's kelurahan) but accepts anything typed."""

    changed = Signal()

    def __init__(self, options: Sequence[str] = ()):
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_options(options)
        self.editTextChanged.connect(lambda _t: self.changed.emit())

    def set_options(self, options: Sequence[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(options))
        self.setEditText(text)
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentText()

    def set_value(self, value: Any) -> None:
        self.setEditText("" if value is None else str(value))


class DateField(QDateEdit):
    """Calendar date; when `optional`, the lowest date shows as blank and means "not given"."""

    changed = Signal()

    def __init__(self, optional: bool = False):
        super().__init__()
        self.optional = optional
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setMinimumDate(EMPTY_DATE)
            self.setSpecialValueText(tr("— belum diisi —"))
            self.setDate(EMPTY_DATE)
        else:
            self.setMinimumDate(EMPTY_DATE.addDays(1))
            self.setDate(QDate.currentDate())
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> str:
        if self.optional and self.date() == EMPTY_DATE:
            return ""
        return self.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        if not value:
            self.setDate(EMPTY_DATE if self.optional else QDate.currentDate())
            return
        date = QDate.fromString(str(value)[:10], "yyyy-MM-dd")
        self.setDate(date if date.isValid() else (EMPTY_DATE if self.optional else QDate.currentDate()))


class DateTimeField(QDateTimeEdit):
    """Local date and time, stored as ISO "2026-11-27T09:30"."""

    changed = Signal()

    def __init__(self):
        super().__init__()
        self.setDisplayFormat(f"{DATE_FORMAT} HH:mm")
        self.setCalendarPopup(True)
        self.set_value("")
        self.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> str:
        return self.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        try:
            parsed = datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            parsed = None
        if parsed is None:  # nothing stored yet: now, to the minute
            now = QDateTime.currentDateTime()
            dt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))
        else:  # any ISO form the store accepts ("…T09:30", "…T09:30:00"), never "now"
            dt = QDateTime(QDate(parsed.year, parsed.month, parsed.day),
                           QTime(parsed.hour, parsed.minute))
        self.setDateTime(dt)


class NumberField(QSpinBox):
    """Whole number; with `optional`, the minimum shows blank and means "not given"."""

    changed = Signal()

    def __init__(self, minimum: int, maximum: int, optional: bool = False, suffix: str = ""):
        super().__init__()
        self.optional = optional
        self.setRange(minimum - 1 if optional else minimum, maximum)
        if optional:
            self.setSpecialValueText("—")
            self.setValue(self.minimum())  # start blank: "not given", never a silent 0
        if suffix:
            self.setSuffix(suffix)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> Any:
        v = super().value()
        if self.optional and v == self.minimum():
            return ""
        return v

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.setValue(self.minimum())
        else:
            self.setValue(int(value))


class WrapCheck(QWidget):
    """A check box whose long caption wraps (QCheckBox text never does); clicking the
    caption toggles the box, as with a normal check box."""

    def __init__(self, text: str):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox()
        self.caption = QLabel(text)
        self.caption.setWordWrap(True)
        self.caption.setBuddy(self.box)
        self.caption.mousePressEvent = lambda _e: self.box.toggle()  # type: ignore[method-assign]
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.caption, 1)


def error_banner(object_name: str) -> QLabel:
    """The red box listing what blocks a save (hidden until there is something to say)."""
    banner = QLabel()
    banner.setObjectName(object_name)
    banner.setProperty("banner", True)
    banner.setWordWrap(True)
    banner.setAccessibleName(tr("Pesan kesalahan"))
    banner.hide()
    return banner


def show_field_errors(fields: dict[str, QWidget], banner: QLabel, errors) -> None:
    """Mark each field named in `errors`, list all messages in `banner`, focus the first."""
    for key, w in fields.items():
        mark_error(w, next((e.message for e in errors if e.field == key), None))
    banner.setText("\n".join(f"• {e.message}" for e in errors))
    banner.setVisible(bool(errors))
    if errors and errors[0].field in fields:
        fields[errors[0].field].setFocus()


def mark_error(widget: QWidget, message: str | None) -> None:
    """Highlight a field in error (style property read by the stylesheet) and say why."""
    widget.setProperty("error", bool(message))
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open `window` at width × height, or smaller on a small screen (a 1024 × 600 netbook):
    a window larger than the screen hides its own buttons below the edge."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: leave it to Qt
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - 16), min(height, room.height() - 48))
