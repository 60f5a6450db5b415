"""Partial dates across accounts: whether two can be one meeting's, and what they add up to.

Articles date one meeting with different precision: the report of the day says ``6月17日``
(``--06-17``), a later article recalls it as ``2020年6月`` (``2020-06``). Linking needs
three answers from such dates: how strongly two of them agree (:func:`compatible`, for the
scorer), the most precise date all accounts of a meeting support (:func:`reconcile`, for the
linked record), and the calendar days a partial date can mean (:func:`bounds`, for date-range
filters). A date is a ``(start, end)`` pair of ISO strings as the contract writes them; an
absent end means a single day (or month, or year).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import Enum
from functools import lru_cache
from itertools import groupby

from summitry.nlp.dates.partial import PartialDate

_PARTS = ("year", "month", "day")

#: The year lent to a date when neither side gives one: a leap year, so ``--02-29`` exists.
_ANY_YEAR = 2000

_Range = tuple[PartialDate, PartialDate]


class Agreement(Enum):
    """How far two dates agree, finest first; the scorer weighs each differently."""

    DAY = "day"  # both give the day, and every part both give is equal (or a range overlaps)
    MONTH = "month"  # both give the month, not both the day
    YEAR = "year"  # the year is the only part both give
    NO_COMMON_PART = "no common part"  # "2020" and "--06-17": nothing to compare
    UNKNOWN = "unknown"  # one side has no (readable) date
    CONFLICT = "conflict"  # a part both give differs: not the same meeting

    @property
    def agrees(self) -> bool:
        """The dates share a part and it matches: positive evidence, not just no conflict."""
        return self in (Agreement.DAY, Agreement.MONTH, Agreement.YEAR)


def iso(date: PartialDate) -> str | None:
    """The contract's ISO form of a partial date (``--06`` when only the month is known)."""
    y, m, d = date.year, date.month, date.day
    if m is None:
        return None if y is None else f"{y:04d}"
    if y is None:
        return f"--{m:02d}" if d is None else f"--{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


#: Dates remembered with what they mean (pure functions of a few strings, asked for every
#: account and every candidate of the linker; a store's meetings share their dates).
_REMEMBERED = 1 << 16


@lru_cache(maxsize=_REMEMBERED)
def bounds(start: str | None, end: str | None) -> tuple[str, str] | None:
    """The first and last full day the date can mean: ``2020-06`` -> 2020-06-01..2020-06-30.

    None when the date is absent or its year unknown: ``--06-17`` may fall in any year, so no
    date-range filter can place it.
    """
    span = _parse(start, end)
    if span is None or span[0].year is None:
        return None
    interval = _interval(span, span[0].year)
    return None if interval is None else (interval[0].isoformat(), interval[1].isoformat())


@lru_cache(maxsize=_REMEMBERED)
def compatible(
    a_start: str | None, a_end: str | None, b_start: str | None, b_end: str | None
) -> Agreement:
    """How far two dates (or ranges) can denote the same meeting; see :class:`Agreement`."""
    a, b = _parse(a_start, a_end), _parse(b_start, b_end)
    if a is None or b is None:
        return Agreement.UNKNOWN
    return _agreement(a, b)


def reconcile(
    dates: Iterable[tuple[str | None, str | None]],
) -> tuple[str | None, str | None]:
    """The most precise date the accounts agree on, each part from whichever account gives it.

    Dates are ranked by how many accounts they agree with, then by precision (a range before
    a single day it contains, because the range says more). The best one is the anchor;
    others fill the parts it lacks when they agree with what is known so far, repeating until
    nothing changes, so ``2020`` + ``2020-06`` + ``--06-17`` all combine. Equally ranked dates
    that disagree on a part leave that part unknown rather than pick one at random: no part is
    ever invented, and the result does not depend on the order of ``dates``.
    """
    return _reconcile(tuple(dates))


@lru_cache(maxsize=_REMEMBERED)
def _reconcile(dates: tuple[tuple[str | None, str | None], ...]) -> tuple[str | None, str | None]:
    spans = [s for s in (_parse(start, end) for start, end in dates) if s is not None]
    if not spans:
        return None, None
    support = [sum(_agreement(s, t).agrees for t in spans) for s in spans]
    ranked = sorted(zip(support, spans, strict=True), key=lambda x: _rank(x[0], x[1]))
    groups = [
        [span for _, span in group]
        for _, group in groupby(ranked, key=lambda x: _rank(x[0], x[1])[:3])
    ]
    current: list[PartialDate] = [PartialDate(None, None, None)] * 2
    contested: list[set[str]] = [set(), set()]
    changed = True
    while changed:
        changed = False
        for group in groups:
            if _empty(current):
                # The first group sets the anchor; members that share a part with its first
                # date are candidates, so a tie that disagrees becomes contested.
                fits = [s for s in group if _shares(s, group[0])]
            else:
                fits = [s for s in group if _agrees(s, tuple(current))]
            changed |= _fill(current, contested, fits)
    start, end = (_drop_orphan_day(p) for p in current)
    return iso(start), iso(end)


#: Bases whose year the article reasoned from outside the text's dates (see
#: :mod:`summitry.extract.years`); ``context`` (another date of the text, a series edition)
#: counts as read.
REASONED_BASES = frozenset({"weekday", "tenure", "anniversary"})


def refine_years(
    dates: Sequence[tuple[str | None, str | None, str | None]],
) -> list[tuple[str | None, str | None]]:
    """``(start, end, basis)`` per account -> ``(start, end)``, a reasoned year given up where
    an account that read its year (stated, published, dateline) names another one.

    An article that only reasoned the year (the weekday and the terms in office) is refined
    by a later article that states it; the month and day it gives still count. Firm years
    that disagree among themselves are left for :func:`reconcile` to contest.
    """
    firm = {s[:4] for s, _, basis in dates
            if s and s[:4].isdigit() and basis not in REASONED_BASES}
    out: list[tuple[str | None, str | None]] = []
    for start, end, basis in dates:
        if firm and basis in REASONED_BASES and start and start[:4].isdigit() \
                and start[:4] not in firm:
            start, end = yearless(start), yearless(end)
        out.append((start, end))
    return out


def yearless(value: str | None) -> str | None:
    """``2017-05-11`` -> ``--05-11``; ``2017`` alone -> None."""
    if not value or not value[:4].isdigit():
        return value
    return "-" + value[4:] if len(value) > 4 else None


# ---- helpers --------------------------------------------------------------------------


def _parse(start: str | None, end: str | None) -> _Range | None:
    first = PartialDate.parse(start)
    if first is None:
        return None
    last = PartialDate.parse(end)
    return first, first if last is None else last


def _part(date: PartialDate, name: str) -> int | None:
    return {"year": date.year, "month": date.month, "day": date.day}[name]


def _given(date: PartialDate) -> set[str]:
    return {name for name in _PARTS if _part(date, name) is not None}


def _year(span: _Range) -> int | None:
    return span[0].year if span[0].year is not None else span[1].year


def _agreement(a: _Range, b: _Range) -> Agreement:
    common = _given(a[0]) & _given(b[0])
    if not common:
        return Agreement.NO_COMMON_PART
    # A side without a year is read in the other side's year: "--06-17" vs "2020-06-17".
    a_year, b_year = _year(a), _year(b)
    ia = _interval(a, b_year if b_year is not None else _ANY_YEAR)
    ib = _interval(b, a_year if a_year is not None else _ANY_YEAR)
    if ia is None or ib is None:
        return Agreement.UNKNOWN  # an impossible month: nothing to compare
    if ia[0] > ib[1] or ib[0] > ia[1]:
        return Agreement.CONFLICT
    if "day" in common:
        return Agreement.DAY
    return Agreement.MONTH if "month" in common else Agreement.YEAR


def _day(year: int, month: int | None, day: int | None, last: bool) -> dt.date | None:
    if month is None:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    if not 1 <= month <= 12 or not 1 <= year <= 9998:
        return None
    days = calendar.monthrange(year, month)[1]
    if day is None:
        return dt.date(year, month, days if last else 1)
    return dt.date(year, month, max(1, min(day, days)))


def _interval(span: _Range, year: int) -> tuple[dt.date, dt.date] | None:
    """The days a span can mean, its unknown year read as ``year``."""
    start, end = span
    start_year = start.year if start.year is not None else year
    end_year = end.year if end.year is not None else start_year
    lo = _day(start_year, start.month, start.day, last=False)
    hi = _day(end_year, end.month, end.day, last=True)
    if lo is None or hi is None:
        return None
    if hi < lo and end.year is None:  # "--12-30".."--01-02": the end is in the next year
        hi = _day(end_year + 1, end.month, end.day, last=True) or hi
    return lo, hi


def _rank(support: int, span: _Range) -> tuple[int, int, bool, str, str]:
    precision = len(_given(span[0])) + len(_given(span[1]))
    single = iso(span[0]) == iso(span[1])
    return -support, -precision, single, iso(span[0]) or "", iso(span[1]) or ""


def _empty(current: Sequence[PartialDate]) -> bool:
    return not any(_given(p) for p in current)


def _shares(a: _Range, b: _Range) -> bool:
    return bool(_given(a[0]) & _given(b[0]))


def _agrees(a: _Range, b: tuple[PartialDate, ...]) -> bool:
    return all(x.agrees_with(y) for x, y in zip(a, b, strict=True))


def _fill(current: list[PartialDate], contested: list[set[str]], fits: list[_Range]) -> bool:
    """Give ``current`` the parts it lacks that all of ``fits`` agree on; mark the others."""
    changed = False
    for slot in (0, 1):
        for name in _PARTS:
            if _part(current[slot], name) is not None or name in contested[slot]:
                continue
            values = {v for s in fits if (v := _part(s[slot], name)) is not None}
            if len(values) == 1:
                current[slot] = replace(current[slot], **{name: values.pop()})
                changed = True
            elif len(values) > 1:
                contested[slot].add(name)
                if name == "month":  # a day is meaningless without its month
                    contested[slot].add("day")
    return changed


def _drop_orphan_day(date: PartialDate) -> PartialDate:
    return replace(date, day=None) if date.month is None else date
