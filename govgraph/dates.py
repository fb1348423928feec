"""Dates of the model: ISO strings of year, month or day precision.

A date is kept as the text the data gave (``2005``, ``2005-08`` or
``2005-08-30``). ISO strings sort in time order, and a partial date sorts
before every full date inside its period, so a partial date compares as the
first day of its period: the same rule in Python and in Cypher.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

__all__ = ["DATE_PATTERN", "check_date", "is_active", "parse_date", "today"]

DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"  # ASCII digits: \d also matches "١٩٩٩", which sorts after "2024"
_DATE_RE = re.compile(DATE_PATTERN)


def parse_date(value: object) -> str:
    """Return the canonical ISO text of a date given as text, date or year number.

    Raises ValueError with a readable reason when the value is not a real date.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise ValueError("a date is expected, not true/false")
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"a date (YYYY, YYYY-MM or YYYY-MM-DD) is expected, got {type(value).__name__}")
    return _parse_text(value)


@functools.lru_cache(maxsize=1 << 16)
def _parse_text(value: str) -> str:
    """Check date text once per distinct value (large datasets repeat the same dates)."""
    text = value.strip()
    if not _DATE_RE.match(text):
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(text[:4])
    month = int(text[5:7]) if len(text) >= 7 else 1
    day = int(text[8:10]) if len(text) == 10 else 1
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from None
    return text


def today() -> str:
    """Today's date as ISO text."""
    return dt.date.today().isoformat()


def is_active(since: str | None, until: str | None, as_of: str) -> bool:
    """True when an interval [since, until) covers the day ``as_of``."""
    return (since is None or since <= as_of) and (until is None or until > as_of)


def check_date(value: str | None, what: str = "--as-of") -> str:
    """A user's date as ISO text (today when None); a UsageError naming the argument otherwise."""
    from .errors import UsageError

    if value is None:
        return today()
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UsageError(f"{what}: {exc}") from None
