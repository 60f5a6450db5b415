"""Cues a frame reads around its trigger: a subject written as a pronoun or a bare title,
the conjunction that introduces the counterpart, and the level of a counterpart named only
by its rank ("his counterpart", 对方)."""

from __future__ import annotations

import re

from summitry.extract.parties import Group, groups_in
from summitry.extract.patterns import Trigger
from summitry.extract.reader import Reader


def pronoun(rd: Reader, lo: int, hi: int) -> bool:
    """A subject written as a pronoun or a bare title (``the President``, ``he``,
    ``该总理``)."""
    region = rd.text[lo:hi]
    if rd.zh:
        return bool(re.search(r"(?:^|[，,])\s*(?:他|她|该|这位)", region))
    return bool(
        re.search(
            r"\b(?:he|she|the\s+(?:[A-Z]\w+\s+)?(?:President|Prime\s+Minister|PM|Premier|Minister|leader|"
            r"top\s+leader|host|Chairman|Chairwoman|Party\s+chief|General\s+Secretary|"
            r"Secretary-General|Secretary\s+General|Foreign\s+Secretary|Secretary\s+of\s+State|"
            r"Chancellor|King|Queen|Emir|Sultan))\b",
            region,
            re.I,
        )
    )


def partner_marker(rd: Reader, lo: int, hi: int, trig: Trigger) -> tuple[int, int] | None:
    """The conjunction that introduces the counterpart (``A同B举行会谈``): the last
    同/与/跟 (or 和) outside any entity name with a party after it."""
    best = None
    for pattern in (r"同|与|跟|向", r"和") if rd.zh else (r"\bwith\b",):
        for mk in re.finditer(pattern, rd.text[lo:hi]):
            s, e = lo + mk.start(), lo + mk.end()
            if any(r.start <= s < r.end for r in rd.v.refs_in(max(0, s - 20), e + 20)):
                continue
            if not groups_in(rd, e, hi):
                continue
            best = (s, e)
        if best is not None:
            return best
    return None


def unnamed_levels(rd: Reader, lo: int, hi: int, groups: list[Group]) -> list[str]:
    region = rd.text[lo:hi]
    if not rd.zh and re.search(r"\bcounterparts?\b", region, re.I):
        return ["same"]
    out = []
    for pattern, level in rd.c.unnamed_titles:
        if pattern.search(region):
            out.append(level)
            break
    return out
