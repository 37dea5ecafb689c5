"""Encrypted files in tests: a fixed recovery key and its file key, a marker that runs a test on
plain and encrypted files alike, and ways to look at a file's bytes and tamper with it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lk3_desktop.store.crypto import file_key_from_recovery, format_recovery_key
from lk3_desktop.store.drivers import connect_encrypted

RECOVERY = format_recovery_key(bytes.fromhex("8f3a1c5e9b7d20461a2b3c4d5e6f7081"))
KEY = file_key_from_recovery(RECOVERY)
OTHER_KEY = file_key_from_recovery(format_recovery_key(bytes(16)))
SQLITE_HEADER = b"SQLite format 3\x00"

# Overrides the `file_key` fixture (tests/conftest.py): the test, and the `store` it uses, run
# once on a plain file and once on an encrypted one.
plain_and_encrypted = pytest.mark.parametrize("file_key", [None, KEY], ids=["plain", "encrypted"])
encrypted = pytest.mark.parametrize("file_key", [KEY], ids=["encrypted"])


def key_hex(key: bytes | None) -> str:
    """A key as a child process's argument ("" for none)."""
    return key.hex() if key else ""


def key_from_hex(text: str) -> bytes | None:
    return bytes.fromhex(text) if text else None


def raw_connect(path: Path, key: bytes | None = None) -> Any:
    """A writing connection that bypasses every check, to damage or change a file on purpose."""
    return connect_encrypted(str(path), key) if key else sqlite3.connect(str(path))


def assert_unreadable(path: Path, *secrets: str) -> None:
    """The file's bytes hold no SQLite header and none of `secrets` (as UTF-8 or UTF-16)."""
    data = path.read_bytes()
    assert data, f"{path.name} is empty"
    assert not data.startswith(SQLITE_HEADER), f"{path.name} has SQLite's plain header"
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in data, f"{secret!r} readable in {path.name}"


def crash_mid_transaction(path: Path, key: bytes | None) -> None:
    """Leave the database at `path` (holding at least one client) as a SIGKILL mid-save
    leaves it: pages the transaction overwrote already in the file, and a hot journal beside
    it holding their old contents. Made in-process: a copy is changed inside an open
    transaction (a tiny cache makes SQLite write pages before COMMIT), then the copy and its
    journal are taken as they are at that moment, as a killed process would leave them."""
    work = path.with_name(path.name + ".kerja")
    shutil.copyfile(path, work)
    conn = raw_connect(work, key)
    try:
        conn.execute("PRAGMA cache_size=1")
        conn.execute("BEGIN IMMEDIATE")
        for _ in range(3):
            conn.execute("UPDATE client SET full_name = 'Ditimpa', address_street = ?",
                         ["z" * 200_000])
        shutil.copyfile(work, path)
        shutil.copyfile(work.with_name(work.name + "-journal"),
                        path.with_name(path.name + "-journal"))
        conn.rollback()
    finally:
        conn.close()
        work.unlink()
    assert path.with_name(path.name + "-journal").stat().st_size > 0
