"""Backups of the one database file: SQLite's online backup into the target folder, checked,
then renamed into place; automatic backups beside the database, thinned by domain.backups;
and restoring one, with the current file kept aside first.

An encrypted database is backed up encrypted, with the same key (SQLCipher copies its pages
as they are), and its key file goes along as `<backup>.keys`: the backup opens with the same
passwords, and with the recovery key alone if the key file is lost.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lk3_desktop.domain.backups import KeepRule, to_delete
from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.i18n import tr
from lk3_desktop.store.crypto import KeyFile, KeyFileError, key_file_path
from lk3_desktop.store.database import (
    DatabaseRefused,
    Verified,
    _ro_connect,
    check_file,
    inspect_file,
    is_encrypted,
    verify_file,
)
from lk3_desktop.store.drivers import OS_OR_DB_ERRORS, connect_encrypted
from lk3_desktop.store.files import byte_copy, fsync_dir, fsync_file

NAME_FORMAT = "lk3-%Y%m%d-%H%M%S.sqlite"
# The current file, kept aside before a restore puts a backup in its place: restoring this
# one undoes the restore. Never thinned.
SAFETY_FORMAT = "sebelum-pulih-%Y%m%d-%H%M%S.sqlite"
# A damaged file found at start, kept aside byte for byte before a backup replaces it.
DAMAGED_FORMAT = "rusak-%Y%m%d-%H%M%S.sqlite"
# A plain file, kept aside byte for byte when it is encrypted (store.conversion), until the
# administrator has seen the encrypted one work and deletes it.
PLAIN_ASIDE_FORMAT = "sebelum-enkripsi-%Y%m%d-%H%M%S.sqlite"
Progress = Callable[[int, int], None]  # pages copied, pages in all


class BackupError(Exception):
    """The backup could not be made; one line saying why (through tr()). Nothing was left under
    the final name. `source_damaged`: the copy failed its check, and as it is a page-for-page
    image of the database, the database itself is most likely damaged."""

    def __init__(self, message: str, *, source_damaged: bool = False):
        super().__init__(message)
        self.source_damaged = source_damaged


def _explain(exc: Exception, target: Path) -> str:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return tr("Ruang di {folder} penuh.").format(folder=target)
    if not target.is_dir():
        return tr("{folder} tidak dapat diakses lagi (flashdisk dicabut?).").format(folder=target)
    if (code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text
            or "read-only" in text or not os.access(target, os.W_OK)):
        return tr("{folder} tidak dapat ditulisi (hanya-baca atau tanpa izin).").format(
            folder=target)
    if code == errno.EIO or "disk i/o" in text:
        # SQLite says "disk I/O error" for a full stick as well: look at the free space.
        with contextlib.suppress(OSError):
            if shutil.disk_usage(target).free < 1024 * 1024:
                return tr("Ruang di {folder} penuh.").format(folder=target)
    if code:
        return tr("Gagal menulis ke {folder} (kode galat {code}).").format(folder=target, code=code)
    return tr("Gagal menulis ke {folder}.").format(folder=target)


class _Restarting(Exception):
    pass


def _copy(source: Any, target: Any,
          progress: Progress | None, *, pages: int = 256, restarts: int = 3) -> None:
    """Copy page by page, so the program stays responsive and its saves go on; but a copy
    restarts each time another connection writes, and under steady writes it would never
    finish. After a few restarts, copy in one step instead: that holds a read lock for the
    copy's duration, so a save waits for it (busy_timeout) rather than being overtaken."""
    last: list[int | None] = [None]
    restarted = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal restarted
        if last[0] is not None and remaining >= last[0]:  # started over (each step copies pages)
            restarted += 1
            if restarted > restarts:
                raise _Restarting
        last[0] = remaining
        if progress is not None:
            progress(total - remaining, total)

    try:
        source.backup(target, pages=pages, progress=step)
    except _Restarting:
        source.backup(target, pages=-1)
        if progress is not None:
            progress(1, 1)


def _target(path: Path, key: bytes | None) -> Any:
    """A connection making the copy at `path`: encrypted with `key` if given."""
    target = connect_encrypted(str(path), key) if key is not None else sqlite3.connect(str(path))
    target.execute("PRAGMA journal_mode=DELETE")
    return target


def backup_to(db_path: Path, folder: Path, *, now: datetime,
              progress: Progress | None = None, key: bytes | None = None) -> Path:
    """Copy the database into `folder` as lk3-YYYYMMDD-HHMMSS.sqlite and return that path.

    Works while the program is open and writing (SQLite's backup API copies a consistent
    snapshot). The copy is written under a temporary name, passes integrity_check, and only
    then is renamed; on any failure the temporary file is removed. An encrypted database
    (opened with `key`) gives an encrypted copy with the same key, checked with it, and its
    key file is copied beside the copy first (without the sign-in failures and pending
    audit events, which are the database's own).
    """
    inspect_file(db_path, key=key)
    if not folder.is_dir():
        raise BackupError(tr("Folder tujuan {folder} tidak ada atau tidak dapat diakses.").format(
            folder=folder))
    final = folder / now.strftime(NAME_FORMAT)
    tmp = folder / (final.name + ".sebagian")
    encrypted = is_encrypted(db_path)
    copy_key = key if encrypted else None
    keys_copied = False
    try:
        source = _ro_connect(db_path, copy_key)
        try:
            target = _target(tmp, copy_key)
            try:
                _copy(source, target, progress)
            finally:
                target.close()
        finally:
            source.close()
        fsync_file(tmp)  # on the stick, not only in the OS cache
        check_file(tmp, key=copy_key)
        if encrypted:
            keys_copied = _copy_key_file(db_path, final)
        os.replace(tmp, final)
    except DatabaseRefused as exc:
        tmp.unlink(missing_ok=True)
        if keys_copied:
            key_file_path(final).unlink(missing_ok=True)
        if exc.damaged:
            raise BackupError(tr(
                "Salinan tidak lolos pemeriksaan, jadi basis data {name} sendiri "
                "kemungkinan rusak. Jangan timpa cadangan lama; pulihkan dari cadangan terakhir "
                "yang utuh (Berkas → Pulihkan dari cadangan).").format(name=db_path.name),
                source_damaged=True) from exc
        raise BackupError(tr("Salinan tidak dapat diperiksa: {error}").format(error=exc)) from exc
    except OS_OR_DB_ERRORS as exc:
        with contextlib.suppress(OSError):  # the stick may be gone already
            tmp.unlink(missing_ok=True)
            if keys_copied:
                key_file_path(final).unlink(missing_ok=True)
        raise BackupError(_explain(exc, folder)) from exc
    return final


def _copy_key_file(db_path: Path, copy: Path) -> bool:
    """Write the key file of `db_path` beside its copy `copy`; False if it has none to copy
    (then the recovery key alone opens the copy). A key file that cannot be read is not
    copied either: the backup must not fail over it."""
    try:
        found = KeyFile.load(db_path)
    except KeyFileError:
        return False
    if found is None:
        return False
    try:
        found.copy_for(copy).save()
    except KeyFileError as exc:  # as the copy's own failure: full stick, stick pulled out…
        if isinstance(exc.__cause__, OSError):
            raise exc.__cause__  # noqa: B904 (it is the cause; chaining would loop)
        raise OSError(str(exc)) from exc
    return True


def backups_in(folder: Path) -> dict[datetime, Path]:
    """The backups this program made in `folder`, by the time in their name."""
    found: dict[datetime, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.glob("lk3-*.sqlite"):
        try:
            found[datetime.strptime(path.name, NAME_FORMAT)] = path
        except ValueError:
            continue  # a file the user named: never ours to delete
    return found


def automatic_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


DEFAULT_RULE = KeepRule()


def automatic_backup(db_path: Path, *, now: datetime, rule: KeepRule = DEFAULT_RULE,
                     min_hours: float = 24, key: bytes | None = None) -> Path | None:
    """At most once a day (by default): back up into backups/ beside the database and thin
    the older automatic backups. Returns the new backup, or None if one is recent enough."""
    folder = automatic_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:  # the database's folder gone, or "backups" is a file
        raise BackupError(tr("Folder cadangan {folder} tidak dapat dibuat.").format(
            folder=folder)) from exc
    existing = backups_in(folder)
    # Only backups from the past count: one stamped in the future by a clock that once ran
    # ahead (a flat CMOS battery) must not stop the daily backup for months.
    past = [t for t in existing if t <= now]
    if past and (now - max(past)).total_seconds() < min_hours * 3600:
        return None
    made = backup_to(db_path, folder, now=now, key=key)
    existing = backups_in(folder)
    for stamp in to_delete(list(existing), rule):
        existing[stamp].unlink(missing_ok=True)
        key_file_path(existing[stamp]).unlink(missing_ok=True)
    return made


# -- restore -------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupFile:
    """A backup as the user chooses it: when it was made and what it holds."""

    path: Path
    made_at: datetime          # from the file name, else the file's modification time
    found: Verified | None     # None if it did not pass the check
    problem: str = ""          # the one-line reason it did not
    detail: str = ""           # SQLite's own words for it, if any
    encrypted: bool = False    # an SQLCipher file (its contents need the key)
    needs_key: bool = False    # encrypted, and not checked: no key was given
    wrong_key: bool = False    # encrypted, and the key given does not open it

    @property
    def usable(self) -> bool:
        return self.found is not None

    def summary(self) -> str:
        """One sentence on what the backup holds, for the user to recognise it."""
        if self.found is None:
            return self.problem
        when = format_datetime(self.made_at.isoformat(timespec="minutes"))
        size = f"{self.found.size / 1024 / 1024:.1f}".replace(".", ",")  # 1,5 MB
        if not self.found.last_activity_at:
            return tr("Cadangan {when}: {cases} kasus, {size} MB.").format(
                when=when, cases=self.found.cases, size=size)
        return tr("Cadangan {when}: {cases} kasus, perubahan terakhir {last}, {size} MB.").format(
            when=when, cases=self.found.cases, size=size,
            last=format_datetime(self.found.last_activity_at))


def made_at(path: Path) -> datetime:
    for fmt in (NAME_FORMAT, SAFETY_FORMAT, PLAIN_ASIDE_FORMAT):
        try:
            return datetime.strptime(path.name, fmt)
        except ValueError:
            continue
    return datetime.fromtimestamp(path.stat().st_mtime)


def describe_backup(path: Path, key: bytes | None = None) -> BackupFile:
    """Check a would-be backup fully (LK3 file, whole, not from a newer program); an
    encrypted one with `key`. Without a key an encrypted backup is only described: when it
    was made, its size, and that it is encrypted."""
    path = Path(path)
    try:
        stamp = made_at(path)
    except OSError:
        return BackupFile(path, datetime.min, None, tr(
            "Berkas {path} tidak ditemukan atau tidak dapat dibaca.").format(path=path))
    encrypted = is_encrypted(path)
    if encrypted and key is None:
        try:
            size = f"{path.stat().st_size / 1024 / 1024:.1f}".replace(".", ",")
        except OSError:
            size = "?"
        return BackupFile(path, stamp, None, tr(
            "Cadangan {when}: terenkripsi, {size} MB; isinya dapat diperiksa dengan kuncinya.").format(
                when=format_datetime(stamp.isoformat(timespec="minutes")), size=size),
            encrypted=True, needs_key=True)
    try:
        return BackupFile(path, stamp, verify_file(path, key=key), encrypted=encrypted)
    except DatabaseRefused as exc:
        return BackupFile(path, stamp, None, str(exc), exc.detail, encrypted=encrypted,
                          needs_key=exc.needs_key, wrong_key=exc.wrong_key)


def restore_candidates(db_path: Path) -> list[Path]:
    """Backups and safety copies in backups/ beside the database, newest first."""
    folder = automatic_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and p.suffix == ".sqlite"
             and not p.name.startswith("rusak-")]
    stamped = []
    for p in found:
        try:
            stamped.append((made_at(p), p.name, p))
        except OSError:
            continue
    return [p for _t, _n, p in sorted(stamped, reverse=True)]


def newest_usable_backup(db_path: Path, key: bytes | None = None) -> BackupFile | None:
    """The newest backup beside the database that passes the full check (an encrypted one
    with `key`), if any."""
    for path in restore_candidates(db_path):
        described = describe_backup(path, key)
        if described.usable:
            return described
    return None


class RestoreError(Exception):
    """The restore did not happen; one line saying why (through tr()). The database file is as
    it was."""


def _free_name(path: Path) -> Path:
    """`path`, or path-2, path-3… if taken: a copy kept aside is never overwritten (two
    restores in one second)."""
    candidate, n = path, 1
    while candidate.exists() or key_file_path(candidate).exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _copy_aside(path: Path, target: Path) -> None:
    """Byte-for-byte copy (a damaged file stays exactly as it was), fsynced, then renamed."""
    byte_copy(path, target)


def _keys_for_restored(db_path: Path, source: Path, key: bytes | None) -> tuple[bool, KeyFile | None]:
    """What becomes of the key file beside the database: (keep the current one as it is, or
    else the one to write in its place, None for none).

    The backup's own key file (`<backup>.keys`) goes with it. Without one, the current key
    file stays if it holds the backup's key (the same database, earlier), and for a plain
    backup (its passwords still give the file key, with which the restored plain file can be
    encrypted again); otherwise there is none, and the recovery key opens the restored file.
    """
    with contextlib.suppress(KeyFileError):
        own = KeyFile.load(source)
        if own is not None and (key is None or own.matches(key)):
            return False, own.copy_for(db_path)
    try:
        current = KeyFile.load(db_path)
    except KeyFileError:
        return False, None
    if current is None:
        return True, None
    if key is None or current.matches(key):
        return True, None
    return False, None


def restore_from(db_path: Path, source: Path, *, now: datetime,
                 aside_format: str = SAFETY_FORMAT, key: bytes | None = None) -> Path | None:
    """Put the backup `source` in place of the database at `db_path`.

    The backup must be an LK3 database that passes integrity_check and is not from a newer
    program; an encrypted backup is checked and copied with `key`, its file key (the key
    derived from its recovery key, for a backup from another laptop). The current file
    (whatever state it is in) is first copied byte for byte into backups/ as
    sebelum-pulih-…sqlite (or rusak-…sqlite for a damaged one, `aside_format`), with its
    journal and its key file if there are any. The backup is then copied and checked beside
    the database and renamed over it, so at every moment the path holds either the old file or
    the whole restored one. The key file beside it becomes the backup's (`<backup>.keys`), or
    stays if it holds the backup's key, or is removed (then the recovery key opens the file):
    see _keys_for_restored. The database must not be open. Returns the copy kept aside (None
    if there was no current file).
    """
    db_path, source = Path(db_path), Path(source)
    if db_path.is_dir():
        raise RestoreError(tr("{path} adalah folder; sebutkan berkas basis data.").format(
            path=db_path))
    if not db_path.parent.is_dir():
        raise RestoreError(tr("Folder {folder} tidak ada.").format(folder=db_path.parent))
    if db_path.exists() and source.exists() and os.path.samefile(db_path, source):
        raise RestoreError(tr("Berkas cadangan yang dipilih adalah basis data yang sedang dipakai."))
    try:
        verify_file(source, key=key)
    except DatabaseRefused as exc:
        raise RestoreError(tr("Cadangan tidak dapat dipakai: {error}").format(error=exc)) from exc
    copy_key = key if is_encrypted(source) else None
    journal = db_path.with_name(db_path.name + "-journal")
    keys = key_file_path(db_path)
    aside: Path | None = None
    tmp = db_path.with_name(db_path.name + ".pulih")
    keep_keys, new_keys = _keys_for_restored(db_path, source, copy_key)
    parked_keys = keys.with_name(keys.name + ".pulih")
    try:
        if db_path.exists():
            folder = automatic_folder(db_path)
            folder.mkdir(exist_ok=True)
            aside = _free_name(folder / now.strftime(aside_format))
            _copy_aside(db_path, aside)
            if journal.exists():
                _copy_aside(journal, aside.with_name(aside.name + "-journal"))
            if keys.exists():
                _copy_aside(keys, key_file_path(aside))
        tmp.unlink(missing_ok=True)
        src = _ro_connect(source, copy_key)
        try:
            target = _target(tmp, copy_key)
            try:
                src.backup(target)
            finally:
                target.close()
        finally:
            src.close()
        fsync_file(tmp)
        check_file(tmp, key=copy_key)
        # A journal left beside the old file would be "rolled back" into the restored one:
        # move it out of the way, and back if the swap fails (the old file needs it). The key
        # file likewise: the old one is parked, the new one put in place, and both undone if
        # the database cannot be swapped.
        parked = journal.with_name(journal.name + ".pulih")
        if journal.exists():
            os.replace(journal, parked)
        if keys.exists() and not keep_keys:
            os.replace(keys, parked_keys)
        try:
            if new_keys is not None:
                new_keys.save()
            os.replace(tmp, db_path)
        except (OSError, KeyFileError):
            if parked.exists():
                os.replace(parked, journal)
            if not keep_keys:
                keys.unlink(missing_ok=True)
                if parked_keys.exists():
                    os.replace(parked_keys, keys)
            raise
        parked.unlink(missing_ok=True)
        parked_keys.unlink(missing_ok=True)
        fsync_dir(db_path.parent)
    except DatabaseRefused as exc:
        tmp.unlink(missing_ok=True)
        raise RestoreError(tr("Salinan hasil pemulihan tidak lolos pemeriksaan: {error}").format(
            error=exc)) from exc
    except KeyFileError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise RestoreError(str(exc)) from exc
    except OS_OR_DB_ERRORS as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise RestoreError(_explain(exc, db_path.parent)) from exc
    return aside
