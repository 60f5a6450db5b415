"""Contract v2 ``name_en``: an English name for a meeting of a non-English text, built from
the record (``Talks between Xi Jinping and Vladimir Putin``, ``17th ASEAN-Russia Senior
Officials' Meeting``). English texts keep the name as written.
"""

from __future__ import annotations

from summitry.extract.model import Meeting
from summitry.extract.reader import Reader

#: The noun that ends an English conference name, by level.
LEVEL_NOUNS = {
    "summit": "Summit",
    "ministerial": "Ministers' Meeting",
    "senior_officials": "Senior Officials' Meeting",
}
#: Templates for unnamed meetings, by the finer type of the trigger that stated them.
TEMPLATES = {
    "talks": "Talks between {a} and {b}",
    "reception": "{a} meets {b}",
    "call": "Call between {a} and {b}",
    "visit": "Visit of {a} to {b}",
    "credentials": "Presentation of credentials by {a} to {b}",
}
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def ordinal_en(n: int) -> str:
    suffix = "th" if n % 100 in (11, 12, 13) else ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _names(rd: Reader, ids: list[str], places: bool = False) -> str:
    """Persons by name (or, for a visit's destination, its states), else the actors."""
    ents = [rd.v.entities[i] for i in ids if i in rd.v.entities]
    wanted = "state" if places else "person"
    named = [e.name for e in ents if e.type == wanted]
    chosen = named or [e.code or e.name for e in ents]
    return " and ".join(dict.fromkeys(chosen[:3]))


def conference_name(rd: Reader, meeting: Meeting) -> str:
    m = meeting.primary
    actors = [rd.v.entities[i] for i in m.participants if i in rd.v.entities]
    owners = [e.code or e.name for e in actors if e.type in ("organization", "state")]
    noun = LEVEL_NOUNS.get(meeting.level or "", "Meeting")
    if meeting.kind == "negotiation":
        noun = "Negotiations"
    parts = [ordinal_en(meeting.ordinal)] if meeting.ordinal else []
    parts += ["-".join(dict.fromkeys(owners))] if owners else []
    return " ".join([*parts, noun])


def name_en(rd: Reader, meeting: Meeting) -> str | None:
    if not rd.zh:
        return meeting.name
    if meeting.kind in ("conference", "negotiation") and meeting.primary.note.startswith("named"):
        return conference_name(rd, meeting)
    sides = next((m.sides for m in meeting.mentions if len(m.sides) >= 2), None)
    if not sides:
        return conference_name(rd, meeting) if meeting.participants else None
    template = TEMPLATES.get(meeting.primary.sub, TEMPLATES["talks"])
    a, b = _names(rd, sides[0]), _names(rd, sides[1], places=meeting.kind == "visit")
    if not a or not b:
        return None
    return template.format(a=a, b=b)
