"""Step 1 says when the person typed in is already a client (NIK, or name with birth date
or age), and lets the worker open that case or make this referral a new case of the same
client record — typed with real key presses into a new referral."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.helpers.cases import complete_case
from tests.helpers.gui import find


@pytest.fixture
def ayu(window, staff) -> str:
    """Ayu's case, at step 3, in the main window's file."""
    rid = complete_case(window.store, staff, upto=2)
    window.refresh()
    return rid


def counts(store) -> tuple[int, int]:
    """(client rows, cases)."""
    return (store._one("SELECT count(*) AS n FROM client")["n"],
            store._one("SELECT count(*) AS n FROM referral")["n"])


def new_referral(window):
    wiz = window.new_referral()
    page = wiz.pages[1]
    return wiz, page, find(page, "step1.clientMatch")


def type_into(widget, text: str) -> None:
    target = getattr(widget, "edit", widget)  # a date field's line edit
    target.setFocus()
    QTest.keyClicks(target, text)


def test_a_known_nik_typed_with_dashes_shows_who_it_is_and_a_new_referral_uses_the_record(
        qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.complaint"), "Datang lagi, diusir majikan.")
    type_into(find(page, "step1.nik"), "6571-0145-0590-000")
    qtbot.wait(700)
    assert not panel.isVisible()  # fifteen digits: nobody yet
    type_into(find(page, "step1.nik"), "3")
    qtbot.waitUntil(panel.isVisible)
    number = window.store.referral(ayu)["agenda_number"]
    text = find(panel, "step1.clientMatch.text").text()
    assert "Ni Luh Putu Ayu D'Costa" in text and "NIK 6571014505900003" in text
    assert "lahir 5 Mei 1990" in text and f"{number} (Aktif, langkah 3)" in text
    assert find(panel, "step1.clientMatch.title").text() == "Klien dengan NIK ini sudah tercatat:"
    assert counts(window.store) == (1, 1)  # nothing made while typing a NIK without a name

    qtbot.mouseClick(find(panel, "step1.clientMatch.use"), Qt.MouseButton.LeftButton)
    assert counts(window.store) == (1, 2)  # one client record, two cases
    assert window.store.client_of(wiz.rid) == window.store.client_of(ayu)
    assert find(page, "step1.full_name").value() == "Ni Luh Putu Ayu D'Costa"
    assert find(page, "step1.nik").value() == "6571014505900003"
    assert window.store.referral(wiz.rid)["complaint"] == "Datang lagi, diusir majikan."
    assert find(page, "step1.complaint").value() == "Datang lagi, diusir majikan."
    assert not panel.isVisible()
    assert wiz.windowTitle().startswith(window.store.referral(wiz.rid)["agenda_number"])


def test_a_name_spelt_otherwise_with_the_birth_date_moves_the_new_case_onto_the_record(
        qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.full_name"), "ni luh putu ayu dcosta")
    qtbot.waitUntil(lambda: wiz.rid is not None)  # a name: autosaved as a case of its own
    assert counts(window.store) == (2, 2) and not panel.isVisible()  # no birth date or age yet
    orphan = window.store.client_of(wiz.rid)
    type_into(find(page, "step1.birth_date"), "05051990")
    qtbot.waitUntil(panel.isVisible)
    assert find(panel, "step1.clientMatch.title").text().startswith("Klien dengan nama")

    qtbot.mouseClick(find(panel, "step1.clientMatch.use"), Qt.MouseButton.LeftButton)
    assert counts(window.store) == (1, 2)
    assert window.store._row("client", orphan) is None
    assert find(page, "step1.full_name").value() == "Ni Luh Putu Ayu D'Costa"  # as on record
    assert [e["action"] for e in window.store.audit_entries("client", orphan)][-1] == "delete"


def test_an_estimated_age_that_fits_is_enough_with_the_name(qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.full_name"), "Ni Luh Putu Ayu D'Costa")
    age = find(page, "step1.estimated_age")
    age.setFocus()
    QTest.keyClick(age, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(age, str(window.store.today().year - 1990 + 2))  # two years off
    qtbot.waitUntil(panel.isVisible)
    assert "perkiraan" not in find(panel, "step1.clientMatch.text").text()  # her birth date


def test_open_the_existing_case_instead(qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.nik"), "6571014505900003")
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(find(panel, "step1.clientMatch.open"), Qt.MouseButton.LeftButton)
    assert [w.rid for w in window.wizards] == [ayu]  # the new referral, no case yet, closed
    assert counts(window.store) == (1, 1)
    assert window.wizards[0].isVisible() and window.wizards[0].currentId() == 3


def test_open_the_existing_case_leaves_a_case_already_made_open(qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.full_name"), "Ayu")
    type_into(find(page, "step1.nik"), "6571014505900003")
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(find(panel, "step1.clientMatch.open"), Qt.MouseButton.LeftButton)
    assert wiz.rid is not None and {w.rid for w in window.wizards} == {ayu, wiz.rid}
    assert wiz.isVisible()  # a case already (a name was typed): for the worker to cancel
    assert counts(window.store) == (2, 2)


def test_not_the_same_person_hides_it_for_that_client(qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.nik"), "6571014505900003")
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(find(panel, "step1.clientMatch.dismiss"), Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    type_into(find(page, "step1.full_name"), "Ni Luh Putu Ayu D'Costa")
    qtbot.wait(900)
    assert not panel.isVisible()
    assert counts(window.store)[0] == 2  # kept apart: nothing merged


def test_the_buttons_are_reached_by_keyboard(qtbot, window, ayu):
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.nik"), "6571014505900003")
    qtbot.waitUntil(panel.isVisible)
    buttons = [find(panel, f"step1.clientMatch.{b}") for b in ("open", "use", "dismiss")]
    assert [b.text() for b in buttons] == ["&Buka kasus yang ada", "&Rujukan baru untuk klien ini",
                                          "Bukan orang yang sa&ma"]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    buttons[1].setFocus()
    QTest.keyClick(buttons[1], Qt.Key.Key_Space)
    assert counts(window.store) == (1, 2)


def test_a_name_is_shown_as_plain_text(qtbot, window, staff):
    window.store.save_step(None, 1, {"full_name": "<b>Tebal</b> <img src=x>",
                                     "nik": "6571014505900003"})
    wiz, page, panel = new_referral(window)
    type_into(find(page, "step1.nik"), "6571014505900003")
    qtbot.waitUntil(panel.isVisible)
    label = find(panel, "step1.clientMatch.text")
    assert isinstance(label, QLabel) and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("<b>Tebal</b> <img src=x>")


def test_opening_a_case_shows_no_notice_until_something_is_typed(qtbot, window, ayu, staff):
    again = window.store.create_referral(client_id=window.store.client_of(ayu))
    wiz = window.open_wizard(again)
    panel = find(wiz.pages[1], "step1.clientMatch")
    qtbot.wait(700)
    assert not panel.isVisible()
