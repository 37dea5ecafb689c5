"""A step's described fields on paper: what a document prints, filled in or as a line to
write on, with no code per field."""

from __future__ import annotations

from lk3_desktop.pdf.fields import by_section, field_rows, rows_table, step_section
from lk3_desktop.pdf.layout import BLANK
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, make_context, story_pdf, text


def test_a_field_switched_off_by_its_condition_is_not_printed(store, staff):
    rid = complete_case(store, staff, upto=2)  # met at the shelter
    store.save_step(rid, 2, {"place_other": "Rumah aman"})  # left from an earlier choice
    assert field_rows(make_context(store, rid), "meeting", "record") == [
        ("Tanggal/jam pertemuan", "21 November 2026 10.00"),
        ("Tempat pertemuan", "Shelter/rumah singgah"),
        ("Konselor yang ditugaskan", "Maria Goreti Lamba, S.Psi."),
        ("Catatan pertemuan", "Bersedia konseling.")]


def test_on_a_blank_form_each_printed_field_gets_its_own_line(store):
    rows = field_rows(make_context(store, None), "meeting", "record")
    assert rows == [(label, BLANK) for label in (
        "Tanggal/jam pertemuan", "Tempat pertemuan", "Tempat lain", "Konselor yang ditugaskan",
        "Catatan pertemuan")]


def test_an_empty_optional_field_prints_a_dash_and_a_comment_joins_its_rating(store, staff):
    rid = complete_case(store, staff)
    store.save_step(rid, 4, {"strengths": ""})
    store.save_step(rid, 7, {"counselor_process_comment": "Aktif dalam sesi"})
    ctx = make_context(store, rid)
    assert ("Kekuatan klien", "-") in field_rows(ctx, "problems", "record")
    evaluation = field_rows(ctx, "evaluation", "record")
    assert evaluation[:2] == [("Penilaian konselor atas proses", "4 – Baik — Aktif dalam sesi"),
                              ("Penilaian konselor atas hasil", "4 – Baik")]
    assert not any(label.startswith("Komentar") for label, _ in evaluation)


def test_the_service_form_groups_its_fields_under_the_page_sections(store, staff):
    rid = complete_case(store, staff, upto=1)
    groups = by_section(make_context(store, rid), "intake", "service-form")
    assert [title for title, _ in groups] == [
        "Kedatangan dan rujukan", "Identitas klien", "Alamat dan kontak",
        "Keluarga yang dapat dihubungi", "Keluhan dan kondisi"]
    identity = dict(groups[1][1])
    assert identity["Nama lengkap"] == "Ni Luh Putu Ayu D'Costa"
    assert identity["Tanggal lahir"] == "5 Mei 1990"


def test_a_list_field_prints_as_a_numbered_table_or_says_it_is_empty(store, staff):
    rid = complete_case(store, staff)
    ctx = make_context(store, rid)
    new_problems = store.sop.step_by_key("reassessment").fields["new_problems"]
    # Paper says "none", never the page's hint about which button to press.
    assert flat(text(story_pdf(rows_table(ctx, new_problems, [])))).startswith("Tidak ada.")
    rows = [{"area": "hukum", "severity": "ringan", "description": "Paspor ditahan agen."}]
    content = flat(text(story_pdf(rows_table(ctx, new_problems, rows))))
    assert "No. Bidang masalah Tingkat keparahan Uraian masalah" in content
    assert "1 Hukum Ringan Paspor ditahan agen." in content
    blank = flat(text(story_pdf(rows_table(make_context(store, None), new_problems, []))))
    assert "1 2 3 4" in blank and "Tidak ada." not in blank


def test_a_list_named_otherwise_than_its_step_gets_a_caption(store, staff):
    rid = complete_case(store, staff)
    content = flat(text(story_pdf(step_section(make_context(store, rid), "reassessment",
                                                "record"))))
    assert "Masalah baru Tidak ada." in content  # the list's caption, then "none"
    assert "Terkonfirmasi" in content
