"""Surat Rujukan ke LK3: who is referred, why, the problems so far, and who refers."""

from __future__ import annotations

from lk3_desktop.pdf.render import render
from tests.helpers.cases import complete_case, intake
from tests.helpers.pdf import flat, text


def letter(store, rid) -> str:
    return flat(text(render(store, "referral", rid, register=False)[0]))


def test_the_letter_words_the_birth_date_and_the_address_in_one_line(store, staff):
    content = letter(store, complete_case(store, staff, upto=1))
    assert "Tanggal lahir/umur : 5 Mei 1990" in content
    assert ("Alamat : Jl. Mulawarman No. 12, RT/RW 003/002, Karang Anyar, Tarakan Barat, "
            "Kota Tarakan") in content
    assert "Alasan rujukan Dideportasi dari Tawau; cemas dan sulit tidur." in content


def test_a_client_without_papers_has_an_estimated_age_and_no_nik(store, staff):
    rid = store.save_step(None, 1, intake(nik="", birth_date="", estimated_age=35, rt_rw="",
                                          kecamatan="", performed_by=staff["pengadministrasi"]),
                          complete=True)
    content = letter(store, rid)
    assert "NIK : tidak ada" in content
    assert "Tanggal lahir/umur : perkiraan 35 tahun" in content
    assert "Alamat : Jl. Mulawarman No. 12, Karang Anyar, Kota Tarakan" in content


def test_the_problems_so_far_or_that_the_counselor_will_identify_them(store, staff):
    assert "Belum diidentifikasi; akan dilakukan oleh konselor LK3." in letter(
        store, complete_case(store, staff, upto=1))
    content = letter(store, complete_case(store, staff, upto=4))
    assert "No. Bidang masalah Tingkat Uraian" in content
    assert "1 Migrasi/deportasi Berat Dideportasi." in content
    assert "2 Ekonomi Sedang Tanpa uang." in content
    assert "Belum diidentifikasi" not in content


def test_the_social_worker_of_step_two_signs_the_letter(store, staff):
    before = letter(store, complete_case(store, staff, upto=1))
    # Without step 2 the line is left to sign by hand: the administrator does not sign.
    assert "Rina Marlina" not in before.split("Pekerja sosial yang merujuk")[-1]
    content = letter(store, complete_case(store, staff, upto=2))
    assert "Pekerja sosial yang merujuk" in content
    assert "Yusran Hamid, S.ST." in content.split("Pekerja sosial yang merujuk")[-1]


def test_a_blank_letter_has_lines_for_the_client_and_an_empty_problem_table(store):
    content = flat(text(render(store, "referral", None)[0]))
    assert "Nama lengkap : " + "." * 60 in content
    assert "No. Bidang masalah Uraian 1 2 3 4" in content
    assert "Nomor: " + "." * 30 in content
