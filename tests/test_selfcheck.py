"""`lk3-desktop self-check`: passes on this checkout, and each check fails visibly, in one line,
while the others still run: a broken built folder (missing or damaged files), an unreadable
PDF, a leaking Qt pair, a case the store refuses, a failing backup."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from lk3_desktop import paths
from lk3_desktop.cli import main
from lk3_desktop.selfcheck import CHECKS, DB_NAME
from lk3_desktop.store import check_file

ROOT = Path(__file__).resolve().parents[1]
NAMES = [c.name for c in CHECKS]


def _lines(out: str) -> dict[str, str]:
    """Each check's line by the check's name; fails unless there is exactly one per check."""
    lines = out.splitlines()
    assert len(lines) == len(CHECKS), out
    by_name = {}
    for line, name in zip(lines, NAMES):
        verdict, _, rest = line.partition(" ")
        assert verdict in ("OK", "GAGAL") and rest.strip().startswith(f"{name}: "), line
        by_name[name] = line
    return by_name


@pytest.fixture
def self_check(qapp, capsys):
    """Run `lk3-desktop self-check` in this process (a QApplication exists already, so the
    command makes no QCoreApplication of its own): (exit code, lines by check, stderr)."""

    def run(*args: str) -> tuple[int, dict[str, str], str]:
        code = main(["self-check", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, _lines(out), err

    return run


def test_passes_on_this_checkout(self_check):
    code, lines, err = self_check()
    assert code == 0
    assert all(line.startswith("OK ") for line in lines.values())
    assert "7/7 langkah" in lines["kasus uji"] and "Dirujuk" in lines["kasus uji"]
    assert "16 PDF" in lines["dokumen"] and "buku agenda 4 nomor" in lines["dokumen"]


def test_keep_leaves_the_folder_with_a_sound_database(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["self-check"]) == 0
    capsys.readouterr()
    assert list(tmp_path.iterdir()) == []  # removed afterwards
    assert main(["self-check", "--keep"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    folder = Path(last.split(": ", 1)[1])
    assert folder.parent == tmp_path
    assert check_file(folder / DB_NAME).startswith("OK")
    assert len(list((folder / "cadangan").glob("lk3-*.sqlite"))) == 1


@pytest.fixture
def built(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped files laid out as in a built folder, and the program finding its
    files only there (as in a frozen build), for a test to break. The process has read its
    data and registered its fonts already, as the program has after its first PDF: the checks
    must look at the files themselves."""
    from lk3_desktop.pdf import fonts
    from lk3_desktop.sop import contract_points, load_reference, load_sop

    load_sop(), load_reference(), contract_points(), fonts.register()
    root = tmp_path / "lk3-desktop"
    shutil.copytree(ROOT / "data", root / "data")
    shutil.copytree(ROOT / "resources", root / "resources",
                    ignore=shutil.ignore_patterns("screenshots", "*.ts"))
    monkeypatch.setattr(paths, "_roots", lambda: [root])
    return root


def test_a_whole_built_folder_passes(self_check, built):
    assert self_check()[0] == 0  # so what the next test breaks is all that fails


def _misnumber_steps(root: Path) -> None:
    path = root / "data/sop.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["steps"][1]["number"] = 5
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("break_it, check, words", [
    (lambda r: (r / "resources/fonts/DejaVuSans-Bold.ttf").unlink(), "huruf PDF",
     ["FileNotFoundError", "DejaVuSans-Bold.ttf"]),
    (lambda r: (r / "resources/fonts/DejaVuSans.ttf").write_bytes(b"bukan huruf"), "huruf PDF",
     ["TTFError"]),
    (lambda r: (r / "data/sop.json").unlink(), "data SOP", ["FileNotFoundError", "sop.json"]),
    (lambda r: (r / "data/sop.json").write_text('{"steps": [', encoding="utf-8"), "data SOP",
     ["data/sop.json: JSONDecodeError"]),
    (_misnumber_steps, "data SOP", ["ValueError", "must number its steps"]),
    (lambda r: (r / "data/reference.json").unlink(), "data SOP", ["data/reference.json: "]),
    (lambda r: (r / "resources/translations/lk3_en.qm").unlink(), "terjemahan",
     ["FileNotFoundError", "lk3_en.qm"]),
    (lambda r: (r / "resources/translations/qt_id.qm").write_bytes(b"\0" * 64), "terjemahan",
     ["qt_id.qm tidak dapat dimuat"]),
], ids=["font-missing", "font-damaged", "sop-missing", "sop-not-json", "sop-misnumbered",
        "reference-missing", "translation-missing", "translation-damaged"])
def test_a_broken_built_folder_fails_that_check_alone(self_check, built, break_it, check, words):
    break_it(built)
    code, lines, _ = self_check()
    assert code == 1
    assert lines[check].startswith("GAGAL ") and all(w in lines[check] for w in words), lines[check]
    assert all(line.startswith("OK ") for name, line in lines.items() if name != check)


def _unreadable(render):
    def garbage(*args, **kwargs):
        _, entry = render(*args, **kwargs)
        return b"%PDF-1.4 bukan PDF", entry
    return garbage


def _always_a4(render):
    def a4(store, kind, rid, *, paper=None, **kwargs):
        return render(store, kind, rid, paper="A4", **kwargs)
    return a4


@pytest.mark.parametrize("wrap, words", [
    (_unreadable, ["service-form A4: PDF tidak terbaca"]),
    (_always_a4, ["service-form F4: ukuran halaman 595.3 × 841.9 pt, bukan F4"]),
])
def test_a_bad_pdf_fails_the_documents_check(self_check, monkeypatch, wrap, words):
    from lk3_desktop.pdf import render

    monkeypatch.setattr(render, "render", wrap(render.render))
    code, lines, _ = self_check()
    assert code == 1
    assert lines["dokumen"].startswith("GAGAL ") and all(w in lines["dokumen"] for w in words)
    assert all(line.startswith("OK ") for name, line in lines.items() if name != "dokumen")


def test_a_leaking_qt_pair_fails(self_check, monkeypatch):
    from lk3_desktop import qt_runtime

    monkeypatch.setattr(qt_runtime, "none_refs_lost", lambda *a, **k: 1000)
    code, lines, _ = self_check()
    assert code == 1
    assert lines["Python + PySide6"].startswith("GAGAL ")
    assert "1000 referensi None hilang" in lines["Python + PySide6"]
    assert all(line.startswith("OK ") for name, line in lines.items() if name != "Python + PySide6")


def test_a_case_the_store_refuses_fails_and_what_needs_it_says_so(self_check, monkeypatch):
    import lk3_desktop.selfcheck

    monkeypatch.setattr(lk3_desktop.selfcheck, "CLIENT_NAME", " ")
    code, lines, _ = self_check()
    assert code == 1
    assert lines["kasus uji"].startswith("GAGAL  kasus uji: langkah 1 (intake) tidak dapat "
                                         "diselesaikan")
    for name in ("dokumen", "cadangan"):
        assert lines[name].startswith("GAGAL ") and "tidak diperiksa" in lines[name]
    assert all(lines[name].startswith("OK ") for name in NAMES[:4])


def test_an_exception_is_one_line_with_its_type(self_check, monkeypatch):
    from lk3_desktop.store import backup

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup_to", full)
    code, lines, _ = self_check()
    assert code == 1
    assert lines["cadangan"] == "GAGAL  cadangan: OSError: [Errno 28] No space left on device"


@pytest.mark.slow
def test_runs_as_a_command_without_a_display_or_the_user_files(tmp_path):
    """As CI runs it on a build: its own process, no display, and nothing left behind or
    written to the user's data folder."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(TMPDIR=str(tmp_path / "tmp"), HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home/data"), PYTHONPATH=str(ROOT))
    (tmp_path / "tmp").mkdir()
    done = subprocess.run([sys.executable, "-m", "lk3_desktop", "self-check"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert all(line.startswith("OK ") for line in _lines(done.stdout).values())
    assert done.stderr == ""
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not (tmp_path / "home").exists()


def test_no_temporary_folder_is_one_line(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tidak-ada"))
    assert main(["self-check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("GAGAL  folder sementara: FileNotFoundError: ") and out.count("\n") == 1


def test_a_console_that_cannot_encode_every_letter_still_gets_one_line_each(qapp, monkeypatch):
    console = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", console)
    assert main(["self-check"]) == 0
    console.flush()
    lines = _lines(console.buffer.getvalue().decode("ascii"))
    assert all(line.startswith("OK ") for line in lines.values())
    assert "4 jenis ? A4/F4" in lines["dokumen"]


def test_an_encryption_that_does_not_encrypt_fails_its_check(self_check, monkeypatch):
    import sqlite3

    from lk3_desktop.store import database

    monkeypatch.setattr(database, "connect_encrypted",  # a key taken, and nothing encrypted
                        lambda name, _key, uri=False: sqlite3.connect(name, uri=uri))
    code, lines, _ = self_check()
    assert code == 1
    assert lines["enkripsi"] == "GAGAL  enkripsi: berkas terenkripsi masih berkepala SQLite"
