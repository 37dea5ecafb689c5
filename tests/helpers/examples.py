"""A value for every described field of every step, made from the descriptions alone.

Each value is unique to its field, so a test can find it again in the case view or a PDF; a
choice takes the entry that switches on the fields depending on it ("Tempat lain", "Dirujuk"),
so that every field of a step is in use at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lk3_desktop.domain.nik import make_nik
from lk3_desktop.fields import FieldSpec, StepFields
from lk3_desktop.sop import choice_list, load_sop

BIRTH = "1990-05-05"


def _wanted_keys(fields: StepFields) -> set[Any]:
    """Values other fields' conditions ask for: choosing them switches those fields on."""
    wanted: set[Any] = set()
    for f in fields:
        for cond in (f.enabled, f.required if not isinstance(f.required, bool) else None):
            if cond is None:
                continue
            for c in cond.all_ or (cond,):
                wanted.update(v for v in (c.is_ or ()) if v not in (False, ""))
    return wanted


def token(key: str) -> str:
    """A short word no other field holds, e.g. "Isiplaceother"."""
    return "Isi" + key.replace("_", "")


def example(f: FieldSpec, wanted: set[Any], people: dict[str, str]) -> Any:
    if f.type in ("line", "text"):
        return {"phone": "0812 3456 7890", "digits16": "6571010101100001", "rt_rw": "003/002",
                "nik": make_nik("657101", date.fromisoformat(BIRTH), "P", 3)}.get(f.rule, token(f.key))
    if f.type == "open_choice":
        return token(f.key)
    if f.type == "choice":
        keys = [c.key for c in choice_list(f.choices) or ()]
        return next((k for k in keys if k in wanted), keys[-1] if keys else "")
    if f.type == "staff":
        return people[f.choices]
    if f.type == "bool":
        return True
    if f.type == "date":
        return BIRTH if f.key == "birth_date" else "2026-11-21"
    if f.type == "datetime":
        return "2026-11-21T10:15"
    if f.type == "number":
        return (f.min or 0) + 30
    raise ValueError(f.type)


def example_step(step_key: str, people: dict[str, str]) -> dict[str, Any]:
    """Every field of the step filled in and in use. `people` maps a staff list's source
    ("counselors", "executors") to a staff id. List fields get one row (their rows that
    come from other steps, such as reassessments, are filled by the store)."""
    fields = load_sop().step_by_key(step_key).fields
    wanted = _wanted_keys(fields)
    data: dict[str, Any] = {}
    for f in fields:
        if f.type == "rows":
            if f.fixed_rows:
                continue
            data[f.key] = [{c.key: example(c, wanted, people) for c in f.columns
                            if not c.read_only and c.choices != "case_problems"}]
        else:
            data[f.key] = example(f, wanted, people)
    if step_key == "intake":  # an unknown family would switch its contact fields off
        data.update(family_unknown=False, sex="P")
    return data
