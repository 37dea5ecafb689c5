"""Killed with SIGKILL at random moments, many times over, the file stays intact and complete.

A short run of the fault suite in tests/faults.py (`python tests/faults.py` runs 200 kills),
and proof that its check is not a no-op.
"""

from __future__ import annotations

import signal

import pytest

from lk3_desktop.store import open_store
from tests.faults import expect, parse_output, run_kills, verify_file
from tests.helpers import cases
from tests.helpers.encryption import plain_and_encrypted
from tests.helpers.fault_writer import token_of


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@plain_and_encrypted
def test_random_sigkills_leave_an_intact_file_with_every_reported_step(tmp_path, file_key):
    # 10 kills on each kind of file: the 20 the suite always ran, within its time. `make
    # faults` runs 200 (tests/faults.py --encrypted for an encrypted file).
    report = run_kills(tmp_path / "lk3.sqlite", kills=10, seed=20261128, max_saves=30,
                       key=file_key)
    assert report.reasons == []
    assert report.failures == 0
    assert report.kills == 10
    assert report.saves_verified > 0
    assert report.cut_off > 0  # some kills did land inside a transaction


def _saved_case(db_path, staff, key=None):
    """A case with steps 1..3 complete, step 4 a draft, each holding a token as the writer's."""
    store = open_store(db_path, key=key)
    rid = cases.complete_case(store, staff, upto=3)
    store.save_step(rid, 1, {"complaint": "[t.1] Keluhan"})
    store.save_step(rid, 2, {"notes": "[t.2] Catatan"})
    store.save_step(rid, 3, {"frequency": "[t.3]"})
    store.save_step(rid, 4, {"strengths": "[t.4] Kooperatif"})
    store.close()
    return rid


@plain_and_encrypted
def test_checker_passes_a_file_holding_what_was_reported(db_path, staff, file_key):
    rid = _saved_case(db_path, staff, file_key)
    saves, pending = parse_output(
        f"{rid} 1 complete t.1\n{rid} 2 complete t.2\n{rid} 3 complete t.3\n"
        f"{rid} 4 draft t.4\n? t.5\n{rid} 4 compl")  # the last line cut off by the kill
    assert len(saves) == 4 and pending == "t.5"
    assert verify_file(db_path, expect(saves, pending=pending), file_key) == []


@plain_and_encrypted
def test_checker_fails_when_a_reported_save_is_not_in_the_file(db_path, staff, file_key):
    rid = _saved_case(db_path, staff, file_key)
    good = f"{rid} 1 complete t.1\n{rid} 4 draft t.4\n"
    for line, complaint in (
            ("no-such-case 1 complete t.9\n", "langkah 1 kasus no-such-case hilang"),
            (f"{rid} 5 draft t.9\n", f"langkah 5 kasus {rid} hilang"),
            (f"{rid} 4 complete t.9\n", f"langkah 4 kasus {rid}: status draft"),
            (f"{rid} 2 complete t.9\n", f"langkah 2 kasus {rid}: isi t.2")):
        saves, pending = parse_output(good + line)
        problems = verify_file(db_path, expect(saves, pending=pending), file_key)
        assert len(problems) == 1 and problems[0].startswith(complaint), (line, problems)


@plain_and_encrypted
def test_checker_fails_on_a_damaged_file(db_path, staff, file_key):
    rid = _saved_case(db_path, staff, file_key)
    data = bytearray(db_path.read_bytes())
    data[4096 + 8:4096 + 24] = b"\xff" * 16  # garble a b-tree page's header
    db_path.write_bytes(bytes(data))
    saves, _ = parse_output(f"{rid} 1 complete t.1\n")
    assert verify_file(db_path, expect(saves), file_key)


def test_token_of():
    assert token_of("[ab.12] teks") == "ab.12"
    assert token_of("teks") is None and token_of(None) is None
