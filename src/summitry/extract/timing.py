"""Timing: the time expression that governs each mention's clause, then the document's time
chain for meetings without one (当天/the same day, within a visit, the sentence before, the
article's month).
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import (
    ISO_DATE,
    month_of,
    parts,
    reference_date,
)
from summitry.extract.model import DateValue, Meeting, MeetingMention
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start

#: The first day of a multi-day event ("首日", "on the opening day").
FIRST_DAY = re.compile(r"首日|第一天|开幕当天|\bon\s+the\s+(?:first|opening)\s+day\b", re.I)


def own_date(rd: Reader, m: MeetingMention, mentions: list[MeetingMention]) -> DateValue | None:
    sent = m.sentence
    times = [t for t in rd.v.times_in(sent.start, sent.end) if t.value and ISO_DATE.match(t.value)]
    if not times:
        return None
    weak = (
        clause_start(rd.text, sent, m.start, rd.c.lang),
        clause_end(rd.text, sent, m.end, rd.c.lang),
    )
    strong = (
        clause_start(rd.text, sent, m.start, rd.c.lang, strong=True),
        clause_end(rd.text, sent, m.end, rd.c.lang, strong=True),
    )
    chosen = None
    for lo, hi in (weak, strong, (sent.start, sent.end)):
        inside = [t for t in times if lo <= t.start and t.end <= hi]
        if inside:
            chosen = min(inside, key=lambda t: (abs(t.start - m.start), t.start > m.start))
            break
    if chosen is None:
        return None
    value = DateValue(chosen.value, chosen.end_value, "sentence")
    same_clause = [
        x
        for x in mentions
        if x.sentence is sent and not x.anaphoric and weak[0] <= x.start < weak[1]
    ]
    around = rd.text[m.end : m.end + 8] if rd.zh else rd.text[sent.start : m.start]
    occasion = bool(rd.c.occasion.search(around))
    if rd.zh:
        occasion = (
            occasion and bool(re.match(r"^[^，,。；]{0,4}(?:之际|期间|框架|场合|间隙)", around))
        ) or bool(re.search(r"等?系列(?:峰会|会议)", rd.text[m.end : weak[1]]))
    in_weak = weak[0] <= chosen.start and chosen.end <= weak[1]
    if (
        (chosen.end_value and not in_weak and m.kind != "visit")
        or (chosen.end_value and len(same_clause) >= 2 and m.kind == "conference")
        or (occasion and m.kind == "conference" and chosen.start < m.start)
    ):
        value = DateValue(month_of(chosen.value), None, "context")
    return value


def context_dates(rd: Reader, meetings: list[Meeting]) -> None:
    ref = reference_date(rd)
    ordered = sorted(meetings, key=lambda x: x.first.start)
    for i, meeting in enumerate(ordered):
        if meeting.date is not None and meeting.date.start:
            continue
        m = meeting.primary
        sent = m.sentence
        earlier = [x for x in ordered[:i] if x.date and x.date.start]
        clause = rd.text[clause_start(rd.text, sent, m.start, rd.c.lang, strong=True) : m.start]
        if FIRST_DAY.search(rd.text, sent.start, sent.end):
            multi = [x for x in earlier if x.date and x.date.end and x.date.end != x.date.start]
            if multi:
                meeting.date = DateValue(
                    multi[-1].date.start if multi[-1].date else None, None, "context"
                )
                continue
        if rd.c.same_day.search(clause) and earlier:
            prev = earlier[-1].date
            meeting.date = DateValue(prev.start if prev else None, None, "context")
            continue
        host = within_visit(rd, meeting, ordered[:i])
        if host is not None and host.date and host.date.start:
            meeting.date = DateValue(month_of(host.date.start), None, "context")
            continue
        if meeting.first.tense in ("recall", "plan", "plan!"):
            continue
        previous = previous_sentence_date(rd, sent)
        if previous is not None:
            meeting.date = DateValue(previous, None, "context")
            continue
        if ref is not None and not meeting.first.in_title:
            meeting.date = DateValue(month_of(ref), None, "published")


def within_visit(rd: Reader, meeting: Meeting, earlier: list[Meeting]) -> Meeting | None:
    if meeting.kind == "visit":
        return None
    visits = [x for x in earlier if x.kind == "visit" and x.reported]
    if not visits:
        return None
    m = meeting.primary
    if rd.c.during.search(rd.text, m.sentence.start, m.end) or rd.c.during.search(
        rd.text, max(0, m.sentence.start - 2), m.sentence.start + 12
    ):
        return visits[-1]
    visitor = set(visits[-1].first.sides[0]) if visits[-1].first.sides else set()
    if visitor & set(meeting.participants) and m.sentence.paragraph >= 0:
        return visits[-1]
    return None


def previous_sentence_date(rd: Reader, sent: Sentence) -> str | None:
    if sent.paragraph < 0:
        return None
    prev = [s for s in rd.v.sentences if s.end <= sent.start]
    if not prev:
        return None
    for t in reversed(rd.v.times_in(prev[-1].start, prev[-1].end)):
        p = parts(t.value)
        if t.value and ISO_DATE.match(t.value) and p is not None and p[2] is not None:
            return t.value
    return None
