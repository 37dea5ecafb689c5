"""Opening the file: pragmas and stamps, migrations, and refusing what is not ours untouched."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from lk3_desktop.store import DatabaseRefused, check_file, open_store
from lk3_desktop.store.crypto import KeyFile, file_key_from_recovery
from lk3_desktop.store.database import connect, is_encrypted, migrate, verify_file
from lk3_desktop.store.migrations import APPLICATION_ID, MIGRATION_NAMES, SCHEMA_VERSION
from tests.helpers.cases import intake
from tests.helpers.encryption import (
    KEY,
    OTHER_KEY,
    RECOVERY,
    assert_unreadable,
    crash_mid_transaction,
    plain_and_encrypted,
    raw_connect,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@plain_and_encrypted
def test_new_file_is_stamped_and_uses_delete_journal(db_path, file_key):
    db = connect(db_path, key=file_key)
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


@plain_and_encrypted
@pytest.mark.parametrize("seed", range(6))
def test_random_page_overwritten_is_found_by_the_start_up_check(store, staff, seed, file_key):
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
        verify_file(store.path, quick=True, key=file_key)
    assert refused.value.damaged
    with pytest.raises(DatabaseRefused, match="rusak"):
        check_file(store.path, key=file_key)


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


# -- encrypted files -------------------------------------------------------------------------

CLIENT = "Siti Nurhaliza Wardhani"


def _encrypted_with_a_case(path: Path, key: bytes = KEY) -> str:
    store = open_store(path, key=key)
    rid = store.save_step(None, 1, intake(full_name=CLIENT))
    store.close()
    return rid


def test_encrypted_file_shows_neither_header_nor_client(db_path):
    rid = _encrypted_with_a_case(db_path)
    assert is_encrypted(db_path)
    assert_unreadable(db_path, CLIENT, "Dideportasi dari Tawau", "6571014505900003")
    conn = raw_connect(db_path, KEY)  # stamped inside, where only the key reads it
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert check_file(db_path, key=KEY).startswith("OK: lk3.sqlite utuh, 1 kasus")
    store = open_store(db_path, key=KEY, readonly=True)
    assert store.load_step(rid, 1)["full_name"] == CLIENT
    store.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["lk3.sqlite"]


def test_the_recovery_key_alone_opens_a_copy_anywhere(db_path, tmp_path):
    _encrypted_with_a_case(db_path)
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi Rina", KEY)
    keys.save()
    usb = tmp_path / "flashdisk" / "salinan"
    usb.mkdir(parents=True)
    shutil.copyfile(db_path, usb / "lk3-dari-kantor.sqlite")  # a hand copy, no key file
    store = open_store(usb / "lk3-dari-kantor.sqlite", key=file_key_from_recovery(
        RECOVERY.lower().replace("-", " ")), create=False)
    assert [r.client_name for r in store.list_cases()] == [CLIENT]
    store.close()


def test_a_changed_password_opens_the_same_file_unchanged(db_path):
    _encrypted_with_a_case(db_path)
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi lama", KEY)
    keys.save()
    before = _digest(db_path)
    keys = KeyFile.load(db_path)
    keys.wrap("Rina", "sandi baru", keys.unwrap("Rina", "sandi lama"))
    keys.save()
    assert _digest(db_path) == before  # a rewrapped key, never a re-encrypted file
    keys = KeyFile.load(db_path)
    assert keys.unwrap("rina", "sandi lama") is None
    store = open_store(db_path, key=keys.unwrap("rina", "sandi baru"), create=False)
    assert [r.client_name for r in store.list_cases()] == [CLIENT]
    store.close()


def test_a_crash_leaves_no_client_data_readable_in_the_journal_and_loses_nothing(db_path):
    _encrypted_with_a_case(db_path)
    crash_mid_transaction(db_path, KEY)
    journal = db_path.with_name(db_path.name + "-journal")
    assert_unreadable(db_path, CLIENT)
    assert CLIENT.encode() not in journal.read_bytes() and b"Tawau" not in journal.read_bytes()
    report = check_file(db_path, key=KEY)
    assert report.startswith("OK") and "transaksi yang terputus" in report
    assert not journal.exists()
    store = open_store(db_path, key=KEY)
    assert [r.client_name for r in store.list_cases()] == [CLIENT]
    store.close()


@pytest.mark.parametrize("key, message, flags", [
    (None, "Berkas lk3.sqlite terenkripsi; untuk membukanya perlu sandi salah satu akun atau "
           "kunci pemulihan.", {"needs_key": True, "wrong_key": False}),
    (OTHER_KEY, "Kunci atau sandi salah: berkas lk3.sqlite tidak dapat dibuka dengannya (berkas "
                "tidak diubah).", {"needs_key": False, "wrong_key": True}),
], ids=["no-key", "wrong-key"])
@pytest.mark.parametrize("crashed", [False, True], ids=["closed", "after-a-crash"])
@pytest.mark.parametrize("with_key_file", [False, True], ids=["alone", "with-key-file"])
def test_without_the_right_key_the_file_is_refused_in_one_line_and_untouched(
        db_path, key, message, flags, crashed, with_key_file, capsys):
    _encrypted_with_a_case(db_path)
    if with_key_file:
        KeyFile.create(db_path, KEY)
    if crashed:  # a wrong key must not even roll the journal back
        crash_mid_transaction(db_path, KEY)
    before = {p.name: _digest(p) for p in db_path.parent.iterdir()}
    for attempt in (lambda: open_store(db_path, key=key), lambda: check_file(db_path, key=key),
                    lambda: open_store(db_path, key=key, readonly=True),
                    lambda: verify_file(db_path, quick=True, key=key)):
        with pytest.raises(DatabaseRefused) as refused:
            attempt()
        assert str(refused.value) == message
        assert refused.value.one_line() == message  # no SQLite words to puzzle over
        assert not refused.value.damaged  # never offered a backup over it
        assert {k: getattr(refused.value, k) for k in flags} == flags
    assert {p.name: _digest(p) for p in db_path.parent.iterdir()} == before
    assert capsys.readouterr().err == ""  # SQLCipher's own log lines are silenced


def test_a_damaged_first_page_is_damage_when_the_key_file_knows_the_key(db_path):
    _encrypted_with_a_case(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:200] = b"\x5a" * 100
    db_path.write_bytes(bytes(data))
    # Without a key file a page that does not decrypt cannot tell damage from a wrong key.
    with pytest.raises(DatabaseRefused) as refused:
        check_file(db_path, key=KEY)
    assert refused.value.wrong_key and not refused.value.damaged
    KeyFile.create(db_path, KEY)
    with pytest.raises(DatabaseRefused, match="rusak") as refused:
        check_file(db_path, key=KEY)
    assert refused.value.damaged and not refused.value.wrong_key
    with pytest.raises(DatabaseRefused) as refused:  # and another key is still just wrong
        check_file(db_path, key=OTHER_KEY)
    assert refused.value.wrong_key and not refused.value.damaged


def test_a_stale_key_file_does_not_stop_the_right_key(db_path):
    _encrypted_with_a_case(db_path)
    KeyFile.create(db_path, OTHER_KEY)  # left from another database copied over this one
    assert check_file(db_path, key=KEY).startswith("OK")


def _encrypted_foreign(path: Path) -> None:
    conn = raw_connect(path, KEY)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()


def _encrypted_empty(path: Path) -> None:
    conn = raw_connect(path, KEY)
    conn.execute("PRAGMA user_version=0")
    conn.execute("VACUUM")
    conn.close()


def _encrypted_newer(path: Path) -> None:
    db = connect(path, key=KEY)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()


def _encrypted_cut_off(path: Path) -> None:
    _encrypted_with_a_case(path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) - 4096 * 20])  # the last pages lost (a failed USB copy)


@pytest.mark.parametrize("make, message, damaged", [
    (_encrypted_foreign, "milik program lain", True),
    (_encrypted_empty, "basis data SQLite kosong", True),
    (_encrypted_newer, "versi LK3 Desktop yang lebih baru", False),
    (_encrypted_cut_off, "rusak", True),
], ids=["foreign", "empty", "newer", "cut-off"])
def test_refused_encrypted_files_are_left_untouched(tmp_path, make, message, damaged):
    path = tmp_path / "lk3.sqlite"
    make(path)
    before = _digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseRefused, match=re.escape(message)) as refused:
        check_file(path, key=KEY)
    assert refused.value.damaged is damaged and not refused.value.wrong_key
    assert "\n" not in str(refused.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_a_plain_file_stays_plain_whatever_key_is_given(db_path):
    open_store(db_path).close()
    store = open_store(db_path, key=KEY)  # existing files are converted on purpose, only
    store.save_step(None, 1, {"full_name": CLIENT})
    store.close()
    assert not is_encrypted(db_path) and db_path.read_bytes().startswith(b"SQLite format 3\0")
    assert check_file(db_path).startswith("OK: lk3.sqlite utuh, 1 kasus")


def test_open_store_signs_in_the_user_given(db_path, staff):
    from lk3_desktop.domain.access import User

    rina = User(staff_id=staff["pengadministrasi"], username="rina", name="Rina",
                roles=frozenset({"pengadministrasi"}))
    store = open_store(db_path, user=rina)
    assert store.user == rina and store.actor == staff["pengadministrasi"]
    store.close()


def test_a_new_encrypted_file_is_made_whole_beside_then_moved_in(db_path, monkeypatch):
    from lk3_desktop.store import database

    def fail(_db, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")  # the first start cut short

    monkeypatch.setattr(database, "migrate", fail)
    with pytest.raises(DatabaseRefused, match="Basis data baru tidak dapat dibuat"):
        open_store(db_path, key=KEY)
    assert not db_path.exists()
    monkeypatch.undo()
    open_store(db_path, key=KEY).close()
    assert is_encrypted(db_path) and not db_path.with_name("lk3.sqlite.baru").exists()
