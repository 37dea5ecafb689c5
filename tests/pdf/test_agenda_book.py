"""Buku Agenda: the register of printed documents on landscape paper, by period and filter."""

from __future__ import annotations

from lk3_desktop import i18n
from lk3_desktop.pdf.agenda_book import period_text, render_agenda_book
from lk3_desktop.pdf.render import render
from tests.helpers.pdf import flat, read, text


def test_the_period_in_words():
    assert period_text(None, None) == "Semua tahun"
    assert period_text(2026, None) == "Tahun 2026"
    assert period_text(2026, 11) == "November 2026"


def test_the_book_lists_each_document_with_its_case_and_who_printed_it(store, staff, case):
    store.actor = staff["konselor"]
    render(store, "referral", case)
    render(store, "contract", case)
    store.set_document_filed(store.document_for("contract", case)["id"], "Lemari arsip 2")
    year = store.today().year
    data, entries = render_agenda_book(store, year=year)
    assert [e["kind"] for e in entries] == ["referral", "contract"]
    page = read(data).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    content = flat(text(data))
    assert "BUKU AGENDA DOKUMEN LK3" in content and f"Tahun {year}" in content
    agenda = store.referral(case)["agenda_number"]
    for e in entries:
        assert e["number"] in content
    assert content.count(agenda) == 2 and "Lemari arsip 2" in content
    assert "Surat Rujukan ke LK3" in content and "Maria Goreti Lamba, S.Psi." in content
    assert "D'Costa" not in content  # case numbers, never the client's name
    assert read(data).metadata.title == f"Buku Agenda Dokumen LK3 Tahun {year}"


def test_filters_are_named_and_an_empty_period_says_so(store, staff, case):
    store.actor = staff["konselor"]
    render(store, "referral", case)
    today = store.today()
    data, entries = render_agenda_book(store, year=today.year, month=today.month,
                                       kind="contract", staff_id=staff["konselor"])
    assert entries == []
    content = flat(text(data))
    assert "Tidak ada dokumen pada periode ini." in content
    assert "Kontrak Konseling · petugas Maria Goreti Lamba, S.Psi." in content


def test_the_book_stays_indonesian_in_an_english_interface(store, staff, case):
    render(store, "referral", case)
    i18n.install(lambda context, text: "ENGLISH " + text)
    try:
        data, _ = render_agenda_book(store, year=store.today().year, month=11)
    finally:
        i18n.install(None)
    content = flat(text(data))
    assert "November" in content and "ENGLISH" not in content


def test_a_cancelled_cases_documents_stay_in_the_book_marked(store, staff):
    from tests.helpers.cases import complete_case

    store.actor = staff["pengadministrasi"]
    rid = complete_case(store, staff, upto=1)
    render(store, "service-form", rid)
    store.cancel_case(rid, "Terdaftar dua kali")
    data, entries = render_agenda_book(store, year=store.today().year)
    assert [e["kind"] for e in entries] == ["service-form"]
    assert f"{store.referral(rid)['agenda_number']} (batal)" in flat(text(data))
