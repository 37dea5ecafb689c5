"""Writing files so that a crash or power cut leaves the old one or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

OWNER_ONLY = 0o600


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no such call)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replaceable(path: Path) -> bool:
    """Whether `path` may be renamed over: absent, or a regular file (never a device, FIFO,
    folder or link, whatever a mistake or a malicious hand put there)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return True
    return stat.S_ISREG(st.st_mode)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` owner-only: a temporary file beside it, fsynced, renamed over
    it, the folder fsynced. Raises OSError (the temporary file removed) or FileExistsError if
    `path` is something other than a regular file."""
    if not replaceable(path):
        raise FileExistsError(17, "not a regular file", str(path))
    tmp = path.with_name(path.name + ".baru")
    tmp.unlink(missing_ok=True)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     OWNER_ONLY)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def byte_copy(source: Path, target: Path) -> None:
    """Copy `source` byte for byte to `target` (owner-only), fsynced, under a temporary name
    first, so `target` is never a partial copy."""
    if not replaceable(target):
        raise FileExistsError(17, "not a regular file", str(target))
    tmp = target.with_name(target.name + ".sebagian")
    try:
        tmp.unlink(missing_ok=True)
        shutil.copyfile(source, tmp)
        with contextlib.suppress(OSError):  # FAT sticks and Windows take no modes
            os.chmod(tmp, OWNER_ONLY)
        fsync_file(tmp)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
