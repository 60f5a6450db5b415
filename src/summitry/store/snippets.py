"""Word-level search snippets: a window of the text around the first whole-word match,
cut at word boundaries, with every whole-word match marked.

The trigram index finds ``and`` inside "expand"; a snippet should show a match a reader
would call one: Latin-script words match whole (case-insensitive), Chinese and other
unspaced scripts match as substrings. The window never starts or ends inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Characters of context each side of the first match.
WIDTH = 70
#: How far a window edge may move to reach a word boundary.
SLACK = 20
_LATIN = re.compile(r"^[0-9A-Za-z\u00c0-\u024f'’.-]+$")
_SPACE = re.compile(r"\s")


def _pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    for w in sorted({w for w in words if w.strip()}, key=len, reverse=True):
        escaped = re.escape(w)
        parts.append(rf"(?<!\w){escaped}(?!\w)" if _LATIN.match(w) else escaped)
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _edge(text: str, at: int, step: int) -> int:
    """``at`` moved (by ``step``: -1 left, +1 right) to the nearest space within SLACK, so
    the window does not cut a word; unchanged in unspaced text (Chinese)."""
    for i in range(SLACK):
        j = at + step * i
        if j <= 0 or j >= len(text):
            return max(0, min(len(text), j))
        if _SPACE.match(text[j]):
            return j + 1 if step < 0 else j
    return at


def word_snippet(text: str, words: Sequence[str], marks: tuple[str, str] = ("[", "]"),
                 width: int = WIDTH) -> str:
    """``text`` around the first whole-word match of any of ``words``, matches marked; the
    opening of the text when nothing matches whole."""
    pattern = _pattern(words)
    first = pattern.search(text) if pattern else None
    if first is None or pattern is None:
        end = _edge(text, min(len(text), 2 * width), 1)
        return text[:end].strip() + ("…" if end < len(text) else "")
    start = _edge(text, max(0, first.start() - width), -1) if first.start() > width else 0
    end = _edge(text, min(len(text), first.end() + width), 1)
    window = text[start:end]
    marked = pattern.sub(lambda m: marks[0] + m.group(0) + marks[1], window)
    marked = " ".join(marked.split())  # line breaks of the article read as spaces
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")
