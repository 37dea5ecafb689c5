"""Turns a step's stored data into labelled, human-readable lines, from the field descriptions.

The case view shows every field whose description has `view` (the default), in form order;
a field switched off by its condition (a "Tempat lain" when the place is the shelter) and an
empty value are left out. Documents use the same `display()` for a single value.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.domain.steps import fields_of
from lk3_desktop.fields import FieldSpec
from lk3_desktop.i18n import tr
from lk3_desktop.sop import Reference, Sop, Step, choice_name


def display(f: FieldSpec, value: Any, staff_names: dict[str, str] | None = None,
            problem_names: dict[str, str] | None = None, *, short: bool = False) -> str:
    """One value as a person reads it: a choice's name, a date in words, Ya/Tidak; `short`
    abbreviates months, for narrow table columns."""
    if f.type == "bool":
        return (tr(f.view_text) if f.view_text else tr("Ya")) if value else tr("Tidak")
    if value in (None, "", []):
        return ""
    if f.type == "choice":
        if f.choices == "case_problems":
            return (problem_names or {}).get(value, "")
        return choice_name(f.choices, value)
    if f.type == "staff":
        return (staff_names or {}).get(value, "")
    if f.type == "date":
        return format_date(value, short=short)
    if f.type == "datetime":
        return format_datetime(value, short=short)
    if f.type == "number":
        return f"{value}{tr(f.suffix)}"
    return str(value)


class _Shown(str):
    """A shown value inside a row's `summary` pattern; `{severity:lower}` lower-cases it."""

    def __format__(self, spec: str) -> str:
        return self.lower() if spec == "lower" else str.__format__(self, spec)


def describe_row(f: FieldSpec, row: dict[str, Any], staff_names: dict[str, str] | None = None,
                 problem_names: dict[str, str] | None = None) -> str:
    """A row of a list field as one line: the field's `summary` pattern if it has one, else
    "Bidang masalah: Ekonomi; Tingkat keparahan: …"."""
    if f.summary:
        return tr(f.summary).format(**{c.key: _Shown(display(c, row.get(c.key), staff_names,
                                                         problem_names)) for c in f.columns})
    parts = []
    for col in f.columns:
        text = display(col, row.get(col.key), staff_names, problem_names)
        if text:
            parts.append(f"{tr(col.label)}: {text}")
    return "; ".join(parts)


def joined(fields: Iterable[FieldSpec], data: dict[str, Any], staff_names: dict[str, str],
           problem_names: dict[str, str] | None = None) -> list[tuple[FieldSpec, str]]:
    """The single-value fields switched on in `data`, each with its text; a field that
    prints with another (a comment with its rating) is folded into that one's text."""
    fields = [f for f in fields if f.type != "rows" and f.is_enabled(data)]
    riders: dict[str, list[FieldSpec]] = {}
    for f in fields:
        if f.print_with:
            riders.setdefault(f.print_with, []).append(f)
    out = []
    for f in fields:
        if f.print_with:
            continue
        parts = [display(f, data.get(f.key), staff_names, problem_names)]
        parts += [display(r, data.get(r.key), staff_names, problem_names)
                  for r in riders.get(f.key, [])]
        out.append((f, " — ".join(p for p in parts if p)))
    return out


def describe_step(step: int | str | Step, data: dict[str, Any], sop: Sop, ref: Reference,
                  staff_names: dict[str, str],
                  problem_names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs in form order; empty values and switched-off fields are left out."""
    shown = [f for f in fields_of(step) if f.view and f.store != "record"
             and not (f.type == "bool" and f.key not in data)]
    texts = dict((f.key, text) for f, text in joined(shown, data, staff_names, problem_names))
    out: list[tuple[str, str]] = []
    for f in shown:
        if f.type == "rows" and f.is_enabled(data):
            for i, row in enumerate(data.get(f.key) or [], start=1):
                out.append((f"{tr(f.row_title)} {i}",
                            describe_row(f, row, staff_names, problem_names)))
        elif texts.get(f.key):
            out.append((tr(f.label), texts[f.key]))
    return out
