"""Parties: the entities of a span grouped at conjunctions (``越南政府总理阮春福`` is one
group of a state and a person), and the spans whose entities are not parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.extract.context import Ref
from summitry.extract.model import MeetingMention
from summitry.extract.reader import Reader

PARTY_TYPES = frozenset({"person", "state", "organization"})
ACTOR_TYPES = frozenset({"state", "organization"})
#: Parentheses hold glosses and asides, whose entities are not parties.
PAREN_ZH = re.compile(r"[（(][^（()）]{0,60}[)）]")
PAREN_EN = re.compile(r"\([^()]{0,60}\)")
#: A wire dateline opening the span: "VIENTIANE, Laos —", "DANANG (State) •", "TOKYO, May 22
#: (Kyodo) -": the place the story is filed from, not a party.
DATELINE_EN = re.compile(
    r"\s*[A-Z][A-Z.'\- ]{2,30}(?:,\s*[A-Z][\w.'\- ]{1,30}|\s*\([^()]{1,30}\))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{1,30}\))?\s*[-–—•:]\s"
)


@dataclass
class Group:
    """Parties joined without a conjunction: ``越南政府总理阮春福`` is one group of a state
    and a person; the person (when named) is the group's head."""

    refs: list[Ref]

    @property
    def persons(self) -> list[str]:
        return unique([r.entity.id for r in self.refs if r.type == "person"])

    @property
    def head(self) -> str:
        persons = self.persons
        if persons:
            return persons[0]
        return self.refs[-1].entity.id

    @property
    def ids(self) -> list[str]:
        return unique([r.entity.id for r in self.refs])


def unique(items: list[str]) -> list[str]:
    """The items in order of first appearance, each once."""
    return list(dict.fromkeys(items))


def excluded_spans(rd: Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Spans whose entities are not parties: parentheses (glosses, asides) and places
    after a location marker (``在美国纽约``)."""
    paren = PAREN_ZH if rd.zh else PAREN_EN
    spans = [m.span() for m in paren.finditer(rd.text, start, end)]
    if not rd.zh:
        opening = DATELINE_EN.match(rd.text, start, end)
        if opening is not None:
            spans.append(opening.span())
    for ref in rd.v.refs_in(start, end):
        if ref.type in ("state", "location"):
            before = rd.text[max(start, ref.start - 3) : ref.start]
            if (rd.zh and re.search(r"(?:在|于|赴|抵达|前往|到)$", before)) or (
                not rd.zh
                and re.search(r"\b(?:in|at)\s+$", rd.text[max(start, ref.start - 4) : ref.start])
            ):
                spans.append((ref.start, ref.end))
        elif not rd.zh and ref.type == "organization" and meeting_owner_en(rd, ref, start):
            spans.append((ref.start, ref.end))
    return spans


#: An organisation that owns a meeting named after a preposition ("arrived for the annual
#: Asia-Pacific Economic Cooperation (Apec) leaders' meeting", "at the ASEAN summit"): it
#: names the occasion, it is not a party of the clause's verb.
OCCASION_BEFORE_EN = re.compile(
    r"\b(?:for|at|to|during|attend(?:ed|ing|s)?)\s+(?:the\s+|an?\s+)?(?:[a-z\-]+\s+){0,2}$"
)
OCCASION_AFTER_EN = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:[A-Za-z\-]+[’']?\s+){0,3}?"
    r"(?:meeting|summit|conference|forum|session|retreat)s?\b",
    re.I,
)


def meeting_owner_en(rd: Reader, ref: Ref, floor: int) -> bool:
    before = rd.text[max(floor, ref.start - 40) : ref.start]
    return bool(OCCASION_BEFORE_EN.search(before)) and bool(
        OCCASION_AFTER_EN.match(rd.text, ref.end, ref.end + 60)
    )


def groups_in(
    rd: Reader, start: int, end: int, skip: list[tuple[int, int]] | None = None
) -> list[Group]:
    """The parties in ``text[start:end]`` as groups split at conjunctions; entities inside
    ``skip`` spans (an invitation clause) are left out."""
    if end <= start:
        return []
    excluded = excluded_spans(rd, start, end) + (skip or [])
    refs = [
        r
        for r in rd.v.refs_in(start, end, PARTY_TYPES)
        if not any(a <= r.start and r.end <= b for a, b in excluded)
    ]
    out: list[Group] = []
    prev: Ref | None = None
    for r in refs:
        if prev is not None and r.start < prev.end:
            continue  # nested mention (a gloss inside a name)
        gap = rd.text[prev.end : r.start] if prev is not None else ""
        new = (
            prev is None
            or (prev.type == "person" and r.entity.id != prev.entity.id)
            or bool(rd.c.conjunction.search(gap))
        )
        if new:
            out.append(Group([r]))
        else:
            out[-1].refs.append(r)
        prev = r
    return out


def ref_ending(rd: Reader, pos: int, floor: int) -> Ref | None:
    best = None
    for r in rd.v.refs_in(max(floor, pos - 30), pos):
        if r.end == pos and (best is None or r.start < best.start):
            best = r
    return best


def ref_starting(rd: Reader, pos: int) -> Ref | None:
    refs = rd.v.refs_in(pos, pos + 30)
    return refs[0] if refs and refs[0].start == pos else None


def refs_for(rd: Reader, ids: list[str]) -> list[Ref]:
    out = []
    for i in ids:
        e = rd.v.entities.get(i)
        if e is not None and e.mentions:
            out.append(Ref(e.mentions[0].start, e.mentions[0].end, e))
    return out


def last_person_before(rd: Reader, pos: int, of_states: set[str] | None = None) -> Ref | None:
    """The person named last before ``pos`` (outside the headline); with ``of_states`` (a
    title with its nationality, "the Russian minister", 该越南领导人), the last one acting
    for one of those states, else the last one."""
    people = [
        r
        for r in rd.v.refs
        if r.end <= pos
        and r.type == "person"
        and not (rd.v.title_sentence and r.start < rd.v.title_sentence.end)
    ]
    if of_states:
        fitting = [r for r in people if rd.v.state_of(r.entity.id) in of_states]
        if fitting:
            return fitting[-1]
    return people[-1] if people else None


def groups_of_mention(rd: Reader, mention: MeetingMention) -> list[Group]:
    refs = refs_for(rd, mention.sides[0] if mention.sides else [])
    return [Group(refs)] if refs else []


#: A capitalised word of an English subject: a candidate short name ("Yoon", "Modi").
CAPITALISED_EN = re.compile(r"\b[A-Z][a-z][\w\-]*\b")


def short_name_subject(rd: Reader, lo: int, hi: int) -> Ref | None:
    """English wire copy names a leader in full once, then by one part of the name
    ("Yoon sat down with…"); where the entity stage left such a later short form unlinked,
    the subject is the one person named earlier whose name has that word as its first or
    last part. Ambiguous words (two Kims) give nothing."""
    if rd.zh:
        return None
    for word in reversed(list(CAPITALISED_EN.finditer(rd.text, lo, hi))):
        if rd.v.refs_in(word.start(), word.end()):
            continue
        owners = {
            r.entity.id: r.entity
            for r in rd.v.refs_in(0, lo)
            if r.type == "person" and _name_ends(r.entity.name, word.group(0))
        }
        if len(owners) == 1:
            return Ref(word.start(), word.end(), next(iter(owners.values())))
    return None


def _name_ends(name: str, word: str) -> bool:
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    return len(parts) >= 2 and word in (parts[0], parts[-1])
