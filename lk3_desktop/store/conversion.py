"""Encrypting a plain database file, once: an encrypted copy is made beside it, checked
against the plain one, and renamed over it; the plain file is kept aside byte for byte until
the administrator has seen the encrypted one work, then deleted here on request.

The order for the integrator: make a recovery key and show it (store.crypto), write the key
file with the first account's wrapped key (KeyFile.create, wrap, save), then convert. The
database must be closed (no Store open on it) and its lock held.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from lk3_desktop.i18n import tr
from lk3_desktop.store.backup import PLAIN_ASIDE_FORMAT, _free_name, automatic_folder
from lk3_desktop.store.database import (
    SQLITE_HEADER,
    DatabaseRefused,
    file_uri,
    inspect_file,
    is_encrypted,
    verify_file,
)
from lk3_desktop.store.drivers import OS_OR_DB_ERRORS, connect_encrypted, key_pragma, sqlcipher
from lk3_desktop.store.files import byte_copy, fsync_dir, fsync_file, replaceable


class ConversionError(Exception):
    """The file was not converted (or the copy not deleted); one line saying why. The
    database file is as it was."""


def encrypt_plain_file(path: Path, file_key: bytes, *, now: datetime) -> Path:
    """Encrypt the plain LK3 database at `path` with `file_key`, in place, and return the
    byte copy of the plain file kept aside in the same folder (sebelum-enkripsi-….sqlite,
    owner-only).

    The encrypted file is made beside the database (SQLCipher's sqlcipher_export), passes the
    full integrity check with the key, is compared table by table with the plain file, and
    only then is renamed over it: at every moment the path holds the whole plain file or the
    whole encrypted one. Raises ConversionError (nothing changed, the aside copy removed) if
    anything fails, DatabaseRefused if the file is not a usable plain LK3 database.
    """
    path = Path(path)
    key_pragma(file_key)  # ValueError for a key of the wrong length, before anything is done
    if is_encrypted(path):
        raise ConversionError(tr("Berkas {name} sudah terenkripsi.").format(name=path.name))
    inspect_file(path)  # ours, whole, not newer; a cut-off transaction rolled back
    aside = _free_name(path.with_name(now.strftime(PLAIN_ASIDE_FORMAT)))
    new = path.with_name(path.name + ".enkripsi")
    try:
        if not replaceable(path):
            raise OSError(f"{path} is not a regular file")
        byte_copy(path, aside)
        for leftover in (new, new.with_name(new.name + "-journal")):
            leftover.unlink(missing_ok=True)
        _export(path, new, file_key)
        fsync_file(new)
        verify_file(new, key=file_key)
        difference = _difference(path, new, file_key)
        if difference:
            raise ConversionError(tr(
                "Berkas terenkripsi tidak sama dengan berkas asalnya ({what}); berkas {name} "
                "tidak diubah.").format(what=difference, name=path.name))
        os.replace(new, path)
    except ConversionError:
        _remove(new, aside)
        raise
    except DatabaseRefused as exc:
        _remove(new, aside)
        raise ConversionError(tr(
            "Berkas terenkripsi tidak lolos pemeriksaan ({error}); berkas {name} tidak "
            "diubah.").format(error=exc, name=path.name)) from exc
    except OS_OR_DB_ERRORS as exc:
        _remove(new, aside)
        raise ConversionError(tr(
            "Berkas {name} tidak dapat dienkripsi (folder hanya-baca, tanpa izin, atau penuh); "
            "berkas tidak diubah.").format(name=path.name)) from exc
    with contextlib.suppress(OSError):  # done: the rename is made; this only hastens it to disk
        fsync_dir(path.parent)
    return aside


def _remove(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def _export(plain: Path, target: Path, file_key: bytes) -> None:
    """SQLCipher's own copy of a plain database into a new encrypted one: schema, rows,
    and (by hand: sqlcipher_export leaves them) application_id and user_version."""
    # A connection that could write, because ATTACH inherits a read-only main's flags;
    # nothing is written to the plain file.
    conn = sqlcipher.connect(str(plain))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(target),
                                                               f"x'{file_key.hex()}'"])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _difference(plain: Path, encrypted: Path, file_key: bytes) -> str:
    """What differs between the two files' schema and rows (one phrase), "" if nothing."""
    conn = connect_encrypted(f"{file_uri(encrypted.resolve())}?mode=ro", file_key, uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", [f"{file_uri(plain.resolve())}?mode=ro"])
        schema = "SELECT type, name, tbl_name, sql FROM {db}.sqlite_master ORDER BY type, name"
        if (conn.execute(schema.format(db="main")).fetchall()
                != conn.execute(schema.format(db="plain")).fetchall()):
            return tr("skema")
        for pragma in ("application_id", "user_version"):
            if (conn.execute(f"PRAGMA main.{pragma}").fetchone()
                    != conn.execute(f"PRAGMA plain.{pragma}").fetchone()):
                return pragma
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            mine = _rows(conn, f"SELECT rowid, * FROM main.{quoted} ORDER BY rowid")
            theirs = _rows(conn, f"SELECT rowid, * FROM plain.{quoted} ORDER BY rowid")
            for a, b in zip(mine, theirs, strict=False):
                if a != b:
                    return tr("tabel {table}").format(table=table)
            if next(mine, None) is not None or next(theirs, None) is not None:
                return tr("tabel {table}").format(table=table)
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return ""


def _rows(conn: Any, sql: str) -> Iterator[tuple]:
    cur = conn.cursor()  # a cursor of its own: two are read side by side
    cur.execute(sql)
    while True:
        batch = cur.fetchmany(500)
        if not batch:
            return
        yield from batch


# -- the plain copies left behind ----------------------------------------------------------

def plain_copies(db_path: Path) -> list[Path]:
    """The unencrypted copies of the database this program knows of, once it is encrypted:
    the copy kept aside at conversion, and backups (and safety copies) made before it in
    backups/. A backup on a USB stick is beyond its reach: the user must delete those."""
    db_path = Path(db_path)
    found = list(db_path.parent.glob("sebelum-enkripsi-*.sqlite"))
    folder = automatic_folder(db_path)
    if folder.is_dir():
        found += [p for p in folder.iterdir() if p.suffix == ".sqlite"]
    plain = []
    for p in found:
        try:
            if stat.S_ISREG(os.lstat(p).st_mode):
                with open(p, "rb") as fh:
                    if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                        plain.append(p)
        except OSError:
            continue
    return sorted(plain)


def remove_plain_copy(copy: Path, db_path: Path, file_key: bytes) -> None:
    """Delete an unencrypted copy (one of plain_copies(db_path)), once the encrypted database
    at `db_path` opens with `file_key` and passes the quick check: the last readable copy is
    never deleted by mistake. Its bytes are overwritten with zeros first (on an SSD or a
    journalling file system old blocks may survive elsewhere: the best a program can do),
    then it and its journal are removed. ConversionError if anything stops it."""
    copy, db_path = Path(copy), Path(db_path)
    if copy.resolve() not in {p.resolve() for p in plain_copies(db_path)}:
        raise ConversionError(tr(
            "Berkas {name} bukan salinan tanpa enkripsi dari basis data ini; tidak dihapus.").format(
                name=copy.name))
    if not is_encrypted(db_path):
        raise ConversionError(tr(
            "Salinan {name} tidak dihapus: basis data {db} belum terenkripsi.").format(
                name=copy.name, db=db_path.name))
    try:
        verify_file(db_path, quick=True, key=file_key)
    except DatabaseRefused as exc:
        raise ConversionError(tr(
            "Salinan {name} tidak dihapus: basis data terenkripsi belum dapat dibuka ({error})."
        ).format(name=copy.name, error=exc)) from exc
    try:
        for p in (copy.with_name(copy.name + "-journal"), copy):
            if p.exists():
                _wipe(p)
                p.unlink()
        fsync_dir(copy.parent)
    except OSError as exc:
        raise ConversionError(tr(
            "Salinan {name} tidak dapat dihapus (izin ditolak atau sedang dipakai program lain)."
        ).format(name=copy.name)) from exc


def _wipe(path: Path) -> None:
    size = path.stat().st_size
    zeros = b"\0" * 65536
    with open(path, "r+b") as fh:
        left = size
        while left > 0:
            left -= fh.write(zeros[:min(left, len(zeros))])
        fh.flush()
        os.fsync(fh.fileno())
