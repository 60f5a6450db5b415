"""A recalled or planned tour of several states is one visit per state.

``X将访问A和B`` / ``X曾对A、B进行正式访问`` / "X will visit A and B" name one trip but one
visit to each host: each host receives the visitor, holds its own talks and is the
counterpart of its own record. The trigger reads the coordinated destinations as one
counterpart side; this module gives each destination state its own mention, named with that
state's surface in the text, the trip's date and cues kept.

Only visits placed away from the news (a plan or recall cue, ``tense`` set) are split: the
legs of a tour reported as news are held on different days the article usually does not
give, and which leg is the news depends on the dateline — left to the structure stage.
"""

from __future__ import annotations

import dataclasses

from summitry.extract.model import MeetingMention
from summitry.extract.reader import Reader
from summitry.extract.status import tense

#: The visit mentions this applies to (contract kind) and the cue that marks a tour.
TOUR_KINDS = frozenset({"visit"})
SPLIT_TENSES = frozenset({"plan", "plan!", "recall"})
#: The rule recorded on each leg's participants.
LEG_RULE = "recalled.tour_leg"


def split_tours(rd: Reader, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """``mentions`` with every recalled or planned multi-state visit replaced by its legs."""
    out: list[MeetingMention] = []
    for m in mentions:
        out.extend(legs(rd, m) or [m])
    return out


def destinations(rd: Reader, m: MeetingMention) -> list[str]:
    """The destination states of a two-sided recalled or planned visit (the states of its
    counterpart side; the hosts' persons go with their own state's leg)."""
    if m.kind not in TOUR_KINDS or len(m.sides) != 2:
        return []
    hosts = [e for e in m.sides[1] if e in rd.v.entities and rd.v.entities[e].type == "state"]
    if len(hosts) < 2:
        return []
    return hosts if tour_tense(rd, m, hosts) in SPLIT_TENSES else []  # news tours stay whole


def tour_tense(rd: Reader, m: MeetingMention, hosts: list[str]) -> str | None:
    """The mention's own tense, else the clause's up to the first destination (李强将于…访问
    A和B: the cue stands between the visitor and the hosts)."""
    if m.tense is not None:
        return m.tense
    refs = [r for r in rd.v.refs_in(m.sentence.start, m.sentence.end, frozenset({"state"}))
            if r.entity.id in hosts and r.start >= m.start]
    return tense(rd, m.sentence, refs[0].start) if refs else None


def legs(rd: Reader, m: MeetingMention) -> list[MeetingMention]:
    hosts = destinations(rd, m)
    if not hosts:
        return []
    cue = tour_tense(rd, m, hosts)
    surfaces = {e: host_surface(rd, m, e) for e in hosts}
    out = []
    visitors = visiting_side(rd, m.sides[0])
    stray = set(m.sides[0]) - set(visitors)
    for host in hosts:
        others = {e for e in m.sides[1] if e != host and rd.v.state_of(e) != host} | stray
        leg = dataclasses.replace(
            m, sides=[visitors, [e for e in m.sides[1] if e not in others]],
            participants=[p for p in m.participants if p not in others],
            name=leg_name(m.name, [surfaces[h] for h in hosts], surfaces[host]),
            prov=dict(m.prov), tense=cue,
        )
        leg.prov.pop("participants", None)
        leg.record("participants", LEG_RULE, (m.start, m.end))
        out.append(leg)
    return out


def visiting_side(rd: Reader, side: list[str]) -> list[str]:
    """The visitors of a tour: its persons and the states they act for. A state on that
    side that no visitor acts for (the country the traveller is in when the tour is
    announced, X除了访问A外，还将访问B和C) is no visitor, and would tie every leg to it."""
    persons = [e for e in side if e in rd.v.entities and rd.v.entities[e].type == "person"]
    if not persons:
        return list(side)
    own = {rd.v.state_of(p) for p in persons}
    return [e for e in side if e in persons or e in own
            or rd.v.entities[e].type != "state"]


def host_surface(rd: Reader, m: MeetingMention, eid: str) -> str | None:
    """How the sentence writes the destination (马来西亚, 大马): its first mention after the
    visit's start, else anywhere in the sentence."""
    refs = [r for r in rd.v.refs_in(m.sentence.start, m.sentence.end, frozenset({"state"}))
            if r.entity.id == eid]
    after = [r for r in refs if r.start >= m.start] or refs
    return rd.v.doc.text[after[0].start:after[0].end] if after else None  # names are original


def leg_name(name: str | None, surfaces: list[str | None], surface: str | None) -> str | None:
    """The trip's name with its list of destinations replaced by the one of this leg
    (岸田文雄访问菲律宾、马来西亚 -> 岸田文雄访问马来西亚); the trip's name when the list
    cannot be found in it."""
    if name is None or surface is None or any(s is None for s in surfaces):
        return name
    positions = [name.find(s) for s in surfaces if s]
    if any(p < 0 for p in positions):
        return name
    first, last = min(positions), max(positions)
    last_end = last + len(next(s for s in surfaces if s and name.find(s) == last))
    return name[:first] + surface + name[last_end:]
