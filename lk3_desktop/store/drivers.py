"""The two SQLite drivers: the standard library's for plain files, sqlcipher3's for encrypted ones.

A plain file (every file made before encryption, until it is converted) keeps the standard
library's `sqlite3`, exactly as before: its behaviour, its SQLite and its exception classes
(which callers and tests catch) stay as they were. An encrypted file needs SQLCipher, and
sqlcipher3's exception classes are its own, not subclasses of `sqlite3.Error`: every `except`
in the store that guards SQLite work catches the tuples below, which hold both.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher.OperationalError)
# A file operation that may fail in the file system or in SQLite (copying, backing up).
OS_OR_DB_ERRORS: tuple[type[Exception], ...] = (OSError, *DB_ERRORS)

KEY_BYTES = 32  # SQLCipher's raw key: AES-256, no key derivation when the file is opened


def key_pragma(key: bytes) -> str:
    """`PRAGMA key` with a raw 256-bit key (x'…' inside quotes): SQLCipher then uses it as is,
    instead of running PBKDF2 over a passphrase on every open."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a file key is {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_encrypted(database: str, key: bytes, *, uri: bool = False) -> Any:
    """A sqlcipher3 connection to `database` (a path, or a file: URI with `uri`) with `key`.

    SQLCipher reports a wrong key by logging "ERROR CORE …" lines to stderr besides raising
    "file is not a database"; its log level is process-wide, so it is silenced on every
    connection, before the key is given: the one line the user sees is ours."""
    conn = sqlcipher.connect(database, uri=uri)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn


def connect_plain(database: str, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(database, uri=uri)


def cipher_version() -> str:
    """SQLCipher's version, as it names itself ("4.19.0 community")."""
    conn = connect_encrypted(":memory:", bytes(KEY_BYTES))
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
