"""Partial ISO dates (``2021-01-26``, ``2020-11``, ``--06-17``): their parts, agreement and
place against the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

from summitry.extract.reader import Reader
from summitry.nlp.dates.partial import PartialDate

ISO_DATE = re.compile(r"^(?:\d{4}(?:-\d\d){0,2}|--\d\d(?:-\d\d)?)$")
#: How far from the article's date a dated meeting still counts as the news (days).
NEWS_WINDOW_BEFORE = 7
NEWS_WINDOW_AFTER = 7


def parts(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a partial ISO date, None when it is not one."""
    date = PartialDate.parse(value)
    return None if date is None else (date.year, date.month, date.day)


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates agree on every part both give (an unknown date agrees with any)."""
    pa, pb = parts(a), parts(b)
    if pa is None or pb is None:
        return True
    return all(x == y for x, y in zip(pa, pb, strict=True) if x is not None and y is not None)


def month_of(value: str | None) -> str | None:
    p = parts(value)
    if p is None or p[1] is None:
        return value
    return f"{p[0]:04d}-{p[1]:02d}" if p[0] is not None else f"--{p[1]:02d}"


def _as_date(value: str | None, fallback_year: int | None) -> dt.date | None:
    p = parts(value)
    if p is None:
        return None
    year = p[0] if p[0] is not None else fallback_year
    if year is None:
        return None
    try:
        return dt.date(year, p[1] or 1, p[2] or 1)
    except ValueError:
        return None


def relation(value: str | None, ref: str | None) -> str | None:
    """``before``, ``after`` or ``same`` (within the news window) of a date against the
    article's date, on the parts both give; None when they cannot be compared."""
    pv, pr = parts(value), parts(ref)
    if pv is None or pr is None:
        return None
    if pv[0] is not None and pr[0] is not None and pv[0] != pr[0]:
        return "before" if pv[0] < pr[0] else "after"
    if pv[1] is None or pr[1] is None:
        return "same"
    year = pr[0] if pr[0] is not None else 2000
    dv = _as_date(value, year)
    dr = _as_date(ref, year)
    if dv is None or dr is None:
        return None
    if pv[2] is None or pr[2] is None:
        if (dv.year, dv.month) == (dr.year, dr.month):
            return "same"
        return "before" if (dv.year, dv.month) < (dr.year, dr.month) else "after"
    delta = (dv - dr).days
    if delta < -NEWS_WINDOW_BEFORE:
        return "before"
    if delta > NEWS_WINDOW_AFTER:
        return "after"
    return "same"


def reference_date(rd: Reader) -> str | None:
    """The article's date: its publication date, else the first full date of the lead."""
    if rd.v.doc.published:
        return rd.v.doc.published
    lead = rd.v.sentences[:2]
    for s in lead:
        for t in rd.v.times_in(s.start, s.end):
            if (
                t.value
                and ISO_DATE.match(t.value)
                and (parts(t.value) or (None, None, None))[2] is not None
            ):
                return t.value
    return None
