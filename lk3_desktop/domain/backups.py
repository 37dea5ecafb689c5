"""Which automatic backups to keep: the recent ones, then one a day, a week and a month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class KeepRule:
    recent: int = 5     # the newest N, whatever their age
    daily: int = 7      # then the newest of each of the last N days that have one
    weekly: int = 4     # then of each of the last N ISO weeks
    monthly: int = 12   # then of each of the last N months


def to_delete(stamps: list[datetime], rule: KeepRule | None = None) -> set[datetime]:
    """The backups (by time) that the rule no longer keeps. Pure, so it is tested by table."""
    rule = rule or KeepRule()
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[: rule.recent])
    for key, count in ((lambda t: t.date(), rule.daily),
                       (lambda t: t.isocalendar()[:2], rule.weekly),
                       (lambda t: (t.year, t.month), rule.monthly)):
        seen: list = []
        for t in ordered:
            bucket = key(t)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(t)  # the newest backup of that day / week / month
    return set(ordered) - keep
