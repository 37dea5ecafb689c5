"""One program per database file: the lock beside it, who holds it, and taking it over."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from lk3_desktop import app as app_module
from lk3_desktop.lock import Holder, LockUnavailable, holder, lock_database, lock_path, take_over


def test_second_program_on_the_same_file_is_refused(db_path):
    first = app_module.lock_database(db_path)
    assert first is not None and first.isLocked()
    assert app_module.lock_database(db_path) is None
    first.unlock()
    again = app_module.lock_database(db_path)
    assert again is not None
    again.unlock()


def test_stale_lock_of_a_dead_program_is_taken_over(db_path):
    lock_path = db_path.with_name(db_path.name + ".lock")
    # A lock file naming a process of this machine that no longer exists, as a crash leaves it.
    lock_path.write_text(f"4194000\nlk3-desktop\n{QSysInfo.machineHostName()}\n")
    held = app_module.lock_database(db_path)
    assert held is not None
    held.unlock()


def test_lock_file_cut_off_by_a_power_failure_names_nobody(db_path):
    from lk3_desktop.lock import holder

    db_path.with_name(db_path.name + ".lock").write_text("", encoding="utf-8")
    assert holder(db_path) is None


def test_the_lock_sits_beside_the_database_and_names_this_process(db_path):
    assert lock_path(db_path) == db_path.parent / "lk3.sqlite.lock"
    assert holder(db_path) is None  # nobody holds a file never opened
    held = lock_database(db_path)
    try:
        who = holder(db_path)
        assert who is not None and who.this_computer
        assert who.computer == QSysInfo.machineHostName() and who.pid == os.getpid()
        assert who.since is not None and abs((datetime.now() - who.since).total_seconds()) < 60
    finally:
        held.unlock()
    assert holder(db_path) is None and not lock_path(db_path).exists()


def test_holder_on_this_computer_is_described_with_since_when_and_the_process():
    here = QSysInfo.machineHostName()
    since = datetime(2026, 11, 27, 17, 5)
    assert Holder(here, 4242, since).describe(Path("data/lk3.sqlite")) == (
        "Berkas lk3.sqlite sedang dibuka oleh LK3 Desktop di komputer ini sejak "
        "27 November 2026 17.05 (proses 4242).")
    assert Holder(here, 4242, None).describe(Path("lk3.sqlite")) == (
        "Berkas lk3.sqlite sedang dibuka oleh LK3 Desktop di komputer ini (proses 4242).")


def test_holder_on_another_computer_is_named():
    other = Holder("LAPTOP-SHELTER-2", 77, datetime(2026, 1, 5, 8, 0))
    assert not other.this_computer
    assert other.describe(Path("lk3.sqlite")) == (
        'Berkas lk3.sqlite sedang dibuka oleh LK3 Desktop di komputer lain bernama '
        '"LAPTOP-SHELTER-2" sejak 5 Januari 2026 08.00 (proses 77).')
    assert Holder("LAPTOP-SHELTER-2", 77, None).describe(Path("lk3.sqlite")).endswith(
        'bernama "LAPTOP-SHELTER-2" (proses 77).')


def test_a_lock_left_by_another_computer_is_kept_until_taken_over(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path(db_path).write_text("4242\nlk3-desktop\nLAPTOP-SHELTER-2\n", encoding="utf-8")
    assert lock_database(db_path) is None  # its process cannot be checked from here
    who = holder(db_path)
    assert (who.computer, who.pid) == ("LAPTOP-SHELTER-2", 4242)
    taken = take_over(db_path)
    assert taken is not None and taken.isLocked()
    try:
        assert holder(db_path).pid == os.getpid()
    finally:
        taken.unlock()


def test_a_folder_that_cannot_be_made_is_one_line_for_the_user(tmp_path):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(LockUnavailable) as info:
        lock_database(blocker / "lk3.sqlite")
    assert str(info.value) == f"Folder {blocker} tidak dapat dibuat."
