"""The embedded DejaVu family: every font in a PDF is embedded, other Latin scripts print
whole, and the letters it cannot draw are known before printing."""

from __future__ import annotations

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import KINDS, read, text


def test_fonts_are_embedded_truetype(store, case):
    seen = set()
    for kind in KINDS:
        for page in read(render(store, kind, case)[0]).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert font["/Subtype"] == "/TrueType", font["/BaseFont"]  # no base-14 font
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
                seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen



def test_names_in_other_latin_scripts_print_whole(store, staff):
    rid = complete_case(store, staff)
    store.save_step(rid, 1, {"full_name": "Nguyễn Thị Hồng Ánh Đặng"})
    content = text(render(store, "service-form", rid, register=False)[0])
    assert "Nguyễn Thị Hồng Ánh Đặng" in content



def test_characters_without_a_glyph_are_known():
    from lk3_desktop.pdf.fonts import missing_glyphs

    assert missing_glyphs("Nguyễn D'Costa Łukasz Ωmega") == set()
    assert missing_glyphs("陈美玲") == {"陈", "美", "玲"}
