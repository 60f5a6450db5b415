"""Numbers in meeting names: Chinese numerals (第十七次, 首届) and English ordinal words."""

from __future__ import annotations

import cn2an

#: English ordinal words as they open a meeting name ("the Second Strategic Dialogue").
EN_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def chinese_number(s: str) -> int | None:
    """``十七`` → 17, ``首`` → 1, ``52`` → 52; None for anything that is not a number."""
    if s == "首":
        return 1
    if s.isdigit():
        return int(s)
    if not s:
        return None
    try:
        return int(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def en_ordinal(word: str) -> int | None:
    """``16th`` → 16, ``second`` → 2; None otherwise."""
    w = word.lower()
    if w in EN_ORDINAL_WORDS:
        return EN_ORDINAL_WORDS[w]
    digits = w.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None
