"""Batalkan kasus in the main window: a reason typed at the keyboard, the case leaves the
default list and the count, the "Batal" filter shows it, the case view says who and why,
and "Pulihkan kasus yang dibatalkan" brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lk3_desktop.ui import dialogs
from lk3_desktop.ui.case_view import case_html
from tests.helpers.cases import complete_case, intake


def _ids(window) -> list[str]:
    return [window.proxy.data(window.proxy.index(r, 0), Qt.ItemDataRole.UserRole)
            for r in range(window.proxy.rowCount())]


def test_cancel_a_case_made_by_mistake(qtbot, window, staff, message_boxes):
    window.set_active_staff(staff["pengadministrasi"])
    keep = complete_case(window.store, staff, upto=2)
    mistake = window.store.save_step(None, 1, intake(full_name="Dobel Terdaftar"))
    window.refresh()
    assert window.count_label.text() == "2 kasus"
    window.select_case(mistake)
    dialog = window.cancel_case()
    assert dialog is not None
    assert "Dobel Terdaftar" in dialog.intro.text()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and "alasan" in dialog.message.text().lower()
    assert window.store.referral(mistake)["status"] == "aktif"
    QTest.keyClicks(dialog.reason, "Terdaftar dua kali")
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _ids(window) == [keep] and window.count_label.text() == "1 kasus"
    window.status_filter.setCurrentIndex(window.status_filter.findData("batal"))
    assert _ids(window) == [mistake] and window.count_label.text() == "1 kasus"
    assert window.proxy.data(window.proxy.index(0, 4)) == "Dibatalkan"
    html = case_html(window.store, mistake)
    assert "Terdaftar dua kali" in html and "Rina Marlina" in html
    window.select_case(mistake)
    assert window.cancel_case() is None and "sudah dibatalkan" in message_boxes[-1][1]
    # A wizard opened on it is read-only, with the reason.
    wiz = window.open_wizard(mistake)
    page = wiz.currentPage()
    assert page.read_only and "dibatalkan" in page.access_note.text()
    assert not page.form_holder.isEnabled()
    wiz.close()


def test_reinstate_a_case_cancelled_by_mistake(qtbot, window, staff, monkeypatch):
    rid = window.store.save_step(None, 1, intake())
    window.store.cancel_case(rid, "Salah tekan Rujukan baru")
    window.refresh()
    window.status_filter.setCurrentIndex(window.status_filter.findData("batal"))
    window.select_case(rid)
    monkeypatch.setattr(dialogs, "ask", lambda *_a: True)
    assert window.reinstate_case()
    assert window.store.referral(rid)["status"] == "aktif"
    window.status_filter.setCurrentIndex(0)
    assert _ids(window) == [rid]


def test_cancel_is_refused_while_the_case_is_open(qtbot, window, staff, message_boxes):
    rid = window.store.save_step(None, 1, intake())
    window.refresh()
    wiz = window.open_wizard(rid)
    window.select_case(rid)
    assert window.cancel_case() is None
    assert "Tutup dulu" in message_boxes[-1][1]
    wiz.close()
