"""Dates and times: ISO 8601 in storage, words on screen (in the interface language) and on
paper (Indonesian: tr() is off while a PDF renders)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lk3_desktop.i18n import QT_TR_NOOP, TranslatedSequence

# Month names, January first; BULAN[0] reads in the interface language.
BULAN = TranslatedSequence((
    QT_TR_NOOP("Januari"), QT_TR_NOOP("Februari"), QT_TR_NOOP("Maret"), QT_TR_NOOP("April"),
    QT_TR_NOOP("Mei"), QT_TR_NOOP("Juni"), QT_TR_NOOP("Juli"), QT_TR_NOOP("Agustus"),
    QT_TR_NOOP("September"), QT_TR_NOOP("Oktober"), QT_TR_NOOP("November"),
    QT_TR_NOOP("Desember"),
))
# The same, short, for narrow columns.
BULAN_PENDEK = TranslatedSequence((
    QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"), QT_TR_NOOP("Mei"),
    QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Agu"), QT_TR_NOOP("Sep"), QT_TR_NOOP("Okt"),
    QT_TR_NOOP("Nov"), QT_TR_NOOP("Des"),
))


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
