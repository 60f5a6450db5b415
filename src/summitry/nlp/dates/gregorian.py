"""Gregorian arithmetic: choosing the year (or month) a partial date falls in, ISO strings.

Choosing is one rule applied everywhere: among the candidate readings, take the one nearest
the reference date in the direction the clause points (future: on or after it; past: on or
before it; unknown: nearest either way, ties going to the past because news reports far
more than it announces).
"""

from __future__ import annotations

import calendar
import datetime as dt

from .tense import FUTURE, PAST


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist (4月31日, 2023年2月29日)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_valid_month_day(month: int, day: int) -> bool:
    """True when some year has this month and day (2月29日 is valid: leap years have it)."""
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else _days_in(2001, month))


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


#: Announcements are often published while, or just after, the event they announce runs
#: ("the retreat slated for January 16 and 17", published on the 17th): a future-tense date
#: this close before the reference is the same occurrence, not next year's.
FUTURE_GRACE = dt.timedelta(days=7)
#: Time zones put a reported event up to a day after the reference date.
PAST_GRACE = dt.timedelta(days=1)


def pick_nearest(candidates: list[dt.date], ref: dt.date, tense: str | None) -> dt.date | None:
    if tense == FUTURE:
        ahead = [c for c in candidates if c >= ref - FUTURE_GRACE]
        return min(ahead) if ahead else None
    if tense == PAST:
        behind = [c for c in candidates if c <= ref + PAST_GRACE]
        return max(behind) if behind else None
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def year_for_month_day(month: int, day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """The date with this month and day nearest `ref` in the tense's direction.

    2月29日 looks as far as the leap years around `ref` (up to 8 years each way) so that a
    leap day read against a common year still lands on a real 29 February; the caller warns.
    """
    span = 8 if (month, day) == (2, 29) else 1
    candidates = [d for y in range(ref.year - span, ref.year + span + 1)
                  if (d := make_date(y, month, day)) is not None]
    return pick_nearest(candidates, ref, tense)


def year_for_month(month: int, ref: dt.date, tense: str | None) -> int:
    """The year that puts this month nearest `ref`'s month in the tense's direction."""
    firsts = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    picked = pick_nearest(firsts, ref.replace(day=1), tense)
    return picked.year if picked else ref.year


def month_for_day(day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """The date with this day of month nearest `ref` (previous, same or next month)."""
    candidates = []
    for shift in (-1, 0, 1):
        year, month = shift_month(ref.year, ref.month, shift)
        if (d := make_date(year, month, day)) is not None:
            candidates.append(d)
    return pick_nearest(candidates, ref, tense)


def weekday_near(weekday: int, ref: dt.date, tense: str | None) -> dt.date:
    """The given weekday at or before `ref` (past), at or after it (future), else nearest."""
    back = (ref.weekday() - weekday) % 7
    forward = (weekday - ref.weekday()) % 7
    if tense == FUTURE:
        return ref + dt.timedelta(days=forward)
    if tense == PAST or back <= forward:
        return ref - dt.timedelta(days=back)
    return ref + dt.timedelta(days=forward)


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def week_bounds(ref: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week `shift` weeks from `ref`'s week (ISO weeks)."""
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift)
    return monday, monday + dt.timedelta(days=6)


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 at the precision given: 2021-01-26, 2021-01, 2021, --06-17, --06."""
    if year is None:
        if month is None:
            raise ValueError("a date needs at least a year or a month")
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
