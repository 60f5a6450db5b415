"""Page furniture on whole lines (navigation, share buttons, cookie banners, stamps) and
the point where the article ends (end markers, teaser headers, wire trailers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.clean.rules import (
    ARTEFACT_LINE,
    COOKIE_BANNERS,
    END_CREDITS,
    END_MARKERS,
    NAVIGATION_LINES,
    STAMPS,
    TEASER_HEADERS,
    WIRE_TRAILERS,
)
from summitry.document import Span

#: Cookie banners are short; a long paragraph mentioning cookies is article text.
MAX_BANNER_CHARS = 300
#: Navigation labels are short.
MAX_NAVIGATION_CHARS = 60

_MONTHS = {m: i for i, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"), 1)
    for m in names.split()}


@dataclass(frozen=True, slots=True)
class Furniture:
    reason: str  # "navigation", "cookie_banner", "stamp", "artefact"
    rule: str
    date: str | None = None  # for stamps: the ISO date they give


def classify_line(line: str) -> Furniture | None:
    """What kind of page furniture a whole (stripped) line is, if any."""
    if ARTEFACT_LINE.match(line):
        return Furniture("artefact", "separator")
    if len(line) <= MAX_NAVIGATION_CHARS:
        for rule in NAVIGATION_LINES:
            if rule.pattern.match(line):
                return Furniture("navigation", rule.name)
    if len(line) <= 80:
        for rule in STAMPS:
            m = rule.pattern.match(line)
            if m:
                return Furniture("stamp", rule.name, _stamp_date(m))
    if len(line) <= MAX_BANNER_CHARS:
        for rule in COOKIE_BANNERS:
            if rule.pattern.search(line):
                return Furniture("cookie_banner", rule.name)
    return None


def _stamp_date(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if groups.get("m"):
        month: int | None = int(groups["m"])
    else:
        month = _MONTHS.get(groups["month"].lower().rstrip("."))
    try:
        year, day = int(groups["y"]), int(groups["d"])
    except (TypeError, ValueError):
        return None
    if month is None or not (1 <= month <= 12 and 1 <= day <= 31 and 1900 < year < 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True, slots=True)
class Ending:
    """Where the article stops: ``keep_until`` is the end of the body; the rest is cut."""

    keep_until: int
    reason: str  # "after_end_marker", "teaser", "trailer"
    rule: str


def find_ending(text: str, lines: list[Span]) -> Ending | None:
    """The first end marker, teaser header or wire trailer among ``lines``."""
    for line in lines:
        s = line.of(text)
        for rule in TEASER_HEADERS:
            if rule.pattern.match(s):
                return Ending(line.start, "teaser", rule.name)
        for rule in WIRE_TRAILERS:
            if rule.pattern.match(s):
                return Ending(line.start, "trailer", rule.name)
        for rule in END_MARKERS:
            m = rule.pattern.search(s)
            if m:
                return Ending(line.start + m.end(), "after_end_marker", rule.name)
        for rule in END_CREDITS:
            m = rule.pattern.search(s)
            if m:
                return Ending(line.start + m.start(), "end_credit", rule.name)
    return None
