"""Dictionary matching of every knowledge-base name over the analysis text.

Two Aho–Corasick automata (pyahocorasick), leftmost-longest: one for Chinese forms, matched
as they are, and one for Latin and Cyrillic forms, matched on lower-cased text and kept
only at word boundaries. Acronyms (``UN``, ``US``, ``SOM``) are kept only where the text
writes them in capitals, so the pronoun "us" is not the United States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summitry.kb.store import Form, KnowledgeBase
from summitry.nlp.entities.patterns import NOT_ACTORS

#: The form of a surface that is matched only to be dropped (see ``NOT_ACTORS``).
BLOCK = Form("", "block", "")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    forms: tuple[Form, ...]


_HAN = re.compile("[\u4e00-\u9fff]")


def _is_cjk(s: str) -> bool:
    return _HAN.search(s) is not None


def _word_char(c: str) -> bool:
    """A letter or digit of an alphabetic script: Latin words end where these stop."""
    return c.isalnum() and not ("\u3400" <= c <= "\u9fff")


def _bounded(window: str, s: int, e: int, written: str) -> bool:
    """Whether a Latin match stands as whole words. VNA copy often loses spaces
    ("herRussian", "Bui Thanh Sonattended"): a capitalised match glued to a lower-case
    letter on its left, or a multi-word name glued on its right, still counts."""
    left_ok = s == 0 or not _word_char(window[s - 1]) or (
        window[s - 1].islower() and written[:1].isupper())
    right_ok = e == len(window) or not _word_char(window[e]) or (
        " " in written and len(written) >= 8 and window[e].islower() and written[-1].islower()
    ) or (_is_acronym(written) and window[e].isdigit())  # ASEM8, AMM53: a series number
    return left_ok and right_ok


def _hyphen_joined(window: str, s: int, e: int) -> bool:
    """A hyphen joins the parts of a personal name: "Park Jin" is not in "Park Jin-ho"
    (between states it joins two names: "Russia-ASEAN")."""
    return ((e + 1 < len(window) and window[e] in "-‐" and _word_char(window[e + 1]))
            or (s >= 2 and window[s - 1] in "-‐" and _word_char(window[s - 2])))


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and len(s) <= 8 and all(c.isupper() for c in letters)


def _acronyms_kept(surface: str, written: str) -> bool:
    """Every acronym word of the surface ("US" in "the US") must be written in capitals."""
    return all(a == b for a, b in zip(surface.split(), written.split(), strict=False)
               if _is_acronym(a))


class Gazetteer:
    def __init__(self, kb: KnowledgeBase):
        import ahocorasick

        self._cjk: Any = ahocorasick.Automaton()
        self._latin: Any = ahocorasick.Automaton()
        for surface, forms in kb.forms.items():
            if len(surface) < 2 and not _is_cjk(surface):
                continue
            if _is_cjk(surface):
                if len(surface) >= 2:
                    self._cjk.add_word(surface, (surface, tuple(forms)))
            else:
                key = surface.lower()
                existing = self._latin.get(key, None)
                merged = tuple(forms) if existing is None else existing[1] + tuple(forms)
                self._latin.add_word(key, (surface, merged))
        for surface in NOT_ACTORS:
            if _is_cjk(surface):
                self._cjk.add_word(surface, (surface, (BLOCK,)))
            else:
                self._latin.add_word(surface.lower(), (surface, (BLOCK,)))
        self._cjk.make_automaton()
        self._latin.make_automaton()

    def find(self, text: str, start: int, end: int) -> list[Hit]:
        """Matches inside ``text[start:end]``, with offsets into ``text``."""
        window = text[start:end]
        hits: list[Hit] = []
        if _is_cjk(window) and len(self._cjk):
            for last, (surface, forms) in self._cjk.iter_long(window):
                s = last - len(surface) + 1
                hits.append(Hit(start + s, start + last + 1, surface, forms))
        lowered = window.lower()
        if len(lowered) != len(window):  # rare: lower() changed the length; keep offsets
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in window)
        if len(self._latin):
            # All matches, then word boundaries, then leftmost-longest: with iter_long a
            # match rejected at a boundary ("the uk" in "the ukraine") would hide the
            # overlapping one that is right.
            latin: list[Hit] = []
            for last, (surface, forms) in self._latin.iter(lowered):
                s = last - len(surface) + 1
                e = last + 1
                written = window[s:e]
                if not _bounded(window, s, e, written):
                    continue
                if not _acronyms_kept(surface, written):
                    continue
                if _hyphen_joined(window, s, e) and all(
                        f.actor.startswith("person:") for f in forms):
                    continue
                latin.append(Hit(start + s, start + e, written, forms))
            latin.sort(key=lambda h: (h.start, -(h.end - h.start)))
            covered = -1
            for h in latin:
                if h.start >= covered:
                    hits.append(h)
                    covered = h.end
        return hits
