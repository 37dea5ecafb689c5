"""Dates and times: ISO 8601 in storage, Indonesian words on screen and paper."""

from __future__ import annotations

from datetime import UTC, date, datetime

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def utc_now_iso() -> str:
    """Timestamp for created/updated columns: UTC, ISO 8601, seconds precision."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt


def format_date(value: date | str | None, *, short: bool = False) -> str:
    """"27 November 2026" (or "27 Nov 2026" with `short`); empty for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        parsed = parse_iso(value)
        if parsed is None:
            return value
        value = parsed.date()
    elif isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {(BULAN_PENDEK if short else BULAN)[value.month - 1]} {value.year}"


BULAN_PENDEK = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def format_datetime(value: str | None, *, short: bool = False) -> str:
    """"27 November 2026 09.30" (or "27 Nov 2026 09.30" with `short`, for narrow columns)
    in local time; stored UTC timestamps are converted."""
    dt = parse_iso(value)
    if dt is None:
        return value or ""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    month = (BULAN_PENDEK if short else BULAN)[dt.month - 1]
    return f"{dt.day} {month} {dt.year} {dt.hour:02d}.{dt.minute:02d}"


def minutes_between(start: str | None, end: str | None) -> float | None:
    a, b = parse_iso(start), parse_iso(end)
    if a is None or b is None:
        return None
    if a.tzinfo is None:
        a = a.replace(tzinfo=UTC)
    if b.tzinfo is None:
        b = b.replace(tzinfo=UTC)
    return (b - a).total_seconds() / 60
