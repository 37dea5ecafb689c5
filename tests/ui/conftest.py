"""Fixtures of the UI tests."""

from __future__ import annotations

import pytest

from tests.helpers.cases import complete_case


@pytest.fixture
def case(window, staff):
    """A case through all seven steps, selected in the main window's list."""
    rid = complete_case(window.store, staff)
    window.refresh()
    window.select_case(rid)
    return rid
