"""The ``years`` stage: every meeting date gets a year when the evidence agrees, and a basis.

Runs after ``meetings``. A date that already has a year gets the basis that says where it
came from (``stated`` when its sentence writes the year, ``published`` / ``dateline`` when
the year came from the article's date, ``context`` from another event). A date without one
(``--07-06``) is given to :func:`summitry.nlp.dates.years.choose_year` with the clues of the
document, the knowledge base and the meeting itself; when they conflict or say too little,
the partial date stays and the clues are kept with the reason.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from summitry.document import Document
from summitry.extract.model import Meeting
from summitry.kb.store import KnowledgeBase, default_kb
from summitry.nlp.dates.clues import (
    Clue,
    PartialDate,
    Person,
    anniversary_clues,
    edition_year_clues,
    era_clue,
    outcome_clue,
    relations_clues,
    series_clue,
    tenure_clue,
    text_year_clue,
    weekday_before,
    weekday_clue,
)
from summitry.nlp.dates.founding import founding_anniversary_clues
from summitry.nlp.dates.model import TimeExpression
from summitry.nlp.dates.years import YearChoice, choose_year
from summitry.nlp.sentences import split_sentences
from summitry.pipeline import register
from summitry.records import Entity
from summitry.settings import Settings

#: The earliest year a meeting in the knowledge base's period may fall in.
FIRST_YEAR = 1990
#: Resolutions of time expressions whose year the text itself wrote.
_STATED = ("absolute", "lunar")


class YearResolver:
    """The clues of one document, gathered once, applied to each of its meetings."""

    def __init__(self, doc: Document, kb: KnowledgeBase, today: dt.date):
        self.doc = doc
        self.kb = kb
        self.text = doc.analysis_text if doc.analysis_text is not None else doc.text
        self.times: list[TimeExpression] = list(doc.annotations.get("times", []))
        self.meetings: list[Meeting] = list(doc.annotations.get("meetings", []))
        self.entities: dict[str, Entity] = {e.id: e for e in doc.annotations.get("entities", [])}
        last = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
        self.window = range(FIRST_YEAR, (last if last else today.year) + 1)
        #: A planned meeting may fall in the year after the article's.
        self.ahead = range(FIRST_YEAR, self.window.stop + 1)
        lang = (doc.lang or "zh").split("-")[0]
        self.sentences = [(s.start, s.end) for i, seg in enumerate(doc.body)
                          for s in split_sentences(self.text, seg.start, seg.end, lang, i)]
        self.doc_clues: list[Clue] = anniversary_clues(self.text, self.sentences)
        if not self.doc_clues:
            self.doc_clues = founding_anniversary_clues(self.text)
        era = era_clue(self.text, self.sentences, self.window)
        if era is not None:
            self.doc_clues.append(era)
        self.doc_clues.extend(edition_year_clues(self.text, self.sentences))
        outcome = outcome_clue(self.text, self.sentences, self.window)
        if outcome is not None:
            self.doc_clues.append(outcome)

    def basis_of(self, meeting: Meeting) -> tuple[str | None, list[Clue]]:
        """Where a date with a year came from, and the time expression that gave it."""
        date = meeting.date
        if date is None or not date.start or date.start.startswith("--"):
            return None, []
        published = "dateline" if self.doc.published_source == "dateline" else "published"
        if date.how == "published":
            # The timing rule that chose the publication date (its day named in the text,
            # talks without a day) and the span that named it, when there is one.
            prov = meeting.provenance.get("date")
            rule = prov.rule if prov and prov.rule != "published" else f"date.{published}"
            lo, hi = prov.spans[0] if prov and prov.spans else (None, None)
            named = f", the day the text names ({self.text[lo:hi]})" if lo is not None else ""
            return published, [Clue(published, rule,
                                    f"the publication date ({self.doc.published}){named}",
                                    start=lo, end=hi)]
        spans = [(s.start, s.end) for s in meeting.evidence]
        same = [t for t in self.times if t.value == date.start
                and any(lo <= t.start < hi for lo, hi in spans)]
        if date.how == "context" or not same:
            return "context", []
        stated = [t for t in same if t.resolution in _STATED]
        basis = "stated" if stated else published
        t = (stated or same)[0]
        note = f"the date as written ({t.text})" if stated else \
            f"{t.text}, read against the publication date ({self.doc.published})"
        return basis, [Clue(basis, f"date.{basis}", note, start=t.start, end=t.end)]

    def clues_for(self, meeting: Meeting, date: PartialDate) -> list[Clue]:
        clues: list[Clue] = []
        first = meeting.mentions[0] if meeting.mentions else None
        span = (first.start, first.end) if first else None
        for clue in (series_clue(meeting.name, meeting.ordinal, span),
                     weekday_clue(self.text, [(s.start, s.end) for s in meeting.evidence],
                                  date, self.window_for(meeting), self.days_of(date)),
                     tenure_clue(self.persons(meeting), date, self.window_for(meeting))):
            if clue is not None:
                clues.append(clue)
        if meeting.reported:
            clues.extend(self.doc_clues)
            text_year = text_year_clue(self.times, date)
            if text_year is not None:
                clues.append(text_year)
            clues.extend(relations_clues(self.text, self.sentences, self.parties(meeting),
                                         self.codes_in, self.part_of(meeting)))
        return clues

    def part_of(self, meeting: Meeting) -> tuple[int, int]:
        """The meeting's part of the text: from the paragraph of its first evidence to the
        paragraph where another reported meeting is first stated."""
        starts = [s.start for s in meeting.evidence] or [0]
        lo = self._paragraph_start(min(starts))
        later = [s.start for m in self.meetings if m is not meeting and m.reported
                 for s in m.evidence[:1] if s.start > lo]
        hi = self._paragraph_start(min(later)) if later else len(self.text)
        return lo, max(hi, lo + 1)

    def _paragraph_start(self, pos: int) -> int:
        return max((seg.start for seg in self.doc.body if seg.start <= pos), default=0)

    def days_of(self, date: PartialDate) -> list[tuple[int, int]]:
        """Spans of the time expressions that write the date's month and day."""
        tail = date.iso(2000)[4:]
        return [(t.start, t.end) for t in self.times if t.value and t.value[-len(tail):] == tail
                and len(t.value) in (len(tail) + 1, len(tail) + 4)]

    def window_for(self, meeting: Meeting) -> range:
        return self.window if meeting.reported else self.ahead

    def persons(self, meeting: Meeting) -> list[Person]:
        out = []
        for eid in meeting.participants:
            entity = self.entities.get(eid)
            actor = self.kb.get(entity.kb_id) if entity and entity.kb_id else None
            if entity is None or actor is None or entity.type != "person":
                continue
            out.append(Person(actor.name, actor.offices, frozenset(r.role for r in entity.roles)))
        return out

    def parties(self, meeting: Meeting) -> frozenset[str]:
        """Codes of the states and organizations among the participants, and of the states
        the participating persons act for."""
        codes = set()
        for eid in meeting.participants:
            entity = self.entities.get(eid)
            if entity is None:
                continue
            if entity.type in ("state", "organization") and entity.code:
                codes.add(entity.code)
            for role in entity.roles:
                of = self.entities.get(role.of) if role.of else None
                if of is not None and of.code:
                    codes.add(of.code)
        return frozenset(codes)

    def codes_in(self, start: int, end: int) -> frozenset[str]:
        """Codes of the states and organizations the text names between two offsets."""
        return frozenset(e.code for e in self.entities.values() if e.code and any(
            start <= x.start < end for x in e.mentions))

    def resolve(self, meeting: Meeting, extra: list[Clue]) -> YearChoice | None:
        date = meeting.date
        partial = PartialDate.parse(date.start if date else None)
        if date is None or partial is None:
            return None
        choice = choose_year(self.clues_for(meeting, partial) + extra,
                             self.window_for(meeting))
        if choice.year is not None and not partial.exists_in(choice.year):
            choice = YearChoice(None, None, choice.clues, f"conflict: {partial.iso(choice.year)}"
                                " does not exist")
        date.clues = list(choice.clues)
        date.note = choice.note
        if choice.year is not None:
            date.start = partial.iso(choice.year)
            end = PartialDate.parse(date.end)
            if end is not None:
                # A range into the next month of a December start runs into the next year.
                end_year = choice.year + (1 if end.month < partial.month else 0)
                date.end = end.iso(end_year)
            date.basis = choice.basis
            self.weekday_day(meeting)
        return choice

    def weekday_day(self, meeting: Meeting) -> None:
        """A day taken from the report's date (the dateline, the lead) while the meeting's
        sentences name another weekday: the day is that weekday's, the last before the
        report's day. A day the meeting's own clause writes is left as written."""
        date = meeting.date
        if date is None or date.how == "sentence" or not date.start or date.end not in (
                None, date.start):
            return
        try:
            day = dt.date.fromisoformat(date.start)
        except ValueError:
            return
        spans = [(s.start, s.end) for s in meeting.evidence]
        before = weekday_before(self.text, spans, day,
                                self.days_of(PartialDate(day.month, day.day)))
        if before is not None:
            date.start = date.end = before.isoformat()
            date.note += f"; the day of the weekday named, before {day.isoformat()}"


def resolve_years(doc: Document, kb: KnowledgeBase | None = None,
                  today: dt.date | None = None) -> None:
    meetings: list[Meeting] = doc.annotations.get("meetings", [])
    if not meetings:
        return
    resolver = YearResolver(doc, kb or default_kb(), today or dt.date.today())
    for meeting in meetings:
        if meeting.date is not None and meeting.date.basis is None:
            meeting.date.basis, meeting.date.clues = resolver.basis_of(meeting)
    for meeting in meetings:
        resolver.resolve(meeting, [])
    # Meetings the text reports together share a year: a yearless one takes the year the
    # others reached, as one more pointer (still checked against its own constraints).
    for meeting in meetings:
        if meeting.reported and meeting.date and (meeting.date.start or "").startswith("--"):
            shared = _shared_year(meetings, meeting)
            if shared is not None:
                resolver.resolve(meeting, [shared])


def _shared_year(meetings: list[Meeting], meeting: Meeting) -> Clue | None:
    dated = [m for m in meetings if m is not meeting and m.reported and m.date
             and m.date.start and m.date.start[:4].isdigit()]
    years = {(m.date.start or "")[:4] for m in dated if m.date}
    if len(years) != 1:
        return None
    other = dated[0]
    return Clue("context", "year.same_report", f"the year of {other.name or 'the meeting'}"
                " reported with it", year=int(years.pop()),
                start=other.mentions[0].start if other.mentions else None,
                end=other.mentions[0].end if other.mentions else None)


@register("years")
class YearsStage:
    name: ClassVar[str] = "years"
    requires: ClassVar[frozenset[str]] = frozenset({"meetings", "entities", "times"})
    provides: ClassVar[frozenset[str]] = frozenset({"meeting_years"})

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        resolve_years(doc)
        return doc


__all__ = ["YearResolver", "YearsStage", "resolve_years"]
