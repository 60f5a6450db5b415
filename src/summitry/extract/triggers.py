"""Triggers: the interaction verbs of a sentence (the cue tables' ``triggers``), each read
as a frame in the order the text gives them.
"""

from __future__ import annotations

import re

from summitry.extract.frames import event
from summitry.extract.model import MeetingMention
from summitry.extract.parties import (
    Group,
    groups_of_mention,
    unique,
)
from summitry.extract.patterns import Trigger
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence

#: A host verb: with a named meeting after it, the guests came for that meeting.
HOSTING = re.compile(r"\bhost", re.I)


def attends_named(m: re.Match[str], trig: Trigger, named: list[MeetingMention]) -> bool:
    if trig.objects == "coord":
        return True
    return bool(HOSTING.search(m.group())) and any(n.start >= m.end() for n in named)


def events_in(
    rd: Reader, sent: Sentence, named: list[MeetingMention], previous: list[MeetingMention]
) -> list[MeetingMention]:
    out: list[MeetingMention] = []
    hits: list[tuple[re.Match[str], Trigger]] = []
    for trig in rd.c.triggers:
        for m in finditer_in(trig.pattern, rd.text, sent.start, sent.end):
            if any(n.start <= m.start() < n.end for n in named):
                continue
            if any(r.start <= m.start() < r.end for r in rd.v.refs_in(m.start() - 20, m.end() + 1)):
                continue
            if any(h.start() < m.end() and m.start() < h.end() for h, _ in hits):
                continue
            hits.append((m, trig))
    hits.sort(key=lambda h: h[0].start())
    named_spans = [(n.start, n.end) for n in named]  # their actors are not parties
    subject: list[Group] = []
    visit: MeetingMention | None = None
    for m, trig in hits:
        made = event(rd, sent, m, trig, (subject, visit, previous + out), named_spans)
        if made and named and attends_named(m, trig, named):
            # "A, B and C met in Tokyo for the 19th Summit", "A hosted B and C for the
            # Leaders' Summit": the parties attend the summit; a host chairs it
            host = next((n for n in named if n.start >= m.end()), named[-1])
            ids = [i for x in made for side in x.sides for i in side]
            host.participants = unique(host.participants + ids)
            if trig.sub == "reception" and HOSTING.search(m.group()):
                host.chairs = unique(host.chairs + made[0].chairs)
            continue
        if made:
            first = made[0]
            if first.sides and first.sides[0]:
                subject = groups_of_mention(rd, first)
            if first.kind == "visit":
                visit = first
        out.extend(made)
    return out
