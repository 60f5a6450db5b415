"""A cheap necessary condition for a pattern to match in a stretch of text.

Many rule patterns open with lookbehinds or optional groups (``(?:共同|联合)?主持``), so ``re``
cannot skip ahead to a likely start and tries every position of every sentence. Yet most
patterns hold a step every match must take whose characters are a short list (会/晤/见… for
talks). :func:`required_chars` reads that list off the parsed pattern; one search for any of
those characters, which ``re`` does quickly because the class opens the pattern, tells that
a sentence cannot match at all. English patterns need Latin letters, which every sentence
holds, but most need a word from a short list (``met``/``talks``/``held``...): for them the
test is whether the sentence, lower-cased once for all the patterns tried on it, holds one
of those words (read as the cleaner's rule gate reads them). :func:`finditer_in` is
``pattern.finditer(text, lo, hi)`` with that test in front: the matches are the same, by
construction, for every text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Any

from summitry.clean.gate import FOLDS, required_words

#: The standard library's own pattern parser and opcode table (private, untyped modules:
#: they are what ``re.compile`` itself runs, so the parse is the one the engine matches by).
P: Any = import_module("re._parser")
C: Any = import_module("re._constants")

#: A character range wider than this is no useful filter.
MAX_RANGE = 64

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _of_class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation or a wide range
    return frozenset(chars)


def _of_item(op: Any, av: Any) -> frozenset[str] | None:
    """The characters one of which a match of this element consumes, or None if unknown."""
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.IN:
        return _of_class(av)
    if op is C.SUBPATTERN:
        return _of_sequence(av[3])
    if op is C.ATOMIC_GROUP:
        return _of_sequence(av)
    if op in _REPEATS:
        low, _high, sub = av
        return _of_sequence(sub) if low >= 1 else None
    if op is C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            chars = _of_sequence(alternative)
            if chars is None:
                return None
            union |= chars
        return frozenset(union)
    return None


def _of_sequence(seq: Any) -> frozenset[str] | None:
    """The first element every match must consume that gives a character list."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # a lookaround may look outside the match: it proves nothing
        if op in _REPEATS and av[0] == 0:
            continue  # optional
        chars = _of_item(op, av)
        if chars:
            return chars
    return None


@lru_cache(maxsize=512)
def required_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` contains, up to case (a
    case-insensitive pattern's ``m`` also takes ``M``); None if none is known."""
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _of_sequence(parsed.data)


#: The shortest word a word gate tests for: a shorter one is in nearly every sentence.
MIN_GATE_WORD = 3


@dataclass(frozen=True)
class Gate:
    """What a stretch of text must hold for a pattern to match in it: one of ``chars``
    (a one-class pattern), or one of ``words`` in its lower-cased text."""

    pattern: re.Pattern[str]  # held so that the ``id`` the gate is filed under stays its own
    chars: re.Pattern[str] | None
    words: tuple[str, ...]


#: Gates by ``id`` of their pattern (hashing a compiled pattern hashes its whole program,
#: on every call).
_GATES: dict[int, Gate] = {}


def gate_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The one-class pattern a text must match for ``pattern`` to match; None where no
    useful one exists: no required characters known, or Latin letters among them (an
    English sentence holds nearly every letter, so the test would cost and skip nothing)."""
    chars = required_chars(pattern)
    if not chars or any(c.isascii() and c.isalpha() for c in chars):
        return None
    # Always case-insensitive (Unicode folding): it accepts every character the pattern's
    # own flags could, whether or not the pattern (or a group of it) ignores case.
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)


def words_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-cased words one of which every match of ``pattern`` holds (the cleaner's rule
    gate reads them: ``\\b(?:met|talks)\\b`` needs ``met`` or ``talks``); none when any is
    shorter than :data:`MIN_GATE_WORD` or none can be read."""
    words = required_words(pattern)
    if not words or min(map(len, words)) < MIN_GATE_WORD:
        return ()
    return tuple(sorted(words))


def _gate(pattern: re.Pattern[str]) -> Gate:
    gate = _GATES.get(id(pattern))
    if gate is None:
        chars = gate_of(pattern)
        gate = _GATES[id(pattern)] = Gate(pattern, chars, () if chars else words_of(pattern))
    return gate


class _Lowered:
    """The last stretch of text lower-cased, for the word gates: the extractors try their
    patterns one after another on the same sentence, so it is lowered once, not per
    pattern. ``None`` where a character folds to an ASCII letter under ``re.IGNORECASE``
    without lower-casing to it (``ſ``, ``ı``...): there no word gate is used."""

    def __init__(self) -> None:
        # one tuple, replaced whole: a thread reading it never sees half of another's entry
        self.last: tuple[str, int, int, str | None] = ("", 0, 0, None)

    def of(self, text: str, lo: int, hi: int) -> str | None:
        last = self.last
        if last[0] is text and last[1] == lo and last[2] == hi:
            return last[3]
        lowered = None if FOLDS.search(text, lo, hi) else text[lo:hi].lower()
        self.last = (text, lo, hi, lowered)
        return lowered


_LOWERED = _Lowered()


def finditer_in(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, skipped when no required character (or word) is
    in range."""
    gate = _GATES.get(id(pattern)) or _gate(pattern)
    if gate.chars is not None:
        if gate.chars.search(text, lo, hi) is None:
            return iter(())
    elif gate.words:
        lowered = _LOWERED.of(text, lo, hi)
        if lowered is not None and not any(w in lowered for w in gate.words):
            return iter(())
    return pattern.finditer(text, lo, hi)
