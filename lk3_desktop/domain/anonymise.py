"""What anonymising a case keeps, field by field, read from the fields' descriptions.

A case past its retention period keeps what the office counts: the agenda number, dates,
step statuses, choices made from the program's lists (referral source, problem areas and
severities, ratings, outcome, status), ticked boxes and numbers, and of the client only the
sex, a five-year age band and the kecamatan. Everything a person typed is removed (names,
numbers, addresses, telephones, notes, the complaint), and so are the kept-type fields that
pick out a few people in a city of a quarter of a million: birth date, religion, marital
status and education. The rules are by field type, so a field added to data/sop.json later
is removed unless it is one of the kept types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from lk3_desktop.fields import FieldSpec

# Types whose value is picked from the program's own lists or is a number, a date or a tick:
# nothing a person typed. ("open_choice" may hold anything typed, so it is not here.)
KEPT_TYPES = frozenset({"choice", "bool", "date", "datetime", "number", "staff"})
# Kept types that still narrow a client down, removed all the same.
QUASI_IDENTIFIERS = frozenset({"birth_date", "religion", "marital_status", "education"})
# Handled on their own: the age becomes a band, the kecamatan stays if it is one of the city's.
AGE = "estimated_age"
KECAMATAN = "kecamatan"

AGE_BAND_YEARS = 5
TOP_AGE = 60  # 60 and older in one band: few clients are, and an exact old age stands out


def keeps(f: FieldSpec) -> bool:
    """Whether anonymisation keeps this field's (or row column's) value as it is."""
    return f.type in KEPT_TYPES and f.key not in QUASI_IDENTIFIERS and f.key != AGE


def cleared(f: FieldSpec) -> Any:
    """The stored form of an emptied value of this field: NULL where the column takes NULL
    for "not given" (dates, numbers, staff), 0 for a box, '' for text."""
    if f.type == "bool":
        return 0
    if f.type in ("date", "datetime", "number", "staff"):
        return None
    return ""


def age_at(birth_date: str | None, estimated_age: int | None, on: date | None) -> int | None:
    """The client's age in whole years on `on` (the arrival), from the birth date if known,
    else the estimated age recorded."""
    if birth_date and on is not None:
        try:
            born = date.fromisoformat(birth_date[:10])
        except ValueError:
            born = None
        if born is not None and born <= on:
            return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return estimated_age if isinstance(estimated_age, int) else None


def age_band(age: int | None) -> int | None:
    """The lower bound of the age's five-year band (36 → 35), 60 for 60 and older."""
    if age is None or age < 0:
        return None
    return min(age - age % AGE_BAND_YEARS, TOP_AGE)


def band_text(lower: int | None) -> str:
    """An age band as Indonesian reports write it: "35–39 tahun", "60 tahun ke atas"."""
    if lower is None:
        return ""
    if lower >= TOP_AGE:
        return f"{TOP_AGE} tahun ke atas"
    return f"{lower}–{lower + AGE_BAND_YEARS - 1} tahun"


def kept_kecamatan(value: str | None, known: Iterable[str]) -> str:
    """The kecamatan if it is one of the city's (data/reference.json), else '': a typed
    place elsewhere may be a village of a few hundred people."""
    names = {k.casefold(): k for k in known}
    return names.get((value or "").strip().casefold(), "")


def client_values(fields: Iterable[FieldSpec], row: Mapping[str, Any], *,
                  arrival: date | None, kecamatan: Iterable[str]) -> dict[str, Any]:
    """The client columns after anonymisation: each described column, kept or emptied."""
    out: dict[str, Any] = {}
    for f in fields:
        if f.key not in row:
            continue
        if f.key == AGE:
            out[f.key] = age_band(age_at(row.get("birth_date"), row.get(AGE), arrival))
        elif f.key == KECAMATAN:
            out[f.key] = kept_kecamatan(row.get(f.key), kecamatan)
        else:
            out[f.key] = row[f.key] if keeps(f) else cleared(f)
    return out


def step_data(fields: Iterable[FieldSpec], data: Mapping[str, Any]) -> dict[str, Any]:
    """A step record's own JSON after anonymisation: only the kept fields' values; a key no
    field describes (left by an older version) goes too."""
    by_key = {f.key: f for f in fields}
    return {k: v for k, v in data.items() if k in by_key and keeps(by_key[k])}
