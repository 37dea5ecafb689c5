"""The test suite collects where POSIX-only modules are missing (Windows), checked on Linux too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Modules that exist only on POSIX systems, and names of os and signal that Windows lacks.
POSIX_ONLY_MODULES = ("resource", "fcntl", "pwd", "grp", "termios", "tty", "pty", "posix",
                      "syslog", "crypt", "spwd", "nis", "readline")
POSIX_ONLY_NAMES = {
    "os": ("geteuid", "getuid", "getegid", "getgid", "getpgid", "setsid", "killpg", "fork",
           "sync", "statvfs", "setpriority", "chown", "lchown"),
    "signal": ("SIGKILL", "SIGXFSZ", "SIGALRM", "SIGHUP", "SIGQUIT", "SIGSTOP", "SIGCONT",
               "SIGUSR1", "SIGUSR2", "alarm", "setitimer", "pthread_kill"),
}

# Runs in a fresh interpreter: make those modules unimportable and those names absent, then
# let pytest collect the whole suite. Anything a test module needs of them at import time (or a
# skipif condition that calls one) is then a collection error, as it would be on Windows.
# platformdirs is imported first: it picks its Linux half by platform and that half uses them.
COLLECT = r"""
import importlib.abc, os, signal, sys

import platformdirs

BLOCKED = set(sys.argv[1].split(","))


class NoPosix(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked: POSIX only)", name=name)
        return None


for name in list(sys.modules):
    if name.partition(".")[0] in BLOCKED:
        del sys.modules[name]
sys.meta_path.insert(0, NoPosix())
for module, names in ((os, sys.argv[2]), (signal, sys.argv[3])):
    for attr in names.split(","):
        if hasattr(module, attr):
            delattr(module, attr)

import pytest

sys.exit(pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "tests"]))
"""


@pytest.mark.slow  # a second pytest collects the whole suite
def test_suite_collects_without_posix_only_modules():
    done = subprocess.run(
        [sys.executable, "-c", COLLECT, ",".join(POSIX_ONLY_MODULES),
         ",".join(POSIX_ONLY_NAMES["os"]), ",".join(POSIX_ONLY_NAMES["signal"])],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=300)
    report = "\n".join(line for line in done.stdout.splitlines() if "::" not in line)
    assert done.returncode == 0, report + done.stderr[-4000:]
