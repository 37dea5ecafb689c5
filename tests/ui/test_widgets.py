"""The field widgets: one value/set_value/changed interface, blanks that mean "not given",
and what is kept when a stored value is no longer offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk3_desktop.domain.validation import FieldError
from lk3_desktop.ui.widgets import (
    ChoiceField,
    DateField,
    DateTimeField,
    LineField,
    NumberField,
    OpenChoiceField,
    TextField,
    error_banner,
    mark_error,
    show_field_errors,
)
from tests.helpers.gui import set_field


@pytest.fixture
def add(qtbot):
    def made(widget):
        qtbot.addWidget(widget)
        return widget
    return made


def test_an_optional_date_starts_blank_and_blank_means_not_given(add):
    field = add(DateField(optional=True))
    assert field.value() == "" and field.edit.text() == ""
    assert field.edit.placeholderText() == "hh-bb-tttt"
    field.set_value("1990-05-05")
    assert field.value() == "1990-05-05" and field.edit.text() == "05-05-1990"
    field.set_value("")
    assert field.value() == ""
    field.set_value("5 Mei 1990")  # no date: kept as it is, for the check to name, never
    assert field.value() == "5 Mei 1990"  # turned into another date


@pytest.mark.parametrize("typed, stored", [
    ("01071990", "1990-07-01"), ("01-07-1990", "1990-07-01"), ("1/7/1990", "1990-07-01"),
    ("01.07.1990", "1990-07-01"), ("31-02-2026", "31-02-2026"), ("31022026", "31022026"),
    ("010790", "010790")])
def test_a_date_is_typed_with_the_keyboard(qtbot, add, typed, stored):
    field = add(DateField(optional=True))
    changes = []
    field.changed.connect(lambda: changes.append(1))
    QTest.keyClicks(field.edit, typed)
    assert field.value() == stored and changes
    field.edit.editingFinished.emit()
    if stored[4:5] == "-":  # a date: shown the one way once left
        assert field.edit.text() == "01-07-1990"
    else:  # no date: left exactly as typed
        assert field.edit.text() == typed
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() == ""


def test_a_date_and_time_is_typed_with_the_keyboard(add):
    field = add(DateTimeField())
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.edit, "31122026 2026")
    assert field.value() == "2026-12-31T20:26"
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "31-02-2026 20:26")
    assert field.value() == "31-02-2026 20:26"  # never 31-12-2026, never 2202


def test_the_birth_date_calendar_opens_near_an_adults_birth_year(add):
    field = add(DateField(optional=True, calendar_years_back=30))
    calendar = field.open_calendar()
    assert calendar.selectedDate().year() == QDate.currentDate().year() - 30
    calendar.clicked.emit(QDate(1990, 7, 1))
    assert field.value() == "1990-07-01" and not calendar.isVisible()


def test_tab_leaves_an_empty_date(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    lay = QVBoxLayout(holder)
    date, after = DateField(optional=True), LineField()
    lay.addWidget(date)
    lay.addWidget(after)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    date.setFocus()
    assert date.edit.hasFocus()  # the field's focus is its text box
    assert holder.focusNextChild()  # what Tab does: the calendar button takes no focus
    assert after.hasFocus()


def test_a_required_date_starts_today(add):
    field = add(DateField())
    today = QDate.currentDate().toString("yyyy-MM-dd")
    assert field.value() == today
    field.set_value("2026-11-20T09:30")
    assert field.value() == "2026-11-20"
    field.set_value(None)
    assert field.value() == today


def test_an_optional_number_starts_blank_not_zero(add):
    field = add(NumberField(0, 120, optional=True, suffix=" tahun"))
    assert field.value() == "" and field.text() == "—"
    field.set_value(0)
    assert field.value() == 0 and field.text() == "0 tahun"  # a newborn is not "not given"
    field.set_value("")
    assert field.value() == ""
    required = add(NumberField(1, 100))
    assert required.value() == 1
    required.set_value(None)
    assert required.value() == 1


def test_a_choice_no_longer_offered_is_kept_and_shown(add):
    field = add(ChoiceField([("s1", "Maria Goreti Lamba"), ("s2", "Yusran Hamid")]))
    assert field.value() == "" and field.currentText() == "— pilih —"
    field.set_value("s-gone")  # e.g. staff made inactive since
    assert field.value() == "s-gone" and field.currentText() == "s-gone"
    field.set_value("s2")
    assert field.currentText() == "Yusran Hamid"
    field.set_value(None)
    assert field.value() == ""


def test_new_choices_keep_the_current_one(add):
    field = add(ChoiceField([("s1", "Maria"), ("s2", "Yusran")]))
    field.set_value("s2")
    field.set_choices([("s2", "Yusran Hamid, S.ST.", "Analis Rehabilitasi Sosial"),
                       ("s3", "Rina")])
    assert field.value() == "s2" and field.currentText() == "Yusran Hamid, S.ST."
    assert field.itemData(field.currentIndex(), 3) == "Analis Rehabilitasi Sosial"  # tooltip
    field.set_choices([("s1", "Maria")])  # gone from the list: still shown, not dropped
    assert field.value() == "s2"


def test_an_open_choice_takes_what_is_typed(add):
    field = add(OpenChoiceField(["", "Karang Anyar", "Juata Laut"]))
    field.set_value("Kampung Empat")
    assert field.value() == "Kampung Empat"
    field.set_options(["", "Sebengkok"])  # a new list leaves the typed name alone
    assert field.value() == "Kampung Empat"


def test_a_stored_time_is_shown_to_the_minute_and_nothing_stored_is_now(add):
    field = add(DateTimeField())
    field.set_value("2026-11-20T09:30:45")
    assert field.value() == "2026-11-20T09:30"
    field.set_value("kemarin")
    now = QDateTime.currentDateTime()
    assert abs(QDateTime.fromString(field.value(), "yyyy-MM-ddTHH:mm").secsTo(now)) < 120


def test_only_the_users_typing_counts_as_an_edit_of_a_line(qtbot, add):
    field = add(LineField("Nama", max_length=5))
    edits = []
    field.changed.connect(lambda: edits.append(field.value()))
    field.set_value("dari basis data")
    assert edits == []
    set_field(qtbot, field, "Siti Aminah")
    assert field.value() == "Siti " and edits[-1] == "Siti "  # the limit holds while typing


def test_a_long_note_is_kept_verbatim(add):
    field = add(TextField())
    note = "Baris pertama\n\n  menjorok\t" + "x" * 5000
    field.set_value(note)
    assert field.value() == note


def test_errors_are_marked_at_their_fields_and_listed(qtbot, add):
    holder = add(QWidget())
    name, nip = LineField(), LineField()
    for w in (name, nip):
        w.setParent(holder)
    banner = error_banner("test.errors")
    banner.setParent(holder)
    holder.show()
    show_field_errors({"name": name, "nip": nip}, banner,
                      [FieldError("nip", "NIP harus 18 angka."),
                       FieldError("roles", "Pilih paling sedikit satu peran.")])
    assert banner.isVisible()
    assert banner.text() == "• NIP harus 18 angka.\n• Pilih paling sedikit satu peran."
    assert nip.property("error") is True and nip.toolTip() == "NIP harus 18 angka."
    assert name.property("error") is False and name.toolTip() == ""
    qtbot.waitUntil(lambda: nip.hasFocus() or holder.focusWidget() is nip)
    show_field_errors({"name": name, "nip": nip}, banner, [])
    assert not banner.isVisible() and nip.property("error") is False
    label = add(QLabel())
    mark_error(label, "Salah")
    assert label.property("error") is True and label.toolTip() == "Salah"


def test_a_window_opens_no_larger_than_the_screen(qtbot):
    from PySide6.QtWidgets import QDialog

    from lk3_desktop.ui.widgets import fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    fit_to_screen(dialog, room.width() + 500, room.height() + 500)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    fit_to_screen(dialog, 300, 200)
    assert (dialog.width(), dialog.height()) == (300, 200)


def _paste(widget, text: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(text)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_paste_over_the_limit_is_refused_whole_never_cut(add):
    field = add(LineField(max_length=2000))
    QTest.keyClicks(field, "Jl. Mulawarman")
    _paste(field, "x" * 10_000)
    assert field.value() == "Jl. Mulawarman"  # neither cut to 2,000 nor half pasted
    from PySide6.QtCore import QLocale

    limit = QLocale().toString(2000)  # "2.000" in the Indonesian interface
    assert f"Paling banyak {limit} karakter" in field.property("limit_message")
    _paste(field, " No. 12")
    assert field.value() == "Jl. Mulawarman No. 12"


def test_a_paste_into_notes_over_the_limit_is_refused(add):
    field = add(TextField())
    field.limit = 50
    _paste(field, "catatan singkat")
    _paste(field, "y" * 60)
    assert field.value() == "catatan singkat"
    assert "Paling banyak 50 karakter" in field.property("limit_message")
