"""Which words of which sentence state each field of a meeting.

A linked meeting keeps, per source article, the evidence sentences its account was built
from. Inside those sentences this module finds the words behind each field: the entity
mentions of the account's participants and chairs, the time expressions that give its date,
its name and location as written, and the words the extractor set kind, format, level,
ordinal, chairs and status from (the meeting's ``provenance``, contract v2; accounts stored
before it are searched with the cue tables of ``extract/patterns``). The meeting page
shows each field with the sentences that state it, the words highlighted, and every source
article with its evidence marked; hovering a field lights its words in the articles.

Only sentences that are evidence are searched, so a word elsewhere in the article (the same
date in an unrelated paragraph) is never offered as proof.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from summitry.extract.patterns import Cues, cues_for
from summitry.nlp.normalize import analysis_text
from summitry.store.results import DocumentRecord, MeetingRecord, SourceRef
from summitry.web.highlight import Mark, render

#: The fields shown with evidence, in page order.
FIELDS = ("name", "date", "kind", "format", "level", "ordinal", "location", "chairs",
          "participants")


@dataclass(frozen=True, slots=True)
class FieldSpan:
    field: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """An evidence sentence with the words that state one field highlighted."""

    field: str
    doc: str
    start: int
    end: int
    html: Markup


@dataclass
class SourceView:
    """One source article of a meeting: its account, evidence and field spans."""

    source: SourceRef
    doc: DocumentRecord | None
    account: dict[str, Any] | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    spans: list[FieldSpan] = field(default_factory=list)

    def marks(self) -> list[Mark]:
        out = [Mark(s, e, "ev", (("ev", self.source.doc),)) for s, e in self.evidence]
        out += [Mark(f.start, f.end, "fs", (("f", f.field),)) for f in self.spans]
        return out

    def article_html(self) -> Markup:
        return render(self.doc.text, self.marks()) if self.doc else Markup("")


def meeting_sources(m: MeetingRecord, docs: dict[str, DocumentRecord]) -> list[SourceView]:
    """A view of every source of ``m``; ``docs`` holds the source documents by id."""
    views = []
    for s in m.sources:
        doc = docs.get(s.doc)
        evidence = sorted({(e.start, e.end) for e in m.evidence if e.doc == s.doc})
        account = _account(doc, m.id) if doc else None
        view = SourceView(s, doc, account, evidence)
        if doc is not None:
            view.spans = sorted(set(_field_spans(doc, account, evidence)),
                                key=lambda f: (f.start, f.end, f.field))
        views.append(view)
    return views


def quotes(views: Iterable[SourceView], per_field: int = 4) -> dict[str, list[Quote]]:
    """For each field, the evidence sentences that state it (first sources first)."""
    out: dict[str, list[Quote]] = {f: [] for f in FIELDS}
    for v in views:
        if v.doc is None:
            continue
        for start, end in v.evidence:
            inside = [f for f in v.spans if f.start >= start and f.end <= end]
            for name in FIELDS:
                mine = [f for f in inside if f.field == name]
                if mine and len(out[name]) < per_field:
                    html = render(v.doc.text[start:end],
                                  [Mark(f.start, f.end, "fs hl") for f in mine], offset=start)
                    out[name].append(Quote(name, v.source.doc, start, end, html))
    return out


def _account(doc: DocumentRecord, meeting_id: int) -> dict[str, Any] | None:
    for local in doc.extraction.get("meetings", []):
        if doc.linked.get(local.get("id", "")) == meeting_id:
            return dict(local)
    return None


def _field_spans(doc: DocumentRecord, account: dict[str, Any] | None,
                 evidence: list[tuple[int, int]]) -> Iterator[FieldSpan]:
    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in evidence)

    text = doc.text
    # Cue tables match the analysis text (simplified Chinese, folded width); it has the
    # original's offsets, so its matches are spans of the original.
    analysed = analysis_text(text)[0]
    analysis = analysed if len(analysed) == len(text) else text
    acc = account or {}
    mentions = {e["id"]: e.get("mentions", []) for e in doc.extraction.get("entities", [])}
    for role in ("participants", "chairs"):
        for entity in acc.get(role, []):
            for mention in mentions.get(entity, []):
                if inside(mention["start"], mention["end"]):
                    yield FieldSpan(role, mention["start"], mention["end"])
    date = (acc.get("date") or {}).get("start")
    times = [t for t in doc.extraction.get("times", []) if inside(t["start"], t["end"])]
    agreeing = [t for t in times if date and _agrees(str(t.get("value") or ""), date)]
    for t in agreeing or (times if date else []):
        yield FieldSpan("date", t["start"], t["end"])
    place = acc.get("location")
    if place:  # the place as an entity: 雅加达 for a location the account gives as Jakarta
        for e in doc.extraction.get("entities", []):
            if place in (e.get("name"), *(e.get("names") or {}).values()):
                for mention in e.get("mentions", []):
                    if inside(mention["start"], mention["end"]):
                        yield FieldSpan("location", mention["start"], mention["end"])
    spans: list[FieldSpan] = []
    for name, value in (("name", acc.get("name")), ("location", acc.get("location"))):
        if value:
            for start, end in evidence:
                spans.extend(FieldSpan(name, start + i, start + i + len(value))
                             for i in _find_all(text[start:end], str(value)))
    yield from spans
    provenance = acc.get("provenance")
    if isinstance(provenance, dict) and provenance:
        # the extractor recorded the words behind each field (contract v2): show those
        yield from _provenance_spans(provenance, inside)
        return
    # accounts extracted before contract v2 carry no provenance: find the cue words again
    names = [f for f in spans if f.field == "name"]
    cues = cues_for((doc.lang or "").split("-")[0])
    if cues is not None:
        for start, end in evidence:
            in_name = [f for f in names if start <= f.start and f.end <= end]
            for cue in _cue_spans(cues, analysis[start:end], start):
                # A meeting noun speaks for this meeting's kind inside its name; elsewhere
                # in the sentence it may name another meeting.
                if cue.field == "kind_noun":
                    if not in_name or any(n.start <= cue.start and cue.end <= n.end
                                          for n in in_name):
                        yield FieldSpan("kind", cue.start, cue.end)
                else:
                    yield cue


def _provenance_spans(provenance: dict[str, Any],
                      inside: Callable[[int, int], bool]) -> Iterator[FieldSpan]:
    """The spans each field's provenance names, those inside the evidence sentences."""
    for name, prov in provenance.items():
        if name not in FIELDS or not isinstance(prov, dict):
            continue
        for span in prov.get("spans") or []:
            start, end = span.get("start"), span.get("end")
            if isinstance(start, int) and isinstance(end, int) and inside(start, end):
                yield FieldSpan(name, start, end)


def _cue_spans(cues: Cues, sentence: str, offset: int) -> Iterator[FieldSpan]:
    def each(name: str, pattern: re.Pattern[str]) -> Iterator[FieldSpan]:
        for match in pattern.finditer(sentence):
            if match.end() > match.start():
                yield FieldSpan(name, offset + match.start(), offset + match.end())

    for trigger in cues.triggers:
        yield from each("kind", trigger.pattern)
        if trigger.format:
            yield from each("format", trigger.pattern)
    yield from each("kind_noun", cues.meeting_nouns)
    for pattern, _ in cues.format_cues:
        yield from each("format", pattern)
    for pattern, _ in cues.level_cues:
        yield from each("level", pattern)
    for pattern in cues.ordinals:
        yield from each("ordinal", pattern)
    yield from each("chairs", cues.chair_before)
    yield from each("chairs", cues.chair_after)


def _agrees(value: str, date: str) -> bool:
    """A time's value agrees with the meeting date when one is a prefix of the other, a
    yearless ``--MM-DD`` compared on month and day."""
    if not value:
        return False
    if value.startswith("--") or date.startswith("--"):
        return value[-5:] == date[-5:] if len(value) >= 7 and len(date) >= 7 else False
    return value.startswith(date) or date.startswith(value)


def _find_all(haystack: str, needle: str) -> Iterator[int]:
    at = haystack.find(needle)
    while at >= 0 and needle:
        yield at
        at = haystack.find(needle, at + len(needle))
