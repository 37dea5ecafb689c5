"""A process killed with SIGKILL mid-save leaves an intact file with every committed step."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lk3_desktop.store import check_file, open_store
from tests.helpers.encryption import assert_unreadable, key_hex, plain_and_encrypted

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@plain_and_encrypted
@pytest.mark.parametrize("kill_after", [7, 23, 41])
def test_sigkill_while_saving_loses_no_completed_step(db_path, kill_after, file_key):
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", str(db_path), key_hex(file_key)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    done: list[tuple[str, int]] = []
    try:
        for line in child.stdout:
            rid, step = line.split()
            done.append((rid, int(step)))
            if len(done) >= kill_after:
                break  # the child is already inside its next transaction
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert len(done) == kill_after, child.stderr.read()

    if file_key:  # the file and whatever journal the kill left hold no readable client data
        journal = db_path.with_name(db_path.name + "-journal")
        for path in (db_path, journal) if journal.exists() else (db_path,):
            assert_unreadable(path, "Ni Luh Putu Ayu D'Costa", "Dideportasi")
    assert check_file(db_path, key=file_key).startswith("OK")
    store = open_store(db_path, key=file_key)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for rid, step in done:
        assert store.step_records(rid)[step]["status"] == "complete", (rid, step)
    store.close()
