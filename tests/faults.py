"""SIGKILL fault suite (not a unit test): kill a saving process at random moments, many times.

Each round starts tests/helpers/fault_writer.py on the SAME database file (so any damage would
accumulate), lets it save wizard steps, kills it with SIGKILL at a random moment (during start
up, a random time after its first save, or a fraction of a millisecond to tens of
milliseconds after its n-th save, i.e. inside a transaction) and then checks the file:
`check_file` says OK (it rolls back the cut-off transaction), PRAGMA integrity_check is ok, and
every step ever reported saved is there with at least the reported status and the reported
content (or, for the one save in flight at the kill, possibly that save's content).

    .venv/bin/python tests/faults.py [--kills N] [--seed S] [--keep DIR] [--encrypted]

prints one line with the figures and exits 1 if any file failed. `--encrypted` runs it on an
encrypted file (SQLCipher) with a random key. A failed file is kept, as
it was before the check touched it (with its -journal), for reproduction. tests/store/
test_faults.py runs a short version with pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: `python tests/faults.py`
    sys.path.insert(0, str(ROOT))

from lk3_desktop.store import DatabaseRefused, check_file  # noqa: E402
from lk3_desktop.store.database import _ro_connect  # noqa: E402
from lk3_desktop.store.drivers import DATABASE_ERRORS  # noqa: E402
from tests.helpers.encryption import key_hex  # noqa: E402
from tests.helpers.fault_writer import TOKEN_FIELD, token_of  # noqa: E402

RANK = {"draft": 0, "complete": 1}
WRITER = "tests.helpers.fault_writer"  # the child's module (python -m)
FIRST_LINE_TIMEOUT = 60.0  # seconds a writer may take to start (a slow, busy CI machine)


@dataclass(frozen=True)
class Save:
    """One save the writer reported committed."""

    rid: str
    step: int
    status: str
    token: str


@dataclass(frozen=True)
class Expect:
    status: str
    tokens: frozenset[str]  # content the step may hold: the last reported (+ one in flight)


@dataclass
class Report:
    kills: int = 0
    failures: int = 0
    reasons: list[str] = field(default_factory=list)
    saves_verified: int = 0
    seconds: float = 0.0
    cut_off: int = 0  # kills that left a transaction half-done (a journal to roll back)
    kept: list[Path] = field(default_factory=list)  # copies of failed files, for reproduction

    def line(self) -> str:
        return (f"SIGKILL-uji: {self.kills} kali dibunuh, {self.failures} berkas gagal, "
                f"{self.saves_verified} simpanan diperiksa, {self.seconds:.1f} s")


def parse_output(text: str) -> tuple[list[Save], str | None]:
    """The saves a writer reported, and the token of the save it had started but not reported.

    A last line cut off by the kill (no newline) is ignored: it was never fully reported.
    """
    saves: list[Save] = []
    pending: str | None = None
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break
        parts = line.split()
        if len(parts) == 2 and parts[0] == "?":
            pending = parts[1]
        elif len(parts) == 4 and parts[2] in RANK:
            saves.append(Save(parts[0], int(parts[1]), parts[2], parts[3]))
            pending = None
        else:
            raise ValueError(f"unexpected writer output: {line!r}")
    return saves, pending


def expect(saves: list[Save], expected: dict[tuple[str, int], Expect] | None = None,
           pending: str | None = None) -> dict[tuple[str, int], Expect]:
    """Add reported saves, in order, to what the file must hold; a step keeps the highest
    status it was reported with (a draft completed later is complete; complete stays so)."""
    out = dict(expected or {})
    for s in saves:
        old = out.get((s.rid, s.step))
        status = s.status if old is None or RANK[s.status] >= RANK[old.status] else old.status
        out[(s.rid, s.step)] = Expect(status, frozenset({s.token}))
    if pending:  # the save in flight may have committed: its content is allowed anywhere
        out = {k: Expect(e.status, e.tokens | {pending}) for k, e in out.items()}
    return out


def read_steps(conn) -> dict[tuple[str, int], tuple[str, str | None]]:
    """(rid, step) -> (status, token held in the step's token field), for every step record."""
    complaints = dict(conn.execute("SELECT id, complaint FROM referral"))
    goals = dict(conn.execute("SELECT referral_id, goal FROM action_item WHERE position = 0"))
    out = {}
    for rid, step, status, data in conn.execute(
            "SELECT referral_id, step, status, data FROM step_record"):
        if step == 1:
            text = complaints.get(rid)
        elif step == 6:
            text = goals.get(rid)
        else:
            text = json.loads(data or "{}").get(TOKEN_FIELD[step])
        out[(rid, step)] = (status, token_of(text))
    return out


def verify_file(db_path: Path, expected: dict[tuple[str, int], Expect],
                key: bytes | None = None) -> list[str]:
    """Everything wrong with the file after a kill; empty when it is intact and complete.

    Rolls back a cut-off transaction (through check_file, as opening the program would).
    """
    try:
        report = check_file(db_path, key=key)
    except DatabaseRefused as exc:
        return [f"check_file: {exc}"]
    if not report.startswith("OK"):
        return [f"check_file: {report}"]
    try:
        conn = _ro_connect(db_path, key)
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                return [f"integrity_check: {integrity[:3]}"]
            held = read_steps(conn)
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        return [f"tidak terbaca: {exc}"]
    problems = []
    for (rid, step), want in expected.items():
        got = held.get((rid, step))
        if got is None:
            problems.append(f"langkah {step} kasus {rid} hilang")
        elif RANK.get(got[0], -1) < RANK[want.status]:
            problems.append(f"langkah {step} kasus {rid}: status {got[0]}, dilaporkan {want.status}")
        elif got[1] not in want.tokens:
            problems.append(f"langkah {step} kasus {rid}: isi {got[1]}, dilaporkan "
                            f"{'/'.join(sorted(want.tokens))}")
    return problems


def settle(db_path: Path, expected: dict[tuple[str, int], Expect],
           key: bytes | None = None) -> dict[tuple[str, int], Expect]:
    """After a good check: each step must from now on hold exactly what it holds now (the save
    in flight either committed or not; either way that is settled)."""
    conn = _ro_connect(db_path, key)
    try:
        held = read_steps(conn)
    finally:
        conn.close()
    return {k: Expect(e.status, frozenset({held[k][1]})) for k, e in expected.items()}


class Child:
    """A running writer; a thread collects its output so the parent can wait on it."""

    def __init__(self, db_path: Path, seed: int, key: bytes | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", WRITER, str(db_path), str(seed), key_hex(key)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(
                [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])})
        self.out = bytearray()
        self.saves = 0
        self.eof = False
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self.cond:
                self.out += line
                if not line.startswith(b"?"):
                    self.saves += 1
                self.cond.notify_all()
        with self.cond:
            self.eof = True
            self.cond.notify_all()

    def wait_saves(self, n: int, timeout: float) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.saves >= n or self.eof, timeout) and not self.eof

    def kill(self) -> bool:
        """SIGKILL it; False if it had already ended by itself."""
        alive = self.proc.poll() is None
        if alive:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)
        self.proc.stdout.close()
        return alive

    def stderr_tail(self) -> str:
        text = self.proc.stderr.read().decode(errors="replace").strip()
        self.proc.stderr.close()
        return text.splitlines()[-1] if text else f"kode keluar {self.proc.returncode}"


def _snapshot(db_path: Path, to: Path) -> None:
    """Copy the file and its journal as they are, before the check rolls anything back."""
    for suffix in ("", "-journal"):
        src = db_path.with_name(db_path.name + suffix)
        dst = to.with_name(to.name + suffix)
        dst.unlink(missing_ok=True)
        if src.exists():
            shutil.copyfile(src, dst)


def run_kills(db_path: Path, kills: int, seed: int, *, keep: Path | None = None,
              max_saves: int = 40, progress=None, key: bytes | None = None) -> Report:
    """Run `kills` rounds of start-writer-then-SIGKILL on `db_path` and check after each
    (an encrypted file, with `key`).

    `max_saves` bounds how many saves a writer may report before its kill. A failed file
    is copied (as it was right after the kill) into `keep` (default: beside
    `db_path`) and the next round starts on a new file, so each failure counts once.
    """
    db_path = Path(db_path)
    keep = Path(keep) if keep else db_path.parent
    keep.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    report = Report()
    expected: dict[tuple[str, int], Expect] = {}
    snap = db_path.with_name(db_path.name + ".sebelum-cek")
    started = time.perf_counter()
    for round_no in range(1, kills + 1):
        child = Child(db_path, rng.getrandbits(48), key)
        mode = rng.random()
        if mode < 0.1:  # during start up: opening, migrating, adding staff
            time.sleep(rng.uniform(0.0, 0.8))
            ok = True
        elif mode < 0.45:  # a random time after the first save
            ok = child.wait_saves(1, FIRST_LINE_TIMEOUT)
            if ok:
                time.sleep(rng.uniform(0.05, 0.6))
        else:  # shortly after the n-th save: inside the next transaction
            ok = child.wait_saves(rng.randint(1, max_saves), FIRST_LINE_TIMEOUT)
            if ok:
                time.sleep(10 ** rng.uniform(-4.5, -1.5))  # 30 µs .. 30 ms
        killed = child.kill()
        report.kills += killed
        saves, pending = parse_output(child.out.decode())
        problems = [] if killed else [f"penulis berhenti sendiri: {child.stderr_tail()}"]
        if not ok and killed:
            problems.append(f"penulis macet: terlalu sedikit simpanan dalam {FIRST_LINE_TIMEOUT:.0f} s")
        if killed:
            child.proc.stderr.close()
        expected = expect(saves, expected, pending)
        report.saves_verified += len(saves)
        journal = db_path.with_name(db_path.name + "-journal")
        report.cut_off += journal.exists() and journal.stat().st_size > 0
        _snapshot(db_path, snap)
        if db_path.exists():
            problems += verify_file(db_path, expected, key)
        elif expected:
            problems.append("berkas basis data hilang")
        if problems:
            report.failures += 1
            kept = keep / f"{db_path.name}.gagal-{round_no}"
            _snapshot(snap, kept)
            report.kept.append(kept)
            first = " / ".join(problems[0].splitlines())
            first = first if len(first) <= 200 else first[:199] + "…"
            more = f" (dan {len(problems) - 1} lagi)" if len(problems) > 1 else ""
            report.reasons.append(f"kali ke-{round_no}: {first}{more}; berkas: {kept}")
            for suffix in ("", "-journal"):  # start over on a new file
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            expected = {}
        elif db_path.exists():
            expected = settle(db_path, expected, key)
        if progress:
            progress(round_no, report)
    for suffix in ("", "-journal"):
        snap.with_name(snap.name + suffix).unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder for failed files (default: a temp folder)")
    parser.add_argument("--encrypted", action="store_true", help="an encrypted (SQLCipher) file")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGKILL"):
        print("SIGKILL-uji: sistem ini tidak mengenal SIGKILL", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="lk3-sigkill-"))

    def progress(n: int, r: Report) -> None:
        if n % 25 == 0 or r.reasons and r.reasons[-1].startswith(f"kali ke-{n}:"):
            print(f"  {n}/{args.kills}: {r.failures} gagal, {r.saves_verified} simpanan",
                  file=sys.stderr, flush=True)

    key = secrets.token_bytes(32) if args.encrypted else None
    report = run_kills(work / "lk3.sqlite", args.kills, args.seed, keep=args.keep or work,
                       progress=progress, key=key)
    if key:
        print(f"  terenkripsi, kunci berkas {key.hex()}")
    print(report.line())
    print(f"  {report.cut_off} kali terbunuh di tengah transaksi (jurnal dibatalkan saat diperiksa)")
    for reason in report.reasons:
        print(f"  {reason}")
    if report.failures:
        print(f"Berkas dibiarkan di {args.keep or work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
