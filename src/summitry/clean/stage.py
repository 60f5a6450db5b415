"""The cleaning stage: title, dateline, body and the record of what was left out.

The cascade, in the order it runs (each step sees only what the previous ones kept):

1. title: the first line that is not page furniture, when it reads as a headline (or
   equals the page's metadata title);
2. ending: everything after an end marker (``(完)``, ``/.``), a teaser header (``更多``,
   ``Related news``) or a wire trailer is cut;
3. furniture: whole lines of navigation, share buttons, cookie banners, separators and
   publication stamps (a stamp also gives the published date);
4. captions: from a line's start to its photo credit or image counter; text glued after
   the credit stays;
5. repeats: a paragraph that repeats the headline, and the first of two copies of the
   lead (the one without the dateline);
6. dateline: recorded on the first paragraph that opens with one.
"""

from __future__ import annotations

from typing import ClassVar

from summitry.clean.boilerplate import classify_line, find_ending
from summitry.clean.captions import find_caption
from summitry.clean.dateline import find_dateline
from summitry.clean.leads import is_title_copy, normalized, repeated_leads, title_span
from summitry.clean.lines import has_words, iter_lines, trim
from summitry.document import Dateline, Document, Removal, Span
from summitry.pipeline import register
from summitry.settings import Settings

#: The dateline is looked for in the first paragraphs only.
DATELINE_WINDOW = 3


def clean_document(doc: Document) -> Document:
    text = doc.text
    lines = list(iter_lines(text))
    removed: list[Removal] = []
    published_stamp: str | None = None

    # 1. title
    title: Span | None = None
    start_index = 0
    for index, line in enumerate(lines):
        s = line.of(text)
        furniture = classify_line(s)
        if furniture is not None:
            continue
        if doc.meta_title and normalized(s) == normalized(doc.meta_title):
            title = line
        elif find_caption(text, line) is None:
            title = title_span(line, text)
        start_index = index + 1 if title is not None else 0
        break
    candidates = lines[start_index:]

    # 2. ending
    ending = find_ending(text, candidates)
    if ending is not None:
        cut_start = ending.keep_until
        tail = trim(text, cut_start, len(text))
        if tail is not None:
            removed.append(Removal(tail, ending.reason, ending.rule))
        kept_lines = []
        for line in candidates:
            if line.start >= cut_start:
                continue
            end_trim = trim(text, line.start, min(line.end, cut_start))
            if end_trim is not None:
                kept_lines.append(end_trim)
        candidates = kept_lines

    # 3-4. furniture and captions
    paragraphs: list[Span] = []
    for line in candidates:
        s = line.of(text)
        furniture = classify_line(s)
        if furniture is not None:
            removed.append(Removal(line, furniture.reason, furniture.rule))
            if furniture.date and published_stamp is None:
                published_stamp = furniture.date
            continue
        caption = find_caption(text, line)
        if caption is None:
            paragraphs.append(line)
            continue
        removed.append(Removal(caption.span, "caption", caption.rule))
        rest = trim(text, caption.span.end, line.end)
        if rest is None:
            continue
        if has_words(rest.of(text)) and classify_line(rest.of(text)) is None:
            paragraphs.append(rest)
        else:
            removed.append(Removal(rest, "artefact", "after_caption"))

    # 5. repeats of the headline and of the lead
    if title is not None:
        title_text = title.of(text)
        for p in [p for p in paragraphs[:2] if is_title_copy(title_text, p.of(text))]:
            paragraphs.remove(p)
            removed.append(Removal(p, "repeated_title", "title_copy"))
    datelines: list[Dateline | None] = [find_dateline(text, p) for p in paragraphs]
    without_dateline = [text[(d.span.end if d else p.start):p.end]
                        for p, d in zip(paragraphs, datelines, strict=True)]
    drop = repeated_leads(without_dateline, [d is not None for d in datelines])
    body: list[Span] = []
    kept_datelines: list[Dateline | None] = []
    for index, (p, d) in enumerate(zip(paragraphs, datelines, strict=True)):
        if index in drop:
            removed.append(Removal(p, "repeated_lead", "lead_copy"))
        else:
            body.append(p)
            kept_datelines.append(d)

    # 6. dateline
    doc.dateline = next((d for d in kept_datelines[:DATELINE_WINDOW] if d is not None), None)
    doc.title = title
    doc.body = tuple(body)
    doc.removed = tuple(sorted(removed, key=lambda r: r.span.start))
    if doc.meta_published:
        doc.published, doc.published_source = doc.meta_published, "metadata"
    elif published_stamp:
        doc.published, doc.published_source = published_stamp, "stamp"
    return doc


@register("clean")
class CleanStage:
    name: ClassVar[str] = "clean"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"title", "body", "dateline", "published"})

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return clean_document(doc)
