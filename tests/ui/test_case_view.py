"""The read-only case view: every step with its state, who did it, and its values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.cases import complete_case
from tests.helpers.gui import find


def test_case_view_shows_every_step(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=4)
    window.refresh()
    window.select_case(rid)
    view = window.view_case()
    text = view.browser.toPlainText()
    for n, title in enumerate(s.title for s in window.store.sop.steps):
        assert f"{n + 1}. {title}" in text
    assert "Dideportasi." in text and "Migrasi/deportasi (berat)" in text
    assert "Kejujuran" in text and "5. Reasesmen (draf)" in text
    assert "6. Rencana tindakan (belum dimulai)" in text


def test_who_did_each_step_and_how_long_it_took_against_the_standard(qtbot, store, staff):
    from lk3_desktop.ui.case_view import CaseViewDialog

    rid = complete_case(store, staff, upto=2)
    view = CaseViewDialog(store, rid)
    qtbot.addWidget(view)
    text = view.browser.toPlainText()
    agenda = store.referral(rid)["agenda_number"]
    assert text.startswith(f"{agenda} — Ni Luh Putu Ayu D'Costa")
    assert "Status: Aktif · Langkah saat ini: 3/7 Kontrak konseling" in text
    assert "Dilaksanakan oleh: Yusran Hamid, S.ST." in text
    assert "(standar 30 menit)" in text and "Pelaksana SOP: " in text
    assert view.windowTitle() == f"Kasus {agenda} — LK3 Desktop"


def test_typed_text_shows_as_typed_not_as_markup(qtbot, store, staff):
    from lk3_desktop.ui.case_view import case_html

    rid = complete_case(store, staff, upto=2)
    store.save_step(rid, 1, {"full_name": "Ayu <b>Dewi</b> & Co"})
    store.save_step(rid, 2, {"notes": "Baris satu\nBaris <i>dua</i>"})
    html = case_html(store, rid)
    assert "Ayu &lt;b&gt;Dewi&lt;/b&gt; &amp; Co" in html and "<b>Dewi</b>" not in html
    assert "Baris satu<br>Baris &lt;i&gt;dua&lt;/i&gt;" in html


def test_continue_opens_the_case_in_the_wizard(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=2)
    window.refresh()
    window.select_case(rid)
    view = window.view_case()
    qtbot.mouseClick(find(view, "caseView.edit"), Qt.MouseButton.LeftButton)
    assert not view.isVisible()
    assert [w.rid for w in window.wizards] == [rid] and window.wizards[0].currentId() == 3
    window.wizards[0].reject()


def test_the_case_view_names_the_problem_each_action_addresses(store, staff):
    from lk3_desktop.ui.case_view import case_html
    from tests.helpers.cases import complete_case

    rid = complete_case(store, staff, upto=6)
    html = case_html(store, rid)
    assert "Masalah yang ditangani: Migrasi/deportasi" in html
    assert "Masalah yang ditangani: Ekonomi" in html
