"""Backups of the one database file: SQLite's online backup into the target folder, checked,
then renamed into place; automatic backups beside the database, thinned by domain.backups."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lk3_desktop.domain.backups import KeepRule, to_delete
from lk3_desktop.store.database import DatabaseRefused, _ro_connect, check_file, inspect_file

NAME_FORMAT = "lk3-%Y%m%d-%H%M%S.sqlite"
Progress = Callable[[int, int], None]  # pages copied, pages in all


class BackupError(Exception):
    """The backup could not be made; one Indonesian line saying why. Nothing was left under
    the final name."""


def _explain(exc: OSError | sqlite3.Error, target: Path) -> str:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return f"Ruang di {target} penuh."
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return f"{target} tidak dapat ditulisi (hanya-baca atau tanpa izin)."
    if not target.is_dir():
        return f"{target} tidak dapat diakses lagi (flashdisk dicabut?)."
    if code == errno.EIO or "disk i/o" in text:
        # SQLite says "disk I/O error" for a full stick as well: look at the free space.
        with contextlib.suppress(OSError):
            if shutil.disk_usage(target).free < 1024 * 1024:
                return f"Ruang di {target} penuh."
    return f"Gagal menulis ke {target} ({exc})."


def backup_to(db_path: Path, folder: Path, *, now: datetime,
              progress: Progress | None = None) -> Path:
    """Copy the database into `folder` as lk3-YYYYMMDD-HHMMSS.sqlite and return that path.

    Works while the program is open and writing (SQLite's backup API copies a consistent
    snapshot). The copy is written under a temporary name, passes integrity_check, and only
    then is renamed; on any failure the temporary file is removed.
    """
    inspect_file(db_path)
    if not folder.is_dir():
        raise BackupError(f"Folder tujuan {folder} tidak ada atau tidak dapat diakses.")
    final = folder / now.strftime(NAME_FORMAT)
    tmp = folder / (final.name + ".sebagian")
    try:
        source = _ro_connect(db_path)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                target.execute("PRAGMA journal_mode=DELETE")
                source.backup(target, pages=256, progress=(
                    None if progress is None
                    else lambda _status, remaining, total: progress(total - remaining, total)))
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
        raise BackupError(f"Salinan tidak lolos pemeriksaan: {exc}") from exc
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
    folder.mkdir(exist_ok=True)
    existing = backups_in(folder)
    if existing and (now - max(existing)).total_seconds() < min_hours * 3600:
        return None
    made = backup_to(db_path, folder, now=now)
    existing = backups_in(folder)
    for stamp in to_delete(list(existing), rule):
        existing[stamp].unlink(missing_ok=True)
    return made
