"""The page: paper sizes, letterhead with the logo, tables that fit their words and repeat
their header, long rows across pages, signature blocks kept together, "Halaman X dari Y"."""

from __future__ import annotations

import pytest

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, read, text


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
