"""The last pass over merged meetings: context dates, status, ids, names, chairs and
participants, level, format.
"""

from __future__ import annotations

from summitry.extract.chairs import co_chairs, speakers
from summitry.extract.formats import meeting_format
from summitry.extract.levels import meeting_level
from summitry.extract.model import Meeting
from summitry.extract.names_en import name_en
from summitry.extract.parties import unique
from summitry.extract.provenance import collect
from summitry.extract.reader import Reader
from summitry.extract.status import status_of
from summitry.extract.structure import attach_parts, legs_under_way
from summitry.extract.timing import context_dates


def finish(rd: Reader, meetings: list[Meeting]) -> list[Meeting]:
    context_dates(rd, meetings)
    ordered = sorted(meetings, key=lambda x: x.first.start)
    for meeting in ordered:
        meeting.kind = meeting.first.kind
        meeting.reported = True
    # meetings stated as news first; a planned one is news only inside one of those (a
    # session planned within a summit under way), never inside another plan
    plans = [x for x in ordered if x.primary.tense in ("plan", "plan!")]
    for meeting in [x for x in ordered if x not in plans] + plans:
        held = [x for x in ordered if x.reported and x not in plans and x is not meeting]
        meeting.status = status_of(rd, meeting, held)
        meeting.reported = meeting.status == "held"
    legs_under_way(rd, ordered)
    main = next((x for x in ordered if x.reported and x.kind == "conference"), None)
    if main is not None:
        speakers(rd, main)
    for i, meeting in enumerate(ordered, 1):
        first = meeting.primary
        meeting.id = f"m{i}"
        meeting.name = next(
            (m.name for m in meeting.mentions if m.name and not m.in_title), first.name
        ) or next((m.name for m in meeting.mentions if m.name), None)
        meeting.ordinal = next((m.ordinal for m in meeting.mentions if m.ordinal is not None), None)
        meeting.series = next((m.series for m in meeting.mentions if m.series), None)
        meeting.location = next((m.location for m in meeting.mentions if m.location), None)
        co_chairs(rd, meeting)
        states = [s for s in (rd.v.state_of(i) for i in meeting.participants + meeting.chairs) if s]
        meeting.participants = unique(meeting.participants + meeting.chairs + states)
        meeting.participants = [
            i
            for i in meeting.participants
            if rd.v.entities[i].type in ("person", "state", "organization")
        ]
        meeting.participants = without_own_series(rd, meeting.participants)
        meeting.level = meeting_level(rd, meeting)
        meeting.evidence = sorted({m.sentence for m in meeting.mentions}, key=lambda s: s.start)
    for meeting in ordered:
        meeting.format = meeting_format(rd, meeting, [x for x in ordered if x.reported])
    attach_parts(rd, ordered)
    for meeting in ordered:
        meeting.name_en = name_en(rd, meeting)
        collect(rd, meeting)
    return ordered


def without_own_series(rd: Reader, ids: list[str]) -> list[str]:
    """A series that is itself the meeting (AMM, the ASEAN foreign ministers' meeting) is
    not a party when its parent organization (ASEAN) is: the parent takes part."""
    codes = {rd.v.entities[i].code for i in ids if rd.v.entities[i].code}
    out = []
    for i in ids:
        e = rd.v.entities[i]
        actor = rd.v.kb.get(e.kb_id) if e.kb_id else None
        if actor is not None and actor.series and actor.parent in codes:
            continue
        out.append(i)
    return out
