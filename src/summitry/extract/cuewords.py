"""Field cues read from a stretch of text: the level a name implies, the format a clause
states, the place a sentence names. The words are the cue tables of :mod:`patterns`.
"""

from __future__ import annotations

from summitry.extract.model import MeetingMention
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import clause_end, clause_start


def level_cue_at(rd: Reader, lo: int, hi: int) -> tuple[str, tuple[int, int]] | None:
    """The level a name implies and the cue that gives it: the rightmost cue wins (外长 in
    东盟外长会), the longer one at the same end."""
    best: tuple[int, int, str, tuple[int, int]] | None = None
    for pattern, level in rd.c.level_cues:
        for m in finditer_in(pattern, rd.text, lo, hi):
            key = (m.end(), m.end() - m.start(), level, m.span())
            if best is None or key[:2] > best[:2]:
                best = key
    return (best[2], best[3]) if best else None


def level_cue(rd: Reader, name: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for pattern, level in rd.c.level_cues:
        for m in pattern.finditer(name):
            key = (m.end(), m.end() - m.start(), level)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def format_cue_in(rd: Reader, lo: int, hi: int) -> tuple[str, tuple[int, int]] | None:
    """The first format cue of the table found in ``text[lo:hi]`` (table order is priority:
    hybrid before virtual before phone) and its span."""
    for pattern, fmt in rd.c.format_cues:
        hit = pattern.search(rd.text, lo, hi)
        if hit:
            return fmt, hit.span()
    return None


def format_of(rd: Reader, m: MeetingMention) -> str | None:
    """A format cue in the clause that holds the mention (or the whole sentence for a
    short one); the cue is recorded as the mention's format provenance."""
    sent = m.sentence
    lo = clause_start(rd.text, sent, m.start, rd.c.lang, strong=True)
    hi = clause_end(rd.text, sent, m.end, rd.c.lang, strong=True)
    found = format_cue_in(rd, lo, hi)
    if found is None:
        return None
    m.record("format", f"{rd.c.lang}.format.clause_cue", found[1])
    return found[0]


def location_of(rd: Reader, m: MeetingMention) -> str | None:
    """The first place (a city, a venue) the mention's sentence names."""
    sent = m.sentence
    for ref in rd.v.refs_in(sent.start, sent.end, frozenset({"location"})):
        m.record("location", f"{rd.c.lang}.location.sentence", (ref.start, ref.end))
        return ref.entity.name
    return None
