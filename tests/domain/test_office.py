"""Office settings: the defaults, the numbering pattern and the checks on what is saved."""

from __future__ import annotations

import dataclasses

import pytest

from lk3_desktop.domain.office import OfficeSettings, check_pattern, format_number, validate_office


@pytest.mark.parametrize("pattern, seq, month, number", [
    ("{seq}/LK3/DINSOSPM/{roman_month}/{year}", 7, 11, "7/LK3/DINSOSPM/XI/2026"),
    ("{seq}/LK3/DINSOSPM/{roman_month}/{year}", 12, 4, "12/LK3/DINSOSPM/IV/2026"),
    ("{seq3}/REG-LK3/{month}/{year}", 5, 3, "005/REG-LK3/03/2026"),
])
def test_a_number_is_filled_from_its_pattern(pattern, seq, month, number):
    assert format_number(pattern, seq=seq, year=2026, month=month) == number


def test_the_default_settings_are_valid_and_name_the_tarakan_office():
    defaults = OfficeSettings()
    assert validate_office(dataclasses.asdict(defaults)) == []
    assert check_pattern(defaults.number_pattern) is None
    assert (defaults.government, defaults.city, defaults.paper) == (
        "PEMERINTAH KOTA TARAKAN", "Tarakan", "A4")
    assert OfficeSettings.field_names()[:2] == ("government", "office")


@pytest.mark.parametrize("pattern, message", [
    ("LK3/{year}", "Pola nomor harus memuat {seq} (nomor urut)."),
    ("{seq}/LK3", "Pola nomor harus memuat {year} (tahun), karena nomor urut mulai lagi tiap "
                  "tahun."),
    ("{seq}/" + "X" * 60 + "/{year}",
     "Nomor dokumen terlalu panjang (paling banyak 60 karakter)."),
])
def test_a_pattern_that_cannot_be_used_says_why(pattern, message):
    assert check_pattern(pattern) == message


def test_each_bad_setting_is_named_with_its_label():
    found = {e.field: e.message for e in validate_office({
        "city": "  ", "paper": "Letter", "address": "Jl. " + "x" * 500,
        "section_nip": "19700202199503200", "head_nip": ""})}
    assert found == {"city": "Kota penandatanganan wajib diisi.",
                     "paper": "Ukuran kertas harus A4 atau F4.",
                     "address": "Alamat terlalu panjang.",
                     "section_nip": "NIP harus 18 angka (sekarang 17 karakter)."}
