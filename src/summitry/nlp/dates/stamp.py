"""Publication stamps: the date a page prints next to its headline.

Stamps are not prose, so they get their own small reader instead of find_times: the
numbers come without 年/月/日, and the order depends on the site. Year-first forms are
always y/m/d; otherwise the day comes first, as on Vietnamese sites and most of the world
("Thứ Năm, 20/06/2024", "Updated: 13/11/2022"); only a reading that is impossible day-first
(06/20/2024) falls back to month-first.
"""

from __future__ import annotations

import datetime as dt
import re

from .gregorian import make_date
from .numerals import fold_fullwidth
from .patterns_en import MONTH_NAME, MONTH_NUMBERS

_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)",
    re.ASCII)
_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d\d)(?!\d)",
    re.ASCII)
_MONTH_DAY_YEAR = re.compile(
    rf"(?P<mon>{MONTH_NAME})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)",
    re.ASCII | re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH_NAME}),?\s+(?P<y>(?:19|20)\d\d)",
    re.ASCII | re.IGNORECASE)


def parse_stamp(text: str) -> dt.date | None:
    """The date in a publication stamp, or None when there is none or it is impossible."""
    text = fold_fullwidth(text)
    if found := _YEAR_FIRST.search(text):
        return make_date(int(found["y"]), int(found["m"]), int(found["d"]))
    if found := _DAY_FIRST.search(text):
        year, first, second = int(found["y"]), int(found["d"]), int(found["m"])
        return make_date(year, second, first) or make_date(year, first, second)
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        if found := pattern.search(text):
            month = MONTH_NUMBERS[found["mon"][:3].lower()]
            return make_date(int(found["y"]), month, int(found["d"]))
    return None


#: A stamp with month and day but no year (``03-17 09:11``, as portals list today's stories):
#: the time after it tells it from a score or a range of pages.
_YEARLESS = re.compile(
    r"(?<![\d/.:-])(?P<m>[01]\d)-(?P<d>[0-3]\d)[\s\u3000]+[0-2]\d:[0-5]\d(?![\d:/.-])", re.ASCII)


def parse_yearless_stamp(text: str) -> str | None:
    """The month and day of a yearless stamp (``--03-17``), or None when there is none."""
    found = _YEARLESS.search(fold_fullwidth(text))
    if found is None:
        return None
    date = make_date(2000, int(found["m"]), int(found["d"]))  # a leap year: 02-29 exists
    return None if date is None else f"--{date.month:02d}-{date.day:02d}"
