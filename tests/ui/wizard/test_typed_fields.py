"""Dates, times and numbers typed with the keyboard into the intake page, as a social worker
would (real key events): kept as typed when wrong, with the reason at the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers.gui import find, set_field


def _retype(field, text: str) -> None:
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, text)


def test_a_birth_date_typed_as_digits_is_saved(qtbot, window):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.full_name"), "Siti Aminah")
    birth = find(wiz, "step1.birth_date")
    _retype(birth.edit, "01071990")
    assert wiz.save_draft(show_errors=True)
    assert window.store.load_step(wiz.rid, 1)["birth_date"] == "1990-07-01"
    _retype(birth.edit, "")  # cleared with the keyboard: not given any more
    assert wiz.save_draft(show_errors=True)
    assert window.store.load_step(wiz.rid, 1)["birth_date"] is None


def test_an_impossible_date_is_refused_at_the_field_and_kept_as_typed(qtbot, window):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.full_name"), "Siti Aminah")
    assert wiz.save_draft(show_errors=True)
    saved = window.store.load_step(wiz.rid, 1)["arrival_at"]
    arrival = find(wiz, "step1.arrival_at")
    _retype(arrival.edit, "31-02-2026 20:26")
    assert not wiz.save_draft(show_errors=True)
    page = wiz.pages[1]
    assert '"31-02-2026 20:26" bukan tanggal yang ada' in page.banner.text()
    assert arrival.edit.property("error") is True
    assert arrival.edit.text() == "31-02-2026 20:26"  # never 31-12-2026, never 2202
    assert window.store.load_step(wiz.rid, 1)["arrival_at"] == saved
    _retype(arrival.edit, "28-02-2026 20:26")
    assert wiz.save_draft(show_errors=True)
    assert window.store.load_step(wiz.rid, 1)["arrival_at"] == "2026-02-28T20:26"


def test_an_age_out_of_range_is_refused_never_changed(qtbot, window):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.full_name"), "Siti Aminah")
    age = find(wiz, "step1.estimated_age")
    age.setFocus()
    QTest.keyClick(age, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(age, "150")
    assert age.value() == 150  # not 15
    assert not wiz.save_draft(show_errors=True)
    assert "Perkiraan umur harus angka 0–120" in wiz.pages[1].banner.text()


def test_the_keyboard_starts_in_the_first_field_of_a_page(qtbot, window):
    wiz = window.new_referral()
    wiz.show()
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow)
    wiz.open_at(1)
    assert find(wiz, "step1.arrival_at").edit.hasFocus()  # not "Simpan & lanjut"


def test_a_new_referral_becomes_a_case_only_on_purpose_or_with_a_name(qtbot, window):
    wiz = window.new_referral()
    age = find(wiz, "step1.estimated_age")
    set_field(qtbot, age, 30)  # touched by mistake: no name yet
    assert wiz.save_draft()  # the autosave's call
    assert wiz.rid is None and window.store.list_cases() == []
    wiz.reject()
    assert window.store.list_cases() == []  # closing leaves nothing behind
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.estimated_age"), 30)
    assert wiz.save_draft(show_errors=True)  # Ctrl+S: saved on purpose
    assert wiz.rid is not None and len(window.store.list_cases()) == 1


def test_closing_a_nameless_new_referral_asks_whether_to_keep_it(qtbot, window, monkeypatch):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.complaint"), "Cemas dan sulit tidur")
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *_a: True)
    wiz.reject()
    assert len(window.store.list_cases()) == 1
    assert window.store.load_step(wiz.rid, 1)["complaint"] == "Cemas dan sulit tidur"


def test_required_row_fields_are_marked_and_no_subtitle_repeats_its_title(qtbot, window, staff):
    from PySide6.QtWidgets import QLabel

    from tests.helpers.cases import complete_case
    from tests.helpers.gui import open_case

    rid = complete_case(window.store, staff, upto=4)
    wiz = open_case(qtbot, window.store, rid)
    wiz.open_at(5)
    captions = [w.text() for w in wiz.pages[5].findChildren(QLabel)]
    assert "Hasil reasesmen *" in captions and "Catatan" in captions
    first = wiz.pages[1]
    assert first.title().endswith("Formulir layanan sosial")
    # "Mengisi formulir layanan sosial" only repeated the title: what the step produces instead
    assert first.subTitle() == "Formulir layanan sosial terisi dan diagendakan"
    assert wiz.pages[2].subTitle() == window.store.sop.step(2).description
