"""Checks the Python + PySide6 pair at start-up: some builds lose a reference to None per call.

PySide6 6.12.0 on Python 3.11 lowers the reference count of ``None`` by one on every Python
call of a Qt method that returns nothing (``setText``, ``QTimer.start``, ``processEvents``, …).
Python 3.11 still counts references to ``None`` (it became immortal only in 3.12), so after a few
thousand such calls the count reaches zero and the process aborts with ``none_dealloc`` —
losing whatever was typed since the last autosave and leaving a stale lock.

``pyproject.toml`` pins a sound pair (PySide6 6.11.3 on Python 3.11; 6.12 only on Python ≥ 3.12),
so :func:`none_refs_lost` should find nothing. :func:`guard_none_refcount` is the second line of
defence for a laptop where someone upgraded PySide6 by hand: it measures the loss and, only if
there is one, lifts ``None``'s count so far above zero that no working day can bring it down,
which is what Python 3.12 does for every interpreter. :func:`describe` is the one line that a
self-check and the log show.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

PROBE_CALLS = 1000
# A sound build loses none; allow a handful for anything else the interpreter does meanwhile.
TOLERATED = PROBE_CALLS // 100
# 2**40 lost references at four per keystroke is some 270 billion keystrokes.
IMMORTAL_MARGIN = 1 << 40


def _void_qt_call() -> Callable[[], object]:
    """A Qt method that returns nothing and needs no QApplication: the smallest probe."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return lambda: probe.setObjectName("lk3-probe")


def none_refs_lost(calls: int = PROBE_CALLS, call: Callable[[], object] | None = None) -> int:
    """How many references to None `calls` void Qt calls lost; 0 on a sound build.

    On Python ≥ 3.12 ``None`` is immortal and its count never moves, so this is 0 there too.
    `call` replaces the Qt call (tests use it).
    """
    call = call or _void_qt_call()
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    return max(0, before - sys.getrefcount(None))


def _refcount_cell() -> ctypes.c_ssize_t | None:
    """None's ob_refcnt as a writable cell, or None where the object layout is not the plain
    one (a debug build with extra fields before the count): then we never write to it."""
    cell = ctypes.c_ssize_t.from_address(id(None))
    # getrefcount's own argument adds one; allow a little drift while we look.
    if abs(cell.value - (sys.getrefcount(None) - 1)) > 2:
        return None
    return cell


def guard_none_refcount(call: Callable[[], object] | None = None) -> int:
    """On Python 3.11 with a leaking PySide6, keep ``None``'s count from ever reaching zero.

    Returns how many references the probe saw lost, or 0 for a sound pair (then nothing was
    done). Call it once, early, before other threads start. The leak itself goes on: this only
    moves the floor out of reach.
    """
    if sys.version_info >= (3, 12):
        return 0
    lost = none_refs_lost(call=call)
    if lost <= TOLERATED:
        return 0
    cell = _refcount_cell()
    if cell is None:
        log.error("PySide6 loses a reference to None per call and None's count cannot be "
                  "raised here; the program may abort after some thousands of actions")
        return lost
    cell.value += IMMORTAL_MARGIN
    log.warning("PySide6 %s loses a reference to None per call on Python %s; None's count "
                "was raised by %d so the program cannot abort. Install the pinned PySide6.",
                _pyside_version(), _python_version(), IMMORTAL_MARGIN)
    return lost


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


def _python_version() -> str:
    return ".".join(str(n) for n in sys.version_info[:3])


def describe(lost: int | None = None) -> tuple[bool, str]:
    """(sound, one line) about this Python + PySide6 pair, for a self-check and the log."""
    if lost is None:
        lost = none_refs_lost()
    pair = f"Python {_python_version()} + PySide6 {_pyside_version()}"
    if lost <= TOLERATED:
        return True, f"{pair}: referensi None tetap ({PROBE_CALLS} panggilan Qt)"
    return False, (f"{pair}: {lost} referensi None hilang dalam {PROBE_CALLS} panggilan Qt; "
                   "program dapat berhenti mendadak. Pasang PySide6 versi yang ditetapkan.")
