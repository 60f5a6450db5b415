"""Field cues read from a stretch of text: the level a name implies, the format a clause
states, the place a sentence names. The words are the cue tables of :mod:`patterns`.
"""

from __future__ import annotations

from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def level_cue(rd: Reader, name: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for pattern, level in rd.c.level_cues:
        for m in pattern.finditer(name):
            key = (m.end(), m.end() - m.start(), level)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def format_in(rd: Reader, text: str) -> str | None:
    for pattern, fmt in rd.c.format_cues:
        if pattern.search(text):
            return fmt
    return None


def format_of(rd: Reader, sent: Sentence, start: int, end: int) -> str | None:
    """A format cue in the clause that holds the mention (or the whole sentence for a
    short one)."""
    lo = clause_start(rd.text, sent, start, rd.c.lang, strong=True)
    hi = clause_end(rd.text, sent, end, rd.c.lang, strong=True)
    return format_in(rd, rd.text[lo:hi])


def location_of(rd: Reader, sent: Sentence) -> str | None:
    for ref in rd.v.refs_in(sent.start, sent.end, frozenset({"location"})):
        return ref.entity.name
    return None
