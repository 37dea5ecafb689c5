"""Benchmark (not a test): backing up a database of 100,000 cases with backup_to, next to the
sqlite3 command line's `.backup` of the same file (issue goal: backup_to ≤ 1.2× of it).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench_backup.py [--cases 100000] [--keep PATH]

The database: a few thousand real demo cases (fill_demo_data, through the store API), then
multiplied inside one transaction by INSERT … SELECT: every case's client, referral, step
records, problems, action items, documents and audit rows are copied with fresh UUID-shaped
ids (a hash of the old id and the copy number, so foreign keys are remapped consistently) and
fresh agenda numbers. The audit rows' JSON text is copied as it is (same size, old ids inside).
The result is checked with check_file. With --keep PATH the file is kept and reused next time
if it already holds enough cases.

Timings: one warm-up round of every method (so the source file is in the OS cache for all),
then --runs rounds of every method in turn, so a machine that gets busier meanwhile weighs on
all alike; medians are printed. `os.sync()` runs before each run so one method's write-back
never lands in another's time. The copies go to the temporary folder (same disk as /tmp), not
to a USB stick. Prints figures only: no pass/fail.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SQLITE_CLI = "/usr/bin/sqlite3"
CASE_TABLES = ("client", "referral", "step_record", "problem", "action_item", "document")


# -- building the database ------------------------------------------------------------------

def _nid(old: str | None, copy: int) -> str | None:
    """A fresh, random-looking version-4 UUID for row `old` in copy number `copy`."""
    if old is None:
        return None
    h = hashlib.blake2b(f"{old}/{copy}".encode(), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _copy_sql(conn: sqlite3.Connection, table: str, remap: dict[str, str], where: str) -> str:
    cols = [c for c in _columns(conn, table) if remap.get(c) != "-"]
    exprs = [remap.get(c, c) for c in cols]
    return (f"INSERT INTO {table} ({', '.join(cols)}) "
            f"SELECT {', '.join(exprs)} FROM {table} WHERE {where}")


def multiply(path: Path, target: int) -> None:
    """Copy the cases already in `path` until it holds `target` of them, in one transaction."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.create_function("nid", 2, _nid, deterministic=True)
        conn.execute("PRAGMA cache_size=-4000000")  # ~4 GB: the whole file stays in memory
        conn.execute("PRAGMA temp_store=MEMORY")
        have = conn.execute("SELECT count(*) FROM referral").fetchone()[0]
        if have >= target:
            return
        conn.execute("CREATE TEMP TABLE base_ref AS "
                     "SELECT rowid AS ord, id AS rid, client_id AS cid FROM referral")
        max_agenda = conn.execute("SELECT max(agenda_seq) FROM referral").fetchone()[0]
        max_doc = conn.execute("SELECT coalesce(max(seq), 0) FROM document").fetchone()[0]
        max_audit = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        in_pick = "referral_id IN (SELECT rid FROM temp.pick)"
        sql = [
            _copy_sql(conn, "client", {"id": "nid(id, :k)"}, "id IN (SELECT cid FROM temp.pick)"),
            _copy_sql(conn, "referral", {
                "id": "nid(id, :k)", "client_id": "nid(client_id, :k)",
                "agenda_seq": f"agenda_seq + :k * {max_agenda}",
                "agenda_number": f"printf('LK3/%d/%04d', agenda_year, agenda_seq + :k * {max_agenda})",
            }, "id IN (SELECT rid FROM temp.pick)"),
            _copy_sql(conn, "step_record", {"id": "nid(id, :k)", "referral_id": "nid(referral_id, :k)"},
                      in_pick),
            _copy_sql(conn, "problem", {"id": "nid(id, :k)", "referral_id": "nid(referral_id, :k)"},
                      in_pick),
            _copy_sql(conn, "action_item", {"id": "nid(id, :k)", "referral_id": "nid(referral_id, :k)",
                                            "problem_id": "nid(problem_id, :k)"}, in_pick),
            _copy_sql(conn, "document", {"id": "nid(id, :k)", "referral_id": "nid(referral_id, :k)",
                                         "seq": f"seq + :k * {max_doc}",
                                         "number": "number || '/' || :k"}, in_pick),
            _copy_sql(conn, "audit_log", {"seq": "-", "id": "nid(id, :k)", "row_id": "nid(row_id, :k)"},
                      f"seq <= {max_audit} AND row_id IN (SELECT id FROM temp.own)"),
        ]
        own_parts = " UNION ALL ".join(
            ["SELECT cid FROM temp.pick", "SELECT rid FROM temp.pick"]
            + [f"SELECT id FROM {t} WHERE {in_pick}" for t in CASE_TABLES[2:]])
        conn.execute("BEGIN")
        made, copy, picked = have, 0, -1
        t0 = time.perf_counter()
        while made < target:
            copy += 1
            take = min(have, target - made)
            if take != picked:  # the whole base each time, fewer for the last copy
                conn.execute("DROP TABLE IF EXISTS temp.pick")
                conn.execute("DROP TABLE IF EXISTS temp.own")
                conn.execute("CREATE TEMP TABLE pick (rid TEXT PRIMARY KEY, cid TEXT)")
                conn.execute("INSERT INTO temp.pick SELECT rid, cid FROM temp.base_ref "
                             "ORDER BY ord LIMIT ?", [take])
                conn.execute("CREATE TEMP TABLE own (id TEXT PRIMARY KEY)")
                conn.execute(f"INSERT INTO temp.own {own_parts}")
                picked = take
            for statement in sql:
                conn.execute(statement, {"k": copy})
            made += take
            if copy % 10 == 0 or made >= target:
                print(f"  multiplied to {made:,} cases ({time.perf_counter() - t0:.0f} s)", flush=True)
        conn.execute("COMMIT")
    finally:
        conn.close()


def count_cases(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM referral").fetchone()[0]
    finally:
        conn.close()


def build(path: Path, cases: int, base: int, seed: int) -> None:
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import check_file, open_store

    t0 = time.perf_counter()
    store = open_store(path)
    try:
        fill_demo_data(store, min(base, cases), seed=seed)
    finally:
        store.close()
    t1 = time.perf_counter()
    print(f"  {min(base, cases):,} demo cases (fill_demo_data): {t1 - t0:.1f} s", flush=True)
    multiply(path, cases)
    t2 = time.perf_counter()
    print(f"  multiplied to {cases:,}: {t2 - t1:.1f} s", flush=True)
    report = check_file(path)
    t3 = time.perf_counter()
    print(f"  check_file: {t3 - t2:.1f} s: {report}")
    got = count_cases(path)
    if got != cases:
        raise SystemExit(f"built {got} cases, wanted {cases}")
    print(f"built in {t3 - t0:.1f} s all told", flush=True)


def describe(path: Path) -> None:
    """File size and, per table with its indexes, pages and MB (dbstat, else page counts)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        print(f"file {path.stat().st_size / 1e6:,.1f} MB, {pages:,} pages of {page} bytes, "
              f"{count_cases(path):,} cases")
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
        t0 = time.perf_counter()
        try:
            rows = conn.execute("SELECT name, count(*) FROM dbstat GROUP BY name").fetchall()
        except sqlite3.OperationalError:
            print("  (dbstat not available: no per-table sizes)")
            return
        by_table: dict[str, list[int]] = {}
        for name, n in rows:
            entry = by_table.setdefault(owner.get(name, name), [0, 0])
            entry[0 if owner.get(name, name) == name else 1] += n
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("audit_log", *CASE_TABLES)}
        print(f"  per table (dbstat, {time.perf_counter() - t0:.1f} s): "
              "table + indexes, MB, rows")
        for name, (tab, idx) in sorted(by_table.items(), key=lambda kv: -sum(kv[1])):
            if sum(by_table[name]) * page < 1e6:
                continue
            rows_note = f", {counts[name]:,} rows" if name in counts else ""
            print(f"    {name:<12} {tab * page / 1e6:8,.1f} + {idx * page / 1e6:7,.1f} MB{rows_note}")
    finally:
        conn.close()


# -- timing ---------------------------------------------------------------------------------

@dataclass
class Measure:
    label: str
    run: Callable[[], object]
    setup: Callable[[], object] | None = None  # not timed
    cleanup: Callable[[], object] | None = None  # not timed
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def time_rounds(measures: list[Measure], runs: int) -> None:
    """Run every measure once per round, round after round (one warm-up round, then `runs`),
    so a machine that gets busier or quieter meanwhile weighs on every method alike."""
    for round_no in range(runs + 1):
        for m in measures:
            os.sync()  # before setup: a setup's own unwritten data is part of what `run` times
            if m.setup:
                m.setup()
            t = time.perf_counter()
            m.run()
            elapsed = time.perf_counter() - t
            if m.cleanup:
                m.cleanup()
            if round_no:
                m.times.append(elapsed)
        print(f"  {'warm-up round' if round_no == 0 else f'round {round_no}/{runs}'} done", flush=True)


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def sqlite_copy(src: Path, dst: Path, *, pages: int, synchronous: str = "FULL") -> None:
    """The copy step of backup_to on its own (same connections and pragmas)."""
    from lk3_desktop.store.database import _ro_connect

    source = _ro_connect(src)
    try:
        target = sqlite3.connect(str(dst))
        try:
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute(f"PRAGMA synchronous={synchronous}")
            source.backup(target, pages=pages)
        finally:
            target.close()
    finally:
        source.close()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def pragma(path: Path, statement: str, expect_empty: bool = False,
           first: str = "") -> Callable[[], None]:
    from lk3_desktop.store.database import _ro_connect

    def run() -> None:
        conn = _ro_connect(path)
        try:
            if first:
                conn.execute(first).fetchall()
            result = conn.execute(statement).fetchall()
        finally:
            conn.close()
        if result != ([] if expect_empty else [("ok",)]):
            raise SystemExit(f"{statement} on the copy: {result[:3]}")
    return run


def bench(db: Path, runs: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="lk3-bench-out-"))
    try:
        _bench(db, runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bench(db: Path, runs: int, work: Path) -> None:
    from lk3_desktop.store import check_file
    from lk3_desktop.store.backup import backup_to

    out_dir = work / "out"
    out_dir.mkdir()
    out = out_dir / "copy.sqlite"
    checked = work / "checked.sqlite"  # one copy, made as backup_to makes it, for the checks
    now = datetime(2026, 1, 1, 12, 0, 0)

    def remove_all() -> None:
        for p in out_dir.iterdir():
            p.unlink()

    def cli_backup(cli: str) -> Callable[[], None]:
        return lambda: subprocess.run([cli, str(db), f'.backup "{out}"'], check=True)

    cli = SQLITE_CLI if os.path.exists(SQLITE_CLI) else shutil.which("sqlite3")
    measures: list[Measure] = []
    reference = None
    if cli is None:
        print("NOTE: no sqlite3 command-line program; the comparison with .backup is skipped "
              "(apt-get install sqlite3)")
    else:
        version = subprocess.run([cli, "-version"], capture_output=True, text=True).stdout.split()[0]
        reference = Measure(f"sqlite3 CLI {version} .backup", cli_backup(cli), cleanup=remove_all)
        measures.append(reference)
    measures += [
        Measure("backup_to, end to end", lambda: backup_to(db, out_dir, now=now), cleanup=remove_all),
        Measure("copy: Connection.backup pages=256", lambda: sqlite_copy(db, out, pages=256),
                cleanup=remove_all),
        Measure("copy: Connection.backup pages=-1", lambda: sqlite_copy(db, out, pages=-1),
                cleanup=remove_all),
        Measure("copy: pages=256, synchronous=OFF (no fsync)",
                lambda: sqlite_copy(db, out, pages=256, synchronous="OFF"), cleanup=remove_all),
        Measure("fsync after the copy (as in backup_to)", lambda: fsync_file(out),
                setup=lambda: sqlite_copy(db, out, pages=256), cleanup=remove_all),
        Measure("fsync after a synchronous=OFF copy", lambda: fsync_file(out),
                setup=lambda: sqlite_copy(db, out, pages=256, synchronous="OFF"), cleanup=remove_all),
        Measure("check_file on the copy", lambda: check_file(checked)),
        Measure("  of it: PRAGMA integrity_check", pragma(checked, "PRAGMA integrity_check")),
        Measure("  of it: PRAGMA foreign_key_check",
                pragma(checked, "PRAGMA foreign_key_check", expect_empty=True)),
        Measure("PRAGMA integrity_check, mmap_size 2 GB", pragma(
            checked, "PRAGMA integrity_check", first="PRAGMA mmap_size=2147418112")),
        Measure("PRAGMA quick_check on the copy", pragma(checked, "PRAGMA quick_check")),
        Measure("shutil.copyfile (floor)", lambda: shutil.copyfile(db, out), cleanup=remove_all),
        Measure("shutil.copyfile + fsync", lambda: (shutil.copyfile(db, out), fsync_file(out)),
                cleanup=remove_all),
    ]
    print(f"\ntiming: {runs} rounds of every method after 1 warm-up round, medians; "
          "os.sync() before each run", flush=True)
    sqlite_copy(db, checked, pages=256)
    time_rounds(measures, runs)

    by = {m.label: m for m in measures}
    ref = reference.median if reference else None
    width = max(len(m.label) for m in measures) + 2
    print("\n" + "-" * (width + 42))
    print(f"{'':<{width}}{'median':>10}  {'min':>9}  {'max':>9}  {'× .backup':>9}")
    for m in measures:
        ratio = f"{m.median / ref:8.2f}×" if ref else ""
        print(f"{m.label:<{width}}{fmt(m.median):>10}  {fmt(min(m.times)):>9}  {fmt(max(m.times)):>9}  "
              f"{ratio:>9}")
    if not ref:
        return
    copy = by["copy: Connection.backup pages=256"].median
    fsync_s = by["fsync after the copy (as in backup_to)"].median
    quick = by["PRAGMA quick_check on the copy"].median
    fk = by["  of it: PRAGMA foreign_key_check"].median
    summary = [
        ("backup_to (measured)", by["backup_to, end to end"].median),
        ("copy phase only, pages=256 (measured)", copy),
        ("sum: copy + fsync + check_file", copy + fsync_s + by["check_file on the copy"].median),
        ("sum: copy + fsync + quick_check + foreign_key_check", copy + fsync_s + quick + fk),
        ("sum: copy + fsync + quick_check", copy + fsync_s + quick),
    ]
    print("-" * (width + 42))
    label_width = max(len(label) for label, _ in summary) + 13
    for i, (label, seconds) in enumerate(summary):
        goal = "   (goal ≤ 1.20×)" if i == 0 else ""
        print(f"{label + ' / .backup:':<{label_width}}{seconds / ref:5.2f}×  {fmt(seconds):>8}{goal}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the database here and keep it; reused "
                        "next time if it already holds at least --cases cases")
    parser.add_argument("--base", type=int, default=2000, help="real demo cases before multiplying")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    from lk3_desktop.store import DatabaseRefused
    from lk3_desktop.store.database import inspect_file

    work = None
    if args.keep:
        db = args.keep.resolve()
        if db.exists():
            try:
                inspect_file(db)
            except DatabaseRefused as exc:
                raise SystemExit(f"--keep {db}: {exc}") from exc
            have = count_cases(db)
            if have >= args.cases:
                print(f"reusing {db} ({have:,} cases)")
            else:
                print(f"{db} holds {have:,} cases, fewer than {args.cases:,}: building it again")
                db.unlink()
    else:
        work = Path(tempfile.mkdtemp(prefix="lk3-bench-db-"))
        db = work / "lk3.sqlite"
    try:
        if not db.exists():
            print(f"building {args.cases:,} cases in {db}", flush=True)
            build(db, args.cases, args.base, args.seed)
        describe(db)
        bench(db, args.runs)
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
