"""Format: a cue in the wording (视频, phone, online), else the setting (a city, an opening
ceremony), else the format of the series the meeting belongs to.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import compatible
from summitry.extract.model import Meeting, MeetingMention
from summitry.extract.parties import excluded_spans
from summitry.extract.reader import Reader
from summitry.nlp.sentences import clause_end, clause_start

#: An opening or a closing: people met there.
OPENING = re.compile(r"开幕|闭幕|opened|opens|opening\s+ceremony|kicked\s+off|began|begins", re.I)


#: An arrival in the meeting's sentence: its attendees travelled to it.
ARRIVAL = re.compile(r"抵达|到达|抵[京沪港澳]|\barrived\s+in\b|\blanded\s+in\b", re.I)


def in_person_setting(rd: Reader, m: MeetingMention) -> bool:
    """The clause of a mention sets the meeting somewhere: an opening, or a place after
    在/in (在文莱开幕, 在美国纽约举行, opened in Kazan): people met there."""
    sent = m.sentence
    lo = clause_start(rd.text, sent, m.start, rd.c.lang, strong=True)
    hi = clause_end(rd.text, sent, m.end, rd.c.lang, strong=True)
    clause = rd.text[lo:hi]
    places = excluded_spans(rd, lo, hi)
    if ARRIVAL.search(rd.text, sent.start, sent.end):
        return True  # 抵达约翰内斯堡，出席X: the attendee travelled there
    if OPENING.search(clause) or any(
        rd.v.refs_in(a, b, frozenset({"location", "state"})) for a, b in places
    ):
        return True
    return bool(
        rd.v.refs_in(lo, hi, frozenset({"location"})) and re.search(r"在|\bin\b|\bat\b", clause)
    )


def meeting_format(rd: Reader, meeting: Meeting, reported: list[Meeting]) -> str | None:
    cues = [m.format_cue for m in meeting.mentions if m.format_cue]
    for preferred in ("phone", "hybrid", "virtual", "in_person"):
        if preferred in cues:
            return preferred
    if meeting.kind in ("talks", "other") and meeting.reported:
        return "in_person"
    if meeting.kind == "conference" and meeting.reported:
        for m in [meeting.primary, *meeting.mentions]:
            if not m.in_title and in_person_setting(rd, m):
                return "in_person"
        found = occasion_format(rd, meeting, reported)
        if found is not None:
            return found
        for other in reported:
            if other is meeting or other.kind != "conference" or not other.date or not meeting.date:
                continue
            own = [x.format_cue for x in other.mentions if x.format_cue]
            if (own and other.date.end and compatible(other.date.start, meeting.date.start)) or (
                own and related(rd, other, meeting)
            ):
                return own[0]
            if not own and other.first.start < meeting.first.start and related(rd, other, meeting):
                inherited = meeting_format(rd, other, [])
                if inherited:
                    return inherited
    return None


def occasion_format(rd: Reader, meeting: Meeting, reported: list[Meeting]) -> str | None:
    """A session named as the occasion of talks in its sentence ("met B on the sidelines of
    the G20 summit", 借出席X之机与B会面): the talks' format (people met there in person)."""
    sent = meeting.primary.sentence
    before = rd.c.occasion_before.search(rd.text, sent.start, meeting.primary.start)
    after = rd.c.occasion_after.match(rd.text, meeting.primary.end, sent.end)
    if before is None and after is None:
        return None
    for other in reported:
        if other.kind == "talks" and other.primary.sentence is sent:
            return meeting_format(rd, other, [])
    return None


def related(rd: Reader, parent: Meeting, child: Meeting) -> bool:
    """A meeting listed in the same sentence as, or right after, the one that opens a
    series (``拉开…系列峰会的帷幕``, ``AMM-53 and related meetings``)."""
    a, b = parent.first.sentence, child.primary.sentence
    return a is b or (
        a.paragraph >= 0
        and b.paragraph - a.paragraph <= 2
        and bool(re.search(r"系列|related|series|framework|框架", rd.text[a.start : b.end], re.I))
    )
