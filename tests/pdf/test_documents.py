"""The SOP documents read back with pypdf: content, paper, fonts, paging, register."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from lk3_desktop.cli import main
from lk3_desktop.domain.documents import DOCUMENTS, document
from lk3_desktop.pdf.render import render
from lk3_desktop.store import open_store
from tests.helpers.cases import complete_case, intake

KINDS = [d.kind for d in DOCUMENTS]
PAPERS = {"A4": (595.28, 841.89), "F4": (609.45, 935.43)}


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(data).pages)


def flat(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture
def case(store, staff):
    store.actor = staff["pengadministrasi"]
    return complete_case(store, staff)


EXPECTED = {
    "service-form": ["FORMULIR LAYANAN SOSIAL", "Pernyataan persetujuan", "Klien/wali", "Petugas",
                     "Bripka Suhardi", "Dideportasi dari Tawau"],
    "referral": ["SURAT RUJUKAN KE LK3", "Alasan rujukan", "Mengetahui,",
                 "Pekerja sosial yang merujuk", "Migrasi/deportasi", "NIP."],
    "contract": ["KONTRAK KONSELING", "Kejujuran.", "Kerahasiaan dan batasannya.", "Klien",
                 "Konselor", "Saksi", "4 sesi"],
    "record": ["CATATAN HASIL KONSELING", "Identifikasi masalah", "Reasesmen",
               "Rencana tindakan", "Evaluasi konseling", "Tindak lanjut",
               "Mengetahui,", "Terkonfirmasi"],
}


def test_every_registered_kind_says_what_its_pdf_holds():
    assert set(EXPECTED) == set(KINDS)


def sizes(data: bytes) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in read(data).pages}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("kind", KINDS)
def test_document_carries_the_case(store, case, kind, paper):
    data, entry = render(store, kind, case, paper=paper)
    content = flat(text(data))
    assert sizes(data) == {PAPERS[paper]}
    assert document(kind).title.upper() in content
    assert read(data).metadata.title.startswith(document(kind).title + " LK3/")
    assert "Ni Luh Putu Ayu D'Costa" in content
    if kind != "contract":
        assert "6571014505900003" in content
    for words in EXPECTED[kind]:
        assert words in content, words
    assert "PEMERINTAH KOTA TARAKAN" in content
    assert "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT" in content
    assert f"No. {entry['number']}" in content and "SOP 000.8.3.3/261.DINSOSPM" in content
    pages = len(read(data).pages)
    assert f"Halaman 1 dari {pages}" in content
    if kind == "contract":  # signed on the day it was agreed
        assert "Tarakan, 21 November 2026" in content
    else:
        today = store.today()
        assert f"Tarakan, {today.day} " in content and str(today.year) in content


@pytest.mark.parametrize("paper, size", [("A4", (595.28, 841.89)), ("F4", (609.45, 935.43))])
def test_page_size_to_the_point(store, case, paper, size):
    for page in read(render(store, "referral", case, paper=paper)[0]).pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size


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


def test_two_renders_are_byte_identical_and_a_reprint_keeps_its_number(store, case):
    first, entry1 = render(store, "contract", case)
    second, entry2 = render(store, "contract", case)
    assert first == second
    assert entry1["number"] == entry2["number"] and entry1["doc_date"] == entry2["doc_date"]
    assert entry2["print_count"] == 2


def test_metadata_names_the_office_not_the_client(store, case):
    meta = read(render(store, "service-form", case)[0]).metadata
    assert meta.title.startswith("Formulir Layanan Sosial LK3/")
    assert "DINAS SOSIAL" in meta.author and "Tarakan" in meta.author
    assert meta.subject == store.sop.name
    assert "D'Costa" not in (meta.title + meta.author + meta.subject)


def test_register_numbers_restart_each_year(db_path, staff, store):
    store.close()
    clock = {"now": datetime(2025, 12, 30, 3, tzinfo=UTC)}
    s = open_store(db_path, clock=lambda: clock["now"])
    rid = s.save_step(None, 1, intake(arrival_at="2025-12-29T08:00",
                                      performed_by=staff["pengadministrasi"]), complete=True)
    a = s.register_document("service-form", rid)
    b = s.register_document("referral", rid)
    clock["now"] = datetime(2026, 1, 5, 3, tzinfo=UTC)
    c = s.register_document("contract", rid)
    assert [a["number"], b["number"], c["number"]] == [
        "1/LK3/DINSOSPM/XII/2025", "2/LK3/DINSOSPM/XII/2025", "1/LK3/DINSOSPM/I/2026"]
    assert [d["kind"] for d in s.list_documents(year=2025)] == ["service-form", "referral"]
    s.close()


def test_number_pattern_and_signatories_are_settings(store, case):
    store.save_office_settings({"number_pattern": "{seq3}/REG-LK3/{year}",
                                "section_name": "Hj. Siti Rahmah, S.Sos.",
                                "section_nip": "197002021995032001",
                                "phone": "(0551) 123456"})
    data, entry = render(store, "referral", case)
    content = flat(text(data))
    assert entry["number"] == f"001/REG-LK3/{store.today().year}"
    assert "Hj. Siti Rahmah, S.Sos." in content and "NIP. 197002021995032001" in content
    assert "Telepon (0551) 123456" in content


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("kind", KINDS)
def test_blank_forms_have_ruled_space_and_no_number(store, case, kind, paper):
    before = store.list_documents()
    data, entry = render(store, kind, None, paper=paper)
    content = flat(text(data))
    assert sizes(data) == {PAPERS[paper]}
    assert entry is None and store.list_documents() == before
    assert "......" in content and "D'Costa" not in content
    assert document(kind).title.upper() in content


def test_cli_pdf(tmp_path, capsys, store, case):
    agenda = store.referral(case)["agenda_number"]
    store.close()
    out = tmp_path / "rujukan.pdf"
    db = str(store.path)
    assert main(["pdf", "referral", "--db", db, "--case", agenda, "--out", str(out),
                 "--paper", "F4"]) == 0
    assert "nomor 1/LK3/DINSOSPM/" in capsys.readouterr().out
    assert round(float(read(out.read_bytes()).pages[0].mediabox.height), 2) == 935.43
    assert main(["pdf", "record", "--db", db, "--case", "LK3/1999/9999", "--out",
                 str(out)]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["pdf", "contract", "--db", db, "--blank", "--out", str(tmp_path / "k.pdf")]) == 0


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


def test_a_document_is_numbered_only_once_its_step_is_complete(store, staff):
    from lk3_desktop.pdf.render import RenderError

    rid = complete_case(store, staff, upto=2)
    with pytest.raises(RenderError, match="langkah 3 \\(Kontrak konseling\\)"):
        render(store, "contract", rid)
    with pytest.raises(RenderError, match="langkah 7"):
        render(store, "record", rid)
    assert store.list_documents() == []
    data, entry = render(store, "contract", rid, register=False)  # a preview still works
    assert entry is None and "(pratinjau, belum bernomor)" in text(data)


def test_no_referral_letter_without_consent_to_be_referred(store, staff):
    from lk3_desktop.pdf.render import RenderError

    rid = complete_case(store, staff, upto=2)
    store.save_step(rid, 1, {"consent_referral": False})
    with pytest.raises(RenderError, match="setuju dirujuk"):
        render(store, "referral", rid)


def test_a_failed_save_uses_up_no_number(store, case):
    def fail(data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        render(store, "referral", case, deliver=fail)
    assert store.list_documents() == []
    _, entry = render(store, "referral", case)
    assert entry["seq"] == 1 and entry["print_count"] == 1


def test_text_too_long_for_a_table_row_is_a_clear_message_not_a_crash(store, staff):
    rid = complete_case(store, staff)
    data = store.load_step(rid, 4)
    data["problems"][0]["description"] = "Uraian yang sangat panjang. " * 400  # 11,200 chars
    store.save_step(rid, 4, data)
    for kind in ("referral", "record"):
        pdf, _ = render(store, kind, rid, register=False)
        assert len(read(pdf).pages) >= 2  # the long row runs across pages


@pytest.mark.parametrize("args, words", [
    (["--out", "{tmp}"], "adalah folder"),
    (["--out", "{tmp}/nope/x.pdf"], "tidak ada"),
    (["--blank", "--out", "{tmp}/x.pdf"], "tidak keduanya"),
])
def test_cli_pdf_refuses_bad_targets_without_numbering(tmp_path, capsys, store, case, args, words):
    agenda = store.referral(case)["agenda_number"]
    store.close()
    argv = ["pdf", "referral", "--db", str(store.path), "--case", agenda,
            *[a.replace("{tmp}", str(tmp_path)) for a in args]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    check = open_store(store.path)
    assert check.list_documents() == []
    check.close()


def test_an_unregistered_kind_is_refused(store, case):
    with pytest.raises(ValueError, match="unknown document kind 'letter'"):
        render(store, "letter", case)


def test_a_kind_registered_in_one_place_is_checked_rendered_and_numbered(store, staff,
                                                                        monkeypatch):
    from lk3_desktop.pdf.agenda_book import render_agenda_book
    from lk3_desktop.pdf.render import RenderError
    from tests.helpers.cases import meeting
    from tests.helpers.documents import EXTRA_BODY, register_extra_kind

    extra = register_extra_kind(monkeypatch)
    rid = complete_case(store, staff, upto=1)
    with pytest.raises(RenderError) as info:
        render(store, extra.kind, rid)
    assert str(info.value) == ("Dokumen ini dapat dicetak setelah langkah 2 (Pertemuan dengan "
                               "konselor) selesai. Formulir kosong tetap dapat dicetak.")
    assert store.list_documents() == []
    assert extra.title.upper() in flat(text(render(store, extra.kind, None)[0]))  # blank form
    store.save_step(rid, 2, {**meeting(staff["konselor"]), "performed_by": staff["konselor"]},
                    complete=True)
    render(store, "service-form", rid)
    data, entry = render(store, extra.kind, rid, paper="F4")
    content = flat(text(data))
    assert "CATATAN PERTEMUAN DENGAN KONSELOR" in content and EXTRA_BODY in content
    assert f"No. {entry['number']}" in content and entry["number"].startswith("2/LK3/DINSOSPM/")
    assert sizes(data) == {PAPERS["F4"]}
    assert [(e["kind"], e["seq"]) for e in store.list_documents()] == [
        ("service-form", 1), (extra.kind, 2)]
    book, _ = render_agenda_book(store, year=entry["year"], kind=extra.kind)
    book_text = flat(text(book))
    assert entry["number"] in book_text and extra.title in book_text
