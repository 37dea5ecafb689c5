"""Which automatic backups to keep: the recent ones, then one a day, a week and a month."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from lk3_desktop.domain.validation import FieldError, ValidationFailed
from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr


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


# Each count: its label in Settings, the range it may take, and its unit (both texts read in
# the interface language).
RULE_FIELDS: Mapping[str, tuple[str, int, int, str]] = TranslatedMapping({
    "recent": (QT_TR_NOOP("Cadangan terbaru yang selalu disimpan"), 1, 50, QT_TR_NOOP("cadangan")),
    "daily": (QT_TR_NOOP("Lalu satu per hari selama"), 0, 90, QT_TR_NOOP("hari")),
    "weekly": (QT_TR_NOOP("Lalu satu per minggu selama"), 0, 104, QT_TR_NOOP("minggu")),
    "monthly": (QT_TR_NOOP("Lalu satu per bulan selama"), 0, 120, QT_TR_NOOP("bulan")),
})


def rule_from(values: dict) -> KeepRule:
    """A KeepRule from settings or a form; ValidationFailed names each count out of range."""
    errors, counts = [], {}
    for key, (label, low, high, _unit) in RULE_FIELDS.items():
        raw = values.get(key, getattr(KeepRule(), key))
        try:
            counts[key] = int(raw)
        except (TypeError, ValueError):
            errors.append(FieldError(key, tr("{label}: isi dengan angka bulat.").format(label=label)))
            continue
        if not low <= counts[key] <= high:
            errors.append(FieldError(key, tr("{label}: antara {low} dan {high}.").format(
                label=label, low=low, high=high)))
    if errors:
        raise ValidationFailed(errors)
    return KeepRule(**counts)
