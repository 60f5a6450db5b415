"""Which way a clause points in time: past, future, or unknown.

A partial date ("12月31日", "on Tuesday") is read in the year or week that puts it nearest
the anchor *in the direction the clause points*: "将于1月5日" written on 20 December is next
January, "held on Tuesday" is the Tuesday before. The marker nearest to the expression wins,
so in "X said on Tuesday that talks will be held on Friday" Tuesday is past and Friday future.
"""

from __future__ import annotations

import re

from . import patterns_en as en
from . import patterns_zh as zh

PAST = "past"
FUTURE = "future"

_WINDOW = 90  # characters searched on each side; a clause is rarely longer

_MARKERS: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "zh": (re.compile(zh.FUTURE_MARKERS), re.compile(zh.PAST_MARKERS),
           re.compile(zh.CLAUSE_BOUNDARY)),
    "en": (re.compile(en.FUTURE_MARKERS), re.compile(en.PAST_MARKERS),
           re.compile(en.CLAUSE_BOUNDARY)),
}
_ATTRIBUTION = {"zh": re.compile(zh.ATTRIBUTION_TAIL), "en": re.compile(en.ATTRIBUTION_TAIL)}


def clause_tense(text: str, start: int, end: int, lang: str) -> str | None:
    """Return PAST, FUTURE or None for the clause around text[start:end].

    The clause is cut at sentence punctuation within a fixed window, and the expression's
    own characters are skipped so that "last" in "last week" does not count twice (the
    matcher already recorded that as the expression's own tense).
    """
    future_re, past_re, boundary_re = _MARKERS["zh" if lang == "zh" else "en"]
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    for found in boundary_re.finditer(text, lo, start):
        lo = found.end()
    after = boundary_re.search(text, end, hi)
    if after is not None:
        hi = after.start()
    tail = _ATTRIBUTION["zh" if lang == "zh" else "en"].match(text, end, hi)
    if tail is not None and _announced(text, start, future_re, boundary_re):
        return FUTURE  # "X is set to attend … on May 16-17, the ministry said"
    return _nearest(text, lo, start, end, hi, future_re, past_re)


#: How far back a clause's own future marker is looked for when a reporting tail follows
#: the date: long names (a meeting's full title) often stand between the verb and the date.
_ANNOUNCED_WINDOW = 240


def _announced(text: str, start: int, future_re: re.Pattern[str],
               boundary_re: re.Pattern[str]) -> bool:
    """A future marker in the sentence before the date, however long its names."""
    lo = max(0, start - _ANNOUNCED_WINDOW)
    for found in boundary_re.finditer(text, lo, start):
        lo = found.end()
    return future_re.search(text, lo, start) is not None


def _nearest(text: str, lo: int, start: int, end: int, hi: int, future_re: re.Pattern[str],
             past_re: re.Pattern[str]) -> str | None:
    """The tense of the marker nearest the expression between lo and hi."""
    best: tuple[int, int, str] | None = None  # (distance, future-first tiebreak, tense)
    for rank, (pattern, tense) in enumerate(((future_re, FUTURE), (past_re, PAST))):
        for span_lo, span_hi in ((lo, start), (end, hi)):
            for found in pattern.finditer(text, span_lo, span_hi):
                distance = start - found.end() if found.end() <= start else found.start() - end
                candidate = (distance, rank, tense)
                if best is None or candidate < best:
                    best = candidate
    return best[2] if best else None
