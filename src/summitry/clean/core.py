"""The article's own run of paragraphs among the lines a page left after furniture is cut.

Good lines (long, sentence-shaped prose: see ``shape.is_good``) are grouped into runs;
two good lines belong to one run when few other lines stand between them. The run with
the most prose is the article; lines before and after it are the page around it (menus,
teasers, footers) and short lines inside it are the article's own (a one-line quote, a
sub-heading, a list of participants). A page that repeats the article is cut where a long
paragraph comes back a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from summitry.clean.leads import normalized
from summitry.clean.rules import BULLET_LEAD, END_MARKERS, LIST_ITEM, MIN_GOOD_CHARS, WRAP_ENDS
from summitry.clean.shape import (
    caption_shape,
    clause_count,
    ends_sentence,
    is_boilerplate,
    is_good,
    script_of,
)

#: Good lines further apart than this many other lines start a new run.
MAX_GAP = 6
#: A page is wrapped throughout when this many lines (and this share of them) go on in
#: lower case from the line before.
MIN_WRAPPED_LINES = 3
WRAPPED_SHARE = 0.2
#: A Han line this long, with clauses but no final stop, was wrapped mid-sentence.
MIN_WRAPPED_HAN = 20
#: A lone good line this many lines ahead of the rest of its run may be a stray...
STRAY_GAP = 3
#: ...when it holds less than this share of the run's text.
STRAY_SHARE = 0.35
#: A paragraph this long that appears twice marks a page that repeats the article.
MIN_REPEAT_CHARS = 40
#: A repeat this many paragraphs after its first copy is the page repeating the article;
#: closer copies are a sapo and its lead, handled by ``leads.repeated_leads``.
MIN_REPEAT_DISTANCE = 3


@dataclass(frozen=True, slots=True)
class Core:
    """Indexes ``[start, end)`` of the article's paragraphs, and where a repeat begins."""

    start: int
    end: int
    repeat_from: int | None = None


def find_core(texts: list[str]) -> Core:
    """The article's run among ``texts`` (all of them when no line is prose)."""
    good = [i for block in wrapped_blocks(texts) if is_good(" ".join(texts[i] for i in block))
            for i in block]
    if not good:
        return Core(0, len(texts))
    runs: list[list[int]] = [[good[0]]]
    for i in good[1:]:
        if i - runs[-1][-1] - 1 <= MAX_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    best = _without_stray_start(texts, max(runs, key=lambda run: sum(len(texts[i]) for i in run)))
    end = _extend_tail(texts, best[-1] + 1)
    repeat = _repeat_start(texts, best[0], end)
    return Core(best[0], repeat if repeat is not None else end, repeat)


def _without_stray_start(texts: list[str], run: list[int]) -> list[int]:
    """The run less a lone good line at its head that a wide gap parts from the rest (a
    banner's sentence, a teaser above the headline), when the rest is most of the run."""
    if len(run) < 3 or run[1] - run[0] - 1 < STRAY_GAP:
        return run
    total = sum(len(texts[i]) for i in run)
    return run[1:] if len(texts[run[0]]) < total * STRAY_SHARE else run


def wrapped_blocks(texts: list[str]) -> list[range]:
    """Lines grouped into the paragraphs they were before a hard wrap: a line continues
    the one before when it starts in lower case or the one before stops on a comma. On a
    page wrapped throughout (many lines go on in lower case), any long line that does not
    end a sentence goes on with the next."""
    lower = sum(1 for t in texts[1:] if _starts_lower(t))
    wrapped_page = lower >= MIN_WRAPPED_LINES and lower >= WRAPPED_SHARE * len(texts)
    blocks: list[range] = []
    start = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts) and _continues(texts[i - 1], texts[i], wrapped_page):
            continue
        blocks.append(range(start, i))
        start = i
    return blocks


def _starts_lower(line: str) -> bool:
    return line[:1].islower() and line[:1].isascii()


def _continues(before: str, line: str, wrapped_page: bool) -> bool:
    if _starts_lower(line) or before.endswith(WRAP_ENDS):
        return True
    if wrapped_page and script_of(before) == "latin":
        return len(before) >= MIN_GOOD_CHARS["latin"] and not ends_sentence(before)
    # Han text wrapped mid-sentence: a long line with clauses that does not end one.
    return (script_of(before) == "cjk" and len(before) >= MIN_WRAPPED_HAN
            and clause_count(before) >= 1 and not ends_sentence(before)
            and script_of(line) == "cjk")


def _extend_tail(texts: list[str], end: int) -> int:
    """Past the last good line, keep the article's closing lines: a short last sentence, a
    paragraph cut off where the stored page stops, and a list its colon introduces (up to
    a sentence that follows it, or over items punctuated as a list's)."""
    while end < len(texts):
        if _cut_off_paragraph(texts[end]):
            end += 1
            continue
        if not texts[end].endswith((":", "：")):
            break
        items = end + 1
        while items < len(texts) and LIST_ITEM.match(texts[items]):
            items += 1
        ahead = next((j for j in range(end + 1, min(end + 1 + MAX_GAP, len(texts)))
                      if _cut_off_paragraph(texts[j])), None)
        if ahead is None and items == end + 1:
            break
        end = max(items, ahead + 1 if ahead is not None else 0)
    return end


def _cut_off_paragraph(line: str) -> bool:
    """A closing line of the article: a short sentence, an end marker on its own, or prose
    that lost its end (long enough, with clauses); never a list item or a caption."""
    if BULLET_LEAD.match(line) or is_boilerplate(line) or caption_shape(line):
        return False
    if ends_sentence(line) or any(rule.pattern.search(line) for rule in END_MARKERS):
        return True
    return len(line) >= MIN_GOOD_CHARS[script_of(line)] and clause_count(line) >= 1


def _repeat_start(texts: list[str], start: int, end: int) -> int | None:
    """Where the page starts over with the article: the first long paragraph seen before
    (at a distance), together with the headline-like lines right before it."""
    seen: dict[str, int] = {}
    for i in range(start, end):
        key = normalized(texts[i])
        if len(key) < MIN_REPEAT_CHARS:
            continue
        first = seen.get(key)
        if first is None and i + 1 == end:  # a last copy cut off where the page stops
            first = next((j for k, j in seen.items() if k.startswith(key)), None)
        if first is not None and i - first >= MIN_REPEAT_DISTANCE:
            while i - 1 > first and not is_good(texts[i - 1]):
                i -= 1
            return i
        seen.setdefault(key, i)
    return None
