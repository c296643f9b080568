"""Publication dates as ISO 8601: machine-readable attributes first, then Indonesian date strings.

Month, day and time-zone names come from `pipeline/lang/calendar.py`.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from pipeline.lang.calendar import DAYS as CALENDAR_DAYS
from pipeline.lang.calendar import ENGLISH_MONTHS, TIME_ZONES
from pipeline.lang.calendar import MONTHS as CALENDAR_MONTHS

MONTHS = {**CALENDAR_MONTHS, **ENGLISH_MONTHS}
DAYS = tuple(CALENDAR_DAYS)
ZONES = TIME_ZONES

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longer names first: "Juni" before "Jun"
_DAY_NAMES = "|".join(re.escape(day) for day in DAYS)

# Jumat, 23 Februari 2024 | 10:15 WITA  /  23 Feb 2024, 10.15 WIB  /  Februari 23, 2024 (Blogger)
INDONESIAN_DATE = re.compile(
    rf"""
    (?:\b(?:{_DAY_NAMES})\s*,?\s*)?
    (?:
        (?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>\d{{4}})
      | (?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})
    )
    (?:\s*(?:[|,\-–—/]|\bpukul\b|\bjam\b)?\s*(?:pukul\s+)?
        (?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:[:.](?P<second>\d{{2}}))?
        \s*(?P<zone>WITA|WIB|WIT)?\b
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# 23/02/2024 10:15 WIB  (day first, as Indonesian outlets write it)
NUMERIC_DATE = re.compile(
    r"""
    \b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b
    (?:\s*[,|\-–]?\s*(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?
        \s*(?P<zone>WITA|WIB|WIT)?\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 string from a machine-readable date (datetime attribute, JSON-LD, meta), offset kept."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    candidate = value.replace("Z", "+00:00").replace(" ", "T", 1)
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)  # +0800 -> +08:00
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return parse_indonesian_date(value)
    return parsed.isoformat()


def _build(year: int, month: int, day: int, match: re.Match) -> str | None:
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if match.group("hour") is None:
        return day_value.isoformat()
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day_value.isoformat()
    zone = match.group("zone")
    tz = timezone(timedelta(hours=ZONES[zone.lower()])) if zone else None
    return datetime(year, month, day, hour, minute, second, tzinfo=tz).isoformat()


def parse_indonesian_date(text: str) -> str | None:
    """The first date written out in `text` ("Jumat, 23 Februari 2024 | 10:15 WITA"), as ISO 8601."""
    match = INDONESIAN_DATE.search(text)
    if match:
        day = int(match.group("day") or match.group("day2"))
        month = MONTHS[(match.group("month") or match.group("month2")).lower()]
        year = int(match.group("year") or match.group("year2"))
        built = _build(year, month, day, match)
        if built:
            return built
    match = NUMERIC_DATE.search(text)
    if match:
        return _build(int(match.group("year")), int(match.group("month")), int(match.group("day")), match)
    return None


def date_part(value: str | None) -> date | None:
    """The calendar day of an ISO string, for comparing with --since."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
