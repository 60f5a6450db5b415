"""Periods and succession.

A period is read from the name: ``(2021-2025年)``, ``2016-2020``, ``至2025年`` /
``2025`` at the end (an end year only). Succession (``follows``) is read from the shape of
the record itself: two undertakings of one kind in one article, one's period starting where
the other's ends (``…(2016-2020年)`` and ``…(2021-2025年)``), the later follows the earlier;
and from explicit successor words (``后续``, ``successor to``) when the text uses them.
"""

from __future__ import annotations

import re

from summitry.extract.commitments.model import Commitment, Period

_RANGE = re.compile(r"((?:19|20)\d\d)\s*(?:年)?\s*(?:-|–|—|―|~|～|至|到|to)\s*((?:19|20)\d\d)")
_END_ONLY = re.compile(
    r"(?:至|到|until|to|toward|towards)\s*((?:19|20)\d\d)|((?:19|20)\d\d)年?\s*[)）]?$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def period_of(name: str) -> Period | None:
    m = _RANGE.search(name)
    if m:
        return Period(m.group(1), m.group(2))
    m = _END_ONLY.search(name)
    if m:
        year = m.group(1) or m.group(2)
        # A year that opens the name is the year of the undertaking (``2017…友好年``).
        if name.strip().startswith(year):
            return Period(year, year)
        return Period(None, year)
    m = _YEAR.match(name.strip())
    if m and re.search(r"年$", name):
        return Period(m.group(1), m.group(1))
    return None


def link_successors(commitments: list[Commitment]) -> None:
    """Set ``follows`` where one undertaking's period continues another's."""
    spans = {id(c): _years(c) for c in commitments}
    for later in commitments:
        lspan = spans[id(later)]
        if lspan is None:
            continue
        for earlier in commitments:
            espan = spans[id(earlier)]
            if earlier is later or espan is None or earlier.kind != later.kind:
                continue
            if lspan[0] - espan[1] in (0, 1) and lspan[0] > espan[0]:
                later.follows = earlier.id
                break


def _years(c: Commitment) -> tuple[int, int] | None:
    if c.period is None or not c.period.start or not c.period.end:
        return None
    return int(c.period.start), int(c.period.end)
