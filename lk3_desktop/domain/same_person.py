"""When two client records may be one person: the same NIK, or the same name with the same
birth date or an age that fits. The store finds the candidates; the worker decides."""

from __future__ import annotations

from datetime import date

from lk3_desktop.domain.anonymise import age_at
from lk3_desktop.domain.nik import compact

# Years an age may differ and still fit: an age is often a guess ("sekitar 40"), and the
# one on an earlier case was guessed on another day.
AGE_TOLERANCE = 2
NIK_LENGTH = 16


def full_nik(value: str | None) -> str:
    """The NIK as digits, if `value` is a whole one however typed ("6571-0145.0590 0003");
    else "" (a NIK still being typed matches nobody)."""
    number = compact(value or "")
    return number if len(number) == NIK_LENGTH and number.isdigit() else ""


def iso_date(value: str | None) -> str:
    """`value` if it is an ISO date ("1990-05-05"), else "" (a date typed half-way)."""
    try:
        return date.fromisoformat((value or "")[:10]).isoformat() if value else ""
    except ValueError:
        return ""


def birth_or_age_fits(typed_birth: str | None, typed_age: int | None,
                      known_birth: str | None, known_age: int | None, today: date) -> bool:
    """Whether a birth date or age typed now fits one on record: two birth dates must be
    the same day; otherwise the ages (from a birth date, or as estimated) within
    AGE_TOLERANCE years. Nothing known on either side: no fit."""
    typed_birth, known_birth = iso_date(typed_birth), iso_date(known_birth)
    if typed_birth and known_birth:
        return typed_birth == known_birth
    ours = age_at(typed_birth, typed_age if isinstance(typed_age, int) else None, today)
    theirs = age_at(known_birth, known_age if isinstance(known_age, int) else None, today)
    return ours is not None and theirs is not None and abs(ours - theirs) <= AGE_TOLERANCE
