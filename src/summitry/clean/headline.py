"""The headline: the headline-shaped line before the article that speaks of the article.

Pages put navigation, site names, language switches, stamps, bylines and teasers before
the story; the headline is among them, usually but not always the line right before the
lead. Of the lines shaped like a headline (short, one sentence at most, not furniture), the
one sharing most words with the article's lead is taken; none when none does (the input
starts straight in the body).
"""

from __future__ import annotations

import re

from summitry.clean.boilerplate import classify_line
from summitry.clean.captions import find_caption
from summitry.clean.leads import looks_like_title
from summitry.clean.rules import (
    BULLET_LEAD,
    CLEAR_TITLE_OVERLAP,
    DATELINES,
    LEADING_STAMP,
    MIN_TITLE_OVERLAP,
    MIN_TITLE_SIZE,
    STAMP_CLOCK,
    STAMP_LEAD,
    TITLE_SITE_SUFFIX,
    TITLE_STOPWORDS,
)
from summitry.clean.shape import HAN, caption_shape, clause_count, is_boilerplate, is_cjk, script_of
from summitry.clean.stamps import is_stamp
from summitry.document import Span

#: Everything but Han characters (``HAN``'s complement), removed to leave the Han text.
_NOT_HAN = re.compile("[^" + HAN.pattern[1:-1] + "]+")
#: A lower-case word; an apostrophe's ending ('s, ’s) is matched and left out of the group.
_WORD = re.compile(r"([a-z0-9]+)(?:['’][a-z]+)?")


def headline_part(text: str, line: Span) -> Span | None:
    """The part of ``line`` that may be a headline (past a glued stamp), if it is shaped
    like one."""
    s = line.of(text)
    m = LEADING_STAMP.match(s)
    if m:
        line = Span(line.start + m.end(), line.end)
        s = line.of(text)
    line = _without_trailing_stamp(text, line)
    s = line.of(text)
    if not _headline_shaped(s):
        return None
    if find_caption(text, line) is not None or classify_line(s) is not None:
        return None
    return line


def _without_trailing_stamp(text: str, line: Span) -> Span:
    """The line less a stamp glued after the headline (one with a clock time)."""
    s = line.of(text)
    clock = STAMP_CLOCK.search(s)
    if clock is None:
        return line
    for word in re.finditer(r"(?<=\s)\S", s[:clock.start() + 1]):
        rest = s[word.start():]
        if (rest[0].isdigit() or STAMP_LEAD.match(rest)) and is_stamp(rest):
            return Span(line.start, line.start + len(s[:word.start()].rstrip()))
    return line


def _headline_shaped(s: str) -> bool:
    if s.endswith((":", "：")) or BULLET_LEAD.match(s):  # a list's or quote's introduction
        return False
    if is_stamp(s) or is_boilerplate(s) or caption_shape(s):
        return False
    if any(rule.pattern.match(s) for rule in DATELINES):
        return False
    script = script_of(s)
    if script == "cjk":
        size = sum(1 for c in s if is_cjk(c))
        if s[-1] in "。；;" or clause_count(s) > 2:
            return False
    else:
        size = len(s.split())
        if re.search(r"[a-z]{2}\.\s+[A-Z]", s) or (s.endswith(".") and len(s) > 120):
            return False
    if size < MIN_TITLE_SIZE[script]:
        return False
    # The length limits of a headline; a final ? or ! is a headline's too.
    return looks_like_title(s.rstrip("?？!！."))


def tokens(s: str) -> set[str]:
    """Han character pairs and lower-case Latin words (less the commonest)."""
    han = _NOT_HAN.sub("", s)  # the Han characters in order, without a list of each
    found = {han[i:i + 2] for i in range(len(han) - 1)}
    found.update(_WORD.findall(s.lower()))
    return found - TITLE_STOPWORDS


def overlap(candidate: str, lead: set[str]) -> float:
    words = tokens(candidate)
    return len(words & lead) / len(words) if words else 0.0


def choose_headline(text: str, lines: list[Span], lead: str) -> Span | None:
    """The headline among ``lines`` (those before the article): the first candidate that
    clearly speaks of ``lead``, else the one sharing most words with it, else the largest
    (a headline that plays on words may share none)."""
    lead_words = tokens(lead)
    best: Span | None = None
    fallback: Span | None = None  # the largest candidate, when none speaks of the lead
    best_score = MIN_TITLE_OVERLAP
    for line in lines:
        part = headline_part(text, line)
        if part is None:
            continue
        score = overlap(part.of(text), lead_words)
        if score >= CLEAR_TITLE_OVERLAP:
            return without_site_name(text, part, lead_words)
        if score > best_score:
            best, best_score = part, score
        if fallback is None or _size(part.of(text)) > _size(fallback.of(text)):
            fallback = part
    best = best or fallback
    return without_site_name(text, best, lead_words) if best else None


def _size(s: str) -> int:
    """A headline's size: Han characters, or Latin words counted as two characters."""
    return len(HAN.findall(s)) + 2 * len(s.split())


def without_site_name(text: str, title: Span, lead_words: set[str]) -> Span:
    """The headline less a site's name glued after it, when that part shares no word with
    the article's lead."""
    s = title.of(text)
    m = TITLE_SITE_SUFFIX.search(s)
    if m and m.start() > 0 and overlap(s[m.start():], lead_words) == 0:
        return Span(title.start, title.start + m.start())
    return title
