"""Every described field of every step, filled once: validated, stored, shown, printed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from lk3_desktop.domain.steps import validate_step
from lk3_desktop.domain.summary import describe_row, describe_step, display
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.fields import Condition, FieldSpec, parse_field
from lk3_desktop.pdf.render import render
from lk3_desktop.sop import load_sop
from tests.helpers.cases import problems
from tests.helpers.examples import example_step
from tests.helpers.sop_data import edited_sop

STEP_KEYS = [s.key for s in load_sop().steps]


def people(staff: dict[str, str], step_key: str) -> dict[str, str]:
    step = load_sop().step_by_key(step_key)
    return {"counselors": staff["konselor"], "executors": staff[step.executors[0].key]}


def fill_every_field(store, staff) -> tuple[str, dict[str, dict]]:
    """A case with every step complete and every described field holding its example."""
    rid = None
    given = {}
    for step in store.sop.steps:
        data = example_step(step.key, people(staff, step.key))
        if step.key == "reassessment":
            data["reassessments"] = [{"problem_id": p["id"], "result": "berubah",
                                      "note": "Isinote"} for p in store.problems(rid, 4)]
        if step.key == "action_plan":
            data["actions"][0]["problem_id"] = store.problems(rid)[0]["id"]
        errors = validate_step(step, data, store.ref, store.today())
        assert errors == [], (step.key, errors)
        rid = store.save_step(rid, step.number, data, complete=True)
        given[step.key] = data
    return rid, given


def pdf_text(data: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def shown(f: FieldSpec, value, names) -> list[str]:
    if f.type == "rows":
        return [describe_row(f, row, names, {}) for row in value]
    return [display(f, value, names)]


@pytest.fixture
def full_case(store, staff):
    store.actor = staff["pengadministrasi"]
    return fill_every_field(store, staff)


def test_every_field_is_stored_and_read_back(store, full_case):
    rid, given = full_case
    for step in store.sop.steps:
        loaded = store.load_step(rid, step.number)
        for f in step.fields:
            if f.type == "rows" or f.key not in given[step.key]:
                continue
            want = given[step.key][f.key]
            if f.rule in ("nik", "digits16"):
                want = want.replace(" ", "")
            assert loaded.get(f.key) == want, (step.key, f.key)
        for f in (f for f in step.fields if f.type == "rows" and not f.fixed_rows):
            rows = [{c.key: r.get(c.key) for c in f.columns if c.key in given[step.key][f.key][0]}
                    for r in loaded[f.key]]
            assert rows == given[step.key][f.key], (step.key, f.key)


def test_every_field_shown_in_the_case_view(store, staff, full_case):
    rid, _given = full_case
    names = {s["id"]: s["name"] for s in store.list_staff(include_inactive=True)}
    problem_names = {p["id"]: store.ref.choice_name("problem_areas", p["area"])
                     for p in store.problems(rid)}
    for step in store.sop.steps:
        data = store.load_step(rid, step.number)
        view = "\n".join(f"{k}: {v}" for k, v in describe_step(step, data, store.sop, store.ref,
                                                              names, problem_names))
        for f in step.fields:
            if not f.view or f.store == "record":
                continue
            for text in shown(f, data[f.key], names):
                if f.type == "rows":
                    assert text.split(": ")[0] in view, (step.key, f.key)
                elif f.print_with:  # in the row of the field it prints with
                    rider = step.fields[f.print_with].label
                    assert any(line.startswith(f"{rider}: ") and text in line
                               for line in view.splitlines()), (step.key, f.key)
                else:
                    assert f"{f.label}: {text}" in view, (step.key, f.key)


@pytest.mark.parametrize("kind", ["service-form", "referral", "contract", "record"])
def test_every_field_a_document_names_is_printed_on_it(store, full_case, kind):
    rid, given = full_case
    text = pdf_text(render(store, kind, rid, register=False)[0])
    names = {s["id"]: s["name"] for s in store.list_staff(include_inactive=True)}
    missing = []
    for step in store.sop.steps:
        for f in step.fields:
            if kind not in f.documents or f.type == "rows":
                continue
            value = "".join(display(f, given[step.key].get(f.key), names).split())
            if value not in text:
                missing.append(f"{step.key}.{f.key}={value}")
    assert missing == [], missing


@pytest.mark.parametrize("kind", ["service-form", "referral", "contract", "record"])
def test_the_blank_form_has_a_place_for_every_field_it_names(store, kind):
    text = pdf_text(render(store, kind, None, register=False)[0])
    missing = [f"{step.key}.{f.key}" for step in store.sop.steps for f in step.fields
               if kind in f.documents and "".join(f.label.split()) not in text]
    assert missing == [], missing


COPING = {"key": "coping", "type": "text", "label": "Cara klien bertahan",
          "section": "Kekuatan dan sumber daya", "required": True, "lines": 3,
          "documents": ["record"], "example": "Berdoa dan menelepon adik"}


@pytest.fixture
def coping_field(monkeypatch):
    """data/sop.json with one more field in step "problems", as a developer would add it."""
    with edited_sop(monkeypatch, lambda raw: {**raw, "steps": [
            {**s, "fields": [*s["fields"], COPING]} if s["key"] == "problems" else s
            for s in raw["steps"]]}):
        yield


def test_a_field_added_to_the_description_alone_is_checked_stored_and_shown_everywhere(
        coping_field, qtbot, tmp_path):
    """What adding a field takes: one entry in data/sop.json, nothing else."""
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import open_store
    from lk3_desktop.ui.case_view import case_html
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard
    from tests.helpers.cases import complete_case

    store = open_store(tmp_path / "lk3.sqlite")
    staff = {k: store.save_staff({"name": f"Petugas {k}", "roles": [k], "position": "Staf"})
             for k in ("pengadministrasi", "rehabilitasi", "konselor", "tim_ahli")}
    rid = complete_case(store, staff, upto=3)
    number = store.sop.step_by_key("problems").number

    # checked: the step cannot be completed without it
    with pytest.raises(ValidationFailed) as refused:
        store.save_step(rid, number, {**problems(), "performed_by": staff["konselor"]},
                        complete=True)
    assert ("coping", "Cara klien bertahan wajib diisi.") in [
        (e.field, e.message) for e in refused.value.errors]
    # on the wizard page, in its section, marked required
    wizard = CaseWizard(store, rid)
    qtbot.addWidget(wizard)
    field = wizard.findChild(QWidget, f"step{number}.coping")
    assert field is not None
    section = field.parentWidget()  # the field sits in a box with its message, in the section
    while section is not None and not hasattr(section, "title"):
        section = section.parentWidget()
    assert section is not None and section.title() == "Kekuatan dan sumber daya"
    # stored, and shown in the case view and on the record
    store.save_step(rid, number, {**problems(), "coping": "Berdoa dan menelepon adik",
                                  "performed_by": staff["konselor"]}, complete=True)
    assert store.load_step(rid, number)["coping"] == "Berdoa dan menelepon adik"
    assert "Cara klien bertahan" in case_html(store, rid)
    text = pdf_text(render(store, "record", rid, register=False)[0])
    assert "Caraklienbertahan" in text and "Berdoadanmeneleponadik" in text
    blank = pdf_text(render(store, "record", None, register=False)[0])
    assert "Caraklienbertahan" in blank
    # and the demo fills it
    fill_demo_data(store, 20, seed=4)
    filled = {store.load_step(r.id, number).get("coping") for r in store.list_cases()
              if r.current_step > number or r.status != "aktif"}
    assert "Berdoa dan menelepon adik" in filled
    store.close()


def test_condition_reads_blank_as_empty_and_unticked_as_false():
    place = Condition(field="place", is_=("lainnya",))
    assert place.holds({"place": "lainnya"}) and not place.holds({"place": ""})
    unknown = Condition(field="family_unknown", is_=(False,))
    assert unknown.holds({}) and unknown.holds({"family_unknown": False})
    assert not unknown.holds({"family_unknown": True})
    source = Condition(field="referral_source", not_=("", "sendiri"))
    assert source.holds({"referral_source": "polisi"})
    assert not source.holds({"referral_source": None}) and not source.holds({"referral_source": "sendiri"})
    both = Condition(all_=(place, Condition(field="x", is_=(1,))))
    assert both.holds({"place": "lainnya", "x": 1}) and not both.holds({"place": "lainnya"})


@pytest.mark.parametrize("raw, message", [
    ({"key": "a", "type": "colour", "label": "A"}, "unknown type"),
    ({"key": "a", "type": "line", "label": "A", "store": "elsewhere"}, "unknown store"),
    ({"key": "a", "type": "line", "label": "A", "rule": "shout"}, "unknown rule"),
    ({"key": "a", "type": "line", "label": "A", "lable": "typo"}, "unknown attributes"),
])
def test_a_mistake_in_a_description_is_refused_when_loaded(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_field(raw)


def test_every_choice_list_a_field_names_exists():
    from lk3_desktop.sop import choice_list

    dynamic = {"counselors", "executors", "case_problems"}
    for step in load_sop().steps:
        for f in [*step.fields, *(c for rows in step.fields for c in rows.columns)]:
            if f.type in ("choice", "open_choice", "staff"):
                assert f.choices in dynamic or choice_list(f.choices), (step.key, f.key)
