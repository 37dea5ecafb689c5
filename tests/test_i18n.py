"""The interface in English and in Indonesian: nothing left in the other language, the
translation files in step with the code, and printed papers Indonesian whatever the interface."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from lk3_desktop import i18n
from lk3_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "lk3_en.ts"
BIN = Path(sys.executable).parent

# Words that only Indonesian has (an English screen showing one has a leftover) …
INDONESIAN = frozenset("""
agustus akan aktif alamat atau bantuan baru batal belum berkas bila buka cadangan
cari catatan cetak dan dapat dari dengan desember diisi dirujuk dokumen evaluasi februari
formulir hambatan hapus hari harus identifikasi ini isian itu jam januari juli juni kantor
kasus kegiatan kelengkapan keluar keluarga keterangan klien kontrak kosong lainnya langkah
lanjutkan maret masalah mei menit nama nomor oktober pada pelaksana penelusuran pengaturan
penilaian persetujuan pertemuan petugas pilih pulihkan reasesmen rujukan selesai semua
sesi simpan sudah tahun tambah tanggal telepon tentang tidak tindakan tujuan tutup untuk
wajib waktu ya yang
""".split())  # noqa: SIM905
# … and words that only English has (an Indonesian screen showing one has a leftover).
ENGLISH = frozenset("""
about add and backup cancel cannot case choose close could date delete edit error file
from help invalid must name new not of open please print remove required restore save
search select settings should step that the this to view warning when where which will
with yes your
""".split())  # noqa: SIM905
# Proper names that are the same in every language: the office, the SOP, places, the program.
NAMES = re.compile(r"Dinas Sosial[^|]*|Pemberdayaan Masyarakat|Kota Tarakan|Tarakan \w+|"
                   r"Kalimantan Utara|LK3 Desktop|Rujukan Klien Stres[^|]*|SOP [0-9.]+/\S+|"
                   r"Bahasa Indonesia|Petugas\d")


def words(text: str) -> set[str]:
    text = NAMES.sub(" ", re.sub(r"<[^>]+>", " ", text))
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}


@pytest.fixture(scope="module")
def shown(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    """What the program shows, per interface language, each from a fresh process."""
    out = {}
    for lang in ("en", "id"):
        target = tmp_path_factory.mktemp(lang) / "shown.json"
        done = subprocess.run([sys.executable, "-m", "tests.helpers.visible_texts", "--lang", lang,
                               str(target)], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        out[lang] = [tuple(x) for x in json.loads(target.read_text(encoding="utf-8"))]
    return out


@pytest.mark.slow
def test_english_interface_leaves_nothing_in_indonesian(shown):
    assert len(shown["en"]) > 300  # the sweep saw the whole program
    left = sorted({f"{where}: {text}" for where, text in shown["en"] if words(text) & INDONESIAN})
    assert left == [], "\n".join(left[:60])


@pytest.mark.slow
def test_indonesian_interface_leaves_nothing_in_english(shown):
    left = sorted({f"{where}: {text}" for where, text in shown["id"] if words(text) & ENGLISH})
    assert left == [], "\n".join(left[:60])


@pytest.mark.slow
def test_ts_and_qm_are_in_step_with_the_code(tmp_path):
    """`make translations` was run after the last change to a visible string."""
    lupdate, lrelease = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    strings = tmp_path / "sop_strings.py"
    strings.write_text(subprocess.run([sys.executable, "-m", "lk3_desktop.i18n"], cwd=ROOT,
                                      capture_output=True, text=True, check=True).stdout)
    fresh = tmp_path / "lk3_en.ts"
    shutil.copy(TS, fresh)
    # The same call as `make translations`; options first, or lupdate skips the .py files.
    subprocess.run([lupdate, "-extensions", "py", "-locations", "none", "-no-obsolete",
                    "-source-language", "id_ID", "-target-language", "en_GB",
                    str(ROOT / "lk3_desktop"), str(strings), "-ts", str(fresh)],
                   cwd=ROOT, capture_output=True, check=True)
    assert fresh.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), (
        "strings changed: run `make translations`, translate the new entries, commit")
    qm = tmp_path / "lk3_en.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == resource("resources/translations/lk3_en.qm").read_bytes(), (
        "run `make translations` and commit lk3_en.qm")


def test_every_string_has_its_english_and_keeps_its_placeholders():
    root = ET.parse(TS).getroot()
    contexts = {c.findtext("name") or "" for c in root.iter("context")}
    assert contexts == {i18n.CONTEXT}  # tr() looks up the empty context only
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        assert translation.text, source
        assert re.findall(r"\{[a-z_]+(?::\w+)?\}", source) == re.findall(
            r"\{[a-z_]+(?::\w+)?\}", translation.text), (source, translation.text)
        assert source.count("<b>") == translation.text.count("<b>"), source


def test_printed_papers_stay_indonesian_in_any_interface(store, staff):
    from lk3_desktop.pdf.render import render
    from tests.helpers.cases import complete_case

    rid = complete_case(store, staff)
    i18n.install(lambda context, text: "ENGLISH " + text)
    try:
        assert i18n.tr("Simpan") == "ENGLISH Simpan"
        pages = PdfReader(io.BytesIO(render(store, "record", rid, register=False)[0])).pages
    finally:
        i18n.install(None)
    text = " ".join(p.extract_text() for p in pages)
    assert "CATATAN HASIL KONSELING" in text and "ENGLISH" not in text


def test_data_strings_reach_the_translator():
    strings = i18n.data_strings()
    assert "Kontrak konseling" in strings  # a step title
    assert "Jenis kelamin" in strings  # a field label
    assert "Tercapai sebagian" in strings  # a choice from data/reference.json
    assert "Formulir layanan sosial" in strings  # a Kelengkapan item


def test_lang_option_accepts_only_known_languages(capsys):
    from lk3_desktop.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr"])
    assert exit_.value.code == 2 and "--lang" in capsys.readouterr().err


def test_language_choice_is_saved_per_user(fresh_user_settings):
    from lk3_desktop.app import save_language, saved_language

    assert saved_language() == "id"
    save_language("en")
    assert saved_language() == "en"
    with pytest.raises(ValueError):
        save_language("fr")
