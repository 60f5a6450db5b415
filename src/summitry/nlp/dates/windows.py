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
    """Merged windows [lo, hi) around every anchor hit, in text order.

    A run of hits shares one window whose end is the reach of its last hit (the reach only
    grows with the position). The reach is at least `after` characters (or the text's end),
    so a hit that starts within `after` characters of the previous one joins the run
    without measuring the previous reach."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    backward, forward = _reach(before), _reach(after)
    reverse = ""
    lo = end = -1  # the current run: its start, and the end of its last hit
    for hit in anchor.finditer(text):
        start, stop = hit.span()
        if end >= 0:
            if start <= end + after:
                end = stop
                continue
            hi = min(size, forward.match(text, end).end() + 1)  # type: ignore[union-attr]
            if start <= hi:
                end = stop
                continue
            windows.append((lo, hi))
        reverse = reverse or text[::-1]
        lo = size - backward.match(reverse, size - start).end()  # type: ignore[union-attr]
        if windows and lo <= windows[-1][1]:
            lo = windows.pop()[0]
        end = stop
    if end >= 0:
        windows.append((lo, min(size, forward.match(text, end).end() + 1)))  # type: ignore[union-attr]
    return windows
