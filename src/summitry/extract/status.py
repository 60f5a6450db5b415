"""Status: held, recalled, planned, from tense and aspect cues (将, 曾, will, last year) and
the meeting's date against the article's date.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import (
    LEAD_WINDOW_AFTER,
    compatible,
    news_window,
    parts,
    reference_date,
    relation,
)
from summitry.extract.model import Meeting, MeetingMention, Provenance
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start

#: English time phrases after a meeting that place it before the article's news.
EN_RECALL_AFTER = re.compile(
    r"^.{0,80}?\b(in\s+(?:19|20)\d\d|earlier\s+this\s+year|last\s+(?:year|month|week))\b"
)
EN_PLANNED_AFTER = re.compile(r"^\S*\s*(slated|scheduled)")
#: A future time phrase closing the meeting's own phrase: "the Strategic Dialogue in
#: Washington next week", "a summit later this month". Inside the clause only (no comma,
#: no new clause), so "held talks, and will meet again next week" is not read as a plan.
EN_FUTURE_AFTER = re.compile(
    r"^(?:(?!\b(?:who|which|that|and|but|after|before|since)\b)[^.;,]){0,50}?"
    r"\b(next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)"
    r"|(?:this|the)\s+coming\s+(?:week|month|weekend))\b"
)
#: A meeting named as the place where a result was reached: "the consensus reached at the
#: X", "agreements adopted during the X", "the understanding reached by the leaders at the
#: X". The result noun is what the clause is about; the meeting comes before it. "this /
#: today's X" is the news and is left alone.
EN_RESULT_OF = re.compile(
    r"\b(?:consensus|agreements?|understandings?|commitments?|outcomes?|results?|"
    r"declarations?|decisions?|reaffirmation|pledges?)\s+"
    r"(?:(?:that|which)\s+(?:was|were)\s+)?"
    r"(?:reached|adopted|made|agreed(?:\s+upon)?|issued|endorsed|taken|achieved)\b"
    r"[^.;]{0,60}?\b(?:at|during|in)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}$"
    r"|\breaffirmation\b[^.;]{0,160}?\bat\s+the\s+(?:[\w'’\-]+\s+){0,4}$"
)
EN_THIS_ONE = re.compile(
    r"\b(?:this|today's|today’s|tonight's|this\s+week's)\s+(?:[\w'’\-]+\s+){0,3}$"
)
#: A meeting "had … planned" / "is scheduled as well": the participle closes the meeting's
#: own phrase (its partner between), with no relative clause or new verb before it; "as
#: planned" says a meeting went ahead.
EN_ARRANGED_AFTER = re.compile(
    r"^(?:(?!\b(?:who|which|that|and\s+(?:has|had|have|was|were|is|are))\b)[^.;]){0,60}?"
    r"(?<!\bas\s)\b(planned|scheduled|slated|arranged)(?=\s+(?:as\s+well|too|also|later|next)\b|\s*[.;]|$)"
)
#: A meeting a clause happens before, written right before its name: "on the eve of the
#: summit", "ahead of next week's talks", "in the run-up to the G20 summit". Only right
#: before the name: "Ahead of the summit, A met B" does not make the talks planned.
EN_EVE_OF = re.compile(
    r"\b(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to"
    r"|on\s+(?:his|her|their|the|its)\s+way\s+to)\s+"
    r"(?:[\w'’\-]+\s+){0,5}$"
)


#: A purpose infinitive after a verb of travel: "arrived in New Delhi to attend the G20
#: summit", "left for Lima to take part in the APEC meetings". The travel is the news; the
#: meeting it is made for is still ahead when the clause is written.
EN_TRAVEL_TO_ATTEND = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|landed|fl(?:ew|ies|ying)\s+(?:in)?to|travel(?:l)?(?:ed|s|ing)\s+to"
    r"|left\s+for|leaves\s+for|departed\s+for|head(?:ed|s|ing)\s+(?:to|for))\b"
    r"[^.;]{0,80}?\bto\s+(?:attend|participate\s+in|take\s+part\s+in|join)\s+"
    r"(?:the\s+)?(?:[\w'’\-]+\s+){0,4}$"
)


#: Chinese "since" after a meeting: 首届峰会以来, 上次会晤以来, 西安峰会和…会议以来 recall it.
ZH_SINCE_AFTER = re.compile(r"[^，。；,;]{0,40}?以来")


#: A clause that only continues the list of the clause before it (…，以及C / …，还有C): the
#: tense cue of that clause governs it too.
ZH_LIST_CONTINUES = re.compile(r"\s*(?:以及|及|还有|還有|乃至)")
#: 以来 that opens a "first since" phrase (自2011年以来时隔7年首次访问, 2015年以来首次): it
#: dates the earlier edition, and the meeting it leads to is the news.
ZH_SINCE_WORD = "以来"
FIRST_SINCE_AFTER = re.compile(
    r"(?:时隔[\d一二三四五六七八九十两]{1,3}年)?(?:首次|第一次|再次|再度)?(?:正式)?"
    r"(?:访|会|举行|出席|同|与)"
)
#: A habitual or generic statement about a series (每次峰会召开前…, 通常在…举行, 不定期举行
#: 协调人会议, 历届论坛): it describes how the series works, not one session the news tells.
#: 每年 is left out: 每年一度的论坛今天开幕 is the news.
ZH_HABITUAL_BEFORE = re.compile(
    r"每次|每届|每逢|每当|历次|历届|通常|往往|一般会|(?:不)?定期(?=举行|召开|举办|会晤|会面)"
)
#: A title held "at the time" (时任总统X, then-President X): the clause tells of the past.
THEN_TITLE = re.compile(r"时任|時任|\bthen-(?=[A-Za-z])")
#: How far before a meeting's name a speech verb still introduces it (王毅说，X…).
SPEECH_REACH = 12


def tense_cue(
    rd: Reader, sent: Sentence, pos: int, named: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The tense of a meeting stated at ``pos`` and the cue that gives it: ``plan!`` (the
    meeting is the topic being prepared: 筹备, preparations for), ``plan`` (将, will,
    scheduled), ``recall`` (曾, 此前, last year), or None for the news itself."""
    lo = clause_start(rd.text, sent, pos, rd.c.lang)
    while rd.zh and lo > sent.start and ZH_LIST_CONTINUES.match(rd.text, lo, pos):
        lo = clause_start(rd.text, sent, lo - 1, rd.c.lang)  # 将出席A、B，以及C: one clause
    if not rd.zh:
        lo = sent.start
    before = rd.text[lo:pos]
    for pattern, value in ((rd.c.plan_firm, "plan!"), (rd.c.plan, "plan")):
        hits = list(pattern.finditer(before))
        if hits:
            return value, (lo + hits[-1].start(), lo + hits[-1].end())
    travel = None if rd.zh else EN_TRAVEL_TO_ATTEND.search(before[-200:])
    if travel is not None:
        base = pos - len(before[-200:])
        return "plan", (base + travel.start(), base + travel.end())
    eve = None if rd.zh else EN_EVE_OF.search(before[-80:])
    if eve is not None:
        return "plan", (pos - len(before[-80:]) + eve.start(), pos - len(before[-80:]) + eve.end())
    after = rd.text[pos : clause_end(rd.text, sent, pos, rd.c.lang)]
    strong_end = clause_end(rd.text, sent, pos, rd.c.lang, strong=True)
    late_plan = rd.c.plan_after.match(rd.text, pos, strong_end)
    if late_plan is not None:
        return "plan", late_plan.span()
    since = ZH_SINCE_AFTER.match(rd.text, pos, strong_end) if rd.zh else None
    if since is not None:
        return "recall", (since.end() - 2, since.end())
    speech = rd.c.speech_before.search(rd.text, max(sent.start, pos - SPEECH_REACH), pos)
    if named and speech is not None:
        return "recall", speech.span()
    generic = generic_cue(rd, before, lo, pos, sent.end)
    if generic is not None:
        return "recall", generic
    recall = [
        r for r in rd.c.recall.finditer(before)
        if not (rd.zh and r.group().endswith(ZH_SINCE_WORD)
                and FIRST_SINCE_AFTER.match(rd.text, lo + r.end()))
    ] or list(THEN_TITLE.finditer(before))
    if recall:
        return "recall", (lo + recall[-1].start(), lo + recall[-1].end())
    late = None if rd.zh else EN_RECALL_AFTER.search(after)
    if late is not None:
        return "recall", (pos + late.start(1), pos + late.end(1))
    future = None if rd.zh else EN_FUTURE_AFTER.search(after)
    if future is not None:
        return "plan", (pos + future.start(1), pos + future.end(1))
    planned = None if rd.zh else EN_PLANNED_AFTER.search(after)
    if planned is not None and rd.c.plan.search(after[:60]):
        return "plan", (pos + planned.start(1), pos + planned.end(1))
    sent_after = rd.text[pos : sent.end]
    arranged = None if rd.zh else EN_ARRANGED_AFTER.search(sent_after)
    if arranged is not None:
        return "plan", (pos + arranged.start(1), pos + arranged.end(1))
    return None


#: How far into a grown name a habitual word still speaks of the series.
HABITUAL_REACH = 6


def generic_cue(
    rd: Reader, before: str, lo: int, pos: int, sent_end: int
) -> tuple[int, int] | None:
    """A cue that the clause speaks of the series in general (Chinese habitual words) or of
    an earlier session as the source of a result (English "the consensus reached at"): the
    meeting so named is background, not the news."""
    if rd.zh:
        hits = list(ZH_HABITUAL_BEFORE.finditer(before))
        if hits:
            return lo + hits[-1].start(), lo + hits[-1].end()
        # a name grown leftwards over the cue: 每次东亚峰会, 历届论坛
        own = ZH_HABITUAL_BEFORE.search(rd.text, pos, min(pos + HABITUAL_REACH, sent_end))
        return own.span() if own else None
    tail = before[-240:]
    if EN_THIS_ONE.search(tail):
        return None
    hit = EN_RESULT_OF.search(tail)
    base = pos - len(tail)
    return (base + hit.start(), base + hit.end()) if hit else None


def tense(rd: Reader, sent: Sentence, pos: int) -> str | None:
    found = tense_cue(rd, sent, pos)
    return found[0] if found else None


def cancelled(rd: Reader, meeting: Meeting) -> tuple[int, int] | None:
    """A cancel cue (取消, postponed) in the clause of the meeting's own statement."""
    m = meeting.primary
    lo = clause_start(rd.text, m.sentence, m.start, rd.c.lang, strong=True)
    hi = clause_end(rd.text, m.sentence, m.end, rd.c.lang, strong=True)
    hit = rd.c.cancel.search(rd.text, lo, hi)
    return hit.span() if hit else None


def status_of(rd: Reader, meeting: Meeting, held: list[Meeting]) -> str:
    """Contract v2 ``status``: ``cancelled``, ``held``, ``planned`` or ``recalled``; the
    rule and the cue are kept in the meeting's provenance."""
    lang = rd.c.lang
    m = meeting.primary
    cancel = cancelled(rd, meeting)
    if cancel is not None:
        meeting.provenance["status"] = Provenance(f"{lang}.status.cancel", (cancel,))
        return "cancelled"
    cue = m.prov.get("status")
    spans = cue.spans if cue else ()
    if is_reported(rd, meeting, held):
        meeting.provenance["status"] = Provenance(
            f"{lang}.status.news", spans or ((m.start, m.end),)
        )
        return "held"
    ref = reference_date(rd)
    date = meeting.date.start if meeting.date and meeting.date.how != "published" else None
    later = relation(date, ref, window_for(rd, m)) == "after" if date else False
    if m.tense in ("plan", "plan!") or (later and m.tense != "recall"):
        rule = f"{lang}.status.tense" if m.tense in ("plan", "plan!") else f"{lang}.status.date"
        meeting.provenance["status"] = Provenance(rule, spans or ((m.start, m.end),))
        drop_news_date(rd, meeting, "planned")
        return "planned"
    rule = f"{lang}.status.tense" if m.tense == "recall" else f"{lang}.status.date"
    meeting.provenance["status"] = Provenance(rule, spans or ((m.start, m.end),))
    drop_news_date(rd, meeting, "recalled")
    return "recalled"


def drop_news_date(rd: Reader, meeting: Meeting, status: str) -> None:
    """A recalled or planned meeting dated only by the news (the publication date, or a
    date copied from the day's meetings) keeps no date: it is not the news's day; nor does
    a borrowed date that contradicts the status (a plan dated before the news)."""
    d = meeting.date
    if d is None or d.how not in ("context", "published") or not d.start:
        return
    if not rd.v.doc.published:
        return  # the reference is then the lead's own date, often this meeting's
    rel = relation(d.start, reference_date(rd), window_for(rd, meeting.primary))
    if rel == "same" or (rel, status) in CONTRADICTING:
        meeting.date = None


#: A borrowed date on the wrong side of the news for the meeting's status.
CONTRADICTING = {("before", "planned"), ("after", "recalled")}


def window_for(rd: Reader, m: MeetingMention) -> int:
    """Days after the news date that still count as news for this mention."""
    sent = m.sentence
    if rd.c.done.search(rd.text, sent.start, sent.end):
        return LEAD_WINDOW_AFTER
    return news_window(rd)


def same_day(date: str | None, ref: str | None) -> bool:
    a, b = parts(date), parts(ref)
    return a is not None and b is not None and a[2] is not None and a[1:] == b[1:]


def is_reported(rd: Reader, meeting: Meeting, reported_spans: list[Meeting]) -> bool:
    m = meeting.primary
    ref = reference_date(rd)
    tense = m.tense
    date = meeting.date.start if meeting.date and meeting.date.how != "published" else None
    rel = relation(date, ref, window_for(rd, m)) if date else None
    if tense == "plan!":
        return False
    if rel == "before" and meeting.date and meeting.date.how == "sentence":
        return False
    if rel == "before" and earlier_year(date, ref):
        return False  # a year before the article's own: recalled, wherever the date came from
    if rel == "after":
        return False
    if tense == "plan":
        inside = any(
            x is not meeting and x.date and x.date.end and date and compatible(x.date.start, date)
            for x in reported_spans
        )
        # a date copied from a neighbouring meeting (context) says nothing about being inside
        stated = meeting.date is not None and meeting.date.how == "sentence"
        if rel == "same" and stated and (inside or same_day(date, ref)):
            return True  # later on the article's own day: announced as taking place now
        return inside
    if tense == "recall":
        return (
            rel == "same"
            and meeting.date is not None
            and meeting.date.how == "sentence"
            and (parts(date) or (None, None, None))[2] is not None
        )
    return True


def earlier_year(date: str | None, ref: str | None) -> bool:
    """The meeting's stated year is before the reference date's year."""
    a, b = parts(date), parts(ref)
    return a is not None and b is not None and a[0] is not None and b[0] is not None and a[0] < b[0]
