"""Contract v2 ``provenance``: for every field a meeting sets, the rule that set it and the
spans it read. Mentions record their own (the trigger, the name, the chair phrase, the time
expression, the tense cue); fields decided over the whole record (a level from the offices
of the people on each side, a format from the setting, participants from the frames) are
recorded here with the entity mentions inside the meeting's evidence that gave them.
"""

from __future__ import annotations

from summitry.extract.model import Meeting, MeetingMention, Provenance
from summitry.extract.reader import Reader

#: Fields taken over from the mentions as they recorded them.
MENTION_FIELDS = ("name", "kind", "ordinal", "chairs", "location", "status", "date")


def _from_mentions(meeting: Meeting, name: str) -> Provenance | None:
    ordered = [meeting.primary, *meeting.mentions]
    return next((m.prov[name] for m in ordered if name in m.prov), None)


def entity_spans(rd: Reader, meeting: Meeting, ids: list[str]) -> tuple[tuple[int, int], ...]:
    """Mentions of the given entities inside the meeting's evidence sentences."""
    out: list[tuple[int, int]] = []
    wanted = set(ids)
    for sent in meeting.evidence:
        for ref in rd.v.refs_in(sent.start, sent.end):
            if ref.entity.id in wanted:
                out.append((ref.start, ref.end))
    return tuple(sorted(set(out)))


def _format(rd: Reader, meeting: Meeting) -> Provenance | None:
    cued = [m for m in meeting.mentions if m.format_cue == meeting.format and "format" in m.prov]
    if cued:
        return cued[0].prov["format"]
    m: MeetingMention = meeting.primary
    return Provenance(f"{rd.c.lang}.format.setting", ((m.start, m.end),))


def _level(rd: Reader, meeting: Meeting) -> Provenance:
    cued = [m for m in meeting.mentions if m.level_cue == meeting.level and "level" in m.prov]
    if cued and meeting.kind in ("conference", "negotiation"):
        return cued[0].prov["level"]
    persons = [i for i in meeting.participants if rd.v.entities[i].type == "person"]
    spans = entity_spans(rd, meeting, persons)
    if spans:
        return Provenance(f"{rd.c.lang}.level.offices", spans)
    m = meeting.primary
    return Provenance(f"{rd.c.lang}.level.titles", ((m.sentence.start, m.sentence.end),))


def collect(rd: Reader, meeting: Meeting) -> None:
    """Fill ``meeting.provenance`` for each field the record sets."""
    values = {
        "name": meeting.name,
        "kind": meeting.kind,
        "ordinal": meeting.ordinal,
        "chairs": meeting.chairs,
        "location": meeting.location,
        "status": meeting.status,
        "date": meeting.date.start if meeting.date else None,
    }
    for name in MENTION_FIELDS:
        if values[name] in (None, []) or name in meeting.provenance:
            continue
        found = _from_mentions(meeting, name)
        if found is None and name == "chairs":
            spans = entity_spans(rd, meeting, meeting.chairs)
            found = Provenance(f"{rd.c.lang}.chair.counterpart", spans)
        if found is not None:
            meeting.provenance[name] = found
    if meeting.format:
        found = _format(rd, meeting)
        if found is not None:
            meeting.provenance["format"] = found
    if meeting.level:
        meeting.provenance["level"] = _level(rd, meeting)
    if meeting.participants:
        spans = entity_spans(rd, meeting, meeting.participants)
        meeting.provenance["participants"] = Provenance(f"{rd.c.lang}.parties.frame", spans)
