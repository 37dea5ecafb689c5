"""Staff members: validation of name, NIP and SOP roles."""

from __future__ import annotations

from datetime import date
from typing import Any

from lk3_desktop.domain import validation as v
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr

# The staff form's field labels; LABELS["name"] reads in the interface language.
LABELS = TranslatedMapping({"name": QT_TR_NOOP("Nama"), "nip": QT_TR_NOOP("NIP"),
                            "position": QT_TR_NOOP("Jabatan"),
                            "roles": QT_TR_NOOP("Peran dalam SOP")})


def check_nip(nip: str) -> str | None:
    """NIP of a civil servant: 18 digits = birth date (8), appointment month (6), sex (1), serial (3)."""
    number = nip.replace(" ", "")
    if not number.isdigit() or len(number) != 18:
        return tr("NIP harus 18 angka (sekarang {length} karakter).").format(length=len(number))
    try:
        date(int(number[0:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return tr("Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).")
    if not 1 <= int(number[12:14]) <= 12:
        return tr("Angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah.")
    if number[14] not in "12":
        return tr("Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.")
    return None


def validate_staff(data: dict[str, Any], role_keys: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    v.required(errors, data, "name", LABELS["name"])
    for key in ("name", "position"):
        v.max_length(errors, data, key, LABELS[key], 200)
    nip = (data.get("nip") or "").strip()
    if nip:
        msg = check_nip(nip)
        if msg:
            errors.append(FieldError("nip", msg))
    roles = data.get("roles") or []
    if not roles:
        errors.append(FieldError("roles", tr("Pilih paling sedikit satu peran dalam SOP.")))
    elif not set(roles) <= role_keys:
        errors.append(FieldError("roles", tr("Peran tidak dikenal.")))
    return errors
