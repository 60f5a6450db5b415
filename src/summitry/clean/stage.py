"""The cleaning stage: title, dateline, body and the record of what was left out.

The cascade, in the order it runs (each step sees only what the previous ones kept):

1. ending: everything after an end marker (``(完)``, ``/.``), a teaser header (``更多``,
   ``Related news``) or a wire trailer is cut, looked for from the first line of prose on;
2. furniture: whole lines of navigation, share buttons, banners, boilerplate phrases
   (disclaimers, app prompts, bylines, contacts) and publication stamps by shape (a stamp
   also gives the published date); print editions' jump markers; captions, from a line's
   start to its photo credit, or whole lines with a caption's shape (text glued after a
   credit stays), and the alternative text printed before a caption;
3. the article: the run of prose lines (``core.find_core``); lines before and after it
   are the page around the article, and a page repeating the article is cut;
4. title: among the lines before the article, the headline-shaped one that speaks of the
   lead (``headline.choose_headline``), or the article's first line when it is one;
5. repeats: a paragraph that repeats the headline, and the first of two copies of the
   lead (the one without the dateline);
6. dateline: recorded on the first paragraph that opens with one; then the publication
   date (``published.set_published``).

Every removal is recorded with its reason and the name of the rule that made it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import ClassVar

from summitry.clean.boilerplate import classify_line, find_ending
from summitry.clean.captions import find_caption
from summitry.clean.core import find_core
from summitry.clean.dateline import find_dateline
from summitry.clean.headline import choose_headline, headline_part, overlap, tokens
from summitry.clean.leads import is_title_copy, normalized, repeated_leads
from summitry.clean.lines import has_words, iter_lines, trim
from summitry.clean.published import set_published
from summitry.clean.rules import JUMP_MARKERS, LONE_WORD, MIN_TITLE_OVERLAP, TEASER_HEADERS
from summitry.clean.shape import caption_shape, is_boilerplate, is_good
from summitry.clean.stamps import is_stamp
from summitry.document import Dateline, Document, Removal, Span
from summitry.nlp.dates import parse_stamp
from summitry.pipeline import register
from summitry.settings import Settings

#: The dateline is looked for in the first paragraphs only.
DATELINE_WINDOW = 3
#: The headline is matched against this many of the article's first paragraphs.
LEAD_PARAGRAPHS = 3
#: A first line ending with a full stop is a headline only when this short (in words).
MAX_STOPPED_TITLE_WORDS = 8
#: Alternative text is recognised from this many letters on.
MIN_ALT_TEXT = 6
#: The article opens at a good line with another at most this many lines on.
DENSE_GAP = 3
#: The headline is matched against this much of the lead.
MAX_LEAD_CHARS = 600
#: A whole line with a caption's shape is a caption only when short.
MAX_CAPTION_LINE = 250


class _Cleaning:
    """One document's cleaning: the paragraphs left so far and what was removed, why."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lines = list(iter_lines(self.text))
        self.removed: list[Removal] = []
        self.stamps: list[str] = []

    def drop(self, span: Span, reason: str, rule: str) -> None:
        self.removed.append(Removal(span, reason, rule))

    def cut_ending(self) -> list[Span]:
        """The lines up to the article's end marker, teaser header or wire trailer, looked
        for from the first line of prose on (a menu's "Related" above the story is no end)."""
        text = self.text
        good = [i for i, ln in enumerate(self.lines) if is_good(ln.of(text))]
        # The first good line followed closely by another: a lone sentence above a menu
        # (a banner, a site's motto) does not open the article.
        first = next((i for i, j in pairwise(good) if j - i <= DENSE_GAP),
                     good[0] if good else 0)
        ending = find_ending(text, self.lines[first:])
        if ending is None:
            return self.lines
        tail = trim(text, ending.keep_until, len(text))
        if tail is not None:
            self.drop(tail, ending.reason, ending.rule)
        kept = []
        for line in self.lines:
            if line.start < ending.keep_until:
                end_trim = trim(text, line.start, min(line.end, ending.keep_until))
                if end_trim is not None:
                    kept.append(end_trim)
        return kept

    def furniture(self, line: Span) -> bool:
        """Drop ``line`` if it is page furniture, boilerplate or a stamp; say whether it was."""
        s = line.of(self.text)
        found = classify_line(s)
        if found is not None:
            self.drop(line, found.reason, found.rule)
            if found.date:
                self.stamps.append(found.date)
            return True
        rule = is_boilerplate(s)
        if rule is not None:
            self.drop(line, "boilerplate", rule)
            return True
        header = next((r.name for r in TEASER_HEADERS if r.pattern.match(s)), None)
        if header is not None:  # a teaser box inside the article: its header goes
            self.drop(line, "teaser", header)
            return True
        if is_stamp(s):
            self.drop(line, "stamp", "stamp_shape")
            date = parse_stamp(s)
            if date is not None:
                self.stamps.append(date.isoformat())
            return True
        return False

    def without_markers(self, line: Span) -> Span | None:
        """``line`` less the print edition's jump markers glued to its start or end."""
        s = line.of(self.text)
        for rule in JUMP_MARKERS:
            for m in rule.pattern.finditer(s):
                self.drop(Span(line.start + m.start(), line.start + m.end()), "jump_marker",
                          rule.name)
            if lead := rule.pattern.match(s):
                return trim(self.text, line.start + lead.end(), line.end)
            if (tail := rule.pattern.search(s)) and not s[tail.end():].strip():
                return trim(self.text, line.start, line.start + tail.start())
        return line

    def paragraphs(self, lines: list[Span]) -> list[Span]:
        """The lines left once furniture, boilerplate, stamps and captions are out."""
        text = self.text
        kept: list[Span] = []
        for raw in lines:
            line = None if self.furniture(raw) else self.without_markers(raw)
            if line is None:
                continue
            caption = find_caption(text, line)
            if caption is None:
                s = line.of(text)
                shape = caption_shape(s) if len(s) <= MAX_CAPTION_LINE else None
                if shape is not None:
                    self.drop(line, "caption", shape)
                else:
                    kept.append(line)
                continue
            self.drop(caption.span, "caption", caption.rule)
            self.drop_alt_text(kept, caption.span)
            rest = trim(text, caption.span.end, line.end)
            if rest is None:
                continue
            if has_words(rest.of(text)) and classify_line(rest.of(text)) is None:
                kept.append(rest)
            else:
                self.drop(rest, "artefact", "after_caption")
        return kept

    def drop_alt_text(self, kept: list[Span], caption: Span) -> None:
        """A line just before a caption that the caption starts with is the image's
        alternative text, printed apart from its caption."""
        if not kept or is_good(kept[-1].of(self.text)):  # prose is the lead, not alt text
            return
        alt = normalized(kept[-1].of(self.text))
        if len(alt) >= MIN_ALT_TEXT and normalized(caption.of(self.text)).startswith(alt):
            self.drop(kept.pop(), "caption", "alt_text")

    def headline(self, paragraphs: list[Span], start: int) -> Span | None:
        """The title among the lines before the article's first paragraph."""
        text, doc = self.text, self.doc
        limit = paragraphs[start].start if start < len(paragraphs) else len(text)
        before = [ln for ln in self.lines if ln.end <= limit]
        if doc.meta_title:
            for line in before:
                if normalized(line.of(text)) == normalized(doc.meta_title):
                    return line
        lead = " ".join(p.of(text) for p in paragraphs[start:start + LEAD_PARAGRAPHS])
        return choose_headline(text, before, lead[:MAX_LEAD_CHARS])

    def leading_headline(self, paragraphs: list[Span], start: int) -> Span | None:
        """The article's first line as its headline, when it is one: shaped like a headline
        (a question or exclamation may look like prose) and speaking of what follows."""
        text = self.text
        part = headline_part(text, paragraphs[start])
        if part is None or part.start != paragraphs[start].start or not _may_lead(part.of(text)):
            return None
        lead = " ".join(p.of(text) for p in paragraphs[start + 1:start + 1 + LEAD_PARAGRAPHS])
        return part if overlap(part.of(text), tokens(lead)) >= MIN_TITLE_OVERLAP else None

    def glued_stamps(self, line: Span, title: Span) -> None:
        """Record the stamps glued before and after the headline on its line."""
        text = self.text
        for part, rule in ((trim(text, line.start, title.start), "before_headline"),
                           (trim(text, title.end, line.end), "after_headline")):
            if part is None:
                continue
            self.drop(part, "stamp", rule)
            date = parse_stamp(part.of(text))
            if date is not None:
                self.stamps.insert(0, date.isoformat())  # the headline's stamp comes first

    def article(self, paragraphs: list[Span]) -> tuple[Span | None, list[Span]]:
        """The headline and the article's own run of paragraphs; the rest is dropped."""
        text = self.text
        core = find_core([p.of(text) for p in paragraphs])
        start = core.start
        if start > 0 and find_dateline(text, paragraphs[start - 1]) is not None:
            start -= 1
        title = self.headline(paragraphs, start)
        if title is None and start + 1 < core.end:
            title = self.leading_headline(paragraphs, start)
            start += title is not None
        for index, p in enumerate(paragraphs):
            if start <= index < core.end:
                continue
            if title is not None and p.start <= title.start < p.end:
                self.glued_stamps(p, title)
                continue
            if index < start:
                self.drop(p, "outside_article", "before_article")
            else:
                rule = "page_repeat" if core.repeat_from is not None else "after_article"
                self.drop(p, "outside_article", rule)
        body = []
        for p in paragraphs[start:core.end]:
            if LONE_WORD.match(p.of(text)):
                self.drop(p, "artefact", "lone_word")
            else:
                body.append(p)
        return title, body

    def repeats(self, title: Span | None, paragraphs: list[Span]) -> list[Span]:
        """The body less copies of the headline and the first of two copies of the lead."""
        text = self.text
        if title is not None:
            title_text = title.of(text)
            for p in [p for p in paragraphs[:2] if is_title_copy(title_text, p.of(text))]:
                paragraphs.remove(p)
                self.drop(p, "repeated_title", "title_copy")
        datelines = [find_dateline(text, p) for p in paragraphs]
        without_dateline = [text[(d.span.end if d else p.start):p.end]
                            for p, d in zip(paragraphs, datelines, strict=True)]
        drop = repeated_leads(without_dateline, [d is not None for d in datelines])
        body: list[Span] = []
        kept_datelines: list[Dateline | None] = []
        for index, (p, d) in enumerate(zip(paragraphs, datelines, strict=True)):
            if index in drop:
                self.drop(p, "repeated_lead", "lead_copy")
            else:
                body.append(p)
                kept_datelines.append(d)
        self.doc.dateline = next((d for d in kept_datelines[:DATELINE_WINDOW] if d), None)
        return body


def _may_lead(line: str) -> bool:
    """Whether an article's first line may be its headline: not a sentence with a full stop,
    unless a few words long (a headline some outlets end with a stop)."""
    if line[-1] == "。":
        return False
    return line[-1] != "." or (len(line.split()) <= MAX_STOPPED_TITLE_WORDS and "," not in line)


def clean_document(doc: Document) -> Document:
    run = _Cleaning(doc)
    paragraphs = run.paragraphs(run.cut_ending())
    title, paragraphs = run.article(paragraphs)
    body = run.repeats(title, paragraphs)
    doc.title = title
    doc.body = tuple(body)
    set_published(doc, run.stamps)
    stamp = doc.annotations.get("published_stamp")
    if stamp and not stamp["trusted"]:  # the stamp's removal says it is a repost's
        run.removed = [Removal(r.span, r.reason, "repost_stamp")
                       if r.reason == "stamp" and _stamp_date(doc.text, r.span) == stamp["date"]
                       else r for r in run.removed]
    doc.removed = tuple(sorted(run.removed, key=lambda r: r.span.start))
    return doc


def _stamp_date(text: str, span: Span) -> str | None:
    date = parse_stamp(span.of(text))
    return date.isoformat() if date else None


@register("clean")
class CleanStage:
    name: ClassVar[str] = "clean"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"title", "body", "dateline", "published"})

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return clean_document(doc)
