"""The document's time chain: times that bound a period and date no meeting ("since 2012",
2012年以来, "since he took office on Aug. 24"), talks in a sequence (随后…又会见, "then
met"), the visit a meeting falls within, arrival openers, the sentence before, the lead's
day and the report's day."""

from __future__ import annotations

import re

from summitry.extract.dateparts import (
    ISO_DATE,
    parts,
    reference_date,
)
from summitry.extract.model import Meeting
from summitry.extract.reader import Reader
from summitry.nlp.dates import TimeExpression
from summitry.nlp.sentences import Sentence

#: A time that bounds a period ("since 2012", "until June", 2012年以来) dates no meeting.
PERIOD_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.I)


PERIOD_AFTER = re.compile(r"\s*(?:以来|至今)")


#: A time at the end of a "since …" clause ("his first visit since he took office on
#: Aug. 24", "since taking office last week") dates the start of the period, not a meeting.
SINCE_CLAUSE = re.compile(r"\bsince\b[^,.;:()]{0,40}$", re.I)


#: A month or year that dates an earlier event framing the clause (2021年10月就任首相后，…;
#: 2019年3月上任以来，…): the event's time, not the meeting's. A day (6月17日抵达后) is kept:
#: what follows an arrival is often the same day.
FRAMING_EVENT_AFTER = re.compile(r"[^，。；,;\d]{1,12}?(?:以后|之后|后|以来)[，,]")


COARSE_PRECISIONS = frozenset({"month", "year"})


def period_bound(rd: Reader, t: TimeExpression) -> bool:
    before = rd.text[max(0, t.start - 7) : t.start]
    if t.precision in COARSE_PRECISIONS and rd.zh and FRAMING_EVENT_AFTER.match(rd.text, t.end):
        return True
    if not rd.zh and SINCE_CLAUSE.search(rd.text, max(0, t.start - 48), t.start):
        return True
    return bool(PERIOD_BEFORE.search(before) or PERIOD_AFTER.match(rd.text, t.end))


#: Encounters that take one day (talks, a call): a report of one without a day of its own
#: reports the day's news. A visit or a conference runs over days the text does not give:
#: the month only.
ONE_DAY_KINDS = frozenset({"talks", "call"})


#: A sentence that opens with a stay or an event its meetings fall within: 访问埃及期间，/
#: 在开罗期间，/ 会议期间，/ "During the visit," / "While in Hanoi," (not 疫情期间, an era).
PERIOD_OPENER = {
    "zh": re.compile(r"(?:访问|出访|访|会议|峰会|论坛|会晤|在)[^，,。；]{0,12}期间[，,]"),
    "en": re.compile(r"(?:During|While\s+(?:in|at|visiting))\b[^,.;]{0,60},"),
}


#: A meeting stated as the next in a run of talks on one day ("The PM next met X", "He then
#: held talks with Y", 随后，X又会见了Y, 接着同Y会谈): the day of the talks before it, not a
#: date the sentence before gives for something else.
SEQUENCE = {
    "zh": re.compile(r"(?:随后|隨後|接着|接著|紧接着|緊接著|之后又|之後又)[，,]?[^，,。；]{0,16}?"
                     r"(?:又|还|還)?(?:会见|会晤|会谈|会面|通话|會見|會晤|會談|會面|通話|同|与|與)"),
    "en": re.compile(r"\b(?:next|then|subsequently|afterwards)\s+(?:also\s+)?(?:met|held|received|"
                     r"hosted|called|spoke|talked|sat\s+down)\b", re.I),
}
SEQUENCE_KINDS = frozenset({"talks", "call"})


def next_in_sequence(rd: Reader, meeting: Meeting, earlier: list[Meeting]) -> Meeting | None:
    pattern = SEQUENCE.get(rd.c.lang)
    if pattern is None or meeting.kind not in SEQUENCE_KINDS:
        return None
    m = meeting.primary
    if not pattern.search(rd.text, m.sentence.start, m.end + 8):
        return None
    talks = [x for x in earlier if x.reported and x.kind in SEQUENCE_KINDS and x.date]
    if not talks or talks[-1].date is None:
        return None
    return talks[-1] if (parts(talks[-1].date.start) or (0, 0, None))[2] else None


#: A sentence that opens on the visitor's arrival (抵达北京后，/ 甫抵河内即 / "Upon arrival,"
#: / "After arriving in Hanoi,"): what follows happened on the visit's first day.
ARRIVAL_OPENER = {
    "zh": re.compile(r"[^，,。；]{0,12}?(?:抵[达達]|到[达達]|飞抵|飛抵|甫抵)[^，,。；]{0,12}?"
                     r"(?:后|後|之际|之際|时|時|即)"),
    "en": re.compile(r"(?:Upon|On|After|Shortly\s+after|Soon\s+after)\s+(?:(?:his|her|their|"
                     r"its)\s+)?arriv(?:al|ing)\b"),
}


def visit_of_the_day(rd: Reader, host: Meeting) -> bool:
    """A visit known by one day only, the article's own day (a stay no range or month
    spans): the talks the article reports during it are that day's news."""
    date = host.date
    if date is None or not date.start or date.end not in (None, date.start):
        return False
    return date.start == reference_date(rd)


def on_arrival(rd: Reader, sent: Sentence) -> bool:
    pattern = ARRIVAL_OPENER.get(rd.c.lang)
    return bool(pattern and pattern.match(rd.text, sent.start, sent.end))


def period_opener(rd: Reader, sent: Sentence) -> bool:
    pattern = PERIOD_OPENER.get(rd.c.lang)
    return bool(pattern and pattern.match(rd.text, sent.start, sent.end))


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


def previous_sentence_date(rd: Reader, sent: Sentence) -> tuple[str, tuple[int, int]] | None:
    if sent.paragraph < 0:
        return None
    prev = [s for s in rd.v.sentences if s.end <= sent.start]
    if not prev:
        return None
    for t in reversed(rd.v.times_in(prev[-1].start, prev[-1].end)):
        p = parts(t.value)
        if t.value and ISO_DATE.match(t.value) and p is not None and p[2] is not None:
            return t.value, (t.start, t.end)
    return None


#: How many body sentences make the lead: a headline's meeting is restated there, with
#: its date, after at most a standfirst or a credit line.
LEAD_SENTENCES = 3


def _day_times(rd: Reader, sent: Sentence) -> list[TimeExpression]:
    """The time expressions of a sentence that name one day (not a period bound)."""
    out = []
    for t in rd.v.times_in(sent.start, sent.end):
        p = parts(t.value)
        if t.value and ISO_DATE.match(t.value) and p is not None and p[2] is not None \
                and not period_bound(rd, t):
            out.append(t)
    return out


def lead_date(rd: Reader) -> TimeExpression | None:
    """The first day the lead gives, for a meeting the headline names and the body never
    restates as such ("X-Y Foreign Ministers' Meeting" over "On October 13, X met Y")."""
    for sent in rd.v.sentences[:LEAD_SENTENCES]:
        days = _day_times(rd, sent)
        if days:
            return days[0]
    return None


def report_day(rd: Reader, ref: str | None) -> TimeExpression | None:
    """A body expression that names the article's own day ("today", "this morning", a
    weekday that is the publication day, 今日, the dateline's day): the text reports the
    day's news, so a meeting it reports without a date of its own took place that day.
    None when no expression names that day (the report may come days later: month only)."""
    p = parts(ref)
    if ref is None or p is None or p[0] is None or p[2] is None:
        return None
    for sent in rd.v.sentences:
        for t in _day_times(rd, sent):
            if t.value == ref:
                return t
    return None
