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
    best: tuple[int, int, str] | None = None  # (distance, future-first tiebreak, tense)
    for rank, (pattern, tense) in enumerate(((future_re, FUTURE), (past_re, PAST))):
        for span_lo, span_hi in ((lo, start), (end, hi)):
            for found in pattern.finditer(text, span_lo, span_hi):
                distance = start - found.end() if found.end() <= start else found.start() - end
                candidate = (distance, rank, tense)
                if best is None or candidate < best:
                    best = candidate
    return best[2] if best else None
