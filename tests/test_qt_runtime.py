"""The Python + PySide6 pair keeps None alive: no abort after thousands of Qt calls (issue 8)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from lk3_desktop import qt_runtime

ROOT = Path(__file__).resolve().parents[1]


def _run_helper(*args: str) -> dict:
    """tests/helpers/none_refcount.py in a fresh interpreter: an abort there must not take
    pytest with it, and the count must start from a process that did nothing else."""
    done = subprocess.run([sys.executable, "-m", "tests.helpers.none_refcount", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"ended with {done.returncode}:\n{done.stderr[-2000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_200000_void_qt_calls_end_normally_with_none_intact():
    result = _run_helper("bare", "--calls", "200000")
    assert result["after"] >= result["before"], result


@pytest.mark.slow
def test_main_window_survives_search_typing_and_autosaves_with_none_intact():
    result = _run_helper("window", "--keys", "2000", "--saves", "300")
    assert result["saved"], "the autosaves never wrote the new case"
    assert result["after"] >= result["before"], result


def test_installed_pair_is_sound_and_the_guard_leaves_it_alone():
    sound, line = qt_runtime.describe()
    assert sound, line
    assert "referensi None tetap" in line
    before = sys.getrefcount(None)
    assert qt_runtime.guard_none_refcount() == 0
    assert sys.getrefcount(None) < before + qt_runtime.IMMORTAL_MARGIN // 2


@pytest.mark.slow
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_guard_lifts_none_out_of_reach_when_a_build_leaks():
    # A stand-in for the broken build: each call drops one reference to None, as 6.12.0 does.
    # In a child process, so this one's None is never touched.
    script = """
import ctypes, sys
from lk3_desktop import qt_runtime
leak = lambda: ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))
sound, line = qt_runtime.describe(qt_runtime.none_refs_lost(call=leak))
lost = qt_runtime.guard_none_refcount(call=leak)
print(sound, lost, sys.getrefcount(None) > qt_runtime.IMMORTAL_MARGIN, line)
for _ in range(50_000):
    leak()  # ten times what None had before the guard: without it, none_dealloc
print("survived")
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    first, last = done.stdout.strip().splitlines()
    sound, lost, lifted, line = first.split(" ", 3)
    assert (sound, lifted) == ("False", "True")
    assert int(lost) >= qt_runtime.PROBE_CALLS - qt_runtime.TOLERATED
    assert "referensi None hilang" in line and "Pasang PySide6" in line
    assert last == "survived"


def test_pins_never_allow_the_crashing_pair_on_python_311():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    on_311 = {}
    for text in deps:
        req = Requirement(text)
        if req.marker is None or req.marker.evaluate({"python_version": "3.11"}):
            on_311[req.name.lower()] = req.specifier
    assert not on_311["pyside6-essentials"].contains("6.12.0")
    assert on_311["pyside6-essentials"].contains("6.11.3")
    assert "pyside6" not in on_311  # never the 770 MB metapackage
    assert "pyside6-pdf" not in on_311  # only built for 6.12; QtPdf comes from Addons here
    assert on_311["pyside6-addons"].contains("6.11.3")
