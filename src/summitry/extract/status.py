"""Status: held, recalled, planned, from tense and aspect cues (将, 曾, will, last year) and
the meeting's date against the article's date.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import (
    compatible,
    parts,
    reference_date,
    relation,
)
from summitry.extract.model import Meeting
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def tense(rd: Reader, sent: Sentence, pos: int) -> str | None:
    lo = clause_start(rd.text, sent, pos, rd.c.lang)
    if not rd.zh:
        lo = sent.start
    before = rd.text[lo:pos]
    # "preparations for", "筹备" are firm: the meeting is the topic, not the event
    if rd.c.plan_firm.search(before):
        return "plan!"
    if rd.c.plan.search(before):
        return "plan"
    after = rd.text[pos : clause_end(rd.text, sent, pos, rd.c.lang)]
    if rd.c.recall.search(before) or (
        not rd.zh
        and re.search(
            r"^.{0,80}?\b(?:in\s+(?:19|20)\d\d|earlier\s+this\s+year|last\s+(?:year|month|week))\b",
            after,
        )
    ):
        return "recall"
    if (
        rd.c.plan.search(after[:60])
        and not rd.zh
        and re.search(r"^\S*\s*(?:slated|scheduled)", after)
    ):
        return "plan"
    return None


def is_reported(rd: Reader, meeting: Meeting, reported_spans: list[Meeting]) -> bool:
    m = meeting.primary
    ref = reference_date(rd)
    tense = m.tense
    date = meeting.date.start if meeting.date and meeting.date.how != "published" else None
    rel = relation(date, ref) if date else None
    if tense == "plan!":
        return False
    if rel == "before" and meeting.date and meeting.date.how == "sentence":
        return False
    if rel == "after":
        return False
    if tense == "plan":
        inside = any(
            x is not meeting and x.date and x.date.end and date and compatible(x.date.start, date)
            for x in reported_spans
        )
        if rel == "same" and (inside or not rd.v.doc.published):
            return True
        return inside
    if tense == "recall":
        return (
            rel == "same"
            and meeting.date is not None
            and meeting.date.how == "sentence"
            and (parts(date) or (None, None, None))[2] is not None
        )
    return True
