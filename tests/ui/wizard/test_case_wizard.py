"""Closing mid-wizard and carrying on later; drafts autosave; corrections are audited; a save
that fails keeps what was typed; the side list and the title."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.helpers.cases import complete_case, intake
from tests.helpers.gui import find, next_page, open_case, set_field


@pytest.mark.slow  # waits for the real 800 ms autosave timer
def test_draft_autosaves_while_typing_and_survives_closing(qtbot, window):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.full_name"), "Siti Aminah")
    set_field(qtbot, find(wiz, "step1.complaint"), "Cemas")
    qtbot.waitUntil(lambda: wiz.rid is not None, timeout=3000)  # debounced autosave
    rid = wiz.rid
    assert window.store.load_step(rid, 1)["full_name"] == "Siti Aminah"
    set_field(qtbot, find(wiz, "step1.nickname"), "Ica")
    wiz.reject()  # "Tutup" right after typing: the pending draft is written, not dropped
    data = window.store.load_step(rid, 1)
    assert (data["nickname"], data["status"]) == ("Ica", "draft")
    assert window.model.rows[0].client_name == "Siti Aminah"


def test_case_opened_later_resumes_at_its_current_step(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=3)
    window.refresh()
    window.select_case(rid)
    wiz = window.continue_case()
    assert wiz.currentId() == 4
    assert wiz.currentPage().title() == "Langkah 4 dari 7: Identifikasi masalah"
    # Earlier steps are in the Back history and show what was saved.
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), qtbot_left())
    assert wiz.currentId() == 3
    assert find(wiz, "step3.agree_honesty").isChecked()
    wiz.reject()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_resume_after_closing_the_whole_program(qtbot, db_path, staff, store):
    from lk3_desktop.app import build_main_window

    rid = complete_case(store, staff, upto=5)
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    w.select_case(rid)
    wiz = w.continue_case()
    assert wiz.currentId() == 6
    assert wiz.step_list.item(4).text().startswith("✓ 5.")
    assert wiz.step_list.item(5).text().startswith("✎ 6.")
    wiz.reject()


def test_correcting_an_earlier_step_lands_in_the_audit_log(qtbot, window, staff):
    store = window.store
    store.actor = staff["pengadministrasi"]
    rid = complete_case(store, staff, upto=4)
    window.refresh()
    window.set_active_staff(staff["konselor"])
    wiz = open_case(qtbot, store, rid)
    assert wiz.currentId() == 5
    wiz.open_at(1)  # the side list's jump back to step 1
    assert wiz.currentId() == 1
    set_field(qtbot, find(wiz, "step1.phone"), "0811 2222 3333")
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2
    client_id = store.referral(rid)["client_id"]
    change = [e for e in store.audit_entries("client", client_id) if e["action"] == "update"][-1]
    assert change["old_values"] == {"phone": intake()["phone"]}
    assert change["new_values"] == {"phone": "0811 2222 3333"}
    assert change["actor"] == staff["konselor"]
    # The case did not move back: step 5 is still where it stands.
    assert store.referral(rid)["current_step"] == 5


def test_invalid_correction_of_a_completed_step_is_not_saved(qtbot, window, staff, monkeypatch):
    store = window.store
    rid = complete_case(store, staff, upto=2)
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(1)
    set_field(qtbot, find(wiz, "step1.full_name"), "")
    assert wiz.save_draft() is False  # the autosave keeps the saved, valid version
    assert store.load_step(rid, 1)["full_name"] == intake()["full_name"]
    asked = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *a: asked.append(a[2]) or False)
    wiz.reject()
    assert "belum disimpan" in asked[0]  # the user was asked before anything was dropped
    assert wiz.isVisible()  # and said no, so the wizard stays open with the edit
    assert find(wiz, "step1.full_name").value() == ""


def test_text_typed_just_before_back_is_saved(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=1)
    wiz = open_case(qtbot, store, rid)
    assert wiz.currentId() == 2
    set_field(qtbot, find(wiz, "step2.notes"), "Catatan penting")
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), qtbot_left())  # within 0.8 s
    assert wiz.currentId() == 1
    assert store.load_step(rid, 2)["notes"] == "Catatan penting"


def test_refused_next_still_keeps_a_draft(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=1)
    wiz = open_case(qtbot, store, rid)
    set_field(qtbot, find(wiz, "step2.notes"), "Belum ada konselor")
    set_field(qtbot, find(wiz, "step2.counselor_id"), "")
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2 and "Konselor yang ditugaskan" in wiz.currentPage().banner.text()
    saved = store.load_step(rid, 2)
    assert saved["notes"] == "Belum ada konselor" and saved["status"] == "draft"


def test_stored_time_with_seconds_is_shown_not_replaced_by_now(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=2)
    store.db.execute("UPDATE referral SET arrival_at = '2026-11-20T09:30:00' WHERE id = ?", [rid])
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(1)
    assert find(wiz, "step1.arrival_at").value() == "2026-11-20T09:30"
    set_field(qtbot, find(wiz, "step1.phone"), "0811 5555 6666")
    assert wiz.save_draft()
    assert store.referral(rid)["arrival_at"] == "2026-11-20T09:30"


def test_an_untouched_new_referral_creates_nothing_a_deliberate_save_does(qtbot, window):
    wiz = window.new_referral()
    assert wiz.save_draft() and wiz.rid is None
    wiz.currentPage().dirty = True  # even if something marked it, nothing differs
    assert wiz.save_draft() and wiz.rid is None
    set_field(qtbot, find(wiz, "step1.referral_source"), "polisi")
    assert wiz.save_draft() and wiz.rid is None  # the autosave waits for a name (issue 12)
    assert wiz.save_draft(show_errors=True) and wiz.rid is not None  # Ctrl+S
    assert window.store.load_step(wiz.rid, 1)["referral_source"] == "polisi"


def test_the_side_list_marks_each_step_and_opens_only_reachable_ones(qtbot, store, staff):
    from PySide6.QtCore import Qt

    rid = complete_case(store, staff, upto=2)
    store.save_step(rid, 3, {"frequency": "Seminggu sekali"})  # a draft
    wiz = open_case(qtbot, store, rid, show=False)
    assert wiz.currentId() == 3
    items = [wiz.step_list.item(i) for i in range(wiz.step_list.count())]
    assert [i.text() for i in items[:4]] == ["✓ 1. Formulir layanan sosial",
                                             "✓ 2. Pertemuan dengan konselor",
                                             "✎ 3. Kontrak konseling",
                                             "· 4. Identifikasi masalah"]
    assert items[2].toolTip() == "Langkah 3: draf"
    enabled = [bool(i.flags() & Qt.ItemFlag.ItemIsEnabled) for i in items]
    assert enabled == [True, True, True, False, False, False, False]
    wiz._on_step_clicked(items[5])  # a step not reached yet does not open
    assert wiz.currentId() == 3
    wiz._on_step_clicked(items[0])
    assert wiz.currentId() == 1


def test_the_title_names_the_case_once_it_is_saved(qtbot, store, staff):
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard

    wiz = CaseWizard(store)
    qtbot.addWidget(wiz)
    wiz.resume()
    assert wiz.windowTitle() == "Rujukan baru — LK3 Desktop"
    assert "Nomor agenda diberikan saat disimpan." in wiz.case_label.text()
    set_field(qtbot, find(wiz, "step1.full_name"), "Siti <Aminah>")
    assert wiz.save_draft()
    agenda = store.referral(wiz.rid)["agenda_number"]
    assert wiz.windowTitle() == f"{agenda} — LK3 Desktop"  # never the client's name
    assert "Siti" not in wiz.windowTitle()
    assert wiz.case_label.text() == f"<b>{agenda}</b><br>Siti &lt;Aminah&gt;"


def test_ctrl_s_says_why_a_correction_is_not_saved(qtbot, store, staff):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    rid = complete_case(store, staff, upto=2)
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(1)
    set_field(qtbot, find(wiz, "step1.nik"), "123")
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow)
    QTest.keyClick(find(wiz, "step1.nik"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "NIK harus 16 angka" in wiz.currentPage().banner.text()
    assert store.load_step(rid, 1)["nik"] == intake()["nik"]


def test_file_removed_while_typing_keeps_the_form_and_says_why(qtbot, window, staff,
                                                              message_boxes):
    import os

    from tests.helpers.gui import find, next_page, set_field

    rid = complete_case(window.store, staff, upto=1)
    window.refresh()
    window.select_case(rid)
    wiz = window.continue_case()
    assert wiz.currentId() == 2
    notes = find(wiz, "step2.notes")
    set_field(qtbot, notes, "Klien bersedia konseling minggu depan.")
    os.unlink(window.store.path)  # the USB stick holding the database is pulled out
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2  # not moved on: nothing was saved
    assert notes.toPlainText() == "Klien bersedia konseling minggu depan."
    title, text = next(m for m in message_boxes if m[0] == "Gagal menyimpan")
    assert "tidak ada lagi di tempatnya" in text and "flashdisk dicabut" in text
