"""Trigger windows whose reach is counted in non-whitespace characters.

English date patterns join their words with `\\s+` and `\\s*`, which have no upper bound,
so a window of N characters around an anchor could miss "26   July". Every other part of
those patterns is bounded, so the number of *non-whitespace* characters a match (with the
characters its lookarounds read) spans on either side of an anchor is bounded. A window
here reaches `before` non-whitespace characters back from an anchor (and over the
whitespace run beyond them) and `after` non-whitespace characters forward (over the
whitespace run beyond, plus one character for a lookahead that stops there).

Why the windowed scan finds exactly what a scan of the whole text finds, given that every
match consumes an anchor hit and reads no further than those bounds from it:

* no match starts between windows (its anchor's window would contain its start);
* `finditer(text, lo, hi)` sees the real text before `lo` (lookbehinds and `\\b` read it)
  and treats `hi` as the end of the text; a path of the regex engine that succeeds, on the
  whole text or on the cut one, reads only characters inside the window of the anchor it
  consumes, and overlapping windows are merged, so every path (failing or succeeding) has
  the same outcome on both and the engine picks the same match at every start.

The anchor pattern must not look outside its own hit, so a hit inside a cut window is a
hit in the whole text too.
"""

from __future__ import annotations

import re

_SPAN = "(?:\\s*\\S){0,%d}\\s*"


def _reach(count: int) -> re.Pattern[str]:
    return _REACH.setdefault(count, re.compile(_SPAN % count))


_REACH: dict[int, re.Pattern[str]] = {}


def nonspace_windows(text: str, anchor: re.Pattern[str], before: int,
                     after: int) -> list[tuple[int, int]]:
    """Merged windows [lo, hi) around every anchor hit, in text order."""
    windows: list[tuple[int, int]] = []
    hits = list(anchor.finditer(text))
    if not hits:
        return windows
    size = len(text)
    backward, forward = _reach(before), _reach(after)
    reverse = text[::-1]
    for hit in hits:
        hi = forward.match(text, hit.end()).end()  # type: ignore[union-attr]
        hi = min(size, hi + 1)  # the character a lookahead stops on
        if windows and hit.start() <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            continue
        lo = size - backward.match(reverse, size - hit.start()).end()  # type: ignore[union-attr]
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows
