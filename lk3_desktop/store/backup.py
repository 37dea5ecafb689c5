"""Backups of the one database file: SQLite's online backup into the target folder, checked,
then renamed into place; automatic backups beside the database, thinned by domain.backups;
and restoring one, with the current file kept aside first."""

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

from lk3_desktop.domain.backups import KeepRule, to_delete
from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.i18n import tr
from lk3_desktop.store.database import (
    DatabaseRefused,
    Verified,
    _ro_connect,
    check_file,
    inspect_file,
    verify_file,
)

NAME_FORMAT = "lk3-%Y%m%d-%H%M%S.sqlite"
# The current file, kept aside before a restore puts a backup in its place: restoring this
# one undoes the restore. Never thinned.
SAFETY_FORMAT = "sebelum-pulih-%Y%m%d-%H%M%S.sqlite"
# A damaged file found at start, kept aside byte for byte before a backup replaces it.
DAMAGED_FORMAT = "rusak-%Y%m%d-%H%M%S.sqlite"
Progress = Callable[[int, int], None]  # pages copied, pages in all


class BackupError(Exception):
    """The backup could not be made; one line saying why (through tr()). Nothing was left under
    the final name. `source_damaged`: the copy failed its check, and as it is a page-for-page
    image of the database, the database itself is most likely damaged."""

    def __init__(self, message: str, *, source_damaged: bool = False):
        super().__init__(message)
        self.source_damaged = source_damaged


def _explain(exc: OSError | sqlite3.Error, target: Path) -> str:
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


def _copy(source: sqlite3.Connection, target: sqlite3.Connection,
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


def backup_to(db_path: Path, folder: Path, *, now: datetime,
              progress: Progress | None = None) -> Path:
    """Copy the database into `folder` as lk3-YYYYMMDD-HHMMSS.sqlite and return that path.

    Works while the program is open and writing (SQLite's backup API copies a consistent
    snapshot). The copy is written under a temporary name, passes integrity_check, and only
    then is renamed; on any failure the temporary file is removed.
    """
    inspect_file(db_path)
    if not folder.is_dir():
        raise BackupError(tr("Folder tujuan {folder} tidak ada atau tidak dapat diakses.").format(
            folder=folder))
    final = folder / now.strftime(NAME_FORMAT)
    tmp = folder / (final.name + ".sebagian")
    try:
        source = _ro_connect(db_path)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                target.execute("PRAGMA journal_mode=DELETE")
                _copy(source, target, progress)
            finally:
                target.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:  # on the stick, not only in the OS cache
            os.fsync(fh.fileno())
        check_file(tmp)
        os.replace(tmp, final)
    except DatabaseRefused as exc:
        tmp.unlink(missing_ok=True)
        if exc.damaged:
            raise BackupError(tr(
                "Salinan tidak lolos pemeriksaan, jadi basis data {name} sendiri "
                "kemungkinan rusak. Jangan timpa cadangan lama; pulihkan dari cadangan terakhir "
                "yang utuh (Berkas → Pulihkan dari cadangan).").format(name=db_path.name),
                source_damaged=True) from exc
        raise BackupError(tr("Salinan tidak dapat diperiksa: {error}").format(error=exc)) from exc
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # the stick may be gone already
            tmp.unlink(missing_ok=True)
        raise BackupError(_explain(exc, folder)) from exc
    return final


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
                     min_hours: float = 24) -> Path | None:
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
    made = backup_to(db_path, folder, now=now)
    existing = backups_in(folder)
    for stamp in to_delete(list(existing), rule):
        existing[stamp].unlink(missing_ok=True)
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
    for fmt in (NAME_FORMAT, SAFETY_FORMAT):
        try:
            return datetime.strptime(path.name, fmt)
        except ValueError:
            continue
    return datetime.fromtimestamp(path.stat().st_mtime)


def describe_backup(path: Path) -> BackupFile:
    """Check a would-be backup fully (LK3 file, whole, not from a newer program)."""
    path = Path(path)
    try:
        stamp = made_at(path)
    except OSError:
        return BackupFile(path, datetime.min, None, tr(
            "Berkas {path} tidak ditemukan atau tidak dapat dibaca.").format(path=path))
    try:
        return BackupFile(path, stamp, verify_file(path))
    except DatabaseRefused as exc:
        return BackupFile(path, stamp, None, str(exc), exc.detail)


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


def newest_usable_backup(db_path: Path) -> BackupFile | None:
    """The newest backup beside the database that passes the full check, if any."""
    for path in restore_candidates(db_path):
        described = describe_backup(path)
        if described.usable:
            return described
    return None


class RestoreError(Exception):
    """The restore did not happen; one line saying why (through tr()). The database file is as
    it was."""


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":  # so the rename itself survives a power cut
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _free_name(path: Path) -> Path:
    """`path`, or path-2, path-3… if taken: a copy kept aside is never overwritten (two
    restores in one second)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _copy_aside(path: Path, target: Path) -> None:
    """Byte-for-byte copy (a damaged file stays exactly as it was), fsynced, then renamed."""
    tmp = target.with_name(target.name + ".sebagian")
    try:
        shutil.copyfile(path, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def restore_from(db_path: Path, source: Path, *, now: datetime,
                 aside_format: str = SAFETY_FORMAT) -> Path | None:
    """Put the backup `source` in place of the database at `db_path`.

    The backup must be an LK3 database that passes integrity_check and is not from a newer
    program. The current file (whatever state it is in) is first copied byte for byte into
    backups/ as sebelum-pulih-…sqlite (or rusak-…sqlite for a damaged one, `aside_format`),
    with its journal if there is one. The backup is then copied and checked beside the
    database and renamed over it, so at every moment the path holds either the old file or
    the whole restored one. The database must not be open. Returns the copy kept aside (None
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
        verify_file(source)
    except DatabaseRefused as exc:
        raise RestoreError(tr("Cadangan tidak dapat dipakai: {error}").format(error=exc)) from exc
    journal = db_path.with_name(db_path.name + "-journal")
    aside: Path | None = None
    tmp = db_path.with_name(db_path.name + ".pulih")
    try:
        if db_path.exists():
            folder = automatic_folder(db_path)
            folder.mkdir(exist_ok=True)
            aside = _free_name(folder / now.strftime(aside_format))
            _copy_aside(db_path, aside)
            if journal.exists():
                _copy_aside(journal, aside.with_name(aside.name + "-journal"))
        tmp.unlink(missing_ok=True)
        src = _ro_connect(source)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                target.execute("PRAGMA journal_mode=DELETE")
                src.backup(target)
            finally:
                target.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check_file(tmp)
        # A journal left beside the old file would be "rolled back" into the restored one:
        # move it out of the way, and back if the swap fails (the old file needs it).
        parked = journal.with_name(journal.name + ".pulih")
        if journal.exists():
            os.replace(journal, parked)
        try:
            os.replace(tmp, db_path)
        except OSError:
            if parked.exists():
                os.replace(parked, journal)
            raise
        parked.unlink(missing_ok=True)
        _fsync_dir(db_path.parent)
    except DatabaseRefused as exc:
        tmp.unlink(missing_ok=True)
        raise RestoreError(tr("Salinan hasil pemulihan tidak lolos pemeriksaan: {error}").format(
            error=exc)) from exc
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise RestoreError(_explain(exc, db_path.parent)) from exc
    return aside
