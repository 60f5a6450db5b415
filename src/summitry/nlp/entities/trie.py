"""A long alternation of literal words as one prefix tree, matching exactly as the plain one.

Python's ``re`` tries the branches of ``a|b|c|…`` one after another at every position, so a
pattern led by a hundred titles costs a hundred tries per word of text. Written as a tree
(``foreign\\ (?:minister|secretary)|prime\\ minister``) a position costs a few tries.

The tree must match what the plain alternation, longest word first, matches, and in the
same order of preference (the rest of a pattern may reject the longest and take a shorter
one). At one position the words that match are each a prefix of the next, so they lie on
one path of the tree, and a node tries its children before ending there: longest first.
Two things could break that, and then :func:`alternation` gives ``None`` (use the plain
alternation): a word matched in any case beside one matched as written where both can match
at one position, and two characters that case folding joins but lower-casing does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A word and whether it is matched in any case.
Word = tuple[str, bool]


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def alternation(words: Iterable[Word]) -> str | None:
    """One pattern matching as ``|``.join of ``words`` sorted longest first, or ``None``
    when the tree could differ (see the module's docstring)."""
    words = list(dict.fromkeys(words))
    if not words or any(not w for w, _ in words) or _modes_meet(words):
        return None
    if not all(_lowers_alike(w) for w, case in words if case):
        return None
    parts = []
    for any_case in (False, True):
        root = _Node()
        for word, case in words:
            if case != any_case:
                continue
            node = root
            for c in (word.lower() if any_case else word):
                node = node.children.setdefault(c, _Node())
            node.end = True
        if not root.children:
            continue
        if any_case and not _folds_apart(root):
            return None
        body = _emit(root)
        parts.append(f"(?i:{body})" if any_case else body)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _emit(node: _Node) -> str:
    alts = [re.escape(c) + _emit(child) for c, child in node.children.items()]
    if node.end and alts:
        alts.append("")  # the shorter word, tried after every longer one
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" if alts else ""


def _modes_meet(words: list[Word]) -> bool:
    """Whether a word matched as written and one matched in any case can both match at one
    position (one is, in any case, a prefix of the other)."""
    exact = [w for w, case in words if not case]
    folded = [w for w, case in words if case]
    return any(re.match(re.escape(a), b, re.IGNORECASE) or re.match(re.escape(b), a,
                                                                     re.IGNORECASE)
               for a in exact for b in folded)


def _lowers_alike(word: str) -> bool:
    """Whether each character of ``word`` lower-cases to one character that case-insensitive
    matching takes for it (``İ`` lower-cases to two)."""
    return all(len(c.lower()) == 1 and re.fullmatch(re.escape(c.lower()), c, re.IGNORECASE)
               for c in word)


def _folds_apart(node: _Node) -> bool:
    """Whether every two sibling characters stay apart in case-insensitive matching."""
    keys = list(node.children)
    for i, a in enumerate(keys):
        if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for b in keys[i + 1:]):
            return False
    return all(_folds_apart(child) for child in node.children.values())
