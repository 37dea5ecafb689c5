"""What a document builder gets: values, or a line to write on when the form is blank."""

from __future__ import annotations

from datetime import date

from lk3_desktop.pdf.layout import BLANK
from tests.helpers.cases import complete_case
from tests.helpers.pdf import make_context


def test_a_case_prints_its_values_and_nothing_for_a_missing_one(store, staff):
    rid = complete_case(store, staff, upto=2)
    ctx = make_context(store, rid, doc_date=date(2026, 11, 27))
    assert not ctx.blank
    assert ctx.value("Ayu") == "Ayu" and ctx.value(4) == "4" and ctx.value(None) == ""
    assert ctx.place_date() == "Tarakan, 27 November 2026"
    assert ctx.staff(staff["konselor"]) == "Maria Goreti Lamba, S.Psi."
    assert ctx.staff(None) == "" and ctx.staff("no-such-id") == ""
    assert ctx.steps[1]["full_name"] == "Ni Luh Putu Ayu D'Costa"


def test_a_blank_form_has_dotted_lines_to_fill_by_hand(store):
    ctx = make_context(store, None)
    assert ctx.blank and ctx.steps == {}
    assert ctx.value("Ayu") == BLANK == "." * 60
    assert ctx.place_date() == "Tarakan, " + "." * 25


def test_the_place_is_the_office_city_from_the_settings(store, staff):
    store.save_office_settings({"city": "Tanjung Selor"})
    rid = complete_case(store, staff, upto=1)
    assert make_context(store, rid, doc_date=date(2027, 2, 1)).place_date() == (
        "Tanjung Selor, 1 Februari 2027")
