"""Lines of the original text as spans, with surrounding white space trimmed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summitry.document import Span

#: Line breaks as news pages produce them (including the Unicode line/paragraph separators).
_LINE = re.compile(r"[^\r\n\u2028\u2029\x85]+")
#: White space to trim, including the ideographic space and no-break space.
_SPACE = " \t\f\v\u3000\xa0\u200b\ufeff"


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Non-blank lines of ``text[start:end]`` as trimmed spans of ``text``."""
    for m in _LINE.finditer(text, start, len(text) if end is None else end):
        span = trim(text, m.start(), m.end())
        if span is not None:
            yield span


def trim(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without leading/trailing white space, or None if blank."""
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return Span(start, end) if end > start else None


def has_words(s: str, minimum: int = 2) -> bool:
    """Whether ``s`` holds at least ``minimum`` letters or CJK characters."""
    return sum(1 for c in s if c.isalpha()) >= minimum
