"""What anonymisation keeps, by field type; the age band; the kecamatan only if the city's."""

from __future__ import annotations

from datetime import date

import pytest

from lk3_desktop.domain import anonymise
from lk3_desktop.sop import load_sop


def test_typed_text_goes_and_list_choices_stay():
    sop = load_sop()
    intake = sop.step_by_key("intake").fields
    kept = {f.key for f in intake if anonymise.keeps(f)}
    assert {"arrival_at", "referral_source", "sex", "consent_record", "family_unknown"} <= kept
    for key in ("full_name", "nickname", "nik", "kk_number", "birth_place", "birth_date",
                "religion", "marital_status", "education", "occupation", "nationality",
                "address_street", "rt_rw", "kelurahan", "kecamatan", "city", "phone",
                "family_name", "family_relation", "family_phone", "family_address",
                "complaint", "arrival_condition", "referrer_name", "referrer_contact"):
        assert key not in kept, key
    meeting = sop.step_by_key("meeting").fields
    assert anonymise.step_data(meeting, {"met_at": "2026-11-21T10:00", "place": "lainnya",
                                         "place_other": "Rumah Pak Anton", "notes": "Rahasia",
                                         "accompanying_staff": "Yusran", "old_key": "x"}) == {
        "met_at": "2026-11-21T10:00", "place": "lainnya"}


@pytest.mark.parametrize(("birth", "estimated", "on", "age"), [
    ("1990-05-05", None, date(2026, 11, 20), 36),
    ("1990-11-21", None, date(2026, 11, 20), 35),  # the day before the birthday
    ("", 44, date(2026, 11, 20), 44),               # no birth date: the estimate
    ("1990-05-05", 50, date(2026, 11, 20), 36),     # a birth date wins over an estimate
    ("bukan tanggal", 20, date(2026, 1, 1), 20),
    (None, None, date(2026, 1, 1), None),
    ("1990-05-05", None, None, None),
])
def test_age_at_arrival(birth, estimated, on, age):
    assert anonymise.age_at(birth, estimated, on) == age


@pytest.mark.parametrize(("age", "band", "text"), [
    (0, 0, "0–4 tahun"), (4, 0, "0–4 tahun"), (17, 15, "15–19 tahun"), (36, 35, "35–39 tahun"),
    (59, 55, "55–59 tahun"), (60, 60, "60 tahun ke atas"), (93, 60, "60 tahun ke atas"),
    (None, None, ""), (-1, None, ""),
])
def test_age_bands_of_five_years_top_coded_at_sixty(age, band, text):
    assert anonymise.age_band(age) == band
    assert anonymise.band_text(anonymise.age_band(age)) == text


def test_kecamatan_stays_only_when_it_is_one_of_the_citys():
    known = ["Tarakan Barat", "Tarakan Timur"]
    assert anonymise.kept_kecamatan(" tarakan barat ", known) == "Tarakan Barat"
    assert anonymise.kept_kecamatan("Desa Sungai Nyamuk", known) == ""
    assert anonymise.kept_kecamatan(None, known) == ""


def test_client_values_keep_sex_band_and_kecamatan_only():
    fields = load_sop().step_by_key("intake").fields
    row = {"full_name": "Ayu", "nik": "6571014505900003", "birth_date": "1990-05-05",
           "estimated_age": None, "sex": "P", "religion": "Hindu", "kecamatan": "Tarakan Barat",
           "kelurahan": "Karang Anyar", "family_unknown": 1, "phone": "0812"}
    assert anonymise.client_values(fields, row, arrival=date(2026, 11, 20),
                                   kecamatan=["Tarakan Barat"]) == {
        "full_name": "", "nik": "", "birth_date": None, "estimated_age": 35, "sex": "P",
        "religion": "", "kecamatan": "Tarakan Barat", "kelurahan": "", "family_unknown": 1,
        "phone": ""}
