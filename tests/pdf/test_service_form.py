"""Formulir Layanan Sosial: the intake under lettered page sections, then the consent as a
statement the client signs."""

from __future__ import annotations

import re

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case
from tests.helpers.pdf import flat, text


def form(store, rid) -> str:
    return flat(text(render(store, "service-form", rid, register=False)[0]))


def test_sections_are_lettered_and_the_consent_comes_last(store, staff):
    content = form(store, complete_case(store, staff, upto=1))
    headings = re.findall(r"\b([A-F])\. ([A-Z][a-z]+(?: [a-z]+)*)", content)
    assert headings == [("A", "Kedatangan dan rujukan"), ("B", "Identitas klien"),
                        ("C", "Alamat dan kontak"), ("D", "Keluarga yang dapat dihubungi"),
                        ("E", "Keluhan dan kondisi"), ("F", "Pernyataan persetujuan")]
    assert "Nama panggilan : Ayu" in content and "Nomor telepon : 0812 3456 7890" in content


def test_the_consent_states_what_the_client_agreed_to(store, staff):
    rid = complete_case(store, staff, upto=1)
    store.save_step(rid, 1, {"consent_referral": False})
    content = form(store, rid)
    assert ("menyatakan setuju data pribadi saya dicatat dan disimpan oleh petugas untuk "
            "keperluan layanan sosial, dan tidak setuju dirujuk ke Lembaga Konsultasi "
            "Kesejahteraan Keluarga (LK3) Kota Tarakan.") in content
    assert "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi" in content


def test_client_and_the_worker_who_took_the_intake_sign(store, staff):
    content = form(store, complete_case(store, staff, upto=1))
    signatures = content.split("Klien/wali Petugas")[-1]
    assert "Ni Luh Putu Ayu D'Costa" in signatures and "Rina Marlina, S.Tr.Sos." in signatures


def test_a_blank_form_lets_the_client_strike_out_an_answer(store):
    content = flat(text(render(store, "service-form", None)[0]))
    assert content.count("setuju / tidak setuju*") == 2
    assert "*) coret yang tidak perlu" in content
    assert "Nama lengkap : " + "." * 60 in content
