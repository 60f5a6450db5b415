"""Chairs and attendance: ``由A主持``, ``co-chaired by``, ``A出席``, ``A attended``; a co-chair
implied by ``共同主持`` with one chair named; speakers and delegations of the one conference
an article reports.
"""

from __future__ import annotations

import re

from summitry.extract.model import Meeting, MeetingMention
from summitry.extract.parties import (
    PARTY_TYPES,
    groups_in,
    unique,
)
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def chair_phrases(rd: Reader, sent: Sentence) -> list[tuple[int, int, list[str], bool]]:
    """(cue start, cue end, chair ids, co-chaired) for every chair phrase of the sentence."""
    out = []
    for m in finditer_in(rd.c.chair_before, rd.text, sent.start, sent.end):
        lo = clause_start(rd.text, sent, m.start(), rd.c.lang, strong=True)
        if rd.zh:
            marker = list(
                re.finditer(
                    r"由|在" if m.group().endswith("下") else r"由", rd.text[lo : m.start()]
                )
            )
            if marker:
                lo = lo + marker[-1].end()
            weak = clause_start(rd.text, sent, m.start(), rd.c.lang)
            if not marker and rd.v.refs_in(weak, m.start(), PARTY_TYPES):
                lo = weak
        groups = groups_in(rd, lo, m.start())
        if not rd.zh and not groups:
            continue
        out.append(
            (
                m.start(),
                m.end(),
                unique([g.head for g in groups]),
                bool(rd.c.co_chair.search(m.group())),
            )
        )
    for m in finditer_in(rd.c.chair_after, rd.text, sent.start, sent.end):
        hi = clause_end(rd.text, sent, m.end(), rd.c.lang)
        stop = re.search(r"\s(?:on|in|at|from|during)\s|,", rd.text[m.end() : hi])
        if stop:
            hi = m.end() + stop.start()
        groups = groups_in(rd, m.end(), hi)
        out.append(
            (
                m.start(),
                m.end(),
                unique([g.head for g in groups]),
                bool(rd.c.co_chair.search(m.group())),
            )
        )
    return out


def attach_chairs(
    rd: Reader,
    m: MeetingMention,
    chairs: list[tuple[int, int, list[str], bool]],
    found: list[MeetingMention],
) -> None:
    for c0, c1, ids, co in chairs:
        after_cue = [x for x in found if x.start >= c1]
        before_cue = [x for x in found if x.end <= c0]
        in_cue = [x for x in found if c0 <= x.start and x.end <= c1]  # As chair of the X,
        if in_cue:
            after_cue, before_cue = in_cue, []
        if m in after_cue or (not after_cue and before_cue and before_cue[-1] is m):
            m.chairs = unique(m.chairs + ids)
            if ids:
                m.record("chairs", f"{rd.c.lang}.chair.phrase", (c0, c1))
            if co and len(ids) == 1:
                m.co_chair_alone = True


#: The attendance verb sits in an attributive clause before its noun (同来华出席X…的A举行
#: 会谈): the clause opens after a partner marker and ends at 的 after the meeting's name.
ATTRIBUTIVE_OPEN_ZH = re.compile(
    r"(?:同|与|和|会见|会晤|接见)(?:正在|前来|来华|赴华)?[^，。；同与和]{0,12}$"
)
ATTRIBUTIVE_ZH = re.compile(r"[^，。；]{0,30}?的")


def attendance(rd: Reader, m: MeetingMention, sent: Sentence) -> None:
    """``A和B…出席了X会议``, ``A attended the X Meeting``: the subject attends."""
    lo = clause_start(rd.text, sent, m.start, rd.c.lang, strong=True)
    hi = clause_end(rd.text, sent, m.end, rd.c.lang, strong=True)
    attributive = ATTRIBUTIVE_ZH.match(rd.text, m.end, hi) if rd.zh else None
    for a in finditer_in(rd.c.attend, rd.text, lo, m.start):
        if attributive is not None and ATTRIBUTIVE_OPEN_ZH.search(rd.text, lo, a.start()):
            # 同来华出席X并进行国事访问的埃及总统A举行会谈: A attends, not the subject
            guests = groups_in(rd, attributive.end(), hi)[:1]
            for g in guests:
                m.participants = unique(m.participants + g.ids)
            continue
        for g in groups_in(rd, lo, a.start()):
            m.participants = unique(m.participants + g.ids)
    # "The summit opened as leaders of A, B and C convened": the attendees after the name
    later = rd.c.attend.search(rd.text, m.end, hi)
    if later is not None and not rd.zh:
        for g in groups_in(rd, m.end, later.start()):
            m.participants = unique(m.participants + g.ids)
    occasion = rd.c.occasion_before.search(rd.text, max(lo, m.start - 60), m.start)
    if occasion is not None:
        # "A met B on the sidelines of the G20 summit": A and B attend the summit
        for g in groups_in(rd, lo, occasion.start()):
            if g.persons:
                m.participants = unique(m.participants + g.ids)
        m.record("participants", f"{rd.c.lang}.attend.occasion", occasion.span())
    listed = rd.c.attendee_list.search(rd.text, m.end, sent.end)
    if listed is not None:
        # "X峰会聚集十多国领袖，包括A、B": the persons listed, each with his state
        for g in groups_in(rd, listed.end(), sent.end):
            if g.persons:
                m.participants = unique(m.participants + g.ids)
        m.record("participants", f"{rd.c.lang}.attend.list", listed.span())


def co_chairs(rd: Reader, meeting: Meeting) -> None:
    """``A…并共同主持X``: with one chair named, the co-chair is the counterpart — the
    inviter of the visit or the other side of the talks."""
    if len(meeting.chairs) != 1 or not any(m.co_chair_alone for m in meeting.mentions):
        return
    chair = meeting.chairs[0]
    chair_state = rd.v.state_of(chair)
    for m in meeting.mentions:
        for side in m.sides:
            for i in side:
                if rd.v.entities[i].type == "person" and rd.v.state_of(i) != chair_state:
                    meeting.chairs.append(i)
                    return


def speakers(rd: Reader, main: Meeting) -> None:
    """In an article reporting one conference, people who speak in its body (``X强调``,
    ``X said``) and delegations (``越南代表团团长``) take part in it."""
    start = main.first.sentence.start
    for sent in rd.v.sentences:
        if sent.start < start:
            continue
        speech = rd.c.speech.search(rd.text, sent.start, sent.end)
        if speech is None:
            continue
        groups = groups_in(rd, sent.start, speech.start())
        if (
            groups
            and groups[0].persons
            and rd.text[sent.start : groups[0].refs[0].start].strip()
            in ("", "For his part,", "For her part,")
            and not re.search(r"[，,。]", rd.text[groups[0].refs[-1].end : speech.start()])
        ):
            main.participants = unique(main.participants + groups[0].ids)
        for ref in rd.v.refs_in(sent.start, sent.end, frozenset({"state"})):
            if rd.c.delegation.search(rd.text[ref.end : ref.end + 12]):
                main.participants = unique([*main.participants, ref.entity.id])
