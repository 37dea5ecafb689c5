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


_SEPARATORS = "-/. "


def parse_typed_date(text: str) -> date | None:
    """A date as people in Indonesia type it: "01-07-1990", "1/7/1990", "01.07.1990",
    "01071990" (day, month, four-digit year), or ISO "1990-07-01". None when it is no
    date: an impossible day ("31-02-2026"), a two-digit year, anything else. Never guessed."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":  # ISO, as stored
            return date.fromisoformat(text)
    except ValueError:
        return None
    if text.isdigit():
        if len(text) != 8:
            return None
        day, month, year = text[:2], text[2:4], text[4:]
    else:
        parts = [p for p in _split(text) if p]
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return None
        day, month, year = parts
        if len(year) != 4 or len(day) > 2 or len(month) > 2:
            return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _split(text: str) -> list[str]:
    for sep in _SEPARATORS[1:]:
        text = text.replace(sep, _SEPARATORS[0])
    return text.split(_SEPARATORS[0])


def parse_typed_time(text: str) -> tuple[int, int] | None:
    """"09:30", "9.30", "0930" → (9, 30); None when it is no time of day."""
    text = (text or "").strip().replace(".", ":")
    if text.isdigit() and len(text) == 4:
        text = f"{text[:2]}:{text[2:]}"
    hour, sep, minute = text.partition(":")
    if not sep or not hour.isdigit() or not minute.isdigit() or len(minute) != 2:
        return None
    h, m = int(hour), int(minute)
    return (h, m) if 0 <= h <= 23 and 0 <= m <= 59 else None


def parse_typed_datetime(text: str) -> datetime | None:
    """A date as parse_typed_date reads it, a space, and a time as parse_typed_time reads it
    ("31-01-2026 09:30", "31012026 0930"); ISO "2026-01-31T09:30" too."""
    text = (text or "").strip()
    if "T" in text:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return parsed.replace(second=0, microsecond=0, tzinfo=None)
    day_text, _, time_text = text.rpartition(" ")
    if not day_text:
        return None
    day, clock = parse_typed_date(day_text), parse_typed_time(time_text)
    if day is None or clock is None:
        return None
    return datetime(day.year, day.month, day.day, *clock)
