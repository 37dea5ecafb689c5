"""Step rules: what blocks completing a step, with Indonesian messages naming the field."""

from __future__ import annotations

from datetime import date

import pytest

from lk3_desktop.domain.steps import validate_draft, validate_step
from lk3_desktop.sop import load_reference
from tests.helpers.cases import contract, intake, problems

REF = load_reference()
TODAY = date(2026, 11, 28)


def errors(step, data):
    return {e.field: e.message for e in validate_step(step, data, REF, TODAY)}


def errors(step, data):  # noqa: F811 (every completed step names who performed it)
    data = {"performed_by": "staff-1", **data}
    return {e.field: e.message for e in validate_step(step, data, REF, TODAY)}


def test_complete_intake_is_valid():
    assert errors(1, intake()) == {}


def test_every_step_names_who_performed_it():
    found = {e.field: e.message for e in validate_step(1, intake(), REF, TODAY)}
    assert found == {"performed_by": "Dilaksanakan oleh wajib dipilih."}


@pytest.mark.parametrize("change, field, message", [
    ({"full_name": "  "}, "full_name", "Nama lengkap wajib diisi."),
    ({"sex": ""}, "sex", "Jenis kelamin wajib diisi."),
    ({"complaint": ""}, "complaint", "Keluhan utama/alasan rujukan wajib diisi."),
    ({"referrer_name": ""}, "referrer_name", "Nama perujuk wajib diisi."),
    ({"birth_date": "", "estimated_age": ""}, "birth_date", "perkiraan umur"),
    ({"birth_date": "2027-01-01"}, "birth_date", "tidak boleh setelah hari ini"),
    ({"arrival_at": "2026-12-01T08:00"}, "arrival_at", "tidak boleh setelah hari ini"),
    ({"estimated_age": 130, "birth_date": ""}, "estimated_age", "0–120"),
    ({"nik": "123"}, "nik", "NIK harus 16 angka"),
    ({"kk_number": "12345"}, "kk_number", "Nomor KK harus 16 angka"),
    ({"phone": "telp 123"}, "phone", "Nomor telepon tidak sah"),
    ({"rt_rw": "tiga/dua"}, "rt_rw", "RT/RW"),
    ({"family_name": ""}, "family_name", "Keluarga tidak diketahui"),
    ({"consent_record": False}, "consent_record", "pencatatan data wajib dicentang"),
    ({"complaint": "x" * 20_001}, "complaint", "terlalu panjang"),
])
def test_intake_failures(change, field, message):
    assert message in errors(1, intake(**change)).get(field, "")


def test_self_referral_needs_no_referrer_and_unknown_family_needs_no_contact():
    data = intake(referral_source="sendiri", referrer_name="", family_unknown=True,
                  family_name="", nik="", birth_date="", estimated_age=35)
    assert errors(1, data) == {}


def test_contract_requires_the_honesty_agreement_first():
    data = contract()
    data["agree_honesty"] = False
    assert "Kejujuran" in errors(3, data)["agree_honesty"]
    data = contract()
    data["agree_family_contact"] = False  # optional point
    assert errors(3, data) == {}


def test_problem_rows_are_checked_per_row():
    data = problems()
    data["problems"][1]["description"] = ""
    assert errors(4, data) == {"problems.1.description": "Masalah 2: Uraian masalah wajib diisi."}
    assert "paling sedikit satu" in errors(4, {**problems(), "problems": []})["problems"]


def test_referral_outcome_needs_target_and_reason():
    base = {"counselor_process_rating": 4, "counselor_result_rating": 4,
            "client_process_rating": 4, "client_result_rating": 4, "goals_reached": "ya"}
    e = errors(7, {**base, "outcome": "dirujuk", "related_sop": "lainnya"})
    assert set(e) == {"outcome_reason", "referral_other"}
    assert errors(7, {**base, "outcome": "selesai"}) == {}


def test_drafts_accept_missing_fields_but_not_runaway_text():
    assert validate_draft(1, {"full_name": ""}) == []
    assert validate_draft(1, {"complaint": "x" * 20_001})[0].field == "complaint"
