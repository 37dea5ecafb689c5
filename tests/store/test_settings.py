"""Settings kept in the file: the backup keep rule and the office settings, saved whole or not at all."""

from __future__ import annotations

import pytest


def test_keep_rule_is_a_setting_saved_whole_or_not_at_all(store):
    from lk3_desktop.domain.backups import KeepRule
    from lk3_desktop.domain.validation import ValidationFailed

    assert store.keep_rule() == KeepRule()
    store.save_keep_rule({"recent": 2, "daily": 3, "weekly": 0, "monthly": 6})
    assert store.keep_rule() == KeepRule(2, 3, 0, 6)
    with pytest.raises(ValidationFailed):
        store.save_keep_rule({"recent": 9, "daily": 500})
    assert store.keep_rule() == KeepRule(2, 3, 0, 6)  # the valid count was not saved either
    assert [e["row_id"] for e in store.audit_entries("setting")][-1].startswith("backup.")

