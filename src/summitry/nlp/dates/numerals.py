"""Numbers as Chinese news writes them: Arabic, full-width, and Chinese numerals.

Full-width digits are folded to ASCII with a one-to-one character map so that offsets found
in the folded text are offsets into the original. Chinese numerals cannot be folded that way
(十 has no single-character ASCII equivalent), so the patterns match them as they stand and
`to_int` reads them afterwards.
"""

from __future__ import annotations

import re

# One character for one character: folding never shifts an offset.
_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULLWIDTH.update({ord("－"): ord("-"), ord("／"): ord("/"), ord("．"): ord("."),
                   ord("～"): ord("~"), ord("："): ord(":")})
_HAS_FULLWIDTH = re.compile("[０-９－／．～：]")

CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}

# Lunar month names that are not plain numerals.
LUNAR_MONTH_NAMES: dict[str, int] = {"正": 1, "冬": 11, "腊": 12}


def fold_fullwidth(text: str) -> str:
    """Return `text` with full-width digits and separators as ASCII, same length.

    The search is a cheap pre-check: most articles have no full-width digits and
    `str.translate` on non-ASCII text is comparatively slow.
    """
    if _HAS_FULLWIDTH.search(text) is None:
        return text
    return text.translate(_FULLWIDTH)


def to_int(token: str) -> int:
    """Read an Arabic or Chinese numeral up to 9999: "26", "二十六", "廿九", "初一", "二〇二一".

    Raises ValueError for anything else ("十十"): matching.run_rules then drops the match,
    so an unreadable numeral yields no date rather than a wrong one.
    """
    token = token.strip()
    if token.isascii() and token.isdigit():
        return int(token)
    if token.startswith("初"):
        token = token[1:]
    if token.startswith("廿"):
        return 20 + (_digit(token[1:]) if len(token) > 1 else 0)
    if token.startswith("卅"):
        return 30 + (_digit(token[1:]) if len(token) > 1 else 0)
    if "百" in token:
        head, _, tail = token.partition("百")
        return (_digit(head) if head else 1) * 100 + (to_int(tail.lstrip("零")) if tail else 0)
    if "十" in token:
        head, _, tail = token.partition("十")
        return (_digit(head) if head else 1) * 10 + (_digit(tail) if tail else 0)
    if not token:
        raise ValueError("empty numeral")
    value = 0
    for char in token:
        value = value * 10 + _digit(char)
    return value


def _digit(char: str) -> int:
    if char.isascii() and char.isdigit():
        return int(char)
    try:
        return CN_DIGITS[char]
    except KeyError:
        raise ValueError(f"not a Chinese digit: {char!r}") from None


def lunar_month(token: str) -> tuple[int, bool]:
    """Read a lunar month name ("正", "腊", "冬", "闰四", "十一") as (month, is_leap)."""
    leap = token.startswith("闰")
    if leap:
        token = token[1:]
    if token in LUNAR_MONTH_NAMES:
        return LUNAR_MONTH_NAMES[token], leap
    return to_int(token), leap
