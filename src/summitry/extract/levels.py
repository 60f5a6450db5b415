"""Level: from the meeting's name (外长, Summit) or from the offices of the people on each
side at the article's date.
"""

from __future__ import annotations

from summitry.extract.context import LEVEL_RANK
from summitry.extract.model import Meeting
from summitry.extract.reader import Reader


def meeting_level(rd: Reader, meeting: Meeting) -> str | None:
    cues = [m.level_cue for m in meeting.mentions if m.level_cue]
    if meeting.kind in ("conference", "negotiation") and cues:
        return cues[0]
    if any(m.sub == "credentials" for m in meeting.mentions):
        return "other"
    if meeting.kind == "visit":
        visitor = meeting.first.sides[0] if meeting.first.sides else []
        levels = [lv for lv in (rd.v.level_of(i) for i in visitor) if lv]
        if not levels and meeting.first.subject_level:
            return meeting.first.subject_level
        return max(levels, key=lambda x: LEVEL_RANK[x]) if levels else None
    if meeting.kind == "conference" or not meeting.first.sides:
        chairs = [lv for lv in (rd.v.level_of(i) for i in meeting.chairs) if lv]
        if len(set(chairs)) > 1:
            return "other"
        if chairs:
            return chairs[0]
        people = {lv for lv in (rd.v.level_of(i) for i in meeting.participants) if lv}
        return people.pop() if len(people) == 1 else None
    side_levels: list[str | None] = []
    firsts = [m for m in meeting.mentions if m.sides and not m.anaphoric] or [meeting.first]
    sides = [list(s) for s in firsts[0].sides]
    for m in meeting.mentions:
        if m.anaphoric and len(m.sides) > 1 and len(sides) > 1:
            sides[1] = sides[1] + m.sides[1]
    unnamed = set().union(*(m.unnamed_levels for m in meeting.mentions))
    for k, side in enumerate(sides):
        levels = [
            lv for lv in (rd.v.level_of(i) for i in side if rd.v.entities[i].type == "person") if lv
        ]
        subject_level = next((m.subject_level for m in firsts if m.subject_level), None)
        if levels:
            side_levels.append(max(levels, key=lambda x: LEVEL_RANK[x]))
        elif k == 0 and subject_level:
            side_levels.append(subject_level)
        elif k > 0 and unnamed:
            u = sorted(unnamed - {"same"})
            side_levels.append(u[0] if u else (side_levels[0] if side_levels else None))
        else:
            side_levels.append(None)
    known = [x for x in side_levels if x]
    if not known:
        return None
    if len(known) < len(side_levels):
        return known[0] if "same" in unnamed else None
    return known[0] if len(set(known)) == 1 else "other"
