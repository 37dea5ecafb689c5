"""A step's stored data as the case view shows it: each field type in words, list rows in
one line, a comment in its rating's row, switched-off and empty fields left out."""

from __future__ import annotations

from lk3_desktop.domain.summary import (
    describe_row,
    describe_step,
    display,
)
from lk3_desktop.sop import load_reference, load_sop

SOP = load_sop()
REF = load_reference()


def field(step_key: str, key: str):
    return SOP.step_by_key(step_key).fields[key]


def test_each_field_type_reads_as_a_person_says_it():
    assert display(field("intake", "consent_record"), True) == "Ya"
    assert display(field("intake", "consent_record"), False) == "Tidak"
    assert display(field("intake", "family_unknown"), True) == "Ya — perlu penelusuran keluarga"
    assert display(field("meeting", "place"), "shelter") == "Shelter/rumah singgah"
    assert display(field("meeting", "counselor_id"), "s1", {"s1": "Maria Goreti Lamba"}) == (
        "Maria Goreti Lamba")
    assert display(field("intake", "birth_date"), "1990-11-05") == "5 November 1990"
    assert display(field("intake", "birth_date"), "1990-11-05", short=True) == "5 Nov 1990"
    assert display(field("meeting", "met_at"), "2026-11-21T10:00") == "21 November 2026 10.00"
    assert display(field("contract", "planned_sessions"), 4) == "4 sesi"
    assert display(field("intake", "estimated_age"), 35) == "35 tahun"
    assert display(field("meeting", "notes"), "Bersedia konseling.") == "Bersedia konseling."
    problem = field("action_plan", "actions").column("problem_id")
    assert display(problem, "p1", None, {"p1": "Ekonomi"}) == "Ekonomi"


def test_nothing_stored_reads_as_nothing_except_an_unticked_box():
    assert display(field("contract", "planned_sessions"), None) == ""
    assert display(field("meeting", "place"), "") == ""
    assert display(field("meeting", "counselor_id"), "someone-deleted", {}) == ""
    assert display(field("intake", "consent_record"), None) == "Tidak"


def test_a_row_with_a_summary_pattern_reads_as_one_line():
    problems = field("problems", "problems")
    assert describe_row(problems, {"area": "migrasi", "severity": "berat",
                                   "description": "Dideportasi."}) == (
        "Migrasi/deportasi (berat): Dideportasi.")


def test_a_row_without_a_pattern_names_each_filled_column():
    actions = field("action_plan", "actions")
    row = {"problem_id": "p1", "goal": "Pulih", "activity": "", "responsible": "Peksos",
           "target_date": "2026-12-31", "status": "rencana"}
    assert describe_row(actions, row, {}, {"p1": "Ekonomi"}) == (
        "Masalah yang ditangani: Ekonomi; Tujuan: Pulih; Penanggung jawab: Peksos; "
        "Tanggal target: 31 Desember 2026; Status: Direncanakan")


def test_list_rows_are_numbered_and_empty_fields_left_out():
    data = {"problems": [
        {"area": "migrasi", "severity": "berat", "description": "Dideportasi."},
        {"area": "ekonomi", "severity": "sedang", "description": "Tanpa uang."}],
        "strengths": "", "family_tracing_needed": False}
    assert describe_step("problems", data, SOP, REF, {}) == [
        ("Masalah 1", "Migrasi/deportasi (berat): Dideportasi."),
        ("Masalah 2", "Ekonomi (sedang): Tanpa uang."),
        ("Perlu penelusuran keluarga", "Tidak")]


def test_a_comment_prints_in_the_row_of_its_rating():
    data = {"counselor_process_rating": 4, "counselor_process_comment": "Aktif",
            "counselor_result_rating": 3}
    assert describe_step("evaluation", data, SOP, REF, {}) == [
        ("Penilaian konselor atas proses", "4 – Baik — Aktif"),
        ("Penilaian konselor atas hasil", "3 – Cukup")]


def test_a_field_switched_off_by_its_condition_is_not_shown():
    other = {"place": "lainnya", "place_other": "Rumah aman", "met_at": "2026-11-21T10:00"}
    assert describe_step("meeting", other, SOP, REF, {}) == [
        ("Tanggal/jam pertemuan", "21 November 2026 10.00"),
        ("Tempat pertemuan", "Tempat lain — Rumah aman")]
    # Back at the shelter, the place typed before is still stored but no longer shown.
    assert describe_step("meeting", {**other, "place": "shelter"}, SOP, REF, {})[1:] == [
        ("Tempat pertemuan", "Shelter/rumah singgah")]
