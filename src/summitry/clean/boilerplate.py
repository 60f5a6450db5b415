"""Page furniture on whole lines (navigation, share buttons, cookie banners, stamps) and
the point where the article ends (end markers, teaser headers, wire trailers)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
from summitry.clean.shape import CACHE_LINES, is_good
from summitry.document import Span
from summitry.nlp.dates import parse_stamp

#: Cookie banners are short; a long paragraph mentioning cookies is article text.
MAX_BANNER_CHARS = 300
#: Navigation labels are short.
MAX_NAVIGATION_CHARS = 60

@dataclass(frozen=True, slots=True)
class Furniture:
    reason: str  # "navigation", "cookie_banner", "stamp", "artefact"
    rule: str
    date: str | None = None  # for stamps: the ISO date they give


@lru_cache(maxsize=CACHE_LINES)
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
            if rule.pattern.match(line):
                # The rule recognises the line; the dates module reads its date.
                stamp = parse_stamp(line)
                return Furniture("stamp", rule.name, stamp.isoformat() if stamp else None)
    if len(line) <= MAX_BANNER_CHARS:
        for rule in COOKIE_BANNERS:
            if rule.pattern.search(line):
                return Furniture("cookie_banner", rule.name)
    return None


@dataclass(frozen=True, slots=True)
class Ending:
    """Where the article stops: ``keep_until`` is the end of the body; the rest is cut."""

    keep_until: int
    reason: str  # "after_end_marker", "teaser", "trailer"
    rule: str


#: A teaser header followed, within this many lines, by...
TEASER_LOOKAHEAD = 12
#: ...this many adjacent lines of prose sits inside the article (an inline "Related:" box)
#: and does not end it.
PROSE_GOES_ON = 3


def find_ending(text: str, lines: list[Span]) -> Ending | None:
    """The first end marker, teaser header or wire trailer among ``lines``."""
    for index, line in enumerate(lines):
        s = line.of(text)
        for rule in TEASER_HEADERS:
            if rule.pattern.match(s) and not _prose_goes_on(text, lines[index + 1:]):
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


def _prose_goes_on(text: str, after: list[Span]) -> bool:
    """Whether the article's prose resumes soon after a teaser header: a few adjacent good
    lines (teaser blocks alternate headlines and summaries, so theirs are never adjacent)."""
    streak = 0
    for line in after[:TEASER_LOOKAHEAD]:
        streak = streak + 1 if is_good(line.of(text)) else 0
        if streak >= PROSE_GOES_ON:
            return True
    return False
