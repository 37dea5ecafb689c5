"""Rendering one document of a case: numbered in the register only when it can be and only
once it is delivered, byte-identical reprints, metadata, and a kind registered in one place."""

from __future__ import annotations

import pytest

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import PAPERS, flat, read, sizes, text


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


def test_each_registered_kind_names_the_function_that_lays_it_out():
    from lk3_desktop.domain.documents import DOCUMENTS
    from lk3_desktop.pdf import contract, record, referral_letter, service_form
    from lk3_desktop.pdf.render import builder

    found = {d.kind: builder(d.kind) for d in DOCUMENTS}
    assert found == {"service-form": service_form.build, "referral": referral_letter.build,
                     "contract": contract.build, "record": record.build}


def test_a_pdf_is_written_whole_or_not_at_all(tmp_path):
    from lk3_desktop.pdf.render import write

    target = tmp_path / "rujukan.pdf"
    write(target, b"%PDF-1.4 satu")
    write(target, b"%PDF-1.4 dua")  # a second save replaces the first
    assert target.read_bytes() == b"%PDF-1.4 dua"
    with pytest.raises(FileNotFoundError):
        write(tmp_path / "dicabut" / "rujukan.pdf", b"%PDF-1.4")
    with pytest.raises(IsADirectoryError, match="tujuan adalah folder"):
        write(tmp_path, b"%PDF-1.4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rujukan.pdf"]  # no .tmp left
