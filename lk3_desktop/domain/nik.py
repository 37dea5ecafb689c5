"""NIK (Nomor Induk Kependudukan) checks that accept every Indonesian region.

python-stdnum's `stdnum.id.nik.validate` rejects numbers whose region is missing from its
table (in 2.2 that includes Kalimantan Utara's 65xx, e.g. Tarakan's own 6571, and the new Papua
provinces 93, 95, 96). A NIK's region is where it was first issued, so we check only the
province code against our own list (data/reference.json) and use stdnum for the date part.
"""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from lk3_desktop.i18n import tr


def compact(value: str) -> str:
    return stdnum_nik.compact(value or "")


def check_nik(value: str, provinces: dict[str, str], birth_date: date | None,
              sex: str | None) -> str | None:
    """Return a message (through tr()) describing what is wrong with a NIK, or None if it is fine.

    `sex` is "L" or "P"; in a NIK women's birth day has 40 added.
    """
    number = compact(value)
    if not number.isdigit():
        return tr("NIK hanya boleh berisi angka.")
    if len(number) != 16:
        return tr("NIK harus 16 angka (sekarang {length}).").format(length=len(number))
    if number[:2] not in provinces:
        return tr("Kode provinsi NIK ({code}) tidak dikenal.").format(code=number[:2])
    try:
        encoded = stdnum_nik.get_birth_date(number)
    except ValidationError:
        return tr("Bagian tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak sah.")
    day_part = int(number[6:8])
    nik_sex = "P" if day_part > 40 else "L"
    if sex in ("L", "P") and sex != nik_sex:
        if nik_sex == "P":
            return tr("NIK menunjukkan jenis kelamin perempuan; periksa NIK atau jenis kelamin.")
        return tr("NIK menunjukkan jenis kelamin laki-laki; periksa NIK atau jenis kelamin.")
    if birth_date is not None and (encoded.day, encoded.month, encoded.year % 100) != (
        birth_date.day, birth_date.month, birth_date.year % 100
    ):
        return tr("Tanggal lahir pada NIK ({date}) tidak sama dengan tanggal lahir yang diisi.").format(
            date=f"{encoded.day:02d}-{encoded.month:02d}-{encoded.year % 100:02d}")
    return None


def birth_date_of(value: str, today: date | None = None) -> date | None:
    """Birth date encoded in a NIK, or None. The NIK holds two year digits: take the latest
    century that does not put the birth in the future (stdnum always tries 19xx first)."""
    number = compact(value)
    if len(number) != 16 or not number.isdigit():
        return None
    today = today or date.today()
    day, month, yy = int(number[6:8]) % 40, int(number[8:10]), int(number[10:12])
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def make_nik(region: str, birth: date, sex: str, serial: int) -> str:
    """Compose a NIK from its parts (demo data and tests)."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
