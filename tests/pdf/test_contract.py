"""Kontrak Konseling: the points agreed, in full sentences, the schedule, signed when agreed."""

from __future__ import annotations

import re

from lk3_desktop.pdf.render import render
from lk3_desktop.sop import contract_points
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, text


def test_only_the_points_agreed_are_in_the_contract(store, staff):
    rid = complete_case(store, staff, upto=3)
    store.save_step(rid, 3, {"agree_family_contact": False})  # the optional point
    content = flat(text(render(store, "contract", rid, register=False)[0]))
    points = {p.key: p for p in contract_points()}
    assert f"1. {points['honesty'].title}. {flat(points['honesty'].text)}" in content
    for key in ("confidentiality", "voluntary", "schedule"):
        assert points[key].title + "." in content, key
    assert points["family_contact"].title not in content


def test_a_blank_contract_offers_every_point(store):
    content = flat(text(render(store, "contract", None)[0]))
    for number, point in enumerate(contract_points(), start=1):
        assert f"{number}. {point.title}." in content


def test_the_schedule_and_the_parties_are_filled_in(store, staff):
    rid = complete_case(store, staff, upto=3)
    content = flat(text(render(store, "contract", rid, register=False)[0]))
    assert "Klien : Ni Luh Putu Ayu D'Costa" in content
    assert "Konselor : Maria Goreti Lamba, S.Psi." in content
    assert "Jumlah sesi yang direncanakan : 4 sesi" in content
    assert "Seminggu sekali" in content and "Ruang LK3" in content


def test_the_contract_is_dated_the_day_it_was_agreed_not_the_day_it_was_printed(store, staff):
    rid = complete_case(store, staff, upto=3)
    store.save_step(rid, 3, {"agreed_on": "2026-02-03"})
    content = flat(text(render(store, "contract", rid)[0]))
    assert re.findall(r"Tarakan, \d+ \w+ \d{4}", content) == ["Tarakan, 3 Februari 2026"]
