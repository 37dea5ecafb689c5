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

    seq: int
    reason: str  # "content" (values changed), "hash" (row changed), "link" (row removed/added)


def verify_chain(rows: Iterable[Mapping[str, Any]]) -> ChainBreak | None:
    """Walk the rows in `seq` order; None when every row is as the program wrote it."""
    prev = GENESIS
    for row in rows:
        if row["prev_hash"] != prev:
            return ChainBreak(row["seq"], "link")
        if not row["redacted"] and row["content_hash"] != content_hash(
                row["old_values"], row["new_values"]):
            return ChainBreak(row["seq"], "content")
        if row["hash"] != row_hash(prev, row):
            return ChainBreak(row["seq"], "hash")
        prev = row["hash"]
    return None
