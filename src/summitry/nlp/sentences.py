"""Sentences and clauses as spans of the original text.

Evidence is given as sentence offsets, and the meeting rules read one clause at a time
(``访问期间，A同B举行会谈；分别会见了C、D`` has three), so both are cut here once. Splitting
reads the analysis text (same length as the original), so the spans are original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Chinese: 。！？ end a sentence, and so does a line break. English: . ! ? followed by
# space and a capital or an opening quote, unless the word before is a known abbreviation.
_ZH_END = re.compile(r"[。！？!?]+[”」』\"')）]*|\n+")
_EN_END = re.compile(r"(?<=[.!?])[\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n+|(?<=\./\.)")
_EN_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|St|Jr|Sr|No|Nos|Art|Vol|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|al|approx|Amb|H\.E)\.|\b[A-Z]\.)$"
)
_ZH_CLAUSE = re.compile(r"[；;，,：:]")
_EN_CLAUSE = re.compile(r"[;:]|,(?=\s)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    #: Index of the body segment (paragraph) the sentence is in; -1 for the title.
    paragraph: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


#: The sentences of the last text split, by (start, end, lang, paragraph): the meeting,
#: year and commitment readers each split the same body. One tuple, replaced whole when
#: another text comes, so a thread never reads another text's entry.
_SPLIT: tuple[str, dict[tuple[int, int, str, int], tuple[Sentence, ...]]] = ("", {})


def split_sentences(text: str, start: int, end: int, lang: str, paragraph: int) -> list[Sentence]:
    """Cut ``text[start:end]`` into sentences, trimmed of surrounding whitespace (a new
    list each call; the sentences of a text already split are reused)."""
    global _SPLIT
    memo = _SPLIT
    if memo[0] is not text:
        memo = _SPLIT = (text, {})
    key = (start, end, lang, paragraph)
    found = memo[1].get(key)
    if found is None:
        found = memo[1][key] = tuple(_split(text, start, end, lang, paragraph))
    return list(found)


def _split(text: str, start: int, end: int, lang: str, paragraph: int) -> list[Sentence]:
    ends = _ZH_END if lang == "zh" else _EN_END
    out: list[Sentence] = []
    pos = start
    for m in ends.finditer(text, start, end):
        cut = m.end()
        if lang != "zh" and m.group() == "" and _EN_ABBREV.search(text, max(start, cut - 8), cut):
            continue
        _add(out, text, pos, cut, paragraph)
        pos = cut
    _add(out, text, pos, end, paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


def clauses(text: str, sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end), cut at semicolons, colons and commas."""
    pattern = _ZH_CLAUSE if lang == "zh" else _EN_CLAUSE
    out: list[tuple[int, int]] = []
    pos = sentence.start
    for m in pattern.finditer(text, sentence.start, sentence.end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if sentence.end > pos:
        out.append((pos, sentence.end))
    return out


def clause_start(text: str, sentence: Sentence, pos: int, lang: str, strong: bool = False) -> int:
    """Where the clause holding ``pos`` starts. ``strong``: cut only at semicolons (and
    colons), the boundaries a subject does not cross in Chinese news prose."""
    pattern = re.compile(r"[；;]") if strong else (_ZH_CLAUSE if lang == "zh" else _EN_CLAUSE)
    best = sentence.start
    for m in pattern.finditer(text, sentence.start, pos):
        best = m.end()
    return best


def clause_end(text: str, sentence: Sentence, pos: int, lang: str, strong: bool = False) -> int:
    pattern = re.compile(r"[；;]") if strong else (_ZH_CLAUSE if lang == "zh" else _EN_CLAUSE)
    m = pattern.search(text, pos, sentence.end)
    return m.start() if m else sentence.end
