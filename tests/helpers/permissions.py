"""Run a script as permissions apply to an ordinary user: root ignores file modes, so as
root the child runs without the capabilities that override them (util-linux setpriv)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_as_ordinary_user(script: str, *args: str) -> subprocess.CompletedProcess:
    """`python -c script args…` with the package importable; skips the test where file
    modes cannot be made to count (root without setpriv, or no POSIX permissions)."""
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions")
    command = [sys.executable, "-c", script, *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root without setpriv: permissions cannot be tested")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=60)
