"""The publication date: from the page's stamp, its dateline or its URL, with its source.

Order of trust: the input's metadata; a publication stamp printed on the page (unless it
is a repost's, see below); an agency dateline that gives the full date
(``新华社北京2024年4月9日电``, ``HANOI, April 9, 2024 (VNA) –``); then, in the dates
stage, a date in the URL and a dateline's day completed with the year the lead states.

A repost portal prints its own stamp, sometimes months or years after the event. A stamp
that is months away from every day the article's body names is recorded as a repost's
(``Document.annotations["published_stamp"]``) and not taken as the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

from summitry.clean.rules import BODY_DAYS, MAX_REPOST_GAP_DAYS, URL_DATES
from summitry.document import Document
from summitry.nlp.dates import find_times
from summitry.nlp.dates.founding import founding_year_spans
from summitry.nlp.dates.stamp import parse_stamp

_DATELINE_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def date_from_url(url: str | None) -> str | None:
    """A date in the page's address (``/2021-04/18/``, ``/20210418/``), if a real one."""
    if not url:
        return None
    for pattern in URL_DATES:
        for m in pattern.finditer(url):
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return None


def date_from_full_dateline(doc: Document) -> str | None:
    """The date of a dateline that gives it in full, year included."""
    if doc.dateline is None or not doc.dateline.date_text:
        return None
    date_text = doc.dateline.date_text
    if not re.search(r"(?:19|20)\d\d", date_text):
        return None
    found = parse_stamp(date_text)
    return found.isoformat() if found else None


def date_from_dateline(doc: Document) -> str | None:
    """The dateline's month and day, with the year the lead paragraph gives, if it gives one."""
    if doc.dateline is None or not doc.dateline.date_text or not doc.body or doc.lang != "zh":
        return None
    m = _DATELINE_DAY.search(doc.dateline.date_text)
    if m is None:
        return None
    text = doc.analysis_text or doc.text
    year = None
    for segments in ((doc.body[0],), doc.body):
        # A founding year (东盟成立于1967年) is a past fact, never the dateline's year.
        years = {e.value[:4] for seg in segments
                 for past in (founding_year_spans(text[seg.start:seg.end]),)
                 for e in find_times(text[seg.start:seg.end], "zh")
                 if e.value and re.match(r"\d{4}", e.value) and e.kind == "date"
                 and not any(lo <= e.start < hi for lo, hi in past)}
        # The lead's year, or else the body's when it names only one: never a guess
        # between several.
        if len(years) == 1:
            year = years.pop()
            break
        if years:
            return None
    if year is None:
        return None
    try:
        return dt.date(int(year), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def body_days(text: str) -> list[tuple[int, int]]:
    """The (month, day) pairs the text names (``4月9日``, ``April 9``, ``9 April``)."""
    days: list[tuple[int, int]] = []
    for rule in BODY_DAYS:
        for m in rule.pattern.finditer(text):
            month = m["m"]
            number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower(), 0)
            if 1 <= number <= 12 and 1 <= int(m["d"]) <= 31:
                days.append((number, int(m["d"])))
    return days


def is_repost_stamp(stamp: str, body: str) -> bool:
    """Whether a stamp is months away from every day the body names (a repost's stamp).

    A body that names no day cannot contradict the stamp. Days are compared in the
    stamp's year and the year before (a story of late December stamped in January)."""
    date = dt.date.fromisoformat(stamp)
    days = body_days(body)
    if not days:
        return False
    for month, day in days:
        for year in (date.year, date.year - 1):
            try:
                named = dt.date(year, month, min(day, 28) if month == 2 else day)
            except ValueError:
                continue
            if abs((date - named).days) <= MAX_REPOST_GAP_DAYS:
                return False
    return True


def set_published(doc: Document, stamps: list[str]) -> None:
    """Fill ``doc.published`` from metadata, a trusted stamp or a full dateline."""
    doc.annotations.pop("published_stamp", None)
    if doc.meta_published:
        doc.published, doc.published_source = doc.meta_published, "metadata"
        return
    body = doc.body_text
    for stamp in stamps:
        repost = is_repost_stamp(stamp, body)
        doc.annotations["published_stamp"] = {"date": stamp, "trusted": not repost,
                                              "reason": "repost" if repost else "stamp"}
        if not repost:
            doc.published, doc.published_source = stamp, "stamp"
            return
        break
    full = date_from_full_dateline(doc)
    if full:
        doc.published, doc.published_source = full, "dateline"
