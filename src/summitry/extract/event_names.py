"""A meeting mention built from a trigger and its parties: its format, tense, place and a
name in the text's language (``A同B举行会谈``, ``Talks between A and B``).
"""

from __future__ import annotations

import re

from summitry.extract.cuewords import format_of, location_of
from summitry.extract.model import MeetingMention
from summitry.extract.parties import unique
from summitry.extract.patterns import Trigger
from summitry.extract.reader import Reader
from summitry.extract.status import tense_cue
from summitry.nlp.sentences import Sentence


def event_mention(
    rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger, sides: list[list[str]]
) -> MeetingMention:
    mention = MeetingMention(
        kind=trig.kind,
        sub=trig.sub,
        start=m.start(),
        end=m.end(),
        sentence=sent,
        sides=sides,
        participants=unique([i for s in sides for i in s]),
        note="event",
    )
    lang = rd.c.lang
    mention.record("kind", f"{lang}.trigger.{trig.sub}", m.span())
    mention.record("name", f"{lang}.trigger.{trig.sub}", m.span())
    if trig.kind == "visit":
        mention.format_cue = "in_person"
        mention.record("format", f"{lang}.format.visit", m.span())
    elif trig.format:
        mention.format_cue = trig.format
        mention.record("format", f"{lang}.format.trigger", m.span())
    else:
        mention.format_cue = format_of(rd, mention)
    read_tense(rd, mention)
    mention.name = event_name(rd, trig, sides, m.group())
    mention.location = location_of(rd, mention)
    return mention


def read_tense(rd: Reader, m: MeetingMention) -> None:
    """The mention's tense and the cue that gives it (its status provenance)."""
    found = tense_cue(rd, m.sentence, m.start)
    if found is not None:
        m.tense = found[0]
        m.record("status", f"{rd.c.lang}.tense.{found[0].rstrip('!')}", found[1])


def surface(rd: Reader, eid: str) -> str:
    e = rd.v.entities[eid]
    if rd.zh:
        return e.mentions[0].text if e.mentions else e.name
    return e.name


def event_name(rd: Reader, trig: Trigger, sides: list[list[str]], verb: str) -> str:
    """A short description in the text's language; a visit names its destination state."""

    def side_name(ids: list[str], wanted: str = "person") -> str:
        preferred = [i for i in ids if rd.v.entities[i].type == wanted]
        chosen = preferred or ids
        sep = "、" if rd.zh else ", "
        return sep.join(surface(rd, i) for i in chosen[:4])

    a = side_name(sides[0]) if sides else ""
    wanted = "state" if trig.kind == "visit" else "person"
    b = side_name(sides[1], wanted) if len(sides) > 1 else ""
    if rd.zh:
        return {
            "call": f"{a}同{b}通电话",
            "visit": f"{a}对{b}进行访问",
            "reception": f"{a}会见{b}",
            "credentials": f"{a}向{b}递交国书",
            "talks": f"{a}同{b}举行会谈",
        }.get(trig.sub, f"{a}{verb}{b}")
    return {
        "call": f"Phone talks between {a} and {b}",
        "visit": f"Visit to {b} by {a}",
        "reception": f"{a} receives {b}",
        "credentials": f"Presentation of credentials to {b} by {a}",
        "talks": f"Talks between {a} and {b}",
    }.get(trig.sub, f"{a} {verb} {b}")
