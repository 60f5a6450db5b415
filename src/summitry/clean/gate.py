"""Which of many line rules can match a line at all, from the words each rule cannot match
without.

Most lines match none of the cleaner's forty boilerplate phrases or twenty photo credits,
and trying every pattern on every line is most of the cleaning's time. Each rule's pattern
is read once (its parse tree) for literal strings a match must contain, one of a set
(``\\bdownload|get the app`` needs ``download`` or ``get the app``). A line is lower-cased
once and scanned once for all of them (Aho-Corasick); only the rules whose words occur, and
those from which no word could be read, are tried. The rules are tried as before and in
their order: the gate only skips rules that cannot match, so every answer stays the same.

Lower-casing is a safe test because the words are read only from characters that are ASCII
or have no case; the four characters that case-insensitive matching takes for an ASCII
letter (``İ ı ſ K``) turn the gate off for the line that holds them.
"""

from __future__ import annotations

import importlib
import re
from operator import itemgetter
from typing import Any

from summitry.clean.rules import Rule

#: The standard library's regular-expression parser (no type stubs: read as ``Any``).
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")
#: Characters other than ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
FOLDS = re.compile("[" + "".join(sorted(FOLDS_TO_ASCII)) + "]")
#: A character class of at most this many characters counts as a set of one-letter words.
MAX_CLASS_WORDS = 8
#: Choices of rules kept per gate (one per distinct set of words found); past this the
#: memo starts again.
MAX_CHOICES = 1024
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _plain(code: int) -> bool:
    """A character whose lower-casing is all of its case-insensitive matching."""
    c = chr(code)
    return c.isascii() or (c.lower() == c == c.upper() and c not in FOLDS_TO_ASCII)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; ``None`` when
    none can be read (the pattern may match without any fixed word)."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    return _sequence(list(tree))


def required_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern anchored at the line's start (``^``, no MULTILINE), the lower-cased
    strings one of which every match starts with; else ``None``."""
    if pattern.flags & re.MULTILINE:
        return None
    try:
        tree = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):
        return None
    alternatives = [list(alt) for alt in tree[0][1][1]] if len(tree) == 1 and (
        tree[0][0] is sre.BRANCH) else [tree]
    found: set[str] = set()
    for alt in alternatives:
        if not alt or alt[0] != (sre.AT, sre.AT_BEGINNING):
            return None
        prefixes = _leading(alt[1:])
        if prefixes is None:
            return None
        found |= prefixes
    return frozenset(found)


def _leading(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The letters every match of ``items`` starts with (a literal run, and on into the
    first letters of the alternatives that follow it)."""
    run = ""
    for op, av in items:
        if op is sre.LITERAL and _plain(av):
            run += chr(av).lower()
            continue
        heads = _heads(op, av)
        if heads is not None:
            return frozenset(run + h for h in heads)
        break
    return frozenset({run}) if run else None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is sre.LITERAL and _plain(av):
            run += chr(av).lower()
            continue
        if run and (heads := _heads(op, av)) is not None:
            # ``\((?:photo|image)``: the run goes on into each alternative's first letters.
            better(frozenset(run + h for h in heads))
        better(frozenset({run}) if run else None)
        run = ""
        better(_item(op, av))
    better(frozenset({run}) if run else None)
    return best


def _heads(op: Any, av: Any) -> frozenset[str] | None:
    """The letters every match of a group or alternation starts with, one string per
    alternative; ``None`` when an alternative starts with something else."""
    if op is sre.SUBPATTERN and len(av[-1]) > 0:
        return _heads(*av[-1][0])
    if op is not sre.BRANCH:
        return None
    heads: set[str] = set()
    for alt in av[1]:
        head = ""
        for item_op, item_av in alt:
            if item_op is not sre.LITERAL or not _plain(item_av):
                break
            head += chr(item_av).lower()
        if not head and alt and alt[0][0] is sre.IN:
            head_chars = _item(*alt[0])  # ``[LR]\d``: each letter of the class
            if head_chars is None:
                return None
            heads |= head_chars
            continue
        if not head:
            return None
        heads.add(head)
    return frozenset(heads)


def _score(words: frozenset[str]) -> tuple[int, int]:
    return min(len(w) for w in words), -len(words)


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.BRANCH:
        found = [_sequence(list(alt)) for alt in av[1]]
        if any(f is None for f in found):
            return None
        return frozenset().union(*[f for f in found if f is not None])
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is sre.IN:
        chars = [v for o, v in av if o is sre.LITERAL]
        if len(chars) == len(av) <= MAX_CLASS_WORDS and all(_plain(v) for v in chars):
            return frozenset(chr(v).lower() for v in chars)
    return None


class RuleGate:
    """The rules of a table that may match a line, in the table's order."""

    def __init__(self, rules: tuple[Rule, ...]):
        import ahocorasick

        self.rules = rules
        self._always: list[int] = []
        #: Rules anchored at the line's start, by the lower-cased prefixes they need.
        self._anchored: list[tuple[int, tuple[str, ...]]] = []
        by_word: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            prefixes = required_prefixes(rule.pattern)
            if prefixes:
                self._anchored.append((index, tuple(sorted(prefixes))))
                continue
            words = required_words(rule.pattern)
            if words is None:
                self._always.append(index)
                continue
            for word in words:
                by_word.setdefault(word, []).append(index)
        self._automaton: Any = ahocorasick.Automaton()
        for word, indices in by_word.items():
            self._automaton.add_word(word, tuple(indices))
        self._words = bool(by_word)
        if by_word:
            self._automaton.make_automaton()
        self._always_rules = tuple(rules[i] for i in self._always)
        #: Every anchored rule's prefixes: a line starting with none needs no rule-by-rule test.
        self._any_prefix = tuple(sorted({p for _, prefixes in self._anchored for p in prefixes}))
        self._chosen: dict[tuple[frozenset[tuple[int, ...]], tuple[int, ...]],
                           tuple[Rule, ...]] = {}

    def candidates(self, line: str) -> tuple[Rule, ...]:
        """The rules that can match somewhere in ``line`` (all of them when the line holds a
        character that folds to an ASCII letter)."""
        if FOLDS.search(line):
            return self.rules
        lowered = line.lower()
        hits = frozenset(map(itemgetter(1), self._automaton.iter(lowered))) if self._words \
            else frozenset()
        starts = tuple(i for i, prefixes in self._anchored if lowered.startswith(prefixes)) \
            if lowered.startswith(self._any_prefix) else ()
        # Lines differ, the words found in them much less: the choice is kept per finding.
        chosen = self._chosen.get((hits, starts))
        if chosen is None:
            if len(self._chosen) >= MAX_CHOICES:
                self._chosen.clear()
            chosen = self._chosen[hits, starts] = self._choose(hits, starts)
        return chosen

    def _choose(self, hits: frozenset[tuple[int, ...]], starts: tuple[int, ...]
                ) -> tuple[Rule, ...]:
        if not hits and not starts:
            return self._always_rules
        chosen = set(self._always)
        chosen.update(starts)
        for indices in hits:
            chosen.update(indices)
        return tuple(self.rules[i] for i in sorted(chosen))
