"""Field widgets with one interface (value/set_value/changed) so pages bind them by key."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.dates import parse_typed_date, parse_typed_datetime
from lk3_desktop.domain.validation import MAX_TEXT
from lk3_desktop.i18n import tr

EMPTY_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd-MM-yyyy"


def _refuse(widget: QWidget, limit: int, tried: int) -> str:
    """Say at the field why what was typed or pasted did not go in (never cut silently)."""
    message = tr("Paling banyak {limit} karakter; teks sepanjang {length} karakter tidak "
                 "dimasukkan. Persingkat dulu, lalu tempel lagi.").format(
                     limit=QLocale().toString(limit), length=QLocale().toString(tried))
    widget.setProperty("limit_message", message)
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message, widget)
    return message


# The colour of a field's message under it (the stylesheet's error border is #c62828; this
# darker red reads on white at WCAG AA).
MESSAGE_COLOR = "#b00020"
NEAR_LIMIT = 0.9  # the counter shows from 90 % of a limit on


def _counter_label() -> QLabel:
    """The small "1.850/2.000" under a text field near its limit (placed by FieldBox)."""
    counter = QLabel()
    counter.setTextFormat(Qt.TextFormat.PlainText)
    counter.setProperty("hint", True)
    counter.setProperty("counter", True)
    counter.hide()
    return counter


def update_counter(counter: QLabel, length: int, limit: int) -> None:
    """Show how much of `limit` is used once within 10 % of it; hidden otherwise. A counter
    not yet placed under its field stays hidden (shown alone it would be a window)."""
    near = bool(limit) and length >= limit * NEAR_LIMIT
    if near:
        locale = QLocale()
        counter.setText(f"{locale.toString(length)}/{locale.toString(limit)}")
        counter.setAccessibleName(tr("{used} dari paling banyak {limit} karakter").format(
            used=locale.toString(length), limit=locale.toString(limit)))
    if counter.parent() is not None:
        counter.setVisible(near)


class LineField(QLineEdit):
    """One line of text. Text over the limit, typed or pasted, is refused whole with a
    message at the field, never cut to fit."""

    changed = Signal()

    def __init__(self, placeholder: str = "", max_length: int = 2000):
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.limit = max_length
        self._kept = ""
        self.counter = _counter_label()
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self.update_counter)

    def update_counter(self) -> None:
        update_counter(self.counter, len(self.text()), self.limit)

    def _edited(self, text: str) -> None:
        if len(text) > self.limit:
            cursor = min(self.cursorPosition(), len(self._kept))
            self.setText(self._kept)
            self.setCursorPosition(cursor)
            _refuse(self, self.limit, len(text))
            return
        self._kept = text
        self.changed.emit()

    def setText(self, text: str | None) -> None:  # noqa: N802 (Qt naming)
        super().setText(text)
        self._kept = text or ""

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class TextField(QPlainTextEdit):
    """Multi-line notes; several thousand characters are stored and shown verbatim. A paste
    that would pass the limit is refused whole with a message, never cut to fit."""

    changed = Signal()
    limit = MAX_TEXT

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt naming)
        added = source.text() if source.hasText() else ""
        selected = len(self.textCursor().selectedText())
        after = len(self.toPlainText()) - selected + len(added)
        if after > self.limit:
            _refuse(self, self.limit, after)
            return
        super().insertFromMimeData(source)

    def __init__(self, placeholder: str = "", lines: int = 3):
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines + 2) + 12)
        self.counter = _counter_label()
        self.textChanged.connect(self.changed)
        self.textChanged.connect(self.update_counter)

    def update_counter(self) -> None:
        update_counter(self.counter, len(self.toPlainText()), self.limit)

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
                self.setItemData(self.count() - 1, plain_tooltip(tip[0]),
                                 Qt.ItemDataRole.ToolTipRole)
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


class DateField(QWidget):
    """A date typed as people in Indonesia write it ("01-07-1990", "1/7/1990", "01071990"),
    or picked from a calendar (the button, or Alt+Down). Empty means "not given", and
    Ctrl+A, Delete empties it; Tab leaves it like any text field. What cannot be a date
    ("31-02-2026") stays as typed: value() gives it back as typed, and the step's check says
    why at the field, so nothing is silently turned into another date.

    `calendar_years_back`: where the calendar opens when the field is empty (a birth date:
    30 years back, near an adult's birth year); today otherwise. A field that is not
    `optional` starts at today's date."""

    changed = Signal()
    with_time = False

    def __init__(self, optional: bool = False, *, calendar_years_back: int = 0):
        super().__init__()
        self.optional = optional
        self.calendar_years_back = calendar_years_back
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.placeholder())
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-0000 00:00") + 24)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(tr("Pilih dari kalender (Alt+Panah bawah)"))
        self.button.setAccessibleName(tr("Kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.button.clicked.connect(self.open_calendar)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._popup: QCalendarWidget | None = None
        self.set_value("")

    def placeholder(self) -> str:
        return tr("hh-bb-tttt")

    # -- value -------------------------------------------------------------------------

    def _parsed(self) -> datetime | None:
        day = parse_typed_date(self.edit.text())
        return None if day is None else datetime(day.year, day.month, day.day)

    def _format(self, moment: datetime) -> str:
        return moment.strftime("%d-%m-%Y")

    def _iso(self, moment: datetime) -> str:
        return moment.date().isoformat()

    def value(self) -> str:
        text = self.edit.text().strip()
        if not text:
            return ""
        parsed = self._parsed()
        return self._iso(parsed) if parsed is not None else text

    def _default(self) -> datetime | None:
        """What an empty required field starts with: today."""
        return None if self.optional else datetime.combine(date.today(), datetime.min.time())

    def set_value(self, value: Any) -> None:
        moment = None
        if value:
            moment = parse_typed_datetime(str(value)) if self.with_time else None
            if moment is None:
                day = parse_typed_date(str(value)[:10])
                moment = None if day is None else datetime(day.year, day.month, day.day)
        if moment is None and not value:
            moment = self._default()
        self.edit.setText(self._format(moment) if moment is not None else str(value or ""))

    def _tidy(self) -> None:
        """A date typed in any accepted form is shown the one way once the field is left."""
        parsed = self._parsed()
        if parsed is not None and self.edit.text() != self._format(parsed):
            self.edit.setText(self._format(parsed))

    # QDateEdit's calls, for dialogs that filter by date (the audit view)
    def date(self) -> QDate:
        parsed = self._parsed()
        return QDate(parsed.year, parsed.month, parsed.day) if parsed else QDate()

    def setDate(self, day: QDate) -> None:  # noqa: N802 (Qt naming)
        self.set_value(day.toString("yyyy-MM-dd"))
        self.changed.emit()

    # -- the calendar ------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if (obj is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        return False

    def open_calendar(self) -> QCalendarWidget:
        parsed = self._parsed()
        start = (QDate(parsed.year, parsed.month, parsed.day) if parsed
                 else QDate.currentDate().addYears(-self.calendar_years_back))
        calendar = QCalendarWidget()
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("dateField.calendar")
        calendar.setGridVisible(True)
        calendar.setSelectedDate(start)
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self._popup = calendar
        return calendar

    def _picked(self, day: QDate) -> None:
        keep_time = self._parsed() if self.with_time else None
        moment = datetime(day.year(), day.month(), day.day(),
                          keep_time.hour if keep_time else 0, keep_time.minute if keep_time else 0)
        self.edit.setText(self._format(moment))
        if self._popup is not None:
            self._popup.close()
            self._popup = None
        self.edit.setFocus()
        self.changed.emit()


class DateTimeField(DateField):
    """A local date and time, typed "31-01-2026 09:30" (or "31012026 0930"), stored as ISO
    "2026-01-31T09:30". Empty, it starts at the current minute."""

    with_time = True

    def __init__(self, optional: bool = False):
        super().__init__(optional)

    def placeholder(self) -> str:
        return tr("hh-bb-tttt jj:mm")

    def _parsed(self) -> datetime | None:
        return parse_typed_datetime(self.edit.text())

    def _format(self, moment: datetime) -> str:
        return moment.strftime("%d-%m-%Y %H:%M")

    def _iso(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M")

    def _default(self) -> datetime | None:
        return None if self.optional else datetime.now().replace(second=0, microsecond=0)


class NumberField(QSpinBox):
    """Whole number; with `optional`, the minimum shows blank and means "not given"."""

    changed = Signal()

    def __init__(self, minimum: int, maximum: int, optional: bool = False, suffix: str = ""):
        super().__init__()
        self.optional = optional
        self.limit = maximum
        # Typing may go past the limit (an age of 150 stays 150, never a silent 15): the
        # check that saves it says at the field what the limit is.
        self.setRange(minimum - 1 if optional else minimum, max(maximum * 10, 999))
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


def shown_text(widget: QWidget) -> str:
    """What a field shows, as a person would read it out ("" when empty): a choice's name,
    "Ya" for a ticked box, a date as typed. For copying typed text out of a form."""
    if isinstance(widget, QComboBox) and not isinstance(widget, OpenChoiceField):
        return widget.currentText() if widget.currentIndex() > 0 else ""
    if isinstance(widget, QCheckBox):
        return tr("Ya") if widget.isChecked() else ""
    if isinstance(widget, DateField):
        return widget.edit.text().strip()
    if isinstance(widget, NumberField):
        value = widget.value()
        return "" if value == "" else widget.text()
    value = getattr(widget, "value", None)
    return str(value()).strip() if callable(value) else ""


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly what was typed: Qt would render a tooltip that
    looks like markup ("<b>tebal</b> <img src=x>") as rich text, so it goes as escaped HTML."""
    if "<" not in text:  # nothing Qt could take for markup: as it is
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class ErrorBanner(QLabel):
    """The red box listing what blocks a save (hidden until there is something to say).

    `set_items` lists every message, each a link that moves the keyboard to its field
    (`go_to` gives the field's key). Messages may quote what was typed, so they are escaped;
    `text()` gives the plain text as shown (for screen readers' and tests' sake)."""

    go_to = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._plain = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.linkActivated.connect(self.go_to)

    def text(self) -> str:
        return self._plain

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._plain = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        super().setText(text)

    def set_items(self, header: str, items: Sequence[tuple[str | None, str]]) -> None:
        """`items`: (field key or None, message). A key makes the message a link."""
        self._plain = "\n".join([header, *(f"• {message}" for _key, message in items)])
        lines = [html.escape(header)]
        for key, message in items:
            text = html.escape(message)
            if key:
                text = (f"<a href=\"{html.escape(key, quote=True)}\" "
                        f"style=\"color:#7a1010\">{text}</a>")
            lines.append(f"• {text}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        super().setText("<br>".join(lines))
        self.setAccessibleDescription(self._plain)


def error_banner(object_name: str) -> ErrorBanner:
    """The red box listing what blocks a save (hidden until there is something to say)."""
    banner = ErrorBanner()
    banner.setObjectName(object_name)
    banner.setProperty("banner", True)
    banner.setWordWrap(True)
    banner.setAccessibleName(tr("Pesan kesalahan"))
    banner.hide()
    return banner


class FieldMessage(QLabel):
    """A field's message under it (red, wrapped, plain text); hidden while there is none.
    mark_error() fills it; it goes once the field is changed."""

    def __init__(self, field: QWidget):
        super().__init__()
        self.field = field
        self.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {MESSAGE_COLOR};")
        self.setProperty("fieldMessage", True)
        # As wide as the field's column (a form lets only expanding widgets grow; at its own
        # width a long message would wrap narrow and be cut off).
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.companions: list[QWidget] = []  # shown and hidden with it (its form row's label)
        self.hide()
        field.message_label = self  # type: ignore[attr-defined]
        changed = getattr(field, "changed", None)
        if changed is not None:
            changed.connect(self._on_changed)


    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt naming)
        super().setVisible(visible)
        for w in self.companions:
            w.setVisible(visible)

    def _on_changed(self) -> None:
        if self.field.property("error"):
            mark_error(self.field, None)


class FieldBox(QWidget):
    """A field with the lines under it: its message when it has one, a note when the page
    has something to say about it (an empty staff list), and, for text with a limit, the
    counter near the limit."""

    def __init__(self, field: QWidget):
        super().__init__()
        self.field = field
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(field)
        self.message = FieldMessage(field)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setProperty("hint", True)
        self.note.hide()
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(1)
        texts.addWidget(self.message)
        texts.addWidget(self.note)
        under.addLayout(texts, 1)
        counter = getattr(field, "counter", None)
        if isinstance(counter, QLabel):
            under.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            field.update_counter()  # type: ignore[attr-defined]
        lay.addLayout(under)
        self.setFocusProxy(field)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.field.setProperty("note", text)

    def set_names(self, name: str) -> None:
        """Object names follow the field's ("step1.nik.message"), for tests and tools."""
        self.setObjectName(f"{name}.box")
        self.message.setObjectName(f"{name}.message")
        self.note.setObjectName(f"{name}.note")
        counter = getattr(self.field, "counter", None)
        if isinstance(counter, QLabel):
            counter.setObjectName(f"{name}.counter")


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
    inner = getattr(widget, "edit", None)  # a date field: its text box shows the mark
    if isinstance(inner, QWidget):
        mark_error(inner, message)
    widget.setProperty("error", bool(message))
    widget.setToolTip(plain_tooltip(message or ""))
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    label = getattr(widget, "message_label", None)  # under the field (FieldBox)
    if isinstance(label, QLabel):
        label.setText(message or "")
        label.setVisible(bool(message))
    # A screen reader says the message with the field; its help comes back once it is gone.
    kept = widget.property("help_description")
    if message:
        if kept is None:
            widget.setProperty("help_description", widget.accessibleDescription())
        widget.setAccessibleDescription(message)
    elif kept is not None:
        widget.setAccessibleDescription(str(kept))
        widget.setProperty("help_description", None)


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
