"""Opening the file: pragmas and stamps, migrations, and refusing what is not ours untouched."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from lk3_desktop.store import DatabaseRefused, check_file, open_store
from lk3_desktop.store.database import connect, migrate
from lk3_desktop.store.migrations import APPLICATION_ID, MIGRATION_NAMES, SCHEMA_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_stamped_and_uses_delete_journal(db_path):
    db = connect(db_path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == list(MIGRATION_NAMES)
    db.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert not db_path.with_name(db_path.name + ".baru").exists()


def test_file_from_an_earlier_schema_is_migrated_and_keeps_its_data(db_path):
    # Build a file as version 1 of the program left it: only the first migration applied.
    raw = Database(sqlite3.connect(str(db_path)), execute_plugins=False)
    migrate(raw, stop_before=MIGRATION_NAMES[1])
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    stamp = "2026-01-02T03:04:05+00:00"
    with raw.atomic():
        raw.execute("INSERT INTO staff (id, name, created_at, updated_at, created_by, updated_by)"
                    " VALUES ('s1', 'Rina', ?, ?, 'os:x', 'os:x')", [stamp, stamp])
    assert "setting" not in raw.table_names()
    raw.close()

    store = open_store(db_path)
    assert store.staff("s1")["name"] == "Rina"
    store.set_setting("office", "Dinas Sosial")  # the table m002 adds
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()
    assert check_file(db_path).startswith("OK")


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=0")
    conn.execute("VACUUM")
    conn.close()


def _newer(path: Path) -> None:
    db = connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()


def _text(path: Path) -> None:
    path.write_text("nama,nik\nSiti,123\n", encoding="utf-8")


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    connect(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:50])


@pytest.mark.parametrize("make, message, damaged", [
    (_foreign, "milik program lain", True),
    (_empty_sqlite, "basis data SQLite kosong", True),
    (_newer, "versi LK3 Desktop yang lebih baru", False),  # fine, only not for this program
    (_text, "bukan berkas SQLite", True),
    (_zero, "kosong (0 byte)", True),
    (_truncated, "rusak", True),
])
def test_refused_files_are_left_untouched(tmp_path, make, message, damaged):
    path = tmp_path / "x.sqlite"
    make(path)
    before = _digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseRefused, match=re.escape(message)):
        open_store(path)
    with pytest.raises(DatabaseRefused, match=re.escape(message)) as refused:
        check_file(path)
    assert refused.value.damaged is damaged  # whether start-up offers a backup instead
    assert "\n" not in str(refused.value)  # one line
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no journal left beside it


def test_check_reports_damage_inside_the_file(db_path):
    store = open_store(db_path)
    store.save_staff({"name": "Rina", "roles": ["konselor"]})
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for i in range(2 * page, min(len(data), 6 * page)):  # scribble over table pages
        data[i] = 0x5A
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused, match="rusak") as refused:
        check_file(db_path)
    # The message is Indonesian; SQLite's English words are kept apart, for Rincian and the CLI.
    assert refused.value.detail and refused.value.detail not in str(refused.value)


def test_cli_check_of_a_damaged_file_is_one_line_with_sqlites_words(db_path, capsys):
    from lk3_desktop.cli import main

    open_store(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[4096:4096 * 3] = b"\x5a" * (4096 * 2)
    db_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and err.startswith("lk3-desktop: Berkas lk3.sqlite rusak")
    assert err.endswith("]") and "[" in err  # the technical detail, bracketed


@pytest.mark.parametrize("seed", range(6))
def test_random_page_overwritten_is_found_by_the_start_up_check(store, staff, seed):
    import random

    from lk3_desktop.store.database import verify_file
    from tests.helpers.cases import complete_case

    for _ in range(4):
        complete_case(store, staff, upto=5)
    store.close()
    data = bytearray(store.path.read_bytes())
    page = 4096
    rng = random.Random(seed)
    victim = rng.randrange(1, len(data) // page)  # any page but the first (the header)
    data[victim * page:(victim + 1) * page] = rng.randbytes(page)
    store.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused, match="rusak") as refused:
        verify_file(store.path, quick=True)
    assert refused.value.damaged
    with pytest.raises(DatabaseRefused, match="rusak"):
        check_file(store.path)


def test_missing_file_is_created_only_when_asked(tmp_path):
    with pytest.raises(DatabaseRefused, match="tidak ditemukan"):
        open_store(tmp_path / "none.sqlite", create=False)
    with pytest.raises(DatabaseRefused, match="tidak ditemukan"):
        check_file(tmp_path / "none.sqlite")
    store = open_store(tmp_path / "sub" / "new.sqlite")
    store.close()
    assert check_file(tmp_path / "sub" / "new.sqlite").startswith("OK: new.sqlite utuh, 0 kasus")


def test_uri_for_a_windows_share_is_one_sqlite_accepts(store):
    """A second laptop opens the file on a share as \\\\server\\share\\…; pathlib's URI for it
    (file://server/…) is refused by SQLite as an invalid authority, so every such file would
    have looked damaged at start."""
    from pathlib import PureWindowsPath

    from lk3_desktop.store.database import file_uri

    share = PureWindowsPath(r"\\server\share\LK3 data\lk3.sqlite")
    assert file_uri(share) == "file:////server/share/LK3%20data/lk3.sqlite"
    assert file_uri(PureWindowsPath(r"C:\Users\Rina\lk3 #1.sqlite")) == (
        "file:///C:/Users/Rina/lk3%20%231.sqlite")
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect("file://server/share/lk3.sqlite?mode=ro", uri=True)
    # The four-slash form is an empty authority and a path that starts with //, which SQLite
    # passes on as it is (here on POSIX, //tmp/… is /tmp/…).
    four = "file:///" + store.path.resolve().as_posix() + "?mode=ro"
    conn = sqlite3.connect(four, uri=True)
    assert conn.execute("SELECT count(*) FROM referral").fetchone() == (0,)
    conn.close()


def test_step_records_made_before_m004_survive_it_and_an_eighth_step_fits(db_path):
    """A file three migrations old keeps its step records through the rebuild of
    step_record, and the table no longer caps the SOP at seven steps."""
    raw = Database(sqlite3.connect(str(db_path)), execute_plugins=False)
    migrate(raw, stop_before="m004_steps_not_limited_to_seven")
    stamp = "2026-01-02T03:04:05+00:00"
    eighth = ("INSERT INTO step_record (id, referral_id, step, started_at, created_at, updated_at,"
              " created_by, updated_by) VALUES ('s8', 'r1', 8, ?, ?, ?, 'x', 'x')")
    with raw.atomic():
        raw.execute("INSERT INTO client (id, full_name, created_at, updated_at, created_by,"
                    " updated_by) VALUES ('c1', 'Ani', ?, ?, 'x', 'x')", [stamp, stamp])
        raw.execute("INSERT INTO referral (id, agenda_year, agenda_seq, agenda_number, client_id,"
                    " last_activity_at, created_at, updated_at, created_by, updated_by) VALUES"
                    " ('r1', 2026, 1, 'LK3/2026/0001', 'c1', ?, ?, ?, 'x', 'x')",
                    [stamp, stamp, stamp])
        raw.execute("INSERT INTO step_record (id, referral_id, step, status, started_at, data,"
                    " created_at, updated_at, created_by, updated_by) VALUES ('s1', 'r1', 1,"
                    " 'complete', ?, '{\"note\": \"lama\"}', ?, ?, 'x', 'x')",
                    [stamp, stamp, stamp])
    with pytest.raises(sqlite3.IntegrityError):  # before m004: step 8 breaks the CHECK
        raw.execute(eighth, [stamp, stamp, stamp])
    raw.close()

    store = open_store(db_path)  # applies m004
    rec = store.step_records("r1")[1]
    assert (rec["id"], rec["status"], rec["data"]) == ("s1", "complete", '{"note": "lama"}')
    with store.db.atomic():
        store.db.execute(eighth, [stamp, stamp, stamp])
    assert 8 in store.step_records("r1")
    store.close()
    assert check_file(db_path).startswith("OK")
