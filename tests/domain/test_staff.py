"""Staff members: the NIP's parts and the staff form's checks, with their messages."""

from __future__ import annotations

import pytest

from lk3_desktop.domain.staff import check_nip, validate_staff

ROLES = {"pengadministrasi", "rehabilitasi", "konselor", "tim_ahli"}


@pytest.mark.parametrize("nip, ok", [
    ("196803181994031007", True), ("19680318199403100", False), ("196813181994031007", False),
    ("196803181994131007", False), ("196803181994033007", False)])
def test_nip(nip, ok):
    assert (check_nip(nip) is None) is ok


@pytest.mark.parametrize("nip, message", [
    ("1968031819940310", "NIP harus 18 angka (sekarang 16 karakter)."),
    ("196802301994031007", "Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH)."),
    ("196803181994001007", "Angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah."),
    ("196803181994033007", "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."),
])
def test_each_wrong_part_of_a_nip_has_its_own_message(nip, message):
    assert check_nip(nip) == message


def test_a_nip_written_in_groups_is_accepted():
    assert check_nip("19680318 199403 1 007") is None


def test_a_staff_member_needs_a_name_and_a_role_of_the_sop():
    found = {e.field: e.message for e in validate_staff({"name": " ", "roles": []}, ROLES)}
    assert found == {"name": "Nama wajib diisi.",
                     "roles": "Pilih paling sedikit satu peran dalam SOP."}
    found = validate_staff({"name": "Rina", "roles": ["konselor", "bendahara"]}, ROLES)
    assert [(e.field, e.message) for e in found] == [("roles", "Peran tidak dikenal.")]
    assert validate_staff({"name": "Rina", "roles": ["konselor"], "nip": ""}, ROLES) == []


def test_staff_fields_have_their_limits_and_a_bad_nip_is_named():
    data = {"name": "R" * 201, "position": "P" * 200, "roles": ["konselor"],
            "nip": "12345"}
    found = {e.field: e.message for e in validate_staff(data, ROLES)}
    assert found == {"name": "Nama terlalu panjang (201 karakter; paling banyak 200).",
                     "nip": "NIP harus 18 angka (sekarang 5 karakter)."}
