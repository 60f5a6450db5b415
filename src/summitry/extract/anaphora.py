"""Back-references (``会上``, ``共同主持了会议``, ``The event was co-chaired by…``) and bare
attendance clauses: mentions that join a meeting already named.
"""

from __future__ import annotations

from summitry.extract.chairs import chair_phrases
from summitry.extract.cuewords import format_cue_in
from summitry.extract.model import MeetingMention
from summitry.extract.named_build import blocked_spans
from summitry.extract.parties import (
    Group,
    groups_in,
    unique,
)
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence


def attendance_only(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    """``A、B出席``, ``A attended``, with no meeting named or verb of meeting: the persons
    attend the meeting named before."""
    attend = rd.c.attend.search(rd.text, sent.start, sent.end)
    if attend is None or any(
        t.pattern.search(rd.text, sent.start, sent.end) for t in rd.c.triggers
    ):
        return []
    groups = []
    lo = sent.start
    for verb in rd.c.attend.finditer(rd.text, sent.start, sent.end):
        groups += attendees(rd, lo, verb.start())
        lo = verb.end()
    if not groups:
        return []
    mention = MeetingMention(
        kind="conference",
        sub="conference",
        start=attend.start(),
        end=attend.end(),
        sentence=sent,
        anaphoric=True,
        note="anaphor:attend",
    )
    mention.participants = unique([i for g in groups for i in g.ids])
    mention.record("participants", f"{rd.c.lang}.attend.clause", attend.span())
    return [mention]


def attendees(rd: Reader, lo: int, hi: int) -> list[Group]:
    """The parties before an attendance verb: named persons, and states whose list ends in
    a title they share (甲、乙以及丙外长也应邀出席: each state's minister attends)."""
    groups = groups_in(rd, lo, hi)
    if not groups:
        return []
    tail = rd.text[groups[-1].refs[-1].end : hi]
    titled = any(p.match(tail.lstrip()) for p, _ in rd.c.unnamed_titles)
    return [g for g in groups if g.persons or (titled and is_state_group(rd, g))]


def is_state_group(rd: Reader, g: Group) -> bool:
    return all(r.type == "state" for r in g.refs)


def anaphors(rd: Reader, sent: Sentence, named: list[MeetingMention]) -> list[MeetingMention]:
    """``会议上``, ``共同主持了会议``, ``The event was co-chaired by…``: a meeting named
    before (or, in an article whose lead was cut, never named) gets this sentence's
    chairs, attendees, format and evidence."""
    if named:
        return []
    m = rd.c.anaphora.search(rd.text, sent.start, sent.end)
    if m is None:
        return attendance_only(rd, sent)
    start, end = m.start(), m.end()
    if any(a < end and start < b for a, b in blocked_spans(rd, sent)) or "各" in m.group():
        return []
    word = m.group().lower()
    sub = "talks" if ("会谈" in word or "会晤" in word or "talks" in word) else "conference"
    mention = MeetingMention(
        kind="talks" if sub == "talks" else "conference",
        sub=sub,
        start=start,
        end=end,
        sentence=sent,
        anaphoric=True,
        note="anaphor",
    )
    for c0, c1, ids, co in chair_phrases(rd, sent):
        mention.chairs = unique(mention.chairs + ids)
        if ids:
            mention.record("chairs", f"{rd.c.lang}.chair.phrase", (c0, c1))
        if co and len(ids) == 1:
            mention.co_chair_alone = True
    lo = sent.start
    for a in rd.c.attend.finditer(rd.text, sent.start, sent.end):
        for g in groups_in(rd, lo, a.start()):
            mention.participants = unique(mention.participants + g.ids)
    passive = rd.c.attended_by.search(rd.text, sent.start, sent.end)
    if passive is not None:
        # "The meeting is being attended by A, B and C": the attendees follow
        for g in groups_in(rd, passive.end(), sent.end):
            mention.participants = unique(mention.participants + g.ids)
        mention.record("participants", f"{rd.c.lang}.attend.passive", passive.span())
    if sub == "conference" and not any(
        t.pattern.search(rd.text, sent.start, sent.end) for t in rd.c.triggers
    ):
        # "the host of the summit, A, stood with B and C": the persons a sentence about
        # the meeting names, with no meeting verb of its own, are at the meeting
        for g in groups_in(rd, sent.start, sent.end):
            mention.participants = unique(mention.participants + g.persons)
    mention.participants = unique(mention.participants + mention.chairs)
    found = format_cue_in(rd, sent.start, sent.end)
    if found is not None:
        mention.format_cue = found[0]
        mention.record("format", f"{rd.c.lang}.format.sentence_cue", found[1])
    return [mention]
