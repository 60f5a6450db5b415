"""Partial ISO dates (``2021-01-26``, ``2020-11``, ``--06-17``): their parts, agreement and
place against the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

from summitry.extract.reader import Reader
from summitry.nlp.dates import TimeExpression
from summitry.nlp.dates.partial import PartialDate

ISO_DATE = re.compile(r"^(?:\d{4}(?:-\d\d){0,2}|--\d\d(?:-\d\d)?)$")
#: How far from the article's date a dated meeting still counts as the news (days).
NEWS_WINDOW_BEFORE = 7
NEWS_WINDOW_AFTER = 0
#: Without a publication date the reference is the lead's first date, and a story may run
#: over the days after it (day two of a visit).
LEAD_WINDOW_AFTER = 7


def news_window(rd: Reader) -> int:
    return NEWS_WINDOW_AFTER if rd.v.doc.published else LEAD_WINDOW_AFTER


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


def relation(value: str | None, ref: str | None, after: int = NEWS_WINDOW_AFTER) -> str | None:
    """``before``, ``after`` or ``same`` (within the news window) of a date against the
    article's date, on the parts both give; None when they cannot be compared. ``after``:
    how many days after the reference still count as its news."""
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
    if delta > after:
        return "after"
    return "same"


#: A Chinese dateline's date: the time expression right before 电 (新华社北京4月14日电).
ZH_DATELINE_TAIL = re.compile(r"\s*电")


def yearless(value: str | None) -> str | None:
    """``2025-04-14`` → ``--04-14``; ``2025-04`` → ``--04``: the year left to a later stage."""
    p = parts(value)
    if p is None or p[1] is None:
        return value
    return f"--{p[1]:02d}" + (f"-{p[2]:02d}" if p[2] is not None else "")


def dateline_time(rd: Reader) -> TimeExpression | None:
    """The time expression of the article's dateline: inside the dateline the cleaner found,
    or, in Chinese, the date right before 电 in the lead."""
    d = rd.v.doc.dateline
    if d is not None:
        inside = rd.v.times_in(d.span.start, d.span.end)
        if inside:
            return inside[0]
    if rd.zh:
        for s in rd.v.sentences[:2]:
            for t in rd.v.times_in(s.start, s.end):
                if ZH_DATELINE_TAIL.match(rd.text, t.end):
                    return t
    return None


def published_is_repost(rd: Reader) -> bool:
    """The metadata date is a later stamp (a repost) when the dateline states another day."""
    published = rd.v.doc.published
    t = dateline_time(rd)
    if not published or t is None or not t.value:
        return False
    return relation(t.value, published) not in ("same", None)


def reference_date(rd: Reader) -> str | None:
    """The article's news date: the dateline's day when the publication date is a repost
    stamp (the year dropped when the stamp anchored it later than the stamp itself), else
    the publication date, else the first full date of the lead."""
    published = rd.v.doc.published
    if published and published_is_repost(rd):
        t = dateline_time(rd)
        value = t.value if t else None
        return yearless(value) if relation(value, published) == "after" else value
    if published:
        return published
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
