"""The thinning rule for automatic backups, as a table over dates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lk3_desktop.domain.backups import KeepRule, to_delete

T0 = datetime(2026, 11, 28, 18, 0)


def daily(n: int) -> list[datetime]:
    return [T0 - timedelta(days=i) for i in range(n)]


@pytest.mark.parametrize("stamps, rule, kept", [
    ([], KeepRule(), 0),
    (daily(3), KeepRule(), 3),
    (daily(5), KeepRule(recent=5, daily=0, weekly=0, monthly=0), 5),
    (daily(6), KeepRule(recent=5, daily=0, weekly=0, monthly=0), 5),
    # 60 daily backups: 5 recent + 7 days (overlapping) + newest of 4 weeks + of 12 months
    (daily(60), KeepRule(recent=5, daily=7, weekly=4, monthly=12), None),
    # several a day: one per day survives beyond the recent ones
    ([T0 - timedelta(hours=h) for h in range(0, 72, 6)],
     KeepRule(recent=2, daily=3, weekly=0, monthly=0), 4),
])
def test_thinning(stamps, rule, kept):
    deleted = to_delete(stamps, rule)
    assert deleted <= set(stamps)
    survivors = set(stamps) - deleted
    if kept is not None:
        assert len(survivors) == kept
    if stamps:
        assert max(stamps) in survivors  # the newest is never deleted


def test_sixty_days_keep_one_per_week_and_month():
    stamps = daily(60)
    survivors = set(stamps) - to_delete(stamps, KeepRule(recent=5, daily=7, weekly=4, monthly=12))
    assert {t.date() for t in stamps[:7]} <= {t.date() for t in survivors}
    months = {(t.year, t.month) for t in survivors}
    assert months == {(t.year, t.month) for t in stamps}  # every month still has one
    assert len(survivors) < 20


@pytest.mark.parametrize("values, rule, errors", [
    ({}, KeepRule(), []),
    ({"recent": "3", "daily": 0, "weekly": 2, "monthly": 24}, KeepRule(3, 0, 2, 24), []),
    ({"recent": 0}, None, ["recent"]),           # at least the newest one is always kept
    ({"daily": 91, "monthly": -1}, None, ["daily", "monthly"]),
    ({"weekly": "dua"}, None, ["weekly"]),
])
def test_rule_from_settings(values, rule, errors):
    from lk3_desktop.domain.backups import rule_from
    from lk3_desktop.domain.validation import ValidationFailed

    if rule is not None:
        assert rule_from(values) == rule
        return
    with pytest.raises(ValidationFailed) as failed:
        rule_from(values)
    assert [e.field for e in failed.value.errors] == errors
    assert all(e.message.endswith(".") and ":" in e.message for e in failed.value.errors)
