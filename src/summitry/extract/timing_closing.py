"""A conference dated by its closing day.

"The ministerial meeting concluded on Wednesday", ``峰会14日晚闭幕``: the day written is the
last of a meeting that ran over several, and the contract dates a multi-day meeting by its
first day. When the text gives the length ("the two-day meeting", ``为期两天的会议``) the
first day is the closing day minus the others; otherwise only the month is known.
"""

from __future__ import annotations

import datetime as dt
import re

from summitry.extract.dateparts import month_of, parts
from summitry.extract.model import DateValue, MeetingMention
from summitry.extract.reader import Reader
from summitry.nlp.dates import TimeExpression
from summitry.nlp.dates.numerals import to_int

#: A verb that closes a meeting, after its mention in the clause.
CLOSING = {
    "zh": re.compile(r"闭幕|閉幕|落幕|落下帷幕|圆满结束|圓滿結束|胜利结束"),
    "en": re.compile(r"\b(?:concluded|closed|wrapped\s+up|came\s+to\s+a\s+close|drew\s+to\s+a\s+"
                     r"close|ended)\b", re.I),
}
#: The length of a meeting in days, with a meeting noun after it ("the two-day meeting",
#: "a three-day summit", 为期两天的会议).
_EN_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
DURATION = {
    "zh": re.compile(r"为期(?P<n>[两二三四五2-5])天的[^，,。；]{0,16}?"
                     r"(?:会议|峰会|论坛|会晤|會議|峰會|論壇|會晤)"),
    "en": re.compile(r"\b(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:meeting|summit|conference|session|forum|gathering|talks|dialogue)s?\b",
                     re.I),
}
#: How many sentences after the closing one may state the length.
DURATION_SENTENCES = 2


def _length(rd: Reader, m: MeetingMention) -> int | None:
    pattern = DURATION.get(rd.c.lang)
    if pattern is None:
        return None
    after = [s for s in rd.v.sentences if s.start >= m.sentence.start][:DURATION_SENTENCES + 1]
    for s in after:
        found = pattern.search(rd.text, s.start, s.end)
        if found:
            n = found["n"].lower()
            return _EN_DAYS.get(n) or (2 if n == "两" else to_int(n))
    return None


def _days_before(value: str, days: int) -> str | None:
    p = parts(value)
    if p is None or p[1] is None or p[2] is None:
        return None
    try:
        day = dt.date(p[0] or 2001, p[1], p[2]) - dt.timedelta(days=days)
    except ValueError:
        return None
    return day.isoformat() if p[0] is not None else day.strftime("--%m-%d")


def closing_date(rd: Reader, m: MeetingMention, t: TimeExpression, clause_end: int
                 ) -> tuple[DateValue, str] | None:
    """The date of a conference whose clause closes it on a single day: its first day when
    the text gives its length, else its month. None when the clause does not close it."""
    verb = CLOSING.get(rd.c.lang)
    if verb is None or m.kind != "conference" or t.end_value or not t.value:
        return None
    p = parts(t.value)
    if p is None or p[2] is None or not verb.search(rd.text, m.end, clause_end):
        return None
    length = _length(rd, m)
    first = _days_before(t.value, length - 1) if length else None
    if first is not None:
        return DateValue(first, t.value, "sentence"), f"{rd.c.lang}.time.closing_length"
    return DateValue(month_of(t.value), None, "sentence"), f"{rd.c.lang}.time.closing_month"


#: A meeting the clause states as over before its main verb (在X结束后离开, 出席X后回国,
#: "after attending the X, he flew to Y"): the clause's day is the later verb's, the meeting
#: is known to the month only.
ENDED_AFTER_ZH = re.compile(r"[^，,。；]{0,6}?(?<!前)(?:以后|之后|之後|后|後)(?![续續来來])")
ENDED_BEFORE_EN = re.compile(r"\bafter\s+(?:attending|concluding|completing|wrapping\s+up|"
                             r"ending)\b[^,;.]{0,80}$", re.I)
_ENDED_KINDS = frozenset({"conference", "visit"})


def ended_before(rd: Reader, m: MeetingMention, t: TimeExpression, clause_start: int) -> bool:
    """Whether the clause states the meeting as over before the verb its day belongs to."""
    if m.kind not in _ENDED_KINDS or t.start > m.start:
        return False
    if rd.zh:
        return bool(ENDED_AFTER_ZH.match(rd.text, m.end, m.sentence.end))
    return bool(ENDED_BEFORE_EN.search(rd.text, max(clause_start, m.start - 120), m.start))


__all__ = ["CLOSING", "DURATION", "closing_date", "ended_before"]
