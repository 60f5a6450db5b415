"""Choosing a year from clues: only when the evidence agrees.

Pointers (a series edition, an anniversary, the text's one year, the year of the meetings
reported with it) each name a year; constraints (weekday, office terms, era terms) each allow
a set. The year chosen is the one
every pointer names and every constraint allows; with no pointer, the one year all
constraints together leave. Anything else — two pointers apart, a pointer a constraint rules
out, several years left — is a conflict or too little: the partial date stays, and the
choice says why. A wrong year is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .clues import Clue

#: Which basis names the choice when several pointers agree: the most specific first.
BASIS_ORDER = ("anniversary", "context", "dateline", "published", "weekday", "tenure")
#: With constraints alone, the one that narrows most names the basis.
CONSTRAINT_ORDER = ("weekday", "tenure", "anniversary", "context", "dateline", "published")
#: Pointers that only count when no firmer one speaks and no constraint rules them out:
#: the one year of the text's other dates may be history ("took office in April 2016").
WEAK_RULES = frozenset({"year.text", "year.same_report"})


@dataclass(frozen=True)
class YearChoice:
    year: int | None
    basis: str | None
    clues: tuple[Clue, ...]
    note: str

    @property
    def conflict(self) -> bool:
        return self.year is None and self.note.startswith("conflict")


def choose_year(clues: Sequence[Clue], window: range) -> YearChoice:
    allowed = set(window)
    constraints = [c for c in clues if c.years is not None]
    for c in constraints:
        allowed &= set(c.years or ())
    if not allowed and constraints:
        return YearChoice(None, None, tuple(clues), "conflict: "
                          + " and ".join(c.note for c in constraints) + " allow no year")
    strong = [c for c in clues if c.year is not None and c.rule not in WEAK_RULES]
    # A weak pointer the constraints rule out was history, not the meeting's year.
    weak = [c for c in clues if c.year is not None and c.rule in WEAK_RULES
            and c.year in allowed]
    for pointers in (strong, weak):
        if pointers:
            return _pointed(pointers, constraints, allowed, window, clues)
    if len(allowed) == 1 and constraints:
        year = allowed.pop()
        return YearChoice(year, _basis(constraints, CONSTRAINT_ORDER), tuple(constraints),
                          _because(year, constraints))
    return YearChoice(None, None, tuple(clues), "too little: "
                      + (f"{len(allowed)} years possible" if constraints else "no clue"))


def _pointed(pointers: list[Clue], constraints: list[Clue], allowed: set[int], window: range,
             clues: Sequence[Clue]) -> YearChoice:
    named = {c.year for c in pointers}
    if len(named) > 1:
        listed = "; ".join(f"{c.note} -> {c.year}" for c in pointers)
        return YearChoice(None, None, tuple(clues), f"conflict: {listed}")
    year = named.pop()
    if year is None or year not in allowed:
        ruled_out = [c.note for c in constraints if c.years is not None and year not in c.years]
        return YearChoice(None, None, tuple(clues), f"conflict: {pointers[0].note} -> "
                          f"{year}, ruled out by {' and '.join(ruled_out) or 'the window'}")
    used = tuple(pointers) + tuple(c for c in constraints if len(c.years or ()) < len(window))
    return YearChoice(year, _basis(used), used, _because(year, used))


def _basis(clues: Sequence[Clue], order: tuple[str, ...] = BASIS_ORDER) -> str:
    bases = {c.basis for c in clues}
    return next(b for b in order if b in bases)


def _because(year: int, clues: Sequence[Clue]) -> str:
    """``2017 — from the weekday (Thursday) and Tran Dai Quang's term in office``."""
    return f"{year} — from " + " and ".join(c.note for c in clues)
