"""The page: paper sizes, letterhead with the logo, tables that fit their words and repeat
their header, long rows across pages, signature blocks kept together, "Halaman X dari Y"."""

from __future__ import annotations

import pytest

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, read, story_pdf, text


@pytest.mark.parametrize("paper, size", [("A4", (595.28, 841.89)), ("F4", (609.45, 935.43))])
def test_page_size_to_the_point(store, case, paper, size):
    for page in read(render(store, "referral", case, paper=paper)[0]).pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size



def test_long_case_flows_onto_pages_with_repeated_table_header(store, staff):
    rid = complete_case(store, staff, upto=7)
    long_note = "Catatan panjang tentang klien dan keluarganya. " * 120
    problems = store.problems(rid)
    store.save_step(rid, 6, {"actions": [
        {"problem_id": problems[i % len(problems)]["id"], "goal": f"Tujuan nomor {i}",
         "activity": f"Kegiatan {i}: " + "pendampingan rutin " * 6, "responsible": "Peksos",
         "target_date": "2026-12-31", "status": "rencana"} for i in range(1, 31)],
        "performed_by": staff["tim_ahli"]}, complete=True)
    store.save_step(rid, 2, {"notes": long_note})
    data, entry = render(store, "record", rid, paper="A4")
    reader = read(data)
    n = len(reader.pages)
    assert n >= 3
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert f"Halaman 2 dari {n}" in pages[1]
    assert "Tujuan nomor 30" in " ".join(pages)
    header_pages = [i for i, p in enumerate(pages) if "Kegiatan" in p and "Status" in p]
    assert len(header_pages) >= 2  # the action table's header repeats on the next page
    # The signature block is whole on one page.
    last = [p for p in pages if "Mengetahui," in p]
    assert len(last) == 1 and "Konselor" in last[0] and "NIP." in last[0]



def test_logo_from_settings_is_drawn_and_a_broken_one_is_skipped(store, case, tmp_path):
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f8b"))
    assert image.save(str(logo))
    store.save_office_settings({"logo_path": str(logo)})
    data, _ = render(store, "referral", case)
    assert b"/Subtype /Image" in data
    (tmp_path / "broken.png").write_bytes(b"not an image")
    store.save_office_settings({"logo_path": str(tmp_path / "broken.png")})
    data, _ = render(store, "referral", case)  # still renders, without a logo
    assert b"/Subtype /Image" not in data and "SURAT RUJUKAN" in text(data)



def test_text_too_long_for_a_table_row_is_a_clear_message_not_a_crash(store, staff):
    rid = complete_case(store, staff)
    data = store.load_step(rid, 4)
    data["problems"][0]["description"] = "Uraian yang sangat panjang. " * 400  # 11,200 chars
    store.save_step(rid, 4, data)
    for kind in ("referral", "record"):
        pdf, _ = render(store, kind, rid, register=False)
        assert len(read(pdf).pages) >= 2  # the long row runs across pages


def test_fit_widths_keeps_a_long_word_and_a_short_date_whole():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from lk3_desktop.pdf.layout import fit_widths, styles

    s = styles()
    header = ["No.", "Hasil", "Tanggal", "Catatan"]
    rows = [["1", "Terkonfirmasi", "31 Des 2026", "Klien kooperatif dan hadir tepat waktu"]]
    widths = fit_widths(header, rows, [0, 0, 0, 1], 400, s)  # spare room all to "Catatan"
    assert sum(widths) == pytest.approx(400)
    for word, width in (("Terkonfirmasi", widths[1]), ("31 Des 2026", widths[2])):
        assert width > stringWidth(word, s.cell.fontName, s.cell.fontSize) + 12, word
    assert widths[0] < widths[1] < widths[3]


def test_fit_widths_shares_a_page_too_narrow_for_the_words_without_crushing_a_column():
    from lk3_desktop.pdf.layout import fit_widths, styles

    s = styles()
    header = ["No.", "Bidang", "Tingkat"]
    rows = [["1", "Kesejahteraan", "Terkonfirmasi" * 3]]  # a last word far too long to fit
    roomy = fit_widths(header, rows, [0, 1, 1], 1000, s)
    tight = fit_widths(header, rows, [0, 1, 1], 150, s)
    assert sum(tight) == pytest.approx(150)
    assert tight[0] == pytest.approx(roomy[0])  # "No." keeps the width it needs
    assert min(tight) > 14  # no column narrower than its padding: ReportLab could not draw it
    assert tight[2] > tight[1]  # the longer word gets the larger share
    assert roomy[1] < roomy[2]


def test_grid_table_repeats_its_header_on_every_page():
    from lk3_desktop.pdf.layout import grid_table, styles

    s = styles()
    rows = [[str(i), f"Kegiatan pendampingan {i}", "Rencana"] for i in range(1, 121)]
    pages = read(story_pdf([grid_table(["No.", "Uraian kegiatan", "Status"], rows,
                                  [40, 250, 100], s)])).pages
    assert len(pages) >= 3
    for page in pages:
        assert "Uraian kegiatan" in page.extract_text()
    assert "Kegiatan pendampingan 120" in pages[-1].extract_text()


def test_footer_says_which_page_of_how_many():
    from reportlab.platypus import PageBreak

    from lk3_desktop.pdf.layout import para, styles

    s = styles()
    pages = read(story_pdf([para("Satu", s.body), PageBreak(), para("Dua", s.body)])).pages
    assert [flat(p.extract_text()).split("SOP uji · No. 7/LK3 ")[-1] for p in pages] == [
        "Halaman 1 dari 2", "Halaman 2 dari 2"]


def test_signatures_line_up_names_and_leave_a_line_for_a_missing_one():
    from lk3_desktop.pdf.layout import Signer, signatures, styles

    s = styles()
    block = signatures([Signer("Konselor", "Maria Goreti Lamba, S.Psi."),
                        Signer("Klien"),
                        Signer("Mengetahui,\nKepala Seksi", "Hj. Siti Rahmah, S.Sos.", "Pembina",
                               "197002021995032001", show_nip=True),
                        Signer("Saksi")], s, 450, place_date="Tarakan, 27 November 2026")
    content = flat(text(story_pdf([block])))
    assert "Tarakan, 27 November 2026" in content
    assert "Maria Goreti Lamba, S.Psi." in content and "Hj. Siti Rahmah, S.Sos." in content
    assert "NIP. 197002021995032001" in content and "Pembina" in content
    # Klien and Saksi have no name yet: a dotted line to sign above, on the same page.
    assert content.count("(" + "." * 28 + ")") == 2
    assert "Halaman 1 dari 1" in content


def test_a_typed_value_prints_as_typed_not_as_markup():
    from lk3_desktop.pdf.layout import field_table, styles

    s = styles()
    rows = [("Catatan", "Klien <b>tidak</b> hadir & keluarga menunggu\nBaris kedua")]
    content = text(story_pdf(field_table(rows, s, 450)))
    assert "Klien <b>tidak</b> hadir & keluarga menunggu" in content
    assert "Baris kedua" in content


def test_an_overlong_word_in_a_table_cell_is_broken_not_fatal(store, staff):
    """A web address pasted into an action (160 letters, no space) once made the record fail
    to lay out at all ("negative availWidth"): it now prints, broken across lines."""
    import io

    from pypdf import PdfReader

    from lk3_desktop.pdf.render import render
    from tests.helpers.cases import complete_case

    rid = complete_case(store, staff)
    url = "https://maps.example/" + "a1b2c3d4" * 18
    problems = store.problems(rid)
    store.save_step(rid, 6, {"actions": [
        {"problem_id": problems[0]["id"], "goal": "Pulih", "activity": url,
         "responsible": "Peksos", "target_date": "2026-12-31", "status": "rencana"}]})
    data, _ = render(store, "record", rid, register=False)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert url in text
