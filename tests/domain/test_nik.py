"""NIK checks: every Indonesian region accepted, date and sex parts must agree."""

from __future__ import annotations

from datetime import date

import pytest

from lk3_desktop.domain.nik import birth_date_of, check_nik, make_nik
from lk3_desktop.sop import load_reference

PROV = load_reference().provinces


@pytest.mark.parametrize("nik, birth, sex", [
    ("6571014505900003", date(1990, 5, 5), "P"),   # Tarakan (python-stdnum 2.2 rejects 65xx)
    ("9301011708450001", date(1945, 8, 17), "L"),  # Papua Selatan, created 2022
    ("9601015708450001", date(1945, 8, 17), "P"),  # Papua Barat Daya, created 2022
    ("3171011708450001", date(1945, 8, 17), "L"),  # DKI Jakarta
    ("6571 0145 0590 0003", date(1990, 5, 5), "P"),  # spaces as typed from a card
    ("6571014505900003", None, None),  # no birth date or sex given: nothing to compare
])
def test_valid_niks(nik, birth, sex):
    assert check_nik(nik, PROV, birth, sex) is None


@pytest.mark.parametrize("nik, birth, sex, message", [
    ("657101450590", None, None, "16 angka (sekarang 12)"),
    ("65710145059000AB", None, None, "hanya boleh berisi angka"),
    ("9971011708450001", None, None, "Kode provinsi NIK (99)"),
    ("6571013013900003", None, None, "tanggal lahir pada NIK"),
    ("6571014505900003", date(1990, 5, 5), "L", "jenis kelamin perempuan"),
    ("6571010505900003", date(1990, 5, 5), "P", "jenis kelamin laki-laki"),
    ("6571014505900003", date(1991, 5, 5), "P", "tidak sama dengan tanggal lahir"),
])
def test_invalid_niks(nik, birth, sex, message):
    assert message in check_nik(nik, PROV, birth, sex)


def test_make_nik_round_trip():
    nik = make_nik("657101", date(2001, 2, 9), "P", 12)
    assert nik == "6571014902010012"
    assert birth_date_of(nik) == date(2001, 2, 9)
    assert check_nik(nik, PROV, date(2001, 2, 9), "P") is None
