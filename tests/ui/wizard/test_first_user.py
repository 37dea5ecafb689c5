"""What a first user meets in the wizard: each message under its field, every message in the
banner leading to its field, counters near a limit, drafts saved when a field is left, staff
lists that follow Petugas (Ctrl+P), and a failed save that never drops typed text unasked."""

from __future__ import annotations

import os
import warnings

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.cases import complete_case
from tests.helpers.gui import find, next_page, set_field, type_text


def _activate(qtbot, window) -> None:
    """Make `window` the active one, so focus changes are the application's own (offscreen,
    a shown window is not activated by itself; Qt marks the one call that does deprecated)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)


def test_each_message_stands_under_its_field_and_goes_when_the_field_changes(qtbot, window):
    wiz = window.new_referral()
    next_page(qtbot, wiz)  # nothing typed: every required field says why
    page = wiz.currentPage()
    message = find(wiz, "step1.full_name.message")
    assert message.isVisible() and message.text() == "Nama lengkap wajib diisi."
    assert message.textFormat() == Qt.TextFormat.PlainText and message.wordWrap()
    name = find(wiz, "step1.full_name")
    assert name.accessibleDescription() == "Nama lengkap wajib diisi."
    # Under the field: below its top edge, starting where the field starts.
    below = message.mapTo(page, message.rect().topLeft())
    field = name.mapTo(page, name.rect().bottomLeft())
    assert below.y() >= field.y() and abs(below.x() - field.x()) <= 2
    # The banner lists every message (none cut off), each leading to its field.
    shown = [line for line in page.banner.text().splitlines() if line.startswith("• ")]
    errors = [w for w in page.fields.values() if w.property("error")]
    assert len(shown) >= len(errors) >= 7
    page.banner.linkActivated.emit("sex")
    assert wiz.focusWidget() is page.fields["sex"]
    QTest.keyClicks(name, "S")  # typing in the field takes its message away
    assert not message.isVisible() and name.property("error") is False
    assert find(wiz, "step1.complaint.message").isVisible()  # the others stay


def test_a_counter_shows_near_the_limit_in_indonesian_figures(qtbot, window):
    wiz = window.new_referral()
    address = find(wiz, "step1.address_street")
    counter = find(wiz, "step1.address_street.counter")
    limit = address.limit
    QTest.keyClicks(address, "Jl. Mulawarman")
    assert not counter.isVisible()  # far from the limit: nothing to count
    address.set_value("x" * (limit * 9 // 10 - 1))
    assert not counter.isVisible()
    QTest.keyClick(address, Qt.Key.Key_End)
    QTest.keyClicks(address, "y")
    assert counter.isVisible()
    assert counter.text() == "1.800/2.000" if limit == 2000 else "/" in counter.text()


def test_a_field_left_saves_its_draft_at_once(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=1)
    window.refresh()
    window.select_case(rid)
    wiz = window.continue_case()
    assert wiz.currentId() == 2
    _activate(qtbot, wiz)
    notes = find(wiz, "step2.notes")
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    type_text(qtbot, notes, "Klien datang bersama ibunya")
    assert store.load_step(rid, 2).get("notes") != "Klien datang bersama ibunya"
    QTest.keyClick(notes, Qt.Key.Key_Tab)  # well before the 800 ms pause
    assert not notes.hasFocus()
    saved = store.load_step(rid, 2)
    assert saved["notes"] == "Klien datang bersama ibunya" and saved["status"] == "draft"


def test_leaving_a_field_of_a_nameless_new_referral_makes_no_case(qtbot, window):
    wiz = window.new_referral()
    _activate(qtbot, wiz)
    nickname = find(wiz, "step1.nickname")
    nickname.setFocus()
    qtbot.waitUntil(nickname.hasFocus)
    QTest.keyClicks(nickname, "Ica")
    QTest.keyClick(nickname, Qt.Key.Key_Tab)
    assert wiz.rid is None and window.store.list_cases() == []


def test_staff_added_meanwhile_appear_in_the_open_wizard(qtbot, window):
    wiz = window.new_referral()
    performed_by = find(wiz, "step1.performed_by")
    note = find(wiz, "step1.performed_by.note")
    assert performed_by.count() == 1  # only "— pilih —"
    assert note.isVisible() and "Belum ada petugas dengan peran" in note.text()
    assert "Petugas › Petugas… (Ctrl+P)" in note.text()
    dialog = window.manage_staff()
    set_field(qtbot, find(dialog, "staff.name"), "Rina Marlina")
    qtbot.mouseClick(find(dialog, "staff.role.pengadministrasi"), Qt.MouseButton.LeftButton)
    if not find(dialog, "staff.role.pengadministrasi").isChecked():
        find(dialog, "staff.role.pengadministrasi").setChecked(True)
    qtbot.mouseClick(find(dialog, "staff.save"), Qt.MouseButton.LeftButton)
    staff_id = window.store.list_staff()[0]["id"]
    assert performed_by.findData(staff_id) > 0  # offered without reopening the case
    assert not note.isVisible()


def test_closing_after_a_failed_save_names_the_cause_and_keeps_the_text(qtbot, window, staff,
                                                                      monkeypatch, tmp_path):
    rid = complete_case(window.store, staff, upto=1)
    window.refresh()
    window.select_case(rid)
    wiz = window.continue_case()
    notes = find(wiz, "step2.notes")
    set_field(qtbot, notes, "Klien bersedia konseling minggu depan.")
    os.unlink(window.store.path)  # the USB stick holding the database is pulled out
    assert wiz.save_draft() is False
    questions, answers = [], [0, 1, 3]  # "Salin teks", "Simpan ke berkas…", then "Kembali"
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda *a, **k: questions.append((a[3], a[4], k)) or answers.pop(0))
    kept = tmp_path / "elsewhere" / "isian.txt"
    kept.parent.mkdir()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path", lambda *a, **k: kept)
    wiz.reject()
    text, options, kwargs = questions[0]
    assert "tidak ada lagi di tempatnya" in text  # the real cause, not "belum lengkap"
    assert "belum lengkap" not in text
    assert options == ["Salin teks", "Simpan ke berkas…", "Buang", "Kembali"]
    assert kwargs["default"] == 3  # the safe answer is the default
    copied = QGuiApplication.clipboard().text()
    assert "Langkah 2: " in copied
    assert "Catatan pertemuan: Klien bersedia konseling minggu depan." in copied
    assert kept.read_text(encoding="utf-8") == copied + "\n"
    assert wiz.isVisible() and notes.toPlainText() == "Klien bersedia konseling minggu depan."
    answers.append(2)  # and now "Buang": closed, as asked
    wiz.reject()
    qtbot.waitUntil(lambda: not wiz.isVisible())
