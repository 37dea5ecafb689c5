"""Every SOP document read back with pypdf, filled and blank, on both papers; the register's
numbers restart each year."""

from __future__ import annotations

import pytest

from lk3_desktop.domain.documents import document
from lk3_desktop.pdf.render import render
from tests.helpers.pdf import KINDS, PAPERS, flat, read, sizes, text

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
