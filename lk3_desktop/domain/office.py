"""Office settings printed on paperwork (letterhead, signatories, numbering), with defaults.

Names, ranks and NIPs of signatories are settings the office fills in, never constants: the
scanned SOP itself disagrees on the head of office's name and NIP.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from lk3_desktop.domain.staff import check_nip
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PAPERS = ("A4", "F4")


@dataclass(frozen=True)
class OfficeSettings:
    government: str = "PEMERINTAH KOTA TARAKAN"
    office: str = "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT"
    address: str = "Kota Tarakan, Kalimantan Utara"
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    city: str = "Tarakan"  # the place in "Tarakan, 27 November 2026"
    lk3_name: str = "Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kota Tarakan"
    head_title: str = "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan"
    head_name: str = ""
    head_rank: str = ""
    head_nip: str = ""
    section_title: str = ("Kepala Seksi Rehabilitasi Sosial dan Penanganan Warga Negara Migran "
                          "Korban Tindak Kekerasan")
    section_name: str = ""
    section_rank: str = ""
    section_nip: str = ""
    paper: str = "A4"
    number_pattern: str = "{seq}/LK3/DINSOSPM/{roman_month}/{year}"

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


SETTING_PREFIX = "office."

# The office settings' labels; LABELS["city"] reads in the interface language.
LABELS = TranslatedMapping({
    "government": QT_TR_NOOP("Pemerintah daerah"),
    "office": QT_TR_NOOP("Nama kantor"),
    "address": QT_TR_NOOP("Alamat"),
    "phone": QT_TR_NOOP("Telepon"),
    "email": QT_TR_NOOP("Surel"),
    "logo_path": QT_TR_NOOP("Logo (berkas gambar)"),
    "city": QT_TR_NOOP("Kota penandatanganan"),
    "lk3_name": QT_TR_NOOP("Nama LK3"),
    "head_title": QT_TR_NOOP("Jabatan kepala dinas"),
    "head_name": QT_TR_NOOP("Nama kepala dinas"),
    "head_rank": QT_TR_NOOP("Pangkat/golongan kepala dinas"),
    "head_nip": QT_TR_NOOP("NIP kepala dinas"),
    "section_title": QT_TR_NOOP("Jabatan kepala seksi"),
    "section_name": QT_TR_NOOP("Nama kepala seksi"),
    "section_rank": QT_TR_NOOP("Pangkat/golongan kepala seksi"),
    "section_nip": QT_TR_NOOP("NIP kepala seksi"),
    "paper": QT_TR_NOOP("Ukuran kertas bawaan"),
    "number_pattern": QT_TR_NOOP("Pola nomor dokumen"),
})


MAX_NUMBER = 60  # characters: a document number must fit the footer beside "Halaman X dari Y"


def format_number(pattern: str, *, seq: int, year: int, month: int) -> str:
    """Fill a numbering pattern: {seq} {seq3} {roman_month} {month} {year}."""
    return pattern.format(seq=seq, seq3=f"{seq:03d}", roman_month=ROMAN[month - 1],
                          month=f"{month:02d}", year=year)


def check_pattern(pattern: str) -> str | None:
    """A message (through tr()) if a numbering pattern cannot be used, else None."""
    # The first two name the pattern's own {seq} and {year}: literal text, never formatted.
    if "{seq" not in pattern:
        return tr("Pola nomor harus memuat {seq} (nomor urut).")
    if "{year}" not in pattern:
        # Sequences restart each year: without the year, next year's numbers would repeat.
        return tr("Pola nomor harus memuat {year} (tahun), karena nomor urut mulai lagi tiap tahun.")
    try:
        example = format_number(pattern, seq=999, year=2026, month=12)
    except Exception as exc:  # any str.format failure: unknown field, bad spec, indexing
        return tr("Pola nomor tidak dikenal: {error}.").format(error=exc)
    if len(example) > MAX_NUMBER:
        return tr("Nomor dokumen terlalu panjang (paling banyak {limit} karakter).").format(
            limit=MAX_NUMBER)
    return None


def validate_office(values: dict[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []
    for key in ("government", "office", "city"):
        if key in values and not str(values[key]).strip():
            errors.append(FieldError(key, tr("{label} wajib diisi.").format(label=LABELS[key])))
    if "paper" in values and values["paper"] not in PAPERS:
        errors.append(FieldError("paper", tr("Ukuran kertas harus A4 atau F4.")))
    if "number_pattern" in values:
        msg = check_pattern(str(values["number_pattern"]))
        if msg:
            errors.append(FieldError("number_pattern", msg))
    for key in ("head_nip", "section_nip"):
        nip = str(values.get(key) or "").strip()
        if nip:
            msg = check_nip(nip)
            if msg:
                errors.append(FieldError(key, msg))
    for key, value in values.items():
        if isinstance(value, str) and len(value) > 500:
            errors.append(FieldError(key, tr("{label} terlalu panjang.").format(
                label=LABELS.get(key, key))))
    return errors
