"""Step 6's page: each action may name one of the case's problems, offered by area and
severity with the description as the entry's tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.cases import complete_case
from tests.helpers.gui import find, open_case


@pytest.fixture
def at_step6(qtbot, store):
    """Open a case's wizard at step 6; closed again (no autosave left pending) afterwards."""
    opened = []

    def open_at_6(rid: str):
        wiz = open_case(qtbot, store, rid, show=False)
        wiz.open_at(6)
        opened.append(wiz)
        return wiz

    yield open_at_6
    for wiz in opened:
        wiz.done(0)


def entries(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
            for i in range(1, combo.count())]


def test_actions_offer_every_problem_of_the_case_new_ones_included(qtbot, store, staff,
                                                                    at_step6):
    rid = complete_case(store, staff, upto=5)
    store.save_step(rid, 5, {"new_problems": [
        {"area": "hukum", "severity": "ringan", "description": "Paspor ditahan agen."}]})
    wiz = at_step6(rid)
    assert wiz.currentId() == 6
    rows = find(wiz, "step6.actions")
    assert len(rows) == 0
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)  # added after the list was made
    added = rows.row_widget(0, "problem_id")
    assert entries(added) == [
        ("1. Migrasi/deportasi (berat)", "Dideportasi."),
        ("2. Ekonomi (sedang)", "Tanpa uang."),
        ("3. Hukum (ringan)", "Paspor ditahan agen.")]
    assert added.currentText() == "— umum —"  # an action need not name a problem


def test_a_saved_action_shows_the_problem_it_addresses(qtbot, store, staff, at_step6):
    rid = complete_case(store, staff, upto=6)
    wiz = at_step6(rid)
    rows = find(wiz, "step6.actions")
    assert [rows.row_widget(i, "problem_id").currentText() for i in range(len(rows))] == [
        "1. Migrasi/deportasi (berat)", "2. Ekonomi (sedang)"]
    assert not wiz.pages[6].dirty  # filling the list is not an edit
