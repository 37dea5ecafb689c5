"""Restore: only a whole LK3 backup goes in, the current file is kept aside first, the swap is
atomic, and what comes back is exactly what was backed up."""

from __future__ import annotations

import hashlib
import io
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from lk3_desktop.cli import main
from lk3_desktop.lock import lock_database
from lk3_desktop.store import check_file, open_store
from lk3_desktop.store.backup import (
    DAMAGED_FORMAT,
    RestoreError,
    automatic_folder,
    backup_to,
    describe_backup,
    newest_usable_backup,
    restore_candidates,
    restore_from,
)
from lk3_desktop.store.crypto import KeyFile, key_file_path
from lk3_desktop.store.database import connect, is_encrypted
from lk3_desktop.store.migrations import SCHEMA_VERSION
from tests.helpers.cases import complete_case
from tests.helpers.encryption import KEY, OTHER_KEY, encrypted, plain_and_encrypted

BACKUP_AT = datetime(2026, 11, 27, 17, 5, 0)
NOW = datetime(2026, 11, 28, 9, 30, 15)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cases(path: Path, key: bytes | None = None) -> dict[str, dict]:
    """Every case with its steps, as a user would compare them."""
    store = open_store(path, key=key)
    try:
        return {r.agenda_number: {n: (rec["status"], rec["data"])
                                  for n, rec in store.step_records(r.id).items()}
                for r in store.list_cases()}
    finally:
        store.close()


@pytest.fixture
def backed_up(store, staff, tmp_path, file_key):
    """Three cases backed up to a USB stick, then two more made after the backup."""
    for upto in (2, 4, 7):
        complete_case(store, staff, upto=upto)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = backup_to(store.path, usb, now=BACKUP_AT, key=file_key)
    snapshot = _cases(backup, file_key)
    for _ in range(2):
        complete_case(store, staff, upto=3)
    store.close()
    return backup, snapshot


@plain_and_encrypted
def test_restore_brings_back_exactly_the_backed_up_cases(db_path, backed_up, file_key):
    backup, snapshot = backed_up
    before = _digest(db_path)
    aside = restore_from(db_path, backup, now=NOW, key=file_key)
    assert _cases(db_path, file_key) == snapshot
    assert len(snapshot) == 3
    assert check_file(db_path, key=file_key).startswith("OK: lk3.sqlite utuh, 3 kasus")
    assert is_encrypted(db_path) is bool(file_key)
    # The file that was there is kept, byte for byte, and restoring it undoes the restore.
    assert aside == automatic_folder(db_path) / "sebelum-pulih-20261128-093015.sqlite"
    assert _digest(aside) == before
    restore_from(db_path, aside, now=NOW.replace(minute=31), key=file_key)
    assert len(_cases(db_path, file_key)) == 5
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == ["lk3.sqlite"]


@plain_and_encrypted
def test_backup_is_described_before_restoring(backed_up, file_key):
    backup, _ = backed_up
    described = describe_backup(backup, file_key)
    assert described.usable and described.found.cases == 3
    assert described.made_at == BACKUP_AT
    assert described.summary().startswith("Cadangan 27 November 2026 17.05: 3 kasus, "
                                          "perubahan terakhir ")


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()


def _newer(path: Path, key: bytes | None = None) -> None:
    db = connect(path, key=key)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 4] = b"\x5a" * (4096 * 2)
    path.write_bytes(bytes(data))


@plain_and_encrypted
@pytest.mark.parametrize("spoil, message", [
    (_foreign, "milik program lain"),
    (_newer, "versi LK3 Desktop yang lebih baru"),
    (_damaged, "rusak"),
    (lambda p: p.write_bytes(b""), "kosong (0 byte)"),
    (lambda p: p.write_text("nama,nik\n", encoding="utf-8"), "bukan berkas SQLite"),
])
def test_unusable_backup_is_refused_and_nothing_changes(db_path, backed_up, spoil, message,
                                                        file_key):
    backup, _ = backed_up
    if spoil is _newer:
        _newer(backup, file_key)
    else:
        spoil(backup)
    before = _digest(db_path)
    listing = sorted(p.name for p in db_path.parent.rglob("*"))
    with pytest.raises(RestoreError, match=f"Cadangan tidak dapat dipakai: .*{re.escape(message)}"):
        restore_from(db_path, backup, now=NOW, key=file_key)
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.rglob("*")) == listing  # no copy, no temp


def test_the_database_itself_is_not_a_backup(store):
    store.close()
    with pytest.raises(RestoreError, match="sedang dipakai"):
        restore_from(store.path, store.path, now=NOW)


@plain_and_encrypted
def test_damaged_file_is_kept_aside_untouched_and_replaced(db_path, backed_up, file_key):
    backup, snapshot = backed_up
    _damaged(db_path)
    journal = db_path.with_name(db_path.name + "-journal")
    journal.write_bytes(b"\x00" * 512)  # whatever a crash left beside it goes aside too
    damaged, left = _digest(db_path), _digest(journal)
    aside = restore_from(db_path, backup, now=NOW, aside_format=DAMAGED_FORMAT, key=file_key)
    assert aside.name == "rusak-20261128-093015.sqlite"
    assert _digest(aside) == damaged
    assert _digest(aside.with_name(aside.name + "-journal")) == left
    assert not journal.exists()  # it would be rolled back into the restored file
    assert _cases(db_path, file_key) == snapshot


@plain_and_encrypted
def test_newest_usable_backup_skips_damaged_ones(db_path, backed_up, file_key):
    backup, _ = backed_up
    folder = automatic_folder(db_path)
    folder.mkdir()
    older = folder / "lk3-20261120-080000.sqlite"
    older.write_bytes(backup.read_bytes())
    newest = folder / "lk3-20261126-080000.sqlite"
    newest.write_bytes(backup.read_bytes())
    _damaged(newest)
    (folder / "rusak-20261127-080000.sqlite").write_bytes(backup.read_bytes())  # never offered
    assert [p.name for p in restore_candidates(db_path)] == [newest.name, older.name]
    best = newest_usable_backup(db_path, file_key)
    assert best.path == older and best.found.cases == 3


def test_cli_restore_asks_first(db_path, backed_up, monkeypatch, capsys):
    backup, _ = backed_up
    before = _digest(db_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("t\n"))
    assert main(["restore", "--db", str(db_path), "--from", str(backup)]) == 1
    out = capsys.readouterr().out
    assert "Cadangan 27 November 2026 17.05: 3 kasus" in out and "Dibatalkan" in out
    assert _digest(db_path) == before

    assert main(["restore", "--db", str(db_path), "--from", str(backup), "--ya"]) == 0
    out = capsys.readouterr().out
    assert "Dipulihkan ke" in out and "sebelum-pulih-" in out
    assert len(_cases(db_path)) == 3


def test_cli_restore_refuses_while_the_program_has_the_file(db_path, backed_up, capsys):
    backup, _ = backed_up
    held = lock_database(db_path)
    try:
        assert main(["restore", "--db", str(db_path), "--from", str(backup), "--ya"]) == 3
    finally:
        held.unlock()
    err = capsys.readouterr().err
    assert "sedang dibuka oleh LK3 Desktop di komputer ini sejak" in err
    assert len(_cases(db_path)) == 5


def test_cli_restore_of_a_bad_file_is_one_line(db_path, tmp_path, capsys):
    bad = tmp_path / "catatan.sqlite"
    bad.write_text("bukan basis data", encoding="utf-8")
    assert main(["restore", "--db", str(db_path), "--from", str(bad), "--ya"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("lk3-desktop: cadangan tidak dapat dipakai:") and "\n" not in err


def test_a_locked_healthy_file_is_in_use_not_damaged(store, staff, monkeypatch):
    """Another program (demo-data, a database browser) holding the file must not make the
    start-up check offer a backup over a healthy file."""
    import functools

    from lk3_desktop.store.database import DatabaseRefused, verify_file

    # How long the check waits for the lock (sqlite3's default, 5 s) is not what is tested.
    monkeypatch.setattr(sqlite3, "connect", functools.partial(sqlite3.connect, timeout=0.1))
    complete_case(store, staff, upto=1)
    store.db.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseRefused, match="sedang dipakai program lain") as refused:
            verify_file(store.path, quick=True)
    finally:
        store.db.execute("ROLLBACK")
    assert not refused.value.damaged


@plain_and_encrypted
def test_failed_swap_puts_the_old_journal_back(db_path, backed_up, monkeypatch, file_key):
    """A journal beside the old file belongs to it: if the swap fails, it must be there again,
    or the old file would be left half-rolled-back. Its key file likewise."""
    import lk3_desktop.store.backup as backup_module

    backup, _ = backed_up
    journal = db_path.with_name(db_path.name + "-journal")
    journal.write_bytes(b"\x01" * 1024)
    if file_key:  # the backup's own key file would replace it
        KeyFile.create(db_path, file_key).wrap("Rina", "sandi", file_key)
        KeyFile.create(backup, file_key)
    keys_before = key_file_path(db_path).read_bytes() if file_key else None
    before = _digest(db_path)
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == db_path:  # Windows: the file is held open by antivirus
            raise PermissionError(13, "Access is denied")
        return real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", replace)
    with pytest.raises(RestoreError):
        restore_from(db_path, backup, now=NOW, key=file_key)
    assert journal.read_bytes() == b"\x01" * 1024
    assert _digest(db_path) == before
    assert not db_path.with_name(db_path.name + ".pulih").exists()
    if file_key:
        assert key_file_path(db_path).read_bytes() == keys_before
        assert not db_path.with_name("lk3.sqlite.keys.pulih").exists()


@plain_and_encrypted
def test_two_restores_in_one_second_keep_both_safety_copies(db_path, backed_up, file_key):
    backup, _ = backed_up
    first = restore_from(db_path, backup, now=NOW, key=file_key)
    second = restore_from(db_path, first, now=NOW, key=file_key)  # undo, in the same second
    assert first != second and first.exists() and second.exists()
    assert describe_backup(first, file_key).found.cases == 5
    assert describe_backup(second, file_key).found.cases == 3


@pytest.mark.parametrize("args, message", [
    (["--from", "{tmp}/tidak-ada.sqlite"], "tidak ditemukan atau tidak dapat dibaca"),
    (["--db", "{tmp}"], "sebutkan berkas basis data"),
    (["--from", "{db}"], "basis data itu sendiri"),
])
def test_cli_restore_mistakes_are_one_indonesian_line(db_path, backed_up, capsys, args, message):
    backup, _ = backed_up
    argv = ["restore", "--db", str(db_path), "--from", str(backup), "--ya"]
    for flag, value in zip(args[::2], args[1::2]):
        argv[argv.index(flag) + 1] = value.format(tmp=db_path.parent, db=db_path)
    before = _digest(db_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Errno" not in err
    assert _digest(db_path) == before


# -- which key file an encrypted database has after a restore ---------------------------------

def _accounts(db_path: Path) -> list[str] | None:
    found = KeyFile.load(db_path)
    return None if found is None else found.usernames()


@pytest.fixture
def with_keys(db_path, backed_up):
    """The encrypted database of `backed_up` with a key file: Rina's password opens it."""
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi Rina", KEY)
    keys.save()
    return backed_up[0]


@encrypted
def test_the_backups_own_key_file_comes_back_with_it(db_path, with_keys):
    backup = with_keys
    old = KeyFile.load(db_path)
    keys = old.copy_for(backup)
    keys.wrap("Yusran", "sandi Yusran", KEY)  # an account the backup's key file holds
    keys.save()
    aside = restore_from(db_path, backup, now=NOW, key=KEY)
    assert _accounts(db_path) == ["Rina", "Yusran"]
    assert KeyFile.load(aside).usernames() == ["Rina"]  # the replaced key file kept aside
    assert KeyFile.load(db_path).unwrap("yusran", "sandi Yusran") == KEY


@encrypted
def test_without_its_own_the_current_key_file_stays_when_it_holds_the_backups_key(
        db_path, with_keys):
    backup = with_keys
    before = key_file_path(db_path).read_bytes()
    restore_from(db_path, backup, now=NOW, key=KEY)
    assert key_file_path(db_path).read_bytes() == before
    assert len(_cases(db_path, KeyFile.load(db_path).unwrap("Rina", "sandi Rina"))) == 3


@encrypted
def test_a_backup_from_another_laptop_leaves_only_its_recovery_key(db_path, with_keys, tmp_path):
    """Another office's file (another recovery key): none of this laptop's passwords opens
    it, so no key file stays beside it; the recovery key that came with it opens it."""
    other = tmp_path / "laptop-lain" / "lk3.sqlite"
    other.parent.mkdir()
    store = open_store(other, key=OTHER_KEY)
    store.save_step(None, 1, {"full_name": "Klien kantor lain"})
    store.close()
    with pytest.raises(RestoreError, match="Kunci atau sandi salah"):
        restore_from(db_path, other, now=NOW, key=KEY)  # this laptop's key: refused
    aside = restore_from(db_path, other, now=NOW, key=OTHER_KEY)
    assert _accounts(db_path) is None
    store = open_store(db_path, key=OTHER_KEY)
    assert [r.client_name for r in store.list_cases()] == ["Klien kantor lain"]
    store.close()
    assert KeyFile.load(aside).usernames() == ["Rina"]  # this laptop's, kept aside


@encrypted
def test_a_plain_backup_keeps_the_current_key_file(db_path, with_keys, tmp_path):
    """A backup made before the file was encrypted comes back plain; the key file stays, so
    a password still gives the file key with which it is encrypted again."""
    plain = tmp_path / "lama" / "lk3.sqlite"
    plain.parent.mkdir()
    open_store(plain).close()
    before = key_file_path(db_path).read_bytes()
    restore_from(db_path, plain, now=NOW, key=KEY)
    assert not is_encrypted(db_path)
    assert key_file_path(db_path).read_bytes() == before
