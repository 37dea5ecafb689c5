"""Settings kept in the file: the backup keep rule and the office settings, saved whole or not at all."""

from __future__ import annotations

import re

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


@pytest.mark.parametrize("values, field", [({"paper": "Letter"}, "paper"),
                                           ({"number_pattern": "LK3/{year}"}, "number_pattern"),
                                           ({"head_nip": "123"}, "head_nip"),
                                           ({"office": " "}, "office")])
def test_bad_office_settings_are_refused_at_the_field(store, values, field):
    from lk3_desktop.domain.validation import ValidationFailed

    with pytest.raises(ValidationFailed) as info:
        store.save_office_settings(values)
    assert [e.field for e in info.value.errors] == [field]


@pytest.mark.parametrize("pattern, message", [
    ("{seq}/LK3/DINSOSPM/{roman_month}", "{year}"),
    ("{seq[0]}/{year}", "tidak dikenal"),
    ("{seq:>{year}}/{year}", "terlalu panjang"),
    ("{seq}/{kind}/{year}", "tidak dikenal"),
])
def test_numbering_patterns_that_would_break_are_refused(store, pattern, message):
    from lk3_desktop.domain.validation import ValidationFailed

    with pytest.raises(ValidationFailed, match=re.escape(message)):
        store.save_office_settings({"number_pattern": pattern})


def test_a_setting_is_audited_when_added_and_when_changed_only(store):
    assert store.get_setting("office") == "" and store.get_setting("office", "x") == "x"
    store.set_setting("office", "Dinas Sosial")
    store.set_setting("office", "Dinas Sosial")  # unchanged: nothing to record
    store.set_setting("office", "Dinas Sosial PM")
    assert store.get_setting("office") == "Dinas Sosial PM"
    assert [(e["action"], e["old_values"], e["new_values"])
            for e in store.audit_entries("setting", "office")] == [
        ("insert", None, {"value": "Dinas Sosial"}),
        ("update", {"value": "Dinas Sosial"}, {"value": "Dinas Sosial PM"})]
