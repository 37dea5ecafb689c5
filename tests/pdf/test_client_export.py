"""Data Pribadi yang Disimpan: on the letterhead, A4, Indonesian whatever the interface, the
steps in order with their lists as tables, and a note of thousands of characters laid out."""

from __future__ import annotations

import json
import re

from lk3_desktop import i18n
from lk3_desktop.pdf.client_export import render_client_export
from tests.helpers.cases import complete_case
from tests.helpers.pdf import PAPERS, flat, read, sizes, text


def rendered(store, rid) -> bytes:
    export = store.client_export(store.client_of(rid))
    return render_client_export(export, store.office_settings(), store.sop.number)


def test_on_the_letterhead_on_a4_with_the_steps_in_order(store, staff):
    rid = complete_case(store, staff)
    data = rendered(store, rid)
    assert sizes(data) == {PAPERS["A4"]}
    number = store.referral(rid)["agenda_number"]
    assert read(data).metadata.title == f"Data Pribadi yang Disimpan — {number}"
    content = flat(text(data))
    office = store.office_settings()
    assert content.startswith(office.government.upper())
    steps = re.findall(r"Langkah (\d): ", content)
    assert steps == [str(s.number) for s in store.sop.steps]
    assert f"RAHASIA · SOP {store.sop.number} · Data pribadi {number}" in content
    assert "1 Migrasi/deportasi Berat Dideportasi." in content  # a problem as a table row
    assert "Status langkah : selesai" in content


def test_indonesian_even_when_the_interface_is_english(store, staff):
    """Both the export (labels, choice names) and the PDF: every tr() marked as English."""
    rid = complete_case(store, staff, upto=1)
    i18n.install(lambda context, text: "ENGLISH " + text)
    try:
        export = store.client_export(store.client_of(rid))
        data = render_client_export(export, store.office_settings(), store.sop.number)
    finally:
        i18n.install(None)
    assert "ENGLISH" not in json.dumps(export, ensure_ascii=False)
    content = flat(text(data))
    assert "ENGLISH" not in content
    assert "Nama lengkap" in content and "Kepolisian" in content and "Dibuat" in content


def test_a_long_note_runs_across_pages(store, staff):
    rid = complete_case(store, staff)
    note = "Klien bercerita panjang tentang perjalanannya. " * 150  # about 7,000 characters
    store.save_step(rid, 2, {"notes": note})
    data = rendered(store, rid)
    assert "perjalanannya" in text(data)
    assert len(read(data).pages) >= 5
