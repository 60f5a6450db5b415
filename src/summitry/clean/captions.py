"""Photo captions and image-counter artefacts inside lines.

On news pages a caption sits on a line of its own or is glued to the start of the next
paragraph ("... at the talks (Photo: VNA)The two sides agreed ..."). Either way it runs
from the start of the line to the end of a photo credit. VNA and VOV pages also leave an
image counter ("ảnh 1") after a repeated headline; such a line is a caption up to its
credit, or whole when it has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summitry.clean.gate import RuleGate
from summitry.clean.rules import CAPTION_LINES, IMAGE_COUNTERS, PHOTO_CREDITS
from summitry.clean.shape import CACHE_LINES
from summitry.document import Span

#: A caption is short; a credit found further into a line is part of the article's text
#: (an article about a photo exhibition, say), not the end of a caption.
MAX_CAPTION_CHARS = 600


@dataclass(frozen=True, slots=True)
class Caption:
    span: Span
    rule: str


def find_caption(text: str, line: Span) -> Caption | None:
    """The caption at the start of ``line``, if there is one."""
    found = caption_at_start(line.of(text))
    if found is None:
        return None
    length, rule = found
    return Caption(Span(line.start, line.start + length), rule)


@lru_cache(maxsize=CACHE_LINES)
def caption_at_start(s: str) -> tuple[int, str] | None:
    """The length and rule of the caption a line starts with (the paragraphs and the
    headline are both looked for in the lines before the article: kept per line)."""
    for rule in _COUNTERS.candidates(s):
        m = rule.pattern.search(s)
        if m:
            credit_end = _first_credit_end(s, m.end())
            end = credit_end if credit_end is not None else len(s)
            return end, rule.name
    credit_end = _first_credit_end(s, 0)
    if credit_end is not None and credit_end <= MAX_CAPTION_CHARS:
        return credit_end, "credit"
    if len(s) <= MAX_CAPTION_CHARS:
        for rule in CAPTION_LINES:
            if rule.pattern.search(s):
                return len(s), rule.name
    return None


def _first_credit_end(s: str, pos: int) -> int | None:
    if len(s) <= MAX_CAPTION_CHARS:
        ends = [m.end() for rule in _CREDITS.candidates(s) if (m := rule.pattern.search(s, pos))]
    else:
        # Past the longest caption only a credit ending early counts: one that must end
        # the line cannot, and the others are looked for in the caption's reach only.
        ends = [m.end() for rule in _UNANCHORED.candidates(s)
                if (m := rule.pattern.search(s, pos, MAX_CAPTION_CHARS))]
    return min(ends) if ends else None


#: The credits that can match a line (see ``gate``); those that need not end it.
_CREDITS = RuleGate(PHOTO_CREDITS)
_COUNTERS = RuleGate(IMAGE_COUNTERS)
_UNANCHORED = RuleGate(tuple(rule for rule in PHOTO_CREDITS
                             if not rule.pattern.pattern.endswith("$")))
