"""Catatan Hasil Konseling: every step the record prints, numbered in order, the contract's
points in one line, and the signatures."""

from __future__ import annotations

import re

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, text


def record(store, rid) -> str:
    return flat(text(render(store, "record", rid, register=False)[0]))


def test_the_steps_are_numbered_in_order_after_the_identity(store, staff):
    rid = complete_case(store, staff)
    content = record(store, rid)
    titles = [t for t in re.findall(r"\b(\d)\. ([A-Z][a-z]+(?: [a-z]+)*)", content)]
    assert titles == [("1", "Identitas klien"), ("2", "Pertemuan dengan konselor"),
                      ("3", "Kontrak konseling"), ("4", "Identifikasi masalah"),
                      ("5", "Reasesmen"), ("6", "Rencana tindakan"), ("7", "Evaluasi konseling")]
    agenda = store.referral(rid)["agenda_number"]
    assert f"Nomor agenda kasus : {agenda}" in content


def test_the_contract_points_agreed_are_one_line(store, staff):
    rid = complete_case(store, staff)
    store.save_step(rid, 3, {"agree_family_contact": False})
    assert ("Poin yang disepakati : Kejujuran; Kerahasiaan dan batasannya; Kesukarelaan; "
            "Jadwal konseling Jumlah sesi") in record(store, rid)


def test_actions_name_the_problem_they_address(store, staff):
    content = record(store, complete_case(store, staff))
    assert ("1 Migrasi/deportasi Pulih Konseling Konselor 31 Des 2026 Direncanakan"
            in content)
    assert "Tujuan tercapai : Tercapai seluruhnya" in content


def test_counselor_client_and_section_head_sign(store, staff):
    store.save_office_settings({"section_name": "Hj. Siti Rahmah, S.Sos.",
                                "section_nip": "197002021995032001"})
    content = record(store, complete_case(store, staff))
    signatures = content.split("dipergunakan sebagaimana mestinya.")[-1]
    for words in ("Konselor", "Klien", "Mengetahui,", "Maria Goreti Lamba, S.Psi.",
                  "Ni Luh Putu Ayu D'Costa", "Hj. Siti Rahmah, S.Sos.",
                  "NIP. 197002021995032001"):
        assert words in signatures, words


def test_a_blank_record_has_a_line_for_each_field(store):
    content = flat(text(render(store, "record", None)[0]))
    assert "Poin yang disepakati : " + "." * 60 in content
    assert "Tanggal/jam pertemuan : " + "." * 60 in content
    assert "Tindak lanjut : " + "." * 60 in content


def test_a_record_previewed_early_holds_no_screen_instructions(store, staff):
    """Printing waits for step 7, but the preview of an early case must read as paper: no
    "press Tambah masalah", and a dash where nothing was agreed yet."""
    import io

    from pypdf import PdfReader

    from lk3_desktop.pdf.render import render
    from tests.helpers.cases import complete_case

    rid = complete_case(store, staff, upto=2)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render(store, "record", rid, register=False)[0])).pages)
    flat = " ".join(text.split())
    assert "Tekan" not in flat and "Tambah masalah" not in flat
    assert "Tidak ada." in flat and "Poin yang disepakati : -" in flat
