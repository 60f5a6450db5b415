"""Who is bound by or concerned with a commitment: entity ids of states and organizations.

In order: the parties the name itself names (``东盟-俄罗斯全面行动计划`` → ASEAN, Russia);
"both sides" in the name, or no party in it, resolve to the meeting's parties: those its
name names when it names two or more (``东盟—俄罗斯高官会``), else its participants, persons
counted as the state they act for.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summitry.kb.store import KnowledgeBase, default_kb
from summitry.records import Entity

PARTY_TYPES = frozenset({"state", "organization"})
#: Organizations the knowledge base knows as undertakings, not actors (RCEP, TPP).
NOT_PARTIES = frozenset({"agreement"})
#: Kinds of organization whose member states stay parties beside it.
MEMBERS_STAY = frozenset({"mechanism"})


@dataclass
class EntityIndex:
    """The document's entities, their mention spans, and the state each person acts for."""

    entities: dict[str, Entity]
    spans: list[tuple[int, int, str]]

    @classmethod
    def of(cls, entities: list[Entity]) -> EntityIndex:
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        return cls({e.id: e for e in entities}, spans)

    def first_at(self, start: int) -> int:
        """Index of the first mention span starting at or after ``start`` (spans are sorted:
        the walks below start there instead of at the document's first mention)."""
        return bisect_left(self.spans, (start,))

    def within(self, start: int, end: int) -> list[str]:
        """Party entities mentioned inside ``[start, end)``, in order, once each."""
        out: list[str] = []
        for s, e, eid in self.spans[self.first_at(start):]:
            if s >= end:
                break
            if s >= start and e <= end and eid not in out and self.party(eid) == eid:
                out.append(eid)
        return out

    def covers(self, start: int, end: int) -> str | None:
        """The entity whose mention is exactly this span (a name the KB knows as an actor)."""
        for s, e, eid in self.spans[self.first_at(start):]:
            if s != start:
                break
            if e == end:
                return eid
        return None

    def known_undertaking(self, start: int, end: int) -> Entity | None:
        """The entity an undertaking's name is (a mention making up most of the name, as
        in ``Regional Comprehensive Economic Partnership (RCEP)``), when the knowledge base
        lists that undertaking as an actor of kind agreement (RCEP, TPP)."""
        kb = default_kb()
        for s, e, eid in self.spans[self.first_at(start):]:
            if s >= end:
                break
            entity = self.entities[eid]
            if s < start or e > end or entity.type != "organization" or not entity.kb_id:
                continue
            actor = kb.get(entity.kb_id)
            # The undertaking itself, not one named inside it: most of the name.
            if actor is not None and actor.kind in NOT_PARTIES and (e - s) * 2 >= end - start:
                return entity
        return None

    def party(self, eid: str) -> str | None:
        e = self.entities.get(eid)
        if e is None:
            return None
        if e.type in PARTY_TYPES:
            return e.id
        if e.type == "person":
            for role in e.roles:
                of = self.entities.get(role.of or "")
                if of is not None and of.type in PARTY_TYPES:
                    return of.id
        return None

    def named_in(self, name: str) -> list[str]:
        """Party entities whose mention text occurs in ``name`` (a meeting name)."""
        out: list[str] = []
        hits = []
        for e in self.entities.values():
            if e.type not in PARTY_TYPES:
                continue
            texts = sorted({m.text for m in e.mentions if len(m.text) >= 2}, key=len, reverse=True)
            for t in texts:
                pos = name.find(t)
                if pos >= 0:
                    hits.append((pos, e.id))
                    break
        for _, eid in sorted(hits):
            if eid not in out:
                out.append(eid)
        return out


def prune(index: EntityIndex, parties: list[str]) -> list[str]:
    """Drop what is not a party: an agreement the KB lists as an organization; a meeting
    series or body whose parent organization is a party already (the ASEAN Foreign
    Ministers' Meeting beside ASEAN); a member state of an organization that is a party
    (the organization undertakes it: G20 and its members at a G20 summit)."""
    kb = default_kb()
    codes = {index.entities[p].kb_id for p in parties if p in index.entities}
    member_sets = [_member_codes(kb, kb_id) for p in parties if p in index.entities
                   and (kb_id := index.entities[p].kb_id)]
    out = []
    for p in parties:
        e = index.entities.get(p)
        actor = kb.get(e.kb_id) if e is not None and e.kb_id else None
        if actor is not None and (actor.kind in NOT_PARTIES
                                  or (actor.parent and f"org:{actor.parent}" in codes)
                                  or (actor.type == "state"
                                      and any(actor.code in m for m in member_sets))):
            continue
        out.append(p)
    return out


@lru_cache(maxsize=1024)
def _member_codes(kb: KnowledgeBase, kb_id: str) -> frozenset[str]:
    """The members of a knowledge-base actor, once per actor (the UN has 193)."""
    return frozenset(_members(kb.get(kb_id)))


def _members(actor: Any) -> tuple[str, ...]:
    """Members an organization speaks for; a cooperation mechanism's members are named as
    parties in their own right (澜湄合作 and its six states)."""
    if actor is None or actor.kind in MEMBERS_STAY:
        return ()
    return tuple(actor.members)


def meeting_parties(index: EntityIndex, meeting: Any) -> list[str]:
    named = index.named_in(getattr(meeting, "name", None) or "")
    if len(named) >= 2:
        return named
    out = list(named)
    for pid in getattr(meeting, "participants", []) or []:
        party = index.party(pid)
        if party is not None and party not in out:
            out.append(party)
    return out


def commitment_parties(index: EntityIndex, name_span: tuple[int, int], head: int,
                       both_sides: bool, meeting: list[str]) -> list[str]:
    """Parties the name names before its head noun (an actor named by the head itself,
    ``RCEP``, ``TPP``, is the undertaking, not a party). Two or more, or one organization
    (``东盟全面恢复框架``), stand alone; one state (``中国—中东欧…纲要``) or none adds the
    meeting's parties, as does "both sides"."""
    own = prune(index, index.within(name_span[0], head))
    alone = len(own) >= 2 or (len(own) == 1 and index.entities[own[0]].type == "organization")
    if alone and not both_sides:
        return prune(index, own)
    return prune(index, list(dict.fromkeys(own + meeting)))
