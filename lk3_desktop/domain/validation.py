"""Field-level validation results and small reusable checks, with messages through `tr()`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from lk3_desktop.i18n import tr

MAX_TEXT = 20_000  # several thousand characters of notes must fit; this only stops accidents


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; `field` is the data key, e.g. "nik" or "problems.2.area"."""

    field: str
    message: str


class ValidationFailed(Exception):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def required(errors: list[FieldError], data: dict, key: str, label: str) -> None:
    if is_blank(data.get(key)):
        errors.append(FieldError(key, tr("{label} wajib diisi.").format(label=label)))


def max_length(errors: list[FieldError], data: dict, key: str, label: str,
               limit: int = MAX_TEXT) -> None:
    value = data.get(key)
    if isinstance(value, str) and len(value) > limit:
        errors.append(FieldError(
            key, tr("{label} terlalu panjang ({length} karakter; paling banyak {limit}).").format(
                label=label, length=len(value), limit=limit)))


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def not_in_future(errors: list[FieldError], data: dict, key: str, label: str, today: date) -> None:
    d = parse_date(data.get(key))
    if data.get(key) and d is None:
        errors.append(FieldError(key, tr("{label} bukan tanggal yang sah.").format(label=label)))
    elif d is not None and d > today:
        errors.append(FieldError(key, tr("{label} tidak boleh setelah hari ini.").format(label=label)))


_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]+$")


def phone(errors: list[FieldError], data: dict, key: str, label: str) -> None:
    """Indonesian or foreign phone: optional +, 8 to 15 digits, common separators."""
    value = (data.get(key) or "").strip()
    if not value:
        return
    digits = re.sub(r"\D", "", value)
    if not _PHONE_CHARS.match(value) or not 8 <= len(digits) <= 15:
        errors.append(FieldError(key, tr(
            "{label} tidak sah: gunakan 8–15 angka, misalnya 0812 3456 7890 atau +62 812 3456 7890."
        ).format(label=label)))


def digits_exact(errors: list[FieldError], data: dict, key: str, label: str, n: int) -> None:
    # Written in groups ("6571-0101-0110-0001", "6571 0101 …") as on the card: the store
    # keeps the digits alone, so the check looks at them alone too.
    value = "".join(ch for ch in (data.get(key) or "") if ch not in " -.")
    if value and (not value.isdigit() or len(value) != n):
        errors.append(FieldError(key, tr("{label} harus {n} angka (sekarang {length} karakter).").format(
            label=label, n=n, length=len(value))))
