"""Whether a step's data may be saved or completed, read from the step's field descriptions.

Step data travels as plain dicts keyed by field key (data/sop.json); `store/` decides where
each key lives in SQLite and `ui/wizard/` builds widgets named after them (`stepN.key`).
Every check that one field's description can state (required, choices, limits, dates, phone
numbers) is made here from the description; the few that tie fields together (a NIK against
the birth date and sex, a birth date or an age) are the step's own rules below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from lk3_desktop.domain import validation as v
from lk3_desktop.domain.nik import check_nik
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.fields import FieldSpec, StepFields
from lk3_desktop.i18n import tr
from lk3_desktop.sop import Reference, Step, choice_list, load_sop


def step_of(step: int | str | Step) -> Step:
    """A step by its number, its key or itself."""
    if isinstance(step, Step):
        return step
    sop = load_sop()
    return sop.step_by_key(step) if isinstance(step, str) else sop.step(step)


def fields_of(step: int | str | Step) -> StepFields:
    return step_of(step).fields


def label(step: int | str | Step, key: str) -> str:
    """A field's label in the interface language."""
    return tr(fields_of(step).label(key))


def _whole(value: Any) -> int | None:
    """A whole number from a field value, or None ("12" yes; "1.5", "²", "abc" no)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isascii() and text.isdecimal() else None


def _number(errors: list[FieldError], f: FieldSpec, key: str, value: Any, prefix: str) -> None:
    n = _whole(value)
    low = f.min if f.min is not None else 0
    high = f.max if f.max is not None else 10**9
    if n is None or not low <= n <= high:
        errors.append(FieldError(key, tr("{label} harus angka {low}–{high}{unit}.").format(
            label=prefix + tr(f.label), low=low, high=high, unit=tr(f.suffix))))


def _date(errors: list[FieldError], f: FieldSpec, key: str, value: Any, prefix: str,
          today: date) -> None:
    parsed = (v.parse_datetime(value) if f.type == "datetime" else v.parse_date(value))
    if parsed is None:
        errors.append(FieldError(key, tr("{label} bukan tanggal yang sah.").format(
            label=prefix + tr(f.label))))
        return
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    if f.rule == "not_future" and day > today:
        errors.append(FieldError(key, tr("{label} tidak boleh setelah hari ini.").format(
            label=prefix + tr(f.label))))


def _rule(errors: list[FieldError], f: FieldSpec, key: str, value: Any) -> None:
    text = str(value).strip()
    if f.rule == "phone":
        v.phone(errors, {key: text}, key, tr(f.label))
    elif f.rule == "digits16":
        v.digits_exact(errors, {key: text}, key, tr(f.label), 16)
    elif f.rule == "rt_rw" and not all(part.strip().isdigit() for part in text.split("/")):
        errors.append(FieldError(key, tr("RT/RW ditulis sebagai angka, misalnya 003/002.")))


def check_field(errors: list[FieldError], f: FieldSpec, data: dict[str, Any], today: date, *,
                key: str | None = None, prefix: str = "") -> None:
    """Every reason `f`'s value in `data` cannot be completed. `key` and `prefix` name a
    row's cell ("problems.1.area", "Masalah 2: ")."""
    key = key or f.key
    if not f.is_enabled(data) or f.read_only:
        return
    value = data.get(f.key)
    if f.type == "rows":
        rows = value or []
        if len(rows) < f.min_rows:
            errors.append(FieldError(key, tr(f.min_rows_message) if f.min_rows_message
                                     else tr("{label} wajib diisi.").format(label=tr(f.label))))
        for i, row in enumerate(rows):
            for col in f.columns:
                check_field(errors, col, row, today, key=f"{key}.{i}.{col.key}",
                            prefix=f"{tr(f.row_title)} {i + 1}: ")
        return
    blank = v.is_blank(value) or (f.type == "bool" and not value)
    if blank:
        if f.is_required(data):
            errors.append(FieldError(key, tr(f.required_message).format(label=tr(f.label))
                                     if f.required_message else
                                     tr("{label} wajib diisi.").format(label=prefix + tr(f.label))))
        return
    if f.type == "choice":
        known = choice_list(f.choices)
        if known is not None and value not in {c.key for c in known}:
            errors.append(FieldError(key, tr("{label} tidak dikenal.").format(
                label=prefix + tr(f.label))))
    elif f.type == "number":
        _number(errors, f, key, value, prefix)
    elif f.type in ("date", "datetime"):
        _date(errors, f, key, value, prefix, today)
    elif isinstance(value, str) and len(value) > v.MAX_TEXT:
        errors.append(FieldError(key, tr(
            "{label} terlalu panjang ({n} karakter; paling banyak {limit}).").format(
                label=prefix + tr(f.label), n=len(value), limit=v.MAX_TEXT)))
    elif f.rule:
        _rule(errors, f, key, value)


# -- rules that tie fields together, per step key --------------------------------------------

def _intake(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    birth = v.parse_date(d.get("birth_date"))
    if birth is None and v.is_blank(d.get("birth_date")) and v.is_blank(d.get("estimated_age")):
        e.append(FieldError("birth_date", tr(
            "Isi tanggal lahir, atau perkiraan umur bila tanggal lahir tidak diketahui.")))
    if birth is not None and birth.year < today.year - 120:
        e.append(FieldError("birth_date", tr("Tanggal lahir lebih dari 120 tahun yang lalu.")))
    if not v.is_blank(d.get("nik")):
        msg = check_nik(d["nik"], ref.provinces, birth, d.get("sex"))
        if msg:
            e.append(FieldError("nik", msg))
    return e


STEP_RULES: dict[str, Callable[[dict[str, Any], Reference, date], list[FieldError]]] = {
    "intake": _intake,
}


def _order(errors: list[FieldError], fields: StepFields) -> list[FieldError]:
    """Messages in form order, so the banner reads top to bottom and the first is focused."""
    position = {f.key: i for i, f in enumerate(fields)}
    return sorted(errors, key=lambda e: position.get(re.split(r"\.", e.field)[0], len(position)))


def validate_step(step: int | str | Step, data: dict[str, Any], ref: Reference,
                  today: date) -> list[FieldError]:
    """Every reason the step cannot be completed yet, in form order; empty when complete."""
    s = step_of(step)
    errors: list[FieldError] = []
    for f in s.fields:
        check_field(errors, f, data, today)
    rule = STEP_RULES.get(s.key)
    if rule is not None:
        errors += rule(data, ref, today)
    return _order(errors, s.fields)


def validate_draft(step: int | str | Step, data: dict[str, Any]) -> list[FieldError]:
    """Drafts are saved whatever is missing; only what could not be stored is refused: text
    over the limit, and a number that is not one (numbers are stored as numbers)."""
    errors: list[FieldError] = []
    fields = fields_of(step)
    for key, value in data.items():
        f = fields.get(key)
        if f is None or v.is_blank(value):
            continue
        if f.type == "number":
            _number(errors, f, key, value, "")
        elif f.type in ("date", "datetime"):
            _typed_date(errors, f, key, value, "")
        elif f.type == "rows":  # a date typed wrong in a row: said at its cell
            for i, row in enumerate(value or []):
                for col in f.columns:
                    cell = row.get(col.key) if isinstance(row, dict) else None
                    if col.type in ("date", "datetime") and not v.is_blank(cell):
                        _typed_date(errors, col, f"{key}.{i}.{col.key}", cell,
                                    f"{tr(f.row_title)} {i + 1}: ")
        elif isinstance(value, str) and len(value) > v.MAX_TEXT:
            v.max_length(errors, data, key, tr(f.label))
    return errors


def _typed_date(errors: list[FieldError], f: FieldSpec, key: str, value: Any,
                prefix: str) -> None:
    """A date (and time) the store can keep, or the reason at the field, the text as typed
    staying in it: never a silent change into another date."""
    parsed = v.parse_datetime(value) if f.type == "datetime" else v.parse_date(value)
    if parsed is not None:
        return
    example = ("31-01-2026 09:30" if f.type == "datetime" else "31-01-2026")
    errors.append(FieldError(key, tr(
        "{label}: \"{text}\" bukan tanggal yang ada. Tulis hari-bulan-tahun, misalnya "
        "{example}.").format(label=prefix + tr(f.label), text=str(value)[:40],
                             example=example)))
