"""The audit log's hash chain: each row's hash covers the row and the hash before it, so a
row changed, added or removed outside the program breaks the chain from there on.

A row's old and new values enter the chain through `content_hash` only: anonymisation may
clear the values of a row (setting `redacted`) and the chain still holds, while a change of
the values of a row that is not redacted no longer matches its content hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from lk3_desktop.i18n import tr

GENESIS = "0" * 64  # the "previous hash" of the first row

# The columns a row's hash covers, in this order (content_hash stands for the values).
CHAINED = ("id", "at", "actor", "table_name", "row_id", "action", "content_hash")


def content_hash(old_values: str | None, new_values: str | None) -> str:
    """SHA-256 of the row's two JSON texts exactly as stored."""
    text = json.dumps([old_values, new_values], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    text = json.dumps([prev_hash, *(row[c] for c in CHAINED)], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first row where the chain does not hold, and how."""

    seq: int  # 0 for "guard": no one row is at fault
    # "content" (values changed), "hash" (row changed), "link" (row removed/added/moved);
    # found by ChainCheck only: "tail" (the newest rows removed, from `seq` on), "guard"
    # (the triggers that keep rows from being changed or deleted are gone).
    reason: str
    last: int = 0  # for "tail": the highest seq the file ever gave


def verify_chain(rows: Iterable[Mapping[str, Any]], prev: str = GENESIS) -> ChainBreak | None:
    """Walk the rows in `seq` order; None when every row is as the program wrote it.
    `prev`: the hash of the row before the first one given (a walk in chunks)."""
    for row in rows:
        if row["prev_hash"] != prev:
            return ChainBreak(row["seq"], "link")
        if row["redacted"]:
            # Anonymisation clears both values; values left on a row marked redacted were
            # put there by someone who wanted them unchecked.
            if row["old_values"] is not None or row["new_values"] is not None:
                return ChainBreak(row["seq"], "content")
        elif row["content_hash"] != content_hash(row["old_values"], row["new_values"]):
            return ChainBreak(row["seq"], "content")
        if row["hash"] != row_hash(prev, row):
            return ChainBreak(row["seq"], "hash")
        prev = row["hash"]
    return None


# -- checking a file's chain ------------------------------------------------------------
#
# The chain alone cannot tell that its newest rows were cut off, nor that its guards (the
# triggers of migration m005) were dropped. Two more facts the file keeps say so:
# sqlite_sequence holds the highest seq audit_log ever gave (AUTOINCREMENT), so rows missing
# at the end show as a gap between it and the last row; and the triggers' names and bodies
# sit in sqlite_master.

GUARDS = ("audit_log_never_deleted", "audit_log_never_changed")
_COLUMNS = ("seq", "id", "at", "actor", "table_name", "row_id", "action", "old_values",
            "new_values", "content_hash", "prev_hash", "hash", "redacted")


def has_chain(conn: Any) -> bool:
    """Whether the file's audit log is chained (migration m005 applied)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)").fetchall()}
    return {"hash", "prev_hash", "content_hash", "redacted"} <= columns


class ChainCheck:
    """A walk over audit_log in seq order, a chunk at a time (keyset paging: no cursor stays
    open between steps, and no more than one chunk is in memory), so a window can check a
    log of a million rows without freezing. `conn` is anything with execute() returning a
    DB-API cursor: a raw sqlite3 connection (read-only is enough) or a sqlite-utils Database.
    """

    def __init__(self, conn: Any, *, chunk: int = 2000):
        self.conn = conn
        self.chunk = chunk
        self.checked = 0
        self.total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        self.finding: ChainBreak | None = None
        self.done = False
        self._prev = GENESIS
        self._last_seq = 0

    def step(self) -> bool:
        """Check the next chunk; True once the walk is over (then see `finding`)."""
        if self.done:
            return True
        cur = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
            [self._last_seq, self.chunk])
        rows = [dict(zip(_COLUMNS, values)) for values in cur.fetchall()]
        if rows:
            found = verify_chain(rows, self._prev)
            if found is not None:
                return self._end(found)
            self.checked += len(rows)
            self._prev = rows[-1]["hash"]
            self._last_seq = rows[-1]["seq"]
        if len(rows) == self.chunk:
            return False
        return self._end(self._after_walk())

    def run(self) -> ChainBreak | None:
        while not self.step():
            pass
        return self.finding

    def _end(self, finding: ChainBreak | None) -> bool:
        self.finding, self.done = finding, True
        return True

    def _after_walk(self) -> ChainBreak | None:
        given = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        if given is not None and given[0] > self._last_seq:
            return ChainBreak(self._last_seq + 1, "tail", last=given[0])
        triggers = dict(self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'audit_log'").fetchall())
        if any("RAISE(ABORT" not in (triggers.get(name) or "") for name in GUARDS):
            return ChainBreak(0, "guard")
        return None


def find_chain_break(conn: Any) -> ChainBreak | None:
    """Check the whole audit log of an open file; None when it is as the program wrote it
    (or when the file predates the chain)."""
    if not has_chain(conn):
        return None
    return ChainCheck(conn).run()


def describe(finding: ChainBreak) -> str:
    """One sentence for the person checking the file, in the interface language."""
    if finding.reason == "guard":
        return tr("Log audit tidak lagi terlindung: pengaman yang mencegah catatan diubah atau "
                  "dihapus telah dibuang di luar program.")
    reasons = {
        "content": tr("Log audit diubah di luar program mulai baris {seq}: nilai lama/baru "
                      "catatan itu tidak cocok lagi dengan sidik jarinya."),
        "hash": tr("Log audit diubah di luar program mulai baris {seq}: waktu, petugas, "
                   "tindakan atau data catatan itu telah diganti."),
        "link": tr("Log audit diubah di luar program mulai baris {seq}: catatan sebelum baris "
                   "ini telah dihapus, disisipkan atau ditukar."),
        "tail": tr("Log audit diubah di luar program mulai baris {seq}: catatan terbaru "
                   "(baris {seq} sampai {last}) telah dihapus."),
    }
    text = reasons.get(finding.reason, tr("Log audit diubah di luar program mulai baris {seq}."))
    return text.format(seq=finding.seq, last=max(finding.last, finding.seq))


def audit_chain_problem(conn: Any) -> str | None:
    """For `check` and support: None if the audit log is whole, else one sentence saying
    from which row it was changed outside the program. Only reads; a raw read-only sqlite3
    connection is enough."""
    finding = find_chain_break(conn)
    return None if finding is None else describe(finding)
