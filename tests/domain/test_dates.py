"""Dates and times as the office reads them: day, month in words, year; times with a dot."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from lk3_desktop.domain.dates import format_date, format_datetime, minutes_between, parse_iso


@pytest.mark.parametrize("value, long, short", [
    ("2026-11-27", "27 November 2026", "27 Nov 2026"),
    ("2026-08-17", "17 Agustus 2026", "17 Agu 2026"),
    (date(2027, 1, 5), "5 Januari 2027", "5 Jan 2027"),
    (datetime(2026, 12, 31, 23, 59), "31 Desember 2026", "31 Des 2026"),
    ("2026-05-02T10:00", "2 Mei 2026", "2 Mei 2026"),
])
def test_a_date_reads_in_words_with_short_months_for_narrow_columns(value, long, short):
    assert format_date(value) == long
    assert format_date(value, short=True) == short


def test_no_date_is_empty_and_text_that_is_no_date_is_shown_as_typed():
    assert format_date(None) == "" and format_date("") == ""
    assert format_date("kemarin sore") == "kemarin sore"
    assert format_datetime(None) == "" and format_datetime("") == ""
    assert format_datetime("2026-13-01T09:00") == "2026-13-01T09:00"


def test_a_time_reads_with_a_dot_between_hours_and_minutes():
    assert format_datetime("2026-11-27T09:05") == "27 November 2026 09.05"
    assert format_datetime("2026-10-03T17:30:59", short=True) == "3 Okt 2026 17.30"


@pytest.fixture
def tarakan_time(monkeypatch):
    """The computer's clock in Tarakan's zone (WITA, UTC+8)."""
    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_timestamp_is_shown_in_local_time(tarakan_time):
    assert format_datetime("2026-11-27T01:30:00+00:00") == "27 November 2026 09.30"
    assert format_datetime("2026-12-31T20:15:00+00:00", short=True) == "1 Jan 2027 04.15"


def test_parse_iso_gives_none_for_what_is_no_timestamp():
    assert parse_iso("2026-11-27T09:30") == datetime(2026, 11, 27, 9, 30)
    assert parse_iso(None) is None and parse_iso("") is None
    assert parse_iso("27-11-2026") is None


def test_minutes_between_two_timestamps_reads_a_missing_zone_as_utc():
    assert minutes_between("2026-11-27T09:00", "2026-11-27T10:30") == 90
    assert minutes_between("2026-11-27T09:00:00+00:00", "2026-11-28T09:00") == 24 * 60
    assert minutes_between("2026-11-27T17:00:00+08:00", "2026-11-27T09:30:00+00:00") == 30
    assert minutes_between(None, "2026-11-27T09:00") is None
    assert minutes_between("2026-11-27T09:00", "bukan") is None
