"""Opening the one SQLite file: refuse what is not ours, set pragmas, migrate, check.

A file is plain (SQLite's own format, opened with the standard library's sqlite3, as every
file was before encryption) or encrypted (SQLCipher 4, opened with sqlcipher3 and the file's
32-byte key, see store.crypto). Which it is comes from the file itself; `key` is the key to
use if it is encrypted, and a new file is made encrypted when a key is given.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from sqlite_utils import Database

from lk3_desktop.i18n import tr
from lk3_desktop.store.crypto import key_confirmed
from lk3_desktop.store.drivers import DATABASE_ERRORS, OS_OR_DB_ERRORS, connect_encrypted
from lk3_desktop.store.migrations import (
    APPLICATION_ID,
    MIGRATION_NAMES,
    SCHEMA_VERSION,
    migrations,
)

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseRefused(Exception):
    """The file is not one we may open; the message is one line for the user (through tr()).

    `damaged` is True when the file at this place is not a usable LK3 database (damaged,
    empty, truncated, another program's file): a backup may take its place. It is False when
    the file is fine but not for us now (newer version, in use, missing, a folder).
    `needs_key`: the file is encrypted and no key was given (ask for a password or the
    recovery key). `wrong_key`: the key given does not open it (the file was not touched).
    """

    def __init__(self, message: str, *, damaged: bool = False, detail: str = "",
                 needs_key: bool = False, wrong_key: bool = False):
        super().__init__(message)
        self.damaged = damaged
        self.detail = detail  # SQLite's own words (English), for "Rincian" and the CLI
        self.needs_key = needs_key
        self.wrong_key = wrong_key

    def one_line(self) -> str:
        """Message and, in brackets, the technical detail: for the command line."""
        detail = "; ".join(self.detail.splitlines())
        return f"{self}" + (f" [{detail}]" if detail else "")


def _unreadable(path: Path, exc: Exception, *, recovering: bool = False) -> DatabaseRefused:
    """SQLite's failure to read a file (or, `recovering`, to roll back its cut-off
    transaction), as one line: in use (fine, try later) or damaged."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseRefused(tr(
            "Berkas {name} sedang dipakai program lain; tutup program itu lalu coba lagi."
        ).format(name=path.name))
    if "unable to open" in text:
        return DatabaseRefused(tr(
            "Berkas {name} tidak dapat dibuka (izin ditolak, atau sedang dikunci program "
            "lain seperti antivirus atau sinkronisasi awan).").format(name=path.name))
    message = (tr("Berkas {name} rusak dan tidak dapat dipulihkan.") if recovering
               else tr("Berkas {name} rusak dan tidak dapat dibaca."))
    return DatabaseRefused(message.format(name=path.name), damaged=True, detail=str(exc))


def file_uri(path: PurePath) -> str:
    """SQLite's URI for an absolute path. A Windows share (\\\\server\\share\\…, how a
    second laptop reaches the file) must be file:////server/share/…: SQLite refuses
    pathlib's file://server/share/… ("invalid uri authority")."""
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]
    return uri


def _ro_connect(path: Path, key: bytes | None = None) -> Any:
    """A read-only connection: sqlcipher3 with `key` for an encrypted file, else sqlite3."""
    # mode=ro never creates the file nor a journal beside it: a refused file stays untouched.
    uri = f"{file_uri(path.resolve())}?mode=ro"
    if key is not None and is_encrypted(path):
        return connect_encrypted(uri, key, uri=True)
    return sqlite3.connect(uri, uri=True)


def is_encrypted(path: Path) -> bool:
    """Whether the file at `path` looks encrypted (SQLCipher): not empty, without SQLite's
    header, and made of whole pages (a text file or a cut-off copy is not)."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return _looks_encrypted(size, header)


def _looks_encrypted(size: int, header: bytes) -> bool:
    # SQLCipher writes whole pages (4096 bytes here) and no plaintext header: its first 16
    # bytes are the random salt.
    return size >= 1024 and size % 512 == 0 and not header.startswith(SQLITE_HEADER)


def _needs_key(path: Path) -> DatabaseRefused:
    return DatabaseRefused(tr(
        "Berkas {name} terenkripsi; untuk membukanya perlu sandi salah satu akun atau kunci "
        "pemulihan.").format(name=path.name), needs_key=True)


def _wrong_key(path: Path) -> DatabaseRefused:
    # No detail: SQLite's "file is not a database" would only mislead.
    return DatabaseRefused(tr(
        "Kunci atau sandi salah: berkas {name} tidak dapat dibuka dengannya (berkas tidak "
        "diubah).").format(name=path.name), wrong_key=True)


def _refused_with_key(path: Path, key: bytes, exc: Exception) -> DatabaseRefused:
    """An encrypted file failed to read with `key`: in use, damaged (the key is known to be
    right: its first page decrypts with it, or the key file beside it says so) or, most
    often, the wrong key."""
    text = str(exc).lower()
    if ("locked" in text or "busy" in text or "unable to open" in text
            or _first_page_opens(path, key) or key_confirmed(path, key)):
        return _unreadable(path, exc)
    return _wrong_key(path)


@dataclass(frozen=True)
class FileInfo:
    user_version: int
    recovered: bool  # an interrupted transaction was rolled back while opening


def inspect_file(path: Path, *, key: bytes | None = None) -> FileInfo:
    """Check, without changing data, that `path` is an LK3 database we can open (with `key`
    if it is encrypted).

    Raises DatabaseRefused with a clear message for a missing, empty, foreign, damaged,
    unreadable or newer-version file, an encrypted one without a key or with a wrong one.
    """
    try:
        return _inspect(path, key)
    except OSError as exc:  # no permission; on Windows also a file locked by antivirus/OneDrive
        raise DatabaseRefused(tr(
            "Berkas {name} tidak dapat dibaca (izin ditolak, atau sedang dikunci "
            "program lain seperti antivirus atau sinkronisasi awan).").format(
                name=Path(path).name)) from exc


def _inspect(path: Path, key: bytes | None) -> FileInfo:
    if not path.exists():
        raise DatabaseRefused(tr("Berkas basis data tidak ditemukan: {path}").format(path=path))
    if path.is_dir():
        raise DatabaseRefused(tr("{path} adalah folder, bukan berkas basis data.").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseRefused(tr(
            "Berkas {name} kosong (0 byte), bukan basis data LK3; "
            "mungkin salinan cadangan yang gagal.").format(name=path.name), damaged=True)
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER):
        if _looks_encrypted(size, header):
            return _inspect_encrypted(path, key)
        raise DatabaseRefused(tr(
            "Berkas {name} bukan basis data LK3 Desktop (bukan berkas SQLite).").format(
                name=path.name), damaged=True)
    if len(header) < 100:
        raise DatabaseRefused(tr("Berkas {name} rusak: kepala berkas terpotong.").format(
            name=path.name), damaged=True)
    app_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        try:
            conn = _ro_connect(path)
            try:
                tables = conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            finally:
                conn.close()
        except DATABASE_ERRORS as exc:
            raise _unreadable(path, exc) from exc
        if tables == 0:
            raise DatabaseRefused(tr(
                "Berkas {name} adalah basis data SQLite kosong, bukan basis data LK3.").format(
                    name=path.name), damaged=True)
        raise DatabaseRefused(tr(
            "Berkas {name} adalah basis data SQLite milik program lain, bukan LK3 Desktop.").format(
                name=path.name), damaged=True)
    recovered = _recover_hot_journal(path)
    if user_version > SCHEMA_VERSION:
        raise _newer(path, user_version)
    try:
        conn = _ro_connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    return FileInfo(user_version, recovered)


def _newer(path: Path, user_version: int) -> DatabaseRefused:
    return DatabaseRefused(tr(
        "Berkas {name} dibuat oleh versi LK3 Desktop yang lebih baru "
        "(skema {version}, program ini mengenal sampai {known}); "
        "perbarui program, berkas tidak diubah.").format(
            name=path.name, version=user_version, known=SCHEMA_VERSION))


def _inspect_encrypted(path: Path, key: bytes | None) -> FileInfo:
    """inspect_file for an encrypted file: its header (application_id, user_version) can only
    be read with the key."""
    if key is None:
        raise _needs_key(path)
    recovered = _recover_hot_journal_encrypted(path, key)
    try:
        conn = _ro_connect(path, key)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        raise _refused_with_key(path, key, exc) from exc
    if app_id != APPLICATION_ID:
        if tables == 0:
            raise DatabaseRefused(tr(
                "Berkas {name} adalah basis data SQLite kosong, bukan basis data LK3.").format(
                    name=path.name), damaged=True)
        raise DatabaseRefused(tr(
            "Berkas {name} adalah basis data SQLite milik program lain, bukan LK3 Desktop.").format(
                name=path.name), damaged=True)
    if user_version > SCHEMA_VERSION:
        raise _newer(path, user_version)
    return FileInfo(user_version, recovered)


def _recover_hot_journal(path: Path) -> bool:
    """Roll back a transaction cut off by a crash or power loss, as any SQLite open would.

    A read-only connection cannot do this and fails on such a "hot" journal, so for our
    own files (application_id already checked) a normal connection does it. A journal that
    belongs to a transaction still running elsewhere is left alone. Returns whether a cut-off
    transaction was rolled back.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return False
    try:
        probe = _ro_connect(path)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return False  # readable as it is: nothing to recover
        finally:
            probe.close()
    except DATABASE_ERRORS:
        pass
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        raise _unreadable(path, exc, recovering=True) from exc
    finally:
        conn.close()
    return not journal.exists() or journal.stat().st_size == 0


def _recover_hot_journal_encrypted(path: Path, key: bytes) -> bool:
    """_recover_hot_journal for an encrypted file. A writing connection rolls a hot journal
    back even with a wrong key (SQLCipher copies the journal's pages back as they are), so the
    key is proven first, by reading the first page as it is on disk (immutable: no lock, no
    journal looked at) or by the key file's check value; a wrong key leaves everything as it
    was."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return False
    try:
        probe = _ro_connect(path, key)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return False  # readable as it is: nothing to recover
        finally:
            probe.close()
    except DATABASE_ERRORS as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise _unreadable(path, exc) from exc
    if not (_first_page_opens(path, key) or key_confirmed(path, key)):
        raise _wrong_key(path)
    conn = connect_encrypted(str(path), key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        raise _unreadable(path, exc, recovering=True) from exc
    finally:
        conn.close()
    return not journal.exists() or journal.stat().st_size == 0


def _first_page_opens(path: Path, key: bytes) -> bool:
    """Whether `key` decrypts the file's first page as it is on disk (immutable: no lock
    taken, no journal looked at). A wrong key fails its HMAC: "file is not a database";
    with the right key a damaged file says "malformed" instead."""
    try:
        conn = connect_encrypted(f"{file_uri(path.resolve())}?mode=ro&immutable=1", key,
                                 uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        return "malformed" in str(exc).lower()
    return True


def _apply_pragmas(db: Database) -> None:
    # DELETE journal, never WAL: users back up by copying the one file, and a copy without
    # its -wal file would silently miss the latest commits.
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")


def _read_only(path: Path) -> DatabaseRefused:
    return DatabaseRefused(tr(
        "Berkas {name} atau foldernya tidak dapat ditulisi (hanya-baca atau tanpa izin). "
        "Salin berkas ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana."
    ).format(name=path.name))


def connect(path: Path, *, create: bool = True, key: bytes | None = None) -> Database:
    """Open (or create, if `create` and the path does not exist) and migrate the database.

    With `key` a new file is made encrypted, and an encrypted file is opened with it; a plain
    file stays plain (store.conversion encrypts it, once)."""
    path = Path(path)
    if path.exists() or not create:
        inspect_file(path, key=key)
        # SQLite would open it read-only without a word, and the first save would fail after
        # a whole form was typed: say so now. (The folder must take the journal file.)
        if not (os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)):
            raise _read_only(path)
    else:
        try:
            _create_new(path, key)
        except OS_OR_DB_ERRORS as exc:
            raise DatabaseRefused(tr(
                "Basis data baru tidak dapat dibuat di {folder} (folder hanya-baca, tanpa "
                "izin, atau penuh); pilih folder lain.").format(folder=path.parent)) from exc
    try:
        db = Database(_rw_connect(path, key), execute_plugins=False)
        _apply_pragmas(db)
        migrate(db)
    except DATABASE_ERRORS as exc:
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise _read_only(path) from exc
        raise DatabaseRefused(tr("Berkas {name} tidak dapat dibuka.").format(name=path.name),
                              detail=str(exc)) from exc
    return db


def _rw_connect(path: Path, key: bytes | None) -> Any:
    if is_encrypted(path):
        if key is None:  # inspect_file refused it already; the file changed since
            raise _needs_key(path)
        return connect_encrypted(str(path), key)
    return sqlite3.connect(str(path))


def _create_new(path: Path, key: bytes | None = None) -> None:
    """Build a new database beside `path` and move it into place only once it is complete,
    so a crash during the very first start never leaves a half-made file to be refused.
    With `key` it is encrypted from its first page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".baru")
    tmp.unlink(missing_ok=True)
    conn = connect_encrypted(str(tmp), key) if key is not None else sqlite3.connect(str(tmp))
    db = Database(conn, execute_plugins=False)
    try:
        _apply_pragmas(db)
        migrate(db)
    finally:
        db.close()
    os.replace(tmp, path)


def migrate(db: Database, *, stop_before: str | None = None) -> None:
    """Apply pending migrations and stamp application_id and user_version."""
    migrations.apply(db, stop_before=stop_before)
    applied = [m.name for m in migrations.applied(db)]
    version = sum(1 for name in MIGRATION_NAMES if name in applied)
    stamped = (db.execute("PRAGMA application_id").fetchone()[0],
               db.execute("PRAGMA user_version").fetchone()[0])
    if stamped != (APPLICATION_ID, version):  # opening an up-to-date file writes nothing
        with db.atomic():
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute(f"PRAGMA user_version={version}")


@dataclass(frozen=True)
class Verified:
    """What a full check of a file found: it is whole, and this is what it holds."""

    user_version: int
    recovered: bool
    cases: int
    last_activity_at: str | None  # UTC ISO of the latest change to any case
    size: int


def verify_file(path: Path, *, quick: bool = False, key: bytes | None = None) -> Verified:
    """Check a file without writing to it (bar rolling back a cut-off transaction).

    `quick` runs PRAGMA quick_check (the b-tree structure, at start-up) instead of the full
    integrity_check (also every index against its table, for backups and `check`).
    Raises DatabaseRefused with one line for anything that is wrong.
    """
    path = Path(path)
    info = inspect_file(path, key=key)
    version = info.user_version
    try:
        conn = _ro_connect(path, key)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            result = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            if result != ["ok"]:
                raise DatabaseRefused(tr(
                    "Berkas {name} rusak: pemeriksaan keutuhan menemukan {count} masalah."
                ).format(name=path.name, count=len(result)), damaged=True,
                    detail="\n".join(result[:20]))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise DatabaseRefused(tr(
                    "Berkas {name} rusak: {count} baris merujuk data yang tidak ada.").format(
                        name=path.name, count=len(fk)),
                    damaged=True, detail=f"foreign_key_check: {fk[0]}")
            names = set()
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name='_sqlite_migrations'").fetchone():
                names = {r[0] for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set='lk3_desktop'")}
            expected = set(MIGRATION_NAMES[:version])
            if not expected <= names:
                raise DatabaseRefused(tr(
                    "Berkas {name} tidak lengkap: migrasi {migration} "
                    "tercatat di versi tetapi tidak pernah dijalankan.").format(
                        name=path.name, migration=sorted(expected - names)[0]), damaged=True)
            cases, last = conn.execute(
                "SELECT count(*), max(last_activity_at) FROM referral").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:  # an encrypted file's key was proven by inspect_file
        raise _unreadable(path, exc) from exc
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise DatabaseRefused(tr("Berkas {name} hilang atau tidak dapat dibaca lagi.").format(
            name=path.name)) from exc
    return Verified(version, info.recovered, cases, last, size)


def check_file(path: Path, *, key: bytes | None = None) -> str:
    """Integrity and schema check that never writes; returns a one-line report.

    Raises DatabaseRefused with one line for anything that is wrong.
    """
    path = Path(path)
    found = verify_file(path, key=key)
    # One whole sentence for each case, so that each translates as a whole.
    if found.user_version == SCHEMA_VERSION and not found.recovered:
        report = tr("OK: {name} utuh, {cases} kasus, {size} KB.")
    elif not found.recovered:
        report = tr("OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan "
                    "diperbarui ke {new_version} saat dibuka.")
    elif found.user_version == SCHEMA_VERSION:
        report = tr("OK: {name} utuh, {cases} kasus, {size} KB; transaksi yang terputus "
                    "(mati listrik/program berhenti) telah dibatalkan.")
    else:
        report = tr("OK: {name} utuh, {cases} kasus, {size} KB; skema versi {version} akan "
                    "diperbarui ke {new_version} saat dibuka; transaksi yang terputus "
                    "(mati listrik/program berhenti) telah dibatalkan.")
    return report.format(name=path.name, cases=found.cases, size=f"{found.size / 1024:.0f}",
                         version=found.user_version, new_version=SCHEMA_VERSION)


def connect_readonly(path: Path, *, key: bytes | None = None) -> Database:
    """Open an existing, current-schema file without any write (listing, reports)."""
    version = inspect_file(path, key=key).user_version
    if version < SCHEMA_VERSION:
        raise DatabaseRefused(tr(
            "Berkas {name} memakai skema lama (versi {version}); buka sekali dengan "
            "LK3 Desktop agar diperbarui.").format(name=path.name, version=version))
    conn = _ro_connect(path, key)
    conn.execute("PRAGMA query_only=ON")
    return Database(conn, execute_plugins=False)


def open_store(path: Path, *, actor: str = "", create: bool = True, readonly: bool = False,
               clock=None, key: bytes | None = None, user=None):
    """Open the database file and return a Store on it (see store.Store), signed in as `user`
    (domain.access.User) if given. `key`: the file key of an encrypted file, or of a new file
    to be made encrypted (store.crypto)."""
    from lk3_desktop.store.store import Store

    path = Path(path)
    db = connect_readonly(path, key=key) if readonly else connect(path, create=create, key=key)
    store = Store(db, path=path, actor=actor, clock=clock, user=user)
    # The file key stays with the open store: backups are encrypted with it, and a password
    # set or reset wraps it for that account in the key file (store.crypto).
    store.key = key if is_encrypted(path) else None
    return store
