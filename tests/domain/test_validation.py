"""The small checks every form uses, and the messages they give at the field."""

from __future__ import annotations

from datetime import date

import pytest

from lk3_desktop.domain import validation as v


def check(rule, value, *args) -> list[tuple[str, str]]:
    errors: list[v.FieldError] = []
    rule(errors, {"x": value}, "x", *args)
    return [(e.field, e.message) for e in errors]


PHONE_MESSAGE = ("Telepon tidak sah: gunakan 8–15 angka, misalnya 0812 3456 7890 atau "
                 "+62 812 3456 7890.")


@pytest.mark.parametrize("value", ["0812 3456 7890", "+62 812 3456 7890", "(0551) 21234",
                                   "0812-3456-7890", "", None, "   "])
def test_phone_numbers_as_people_write_them_are_accepted(value):
    assert check(v.phone, value, "Telepon") == []


@pytest.mark.parametrize("value", ["tanya RT", "0812 345", "0812 3456 7890 1234", "62+812345678",
                                   "0812/3456/7890"])
def test_a_phone_number_that_is_none_says_how_to_write_one(value):
    assert check(v.phone, value, "Telepon") == [("x", PHONE_MESSAGE)]


def test_digits_exact_counts_the_digits_typed_without_spaces():
    assert check(v.digits_exact, "6571 0101 0110 0001", "Nomor KK", 16) == []
    assert check(v.digits_exact, "", "Nomor KK", 16) == []
    assert check(v.digits_exact, "12345", "Nomor KK", 16) == [
        ("x", "Nomor KK harus 16 angka (sekarang 5 karakter).")]
    assert check(v.digits_exact, "657101010110000I", "Nomor KK", 16) == [
        ("x", "Nomor KK harus 16 angka (sekarang 16 karakter).")]


def test_max_length_names_the_length_and_the_limit():
    assert check(v.max_length, "x" * v.MAX_TEXT, "Keluhan") == []
    assert check(v.max_length, "x" * (v.MAX_TEXT + 1), "Keluhan") == [
        ("x", "Keluhan terlalu panjang (20001 karakter; paling banyak 20000).")]
    assert check(v.max_length, "Rina Marlina", "Nama", 5) == [
        ("x", "Nama terlalu panjang (12 karakter; paling banyak 5).")]
    assert check(v.max_length, 123456, "Umur", 2) == []  # only text has a length


def test_required_takes_spaces_for_nothing_but_zero_for_a_value():
    assert check(v.required, "  ", "Nama lengkap") == [("x", "Nama lengkap wajib diisi.")]
    assert check(v.required, None, "Nama lengkap") == [("x", "Nama lengkap wajib diisi.")]
    assert check(v.required, 0, "Jumlah anak") == []


def test_a_date_may_not_lie_after_today():
    today = date(2026, 11, 28)
    assert check(v.not_in_future, "2026-11-28", "Tanggal lahir", today) == []
    assert check(v.not_in_future, "", "Tanggal lahir", today) == []
    assert check(v.not_in_future, "2026-11-29", "Tanggal lahir", today) == [
        ("x", "Tanggal lahir tidak boleh setelah hari ini.")]
    assert check(v.not_in_future, "28-11-2026", "Tanggal lahir", today) == [
        ("x", "Tanggal lahir bukan tanggal yang sah.")]


def test_a_refused_save_carries_every_message():
    failed = v.ValidationFailed([v.FieldError("name", "Nama wajib diisi."),
                                 v.FieldError("nip", "NIP harus 18 angka.")])
    assert str(failed) == "Nama wajib diisi.; NIP harus 18 angka."
    assert [e.field for e in failed.errors] == ["name", "nip"]


def test_a_number_written_in_groups_is_checked_by_its_digits():
    from lk3_desktop.domain.validation import digits_exact

    errors: list = []
    digits_exact(errors, {"kk": "6571-0101-0110-0001"}, "kk", "Nomor KK", 16)
    digits_exact(errors, {"kk": "6571.0101.0110.0001"}, "kk", "Nomor KK", 16)
    assert errors == []
    digits_exact(errors, {"kk": "6571-0101-0110"}, "kk", "Nomor KK", 16)
    assert [e.message for e in errors] == ["Nomor KK harus 16 angka (sekarang 12 karakter)."]
