"""Datelines: the agency, place and date that open a news story.

A dateline stays in the body (the contract keeps it) but is recorded as a layer, because
it tells where the story was filed and, often, the day: later stages use it to anchor
partial dates and to locate meetings.
"""

from __future__ import annotations

from summitry.clean.rules import DATELINES
from summitry.document import Dateline, Span

#: Chained datelines ("(VOVWORLD) - 据本台驻泰国记者报道,") are read up to this many parts.
MAX_PARTS = 2


def find_dateline(text: str, paragraph: Span) -> Dateline | None:
    """The dateline at the very start of ``paragraph``, if any."""
    pos = paragraph.start
    agency = place = date = None
    matched = False
    for _ in range(MAX_PARTS):
        for rule in DATELINES:
            m = rule.pattern.match(text, pos, paragraph.end)
            if m and m.end() > pos:
                groups = m.groupdict()
                agency = agency or groups.get("agency")
                place = groups.get("place") or place
                date = groups.get("date") or date
                pos = m.end()
                while pos < paragraph.end and text[pos] in " \u3000":
                    pos += 1
                matched = True
                break
        else:
            break
    if not matched:
        return None
    return Dateline(Span(paragraph.start, pos), agency=agency,
                    place=place.strip() if place else None, date_text=date)
