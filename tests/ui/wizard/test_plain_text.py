"""What a person typed is shown as typed: never as markup, and names without spaces around."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lk3_desktop.ui.widgets import ChoiceField
from tests.helpers.cases import complete_case
from tests.helpers.gui import find, open_case, set_field

MARKUP = "<b>tebal</b> <img src=x>"


def test_markup_typed_in_a_problem_is_shown_as_text(qtbot, window, staff):
    store = window.store
    rid = complete_case(store, staff, upto=5)
    data = store.load_step(rid, 4)
    data["problems"][0]["description"] = MARKUP
    store.save_step(rid, 4, {"problems": data["problems"]})
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(6)
    rows = find(wiz, "step6.actions")
    rows.add_row({})
    choice = next(w for w in rows.findChildren(ChoiceField)
                  if w.findData(data["problems"][0]["id"]) >= 0)
    tip = choice.itemData(choice.findData(data["problems"][0]["id"]),
                          Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;tebal&lt;/b&gt; &lt;img src=x&gt;" in tip and "<b>" not in tip
    wiz.open_at(5)
    labels = [w for w in find(wiz, "step5").findChildren(type(wiz.case_label))
              if MARKUP in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)


def test_names_are_stored_without_spaces_around(qtbot, window):
    wiz = window.new_referral()
    set_field(qtbot, find(wiz, "step1.full_name"), "   Siti Aminah  ")
    assert wiz.save_draft(show_errors=True)
    assert window.store.load_step(wiz.rid, 1)["full_name"] == "Siti Aminah"
    assert window.store.list_cases()[0].client_name == "Siti Aminah"
