"""The command line: demo data, cases, check's one-line verdicts, pdf of every document kind,
and a clear line for a write-protected stick or an unreadable file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lk3_desktop.cli import main
from lk3_desktop.domain.documents import DOCUMENTS
from lk3_desktop.store import open_store
from lk3_desktop.store.migrations import SCHEMA_VERSION
from tests.helpers.cases import complete_case
from tests.helpers.pdf import read

ROOT = Path(__file__).resolve().parents[1]


def test_demo_data_then_cases_json_then_check(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo-data", "--db", str(db), "--cases", "120"]) == 0
    assert "120 kasus contoh" in capsys.readouterr().out
    assert main(["cases", "--db", str(db), "--json"]) == 0
    cases = json.loads(capsys.readouterr().out)
    assert len(cases) == 120
    assert {c["step"] for c in cases} == set(range(1, 8))  # every step represented
    statuses = {c["status"] for c in cases}
    assert {"aktif", "selesai", "lanjut", "dirujuk"} <= statuses
    assert len({c["agenda_number"] for c in cases}) == 120
    assert any(c["nik"] == "" for c in cases) and any(len(c["nik"]) == 16 for c in cases)
    assert main(["check", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("OK: demo.sqlite utuh, 120 kasus")


def _newer(path: Path) -> None:
    store = open_store(path)
    store.db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store.close()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_bytes(b""), "kosong"),
    (lambda p: p.write_text("hello"), "bukan berkas SQLite"),
    (_newer, "versi LK3 Desktop yang lebih baru"),
    (lambda p: None, "tidak ditemukan"),
])
def test_check_refuses_with_one_clear_line(tmp_path, capsys, make, words):
    db = tmp_path / "x.sqlite"
    make(db)
    assert main(["check", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert main(["cases", "--db", str(db)]) == 2


def test_cases_never_writes_to_the_file(tmp_path):
    db = tmp_path / "x.sqlite"
    main(["demo-data", "--db", str(db), "--cases", "3"])
    before = db.read_bytes()
    assert main(["cases", "--db", str(db)]) == 0
    assert db.read_bytes() == before


@pytest.mark.slow
def test_entry_points_run_as_a_subprocess(tmp_path):
    db = tmp_path / "x.sqlite"
    out = subprocess.run([sys.executable, "-m", "lk3_desktop", "check", "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2 and out.stderr.strip().startswith("lk3-desktop: Berkas")
    script = Path(sys.executable).with_name("lk3-desktop")
    if script.exists():
        out = subprocess.run([str(script), "--version"], capture_output=True, text=True)
        assert out.returncode == 0 and "lk3-desktop" in out.stdout


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("spec", DOCUMENTS, ids=lambda d: d.cli_name)
def test_pdf_accepts_every_registered_document(tmp_path, capsys, store, staff, spec):
    rid = complete_case(store, staff)
    agenda = store.referral(rid)["agenda_number"]
    store.close()
    db, out = str(store.path), tmp_path / f"{spec.stem}.pdf"
    assert main(["pdf", spec.cli_name, "--db", db, "--case", agenda, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{out} nomor 1/LK3/DINSOSPM/")
    assert spec.title.upper() in pdf_text(out)
    blank = tmp_path / "blank.pdf"
    assert main(["pdf", spec.cli_name, "--db", db, "--blank", "--out", str(blank)]) == 0
    assert capsys.readouterr().out == f"{blank}\n"
    assert spec.title.upper() in pdf_text(blank)
    check = open_store(store.path)
    assert [d["kind"] for d in check.list_documents()] == [spec.kind]
    check.close()


def test_pdf_refuses_an_unknown_document_as_argparse_does(tmp_path, capsys, store):
    store.close()
    with pytest.raises(SystemExit) as info:
        main(["pdf", "letter", "--db", str(store.path), "--blank", "--out",
              str(tmp_path / "x.pdf")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "lk3-desktop pdf: error: argument kind: invalid choice: 'letter'" in err
    for spec in DOCUMENTS:
        assert spec.cli_name in err
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_offers_a_kind_registered_in_one_place(tmp_path, capsys, store, staff, monkeypatch):
    from tests.helpers.cases import meeting
    from tests.helpers.documents import EXTRA_BODY, register_extra_kind

    extra = register_extra_kind(monkeypatch)
    rid = complete_case(store, staff, upto=1)
    agenda = store.referral(rid)["agenda_number"]
    argv = ["pdf", extra.cli_name, "--db", str(store.path), "--case", agenda,
            "--out", str(tmp_path / "note.pdf")]
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        "lk3-desktop: Dokumen ini dapat dicetak setelah langkah 2 (Pertemuan dengan konselor) "
        "selesai. Formulir kosong tetap dapat dicetak.\n")
    store.save_step(rid, 2, {**meeting(staff["konselor"]), "performed_by": staff["konselor"]},
                    complete=True)
    assert main(argv) == 0
    assert "nomor 1/LK3/DINSOSPM/" in capsys.readouterr().out
    assert EXTRA_BODY in pdf_text(tmp_path / "note.pdf")
    assert [d["kind"] for d in store.list_documents()] == [extra.kind]


PERMISSIONS = r"""
import os, sys
from datetime import datetime
from pathlib import Path
from lk3_desktop.cli import main
from lk3_desktop.store import open_store
from lk3_desktop.store.backup import backup_to

base = Path(sys.argv[1])
db = base / "lk3.sqlite"
open_store(db).close()
usb = base / "usb"
usb.mkdir()
os.chmod(usb, 0o555)                     # a write-protected stick
code_backup = main(["backup", "--db", str(db), "--to", str(usb)])
os.chmod(db, 0)                          # unreadable (on Windows: held by antivirus)
code_check = main(["check", "--db", str(db)])
os.chmod(db, 0o644)
ro = base / "ro"
ro.mkdir()
backup = backup_to(db, base, now=datetime(2026, 11, 27, 17, 5))
os.chmod(ro, 0o555)                      # a database folder that takes no lock file
code_restore = main(["restore", "--db", str(ro / "lk3.sqlite"), "--from", str(backup), "--ya"])
print(code_backup, code_check, code_restore)
"""


@pytest.mark.slow
def test_permissions_give_indonesian_lines(tmp_path):
    import os

    from tests.helpers.permissions import run_as_ordinary_user

    done = run_as_ordinary_user(PERMISSIONS, str(tmp_path))
    for folder in ("usb", "ro"):
        os.chmod(tmp_path / folder, 0o755)
    assert done.stdout.split() == ["2", "2", "2"], done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3 and not any("Traceback" in x or "Errno" in x for x in lines)
    assert "usb tidak dapat ditulisi (hanya-baca atau tanpa izin)" in lines[0]
    assert "lk3.sqlite tidak dapat dibaca (izin ditolak" in lines[1]
    assert "ro tidak dapat ditulisi (hanya-baca atau tanpa izin)" in lines[2]


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


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_what_the_program_creates_is_readable_by_its_owner_alone(tmp_path):
    """Database, backups, saved PDFs and their folders: 0600 files and 0700 folders, whatever
    the account's umask (here the common 022)."""
    import stat
    import subprocess
    import sys

    script = f"""
import os, sys
os.umask(0o022)
sys.argv = ["lk3-desktop"]
from lk3_desktop import cli
for args in (["demo-data", "--db", "{tmp_path}/data/lk3.sqlite", "--cases", "3"],
             ["backup", "--db", "{tmp_path}/data/lk3.sqlite", "--to", "{tmp_path}/stick"],
             ["pdf", "service-form", "--db", "{tmp_path}/data/lk3.sqlite", "--case",
              "LK3/2026/0001", "--out", "{tmp_path}/stick/form.pdf"]):
    sys.argv = ["lk3-desktop", *args]
    code = cli.main()
    assert code == 0, (args, code)
"""
    (tmp_path / "stick").mkdir()
    os.chmod(tmp_path / "stick", 0o755)  # a folder the user made: left as it is
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]

    def mode(path):
        return stat.S_IMODE(os.stat(path).st_mode)

    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "lk3.sqlite") == 0o600
    [backup] = (tmp_path / "stick").glob("lk3-*.sqlite")
    assert mode(backup) == 0o600
    assert mode(tmp_path / "stick" / "form.pdf") == 0o600
