"""What the meeting extractor builds: mentions of meetings, then merged meetings.

A :class:`MeetingMention` is one place where the text states (or refers back to) a meeting:
a name that ends in a meeting noun, or a trigger verb between parties. Mentions that state
the same meeting (the headline, the lead, a repeated lead, "会上" later on) are merged into
one :class:`Meeting`, which keeps every mention as its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summitry.nlp.dates.clues import Clue
from summitry.nlp.sentences import Sentence


@dataclass
class DateValue:
    """A meeting date as ISO text (``2021-01-26``, ``2020-11``, ``--06-17``) and how it
    was found: ``"sentence"`` (a time expression in the meeting's own sentence), ``"context"``
    (the same day as, or within, another event), ``"published"`` (the article's date)."""

    start: str | None
    end: str | None = None
    how: str = "sentence"
    #: Contract v2 ``date.basis`` (stated, published, dateline, context, weekday, tenure,
    #: anniversary, linked), set by the ``years`` stage; the clues it weighed, and why.
    basis: str | None = None
    clues: list[Clue] = field(default_factory=list)
    note: str = ""

    @property
    def precision(self) -> int:
        """Number of parts given: 3 for a day, 2 for a month, 1 for a year."""
        if not self.start:
            return 0
        return len([p for p in self.start.split("-") if p])


@dataclass(frozen=True)
class Provenance:
    """The rule that set a field and the spans (original offsets) it read."""

    rule: str
    spans: tuple[tuple[int, int], ...]

    def to_contract(self) -> dict[str, Any]:
        return {"rule": self.rule, "spans": [{"start": s, "end": e} for s, e in self.spans]}


@dataclass
class MeetingMention:
    kind: str  # contract kind: conference, talks, call, visit, negotiation, other
    sub: str  # finer type: conference, talks, reception, call, visit, credentials, ceremony
    start: int  # the name or the trigger, in original offsets
    end: int
    sentence: Sentence
    name: str | None = None
    ordinal: int | None = None
    series: str | None = None  # code of the series organization (AMM, EAS)
    level_cue: str | None = None
    format_cue: str | None = None
    #: Parties as entity ids, by side: sides[0] the subject, sides[1:] counterparts.
    sides: list[list[str]] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    #: Levels of titled participants the text does not name ("新任驻越大使").
    unnamed_levels: set[str] = field(default_factory=set)
    #: The level of the subject's title when the subject is not a named person
    #: ("越南外长会见…").
    subject_level: str | None = None
    date: DateValue | None = None
    location: str | None = None
    tense: str | None = None  # "recall", "plan" or None
    anaphoric: bool = False  # refers back to a meeting already stated
    in_title: bool = False
    #: "共同主持" with one chair named: the counterpart co-chaired.
    co_chair_alone: bool = False
    note: str = ""
    #: Per field, the rule and spans that set it in this mention (contract v2 ``provenance``).
    prov: dict[str, Provenance] = field(default_factory=dict)

    def record(self, name: str, rule: str, *spans: tuple[int, int]) -> None:
        """Keep the first rule that set a field (later cues do not overwrite it)."""
        if name not in self.prov:
            self.prov[name] = Provenance(rule, tuple(spans))


@dataclass
class Meeting:
    mentions: list[MeetingMention]
    id: str = ""
    name: str | None = None
    kind: str = "other"
    format: str | None = None
    level: str | None = None
    ordinal: int | None = None
    series: str | None = None
    date: DateValue | None = None
    location: str | None = None
    chairs: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    reported: bool = True
    evidence: list[Sentence] = field(default_factory=list)
    #: Contract v2: ``held``, ``recalled``, ``planned`` or ``cancelled``.
    status: str = "held"
    part_of: str | None = None
    name_en: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)

    @property
    def first(self) -> MeetingMention:
        return self.mentions[0]

    @property
    def primary(self) -> MeetingMention:
        """The mention that states the meeting in the body (not the headline, not a
        back-reference), else the first."""
        for m in self.mentions:
            if not m.in_title and not m.anaphoric:
                return m
        return self.mentions[0]

    def to_contract(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "format": self.format,
            "level": self.level,
            "ordinal": self.ordinal,
            "date": {
                "start": self.date.start if self.date else None,
                "end": (self.date.end or self.date.start) if self.date else None,
                # contract v2, present once the years stage has run
                **({"basis": self.date.basis} if self.date and self.date.basis else {}),
            },
            "location": self.location,
            "chairs": list(self.chairs),
            "participants": list(self.participants),
            "reported": self.status == "held",
            "evidence": [
                {"start": s.start, "end": s.end, "text": s.of(text)} for s in self.evidence
            ],
            # contract v2
            "status": self.status,
            "part_of": self.part_of,
            "name_en": self.name_en,
            "provenance": self.provenance_to_contract(),
            # extensions
            "series": self.series,
            "date_source": self.date.how if self.date else None,
        }

    def provenance_to_contract(self) -> dict[str, Any]:
        """Each field's rule and spans; the date's entry is the years stage's reasoning
        (its clues and note) once that stage has weighed the date."""
        out = {k: p.to_contract() for k, p in sorted(self.provenance.items())}
        if self.date and (self.date.basis or self.date.note):
            out["date"] = date_provenance(self.date)
        return out


def date_provenance(date: DateValue) -> dict[str, Any]:
    """Contract v2 ``provenance.date``: the rule, the spans it read, and the clues weighed."""
    return {
        "rule": date.clues[0].rule if date.basis and date.clues else f"date.{date.how}",
        "spans": [{"start": c.start, "end": c.end} for c in date.clues if c.start is not None],
        "clues": [{"basis": c.basis, "rule": c.rule, "note": c.note, "year": c.year}
                  for c in date.clues],
        "note": date.note,
    }
