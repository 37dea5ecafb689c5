"""One program per database file, on this laptop or another one sharing the folder.

A second window on the same file would show stale lists and could overwrite a case being
edited in the first. The lock is a QLockFile beside the database (`lk3.sqlite.lock`): it
names the process and the computer, and its age says since when it is held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.i18n import tr


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds the lock on a database file."""

    computer: str
    pid: int
    since: datetime | None

    @property
    def this_computer(self) -> bool:
        return self.computer == QSysInfo.machineHostName()

    def describe(self, db_path: Path) -> str:
        values = {"file": db_path.name, "computer": self.computer, "pid": self.pid,
                  "since": (format_datetime(self.since.isoformat(timespec="minutes"))
                            if self.since else "")}
        if self.this_computer:
            text = (tr("Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini sejak "
                       "{since} (proses {pid}).") if self.since else
                    tr("Berkas {file} sedang dibuka oleh LK3 Desktop di komputer ini "
                       "(proses {pid})."))
        else:
            text = (tr("Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama "
                       "\"{computer}\" sejak {since} (proses {pid}).") if self.since else
                    tr("Berkas {file} sedang dibuka oleh LK3 Desktop di komputer lain bernama "
                       "\"{computer}\" (proses {pid})."))
        return text.format(**values)


def _lock(db_path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(db_path)))
    # Stale only when its process is gone (checked on this computer), however old it is: a
    # program left open over a long weekend still holds its file.
    lock.setStaleLockTime(0)
    return lock


class LockUnavailable(Exception):
    """No lock can be made at all (read-only folder, no permission); one line for the user."""


def lock_database(db_path: Path) -> QLockFile | None:
    """The held lock, or None if another LK3 Desktop holds it. A lock left by a crashed
    program on this computer is taken over. Raises LockUnavailable if the folder does not
    take a lock file (then it would not take the database's journal either)."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LockUnavailable(
            tr("Folder {folder} tidak dapat dibuat.").format(folder=db_path.parent)) from exc
    lock = _lock(db_path)
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        raise LockUnavailable(
            tr("Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Salin berkas "
               "{file} ke folder yang dapat ditulisi, mis. Dokumen, lalu buka dari sana.").format(
                folder=db_path.parent, file=db_path.name))
    return None


def holder(db_path: Path) -> Holder | None:
    """Who holds the lock now, read from the lock file; None if nobody does."""
    lock = _lock(db_path)
    found = lock.getLockInfo()
    if not found:
        return None
    pid, computer, _app = found
    if not pid:  # an empty or unreadable lock file (cut off by a power failure)
        return None
    try:
        since = datetime.fromtimestamp(lock_path(db_path).stat().st_mtime)
    except OSError:
        since = None
    return Holder(computer or "?", int(pid), since)


def take_over(db_path: Path) -> QLockFile | None:
    """Remove a lock the user says is left over (e.g. a laptop that died while the file was
    open on a shared folder: its process cannot be checked from here) and take it."""
    lock = _lock(db_path)
    lock.removeStaleLockFile()
    return lock if lock.tryLock(100) else None
