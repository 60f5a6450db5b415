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
    mention.name = event_name(rd, trig, sides, written_verb(rd, m))
    mention.location = location_of(rd, mention)
    return mention


def read_tense(rd: Reader, m: MeetingMention) -> None:
    """The mention's tense and the cue that gives it (its status provenance)."""
    found = tense_cue(rd, m.sentence, m.start, named=m.note.startswith("named"))
    if found is not None:
        m.tense = found[0]
        m.record("status", f"{rd.c.lang}.tense.{found[0].rstrip('!')}", found[1])


def surface(rd: Reader, eid: str) -> str:
    e = rd.v.entities[eid]
    if rd.zh:
        return e.mentions[0].text if e.mentions else e.name
    return e.name


#: Chinese names of unnamed meetings; 同 and 向 are written alike in both scripts.
ZH_NAME_TEMPLATES = {
    "call": "{a}同{b}{verb}",
    "talks": "{a}同{b}{verb}",
    "visit": "{a}{verb}{b}",
    "reception": "{a}{verb}{b}",
    "credentials": "{a}向{b}{verb}",
}
#: A compact Chinese visit verb names its destination by a one-character short form
#: (访华, 訪日, 访越): the name is the verb as written, with no state after it (李强访越,
#: not 李强访越越南); 访问 / 出访 / 到访 are followed by the destination's name.
ZH_COMPACT_VISIT = re.compile(r"[访訪](?![问問])\w$")
#: Auxiliaries before a Chinese meeting verb that the name leaves out (举行会谈 → 会谈).
ZH_VERB_LEAD = re.compile(r"^(?:举行|進行|进行|舉行)了?")


def written_verb(rd: Reader, m: re.Match[str]) -> str:
    verb = rd.v.doc.text[m.start() : m.end()]
    if rd.zh:
        return ZH_VERB_LEAD.sub("", verb) or verb
    return verb


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
        # the verb as the article writes it, in its own script (會見, 通電話, 訪問)
        if trig.kind == "visit" and ZH_COMPACT_VISIT.search(verb):
            b = ""
        return ZH_NAME_TEMPLATES.get(trig.sub, "{a}{verb}{b}").format(a=a, b=b, verb=verb)
    return {
        "call": f"Phone talks between {a} and {b}",
        "visit": f"Visit to {b} by {a}",
        "reception": f"{a} receives {b}",
        "credentials": f"Presentation of credentials to {b} by {a}",
        "talks": f"Talks between {a} and {b}",
    }.get(trig.sub, f"{a} {verb} {b}")
