"""Publication stamps by shape: a short line that is dates, times and labels, little else.

Outlets print the stamp in countless orders ("2022-05-03 08:17 来源: 人民网",
"星期三, 06/03/2024 14:05", "09:41, March 6, 2024", "Tue 5th March 2024 | 09:10 PM",
"某某网 2021-02-01 10:00"). Instead of one pattern per order, a line is a stamp when it
holds a date or a clock time and, once dates, times, weekdays, zones and stamp labels are
taken out, at most a short source name is left.
"""

from __future__ import annotations

from functools import lru_cache

from summitry.clean.rules import MAX_STAMP_CHARS, STAMP_LEFTOVER, STAMP_PARTS, STAMP_TOKENS
from summitry.clean.shape import CACHE_LINES, ends_sentence


@lru_cache(maxsize=CACHE_LINES)
def is_stamp(line: str) -> bool:
    """Whether a whole line is a publication stamp (a date or time with labels around it)."""
    if len(line) > MAX_STAMP_CHARS or (ends_sentence(line) and not line.endswith(("AM", "PM"))):
        return False
    if not any(rule.pattern.search(line) for rule in STAMP_TOKENS):
        return False
    rest = line
    for rule in STAMP_PARTS:
        rest = rule.pattern.sub(" ", rest)
    cjk = sum(1 for c in rest if "\u3400" <= c <= "\u9fff")
    latin_words = sum(1 for w in rest.split() if any(c.isascii() and c.isalpha() for c in w))
    return cjk <= STAMP_LEFTOVER["cjk"] and latin_words <= STAMP_LEFTOVER["words"]
