"""The window's session: a replaced store reaches everything that depends on it."""

from __future__ import annotations

import sqlite3

import pytest

from lk3_desktop.store import open_store
from lk3_desktop.ui.session import Session


def test_replacing_the_store_tells_its_dependants(tmp_path):
    first = open_store(tmp_path / "a.sqlite")
    second = open_store(tmp_path / "b.sqlite")
    session = Session(first)
    heard = []
    session.replaced.connect(heard.append)
    session.replace(second)
    assert session.store is second and heard == [second]
    first.close()
    session.close()  # closes the store it holds now
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        second.db.execute("SELECT 1")
