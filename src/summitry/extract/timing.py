"""Timing: the time expression that governs each mention's clause, then the document's time
chain for meetings without one (当天/the same day, within a visit, the sentence before, the
article's month).
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import (
    ISO_DATE,
    dateline_time,
    month_of,
    parts,
    published_is_repost,
    reference_date,
    relation,
    yearless,
)
from summitry.extract.model import DateValue, Meeting, MeetingMention, Provenance
from summitry.extract.reader import Reader
from summitry.extract.timing_chain import (
    ONE_DAY_KINDS,
    lead_date,
    next_in_sequence,
    on_arrival,
    period_bound,
    period_opener,
    previous_sentence_date,
    report_day,
    visit_of_the_day,
    within_visit,
)
from summitry.extract.timing_closing import closing_date, ended_before
from summitry.nlp.dates import TimeExpression
from summitry.nlp.sentences import clause_end, clause_start

#: The first day of a multi-day event ("首日", "on the opening day").
FIRST_DAY = re.compile(r"首日|第一天|开幕当天|\bon\s+the\s+(?:first|opening)\s+day\b", re.I)


Span = tuple[int, int]


def own_date(rd: Reader, m: MeetingMention, mentions: list[MeetingMention]) -> DateValue | None:
    """The date the mention's own clause gives (the nearest time expression in the clause,
    else in the sentence). Headlines give none: a date there is a page stamp more often
    than the meeting's, and the lead restates the meeting with its date."""
    if m.in_title:
        return None
    found = clause_time(rd, m)
    if found is None:
        return None
    chosen, weak, strong = found
    value = DateValue(chosen.value, chosen.end_value, "sentence")
    rule = f"{rd.c.lang}.time.clause"
    if occasion_month(rd, m, mentions, chosen, weak):
        value = DateValue(month_of(chosen.value), None, "context")
        rule = f"{rd.c.lang}.time.occasion_month"
    value, rule = coarsened(rd, m, chosen, (value, rule), weak, strong)
    m.prov["date"] = Provenance(rule, ((chosen.start, chosen.end),))
    return value


def clause_time(rd: Reader, m: MeetingMention) -> tuple[TimeExpression, Span, Span] | None:
    """The time nearest the mention in its clause (weak bounds, then strong, then the
    sentence), with the clause's weak and strong bounds; a period bound and the dateline's
    time never count."""
    sent = m.sentence
    dateline = dateline_time(rd)  # dates the report, not the meeting
    times = [
        t
        for t in rd.v.times_in(sent.start, sent.end)
        if t.value and ISO_DATE.match(t.value) and not period_bound(rd, t) and t is not dateline
    ]
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
    for lo, hi in (weak, strong, (sent.start, sent.end)):
        inside = [t for t in times if lo <= t.start and t.end <= hi]
        if inside:
            chosen = min(inside, key=lambda t: (abs(t.start - m.start), t.start > m.start))
            return chosen, weak, strong
    return None


def occasion_month(rd: Reader, m: MeetingMention, mentions: list[MeetingMention],
                   chosen: TimeExpression, weak: Span) -> bool:
    """Whether the time dates something else the conference is the occasion of (a range
    outside its clause, several meetings of one clause, a visit in the same clause, an
    occasion word before it): the conference is known to the month only."""
    sent = m.sentence
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
    with_visit = any(x.kind == "visit" for x in same_clause)
    return bool(
        (chosen.end_value and not in_weak and m.kind != "visit"
         and not held_over(rd, m, chosen, mentions))
        or (chosen.end_value and len(same_clause) >= 2 and m.kind == "conference")
        or (with_visit and m.kind == "conference")  # 出席X并对Y进行国事访问: the visit's day
        or (occasion and m.kind == "conference" and chosen.start < m.start)
    )


def coarsened(rd: Reader, m: MeetingMention, chosen: TimeExpression,
              dated: tuple[DateValue, str], weak: Span, strong: Span) -> tuple[DateValue, str]:
    """The clause's date made as coarse as the clause allows: a closing day less the
    length, a meeting over before the verb, a later verb, a guest's occasion (the month),
    a doubtful year (no year)."""
    value, rule = dated
    in_weak = weak[0] <= chosen.start and chosen.end <= weak[1]
    closing = closing_date(rd, m, chosen, weak[1]) if in_weak else None
    if closing is not None:
        value, rule = closing
    elif value.start and ended_before(rd, m, chosen, strong[0]):
        value = DateValue(month_of(value.start), None, "sentence")
        rule = f"{rd.c.lang}.time.ended_before_month"
    if value.start and later_verb_date(rd, m, chosen):
        value = DateValue(month_of(value.start), None, "sentence")
        rule = f"{rd.c.lang}.time.later_verb_month"
    if value.start and attributive_occasion(rd, m):
        value = DateValue(month_of(value.start), None, "sentence")
        rule = f"{rd.c.lang}.time.guest_occasion_month"
    if doubtful_year(rd, chosen, m):
        value = DateValue(yearless(value.start), yearless(value.end), value.how)
        rule = f"{rd.c.lang}.time.clause_yearless"
    return value, rule


#: A conference stated as held over the days of a range in its own sentence ("The summit,
#: the bloc's main event this year, is being held in X on 22-24 October", 峰会于22日至24日
#:在X举行): the range is the conference's own, its first day the date.
HELD = {
    "zh": re.compile(r"举行|召开|举办|舉行|舉辦"),
    "en": re.compile(r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:being\s+)?"
                     r"(?:held|hosted|convened|staged)|t(?:akes?|aking|ook)\s+place|opens?|"
                     r"opened|runs?|ran)\b", re.I),
}
#: How far past the range the verb may stand (峰会于10月22日至24日在喀山举行).
HELD_AFTER = 16


def held_over(rd: Reader, m: MeetingMention, t: TimeExpression,
              mentions: list[MeetingMention]) -> bool:
    """Whether a range after a conference's mention is the conference's own span: a verb of
    holding between the mention and the range's end, and no other meeting stated between."""
    verb = HELD.get(rd.c.lang)
    if verb is None or m.kind != "conference" or t.start < m.end:
        return False
    if any(x is not m and m.end <= x.start < t.start for x in mentions):
        return False
    return bool(verb.search(rd.text, m.end, min(t.end + HELD_AFTER, m.sentence.end)))


#: A visit or a conference stated in an attributive phrase before its guest
#: (来华出席…会议并进行国事访问的X): the clause's day is the day of the main verb (the talks),
#: the visit or the conference around it is known to the month.
ZH_ATTRIBUTIVE_TAIL = re.compile(r"[^，。；]{0,40}?的")
GUEST_WINDOW = 30
#: Came to the host's country (来华出席…, 赴越出席…).
ZH_COME_TO = re.compile(r"[来赴][华越俄老柬美日韩印朝泰缅菲](?:出席|参加)")


def attributive_occasion(rd: Reader, m: MeetingMention) -> bool:
    if not rd.zh or m.kind not in ("visit", "conference") or m.in_title:
        return False
    lo = clause_start(rd.text, m.sentence, m.start, rd.c.lang, strong=True)
    if m.kind == "conference" and not ZH_COME_TO.search(rd.text, lo, m.start):
        return False  # a conference is an occasion only for a guest who came to attend it
    tail = ZH_ATTRIBUTIVE_TAIL.match(rd.text, m.end, m.sentence.end)
    if tail is None:
        return False
    after = rd.v.refs_in(tail.end(), min(m.sentence.end, tail.end() + GUEST_WINDOW))
    return any(r.type in ("person", "state") for r in after)


#: A visit stated as under way, then a later verb with its own day in the next clause
#: (正在X进行访问，并于5月1日与Y会谈; 访问期间，随后于…): the day is that verb's, not the
#: visit's first day.
ZH_LATER_VERB = re.compile(r"[，,]\s*(?:并|随后|之后|其间|期间|此后|还)")


def later_verb_date(rd: Reader, m: MeetingMention, t: TimeExpression) -> bool:
    if not rd.zh or m.kind != "visit" or t.start < m.end:
        return False
    return bool(ZH_LATER_VERB.search(rd.text, m.end, t.start))


def doubtful_year(rd: Reader, t: TimeExpression, m: MeetingMention) -> bool:
    """A year the text does not state, anchored after the publication date, for a meeting
    not stated as planned: the anchor is a repost stamp, so only month and day are known."""
    published = rd.v.doc.published
    if t.resolution != "anchored" or not published or m.tense in ("plan", "plan!"):
        return False
    return relation(t.value, published) == "after" and published_is_repost(rd)


def date_spans(meeting: Meeting) -> tuple[tuple[int, int], ...]:
    """The spans that gave a meeting its date (for a date taken over by another one)."""
    prov = meeting.provenance.get("date") or next(
        (m.prov["date"] for m in meeting.mentions if "date" in m.prov), None
    )
    return prov.spans if prov else ()


def set_date(
    meeting: Meeting, value: DateValue, rule: str, spans: tuple[tuple[int, int], ...]
) -> None:
    meeting.date = value
    meeting.provenance["date"] = Provenance(rule, spans)


def chained_date(
    rd: Reader, meeting: Meeting, earlier: list[Meeting], before: list[Meeting]
) -> bool:
    """A date from the document's time chain: the first day of a multi-day event (首日), the
    same day as the meeting before (当天, the same day), the month of the visit it happens
    during. True when one was set."""
    lang = rd.c.lang
    m = meeting.primary
    sent = m.sentence
    lo = clause_start(rd.text, sent, m.start, rd.c.lang, strong=True)
    first_day = FIRST_DAY.search(rd.text, sent.start, sent.end)
    if first_day:
        multi = [x for x in earlier if x.date and x.date.end and x.date.end != x.date.start]
        if multi and multi[-1].date:
            value = DateValue(multi[-1].date.start, None, "context")
            set_date(
                meeting, value, f"{lang}.time.first_day", (first_day.span(), *date_spans(multi[-1]))
            )
            return True
    same_day = rd.c.same_day.search(rd.text, lo, m.start)
    if same_day and earlier and earlier[-1].date:
        value = DateValue(earlier[-1].date.start, None, "context")
        set_date(
            meeting, value, f"{lang}.time.same_day", (same_day.span(), *date_spans(earlier[-1]))
        )
        return True
    after = next_in_sequence(rd, meeting, earlier)
    if after is not None and after.date:
        value = DateValue(after.date.start, None, "context")
        set_date(meeting, value, f"{lang}.time.sequence", date_spans(after))
        return True
    host = within_visit(rd, meeting, before)
    if host is not None and host.date and host.date.start:
        day = (parts(host.date.start) or (0, 0, None))[2]
        if day and (on_arrival(rd, sent) or visit_of_the_day(rd, host)):
            value = DateValue(host.date.start, None, "context")
            rule = "on_arrival" if on_arrival(rd, sent) else "visit_of_the_day"
            set_date(meeting, value, f"{lang}.time.{rule}", date_spans(host))
            return True
        value = DateValue(month_of(host.date.start), None, "context")
        set_date(meeting, value, f"{lang}.time.within_visit", date_spans(host))
        return True
    return False


def context_dates(rd: Reader, meetings: list[Meeting]) -> None:
    """Dates for meetings whose own sentence gives none, from the time chain, else the
    sentence before, the dateline, the lead (for a headline's meeting), the article's day
    when the text names it, else the article's month (not for recalled or planned
    meetings). A meeting in a sentence that opens with a period (访问埃及期间, "During
    the visit") falls on some day of it: the month only."""
    ordered = sorted(meetings, key=lambda x: x.first.start)
    for i, meeting in enumerate(ordered):
        if meeting.date is not None and meeting.date.start:
            continue
        earlier = [x for x in ordered[:i] if x.date and x.date.start]
        if chained_date(rd, meeting, earlier, ordered[:i]):
            continue
        if meeting.primary.tense in ("recall", "plan", "plan!"):
            continue
        found = fallback_date(rd, meeting)
        if found is None:
            continue
        value, rule, spans = found
        if period_opener(rd, meeting.primary.sentence) and value.start:
            value = DateValue(month_of(value.start), None, value.how)
            rule = f"{rule}.period_month"
        set_date(meeting, value, rule, spans)


def fallback_date(
    rd: Reader, meeting: Meeting
) -> tuple[DateValue, str, tuple[tuple[int, int], ...]] | None:
    """The first of the sentence before, the dateline, the lead, the article's named day,
    the publication day (talks, a call) or month (a visit, a conference) that gives a date,
    with the rule and spans that gave it."""
    lang = rd.c.lang
    previous = previous_sentence_date(rd, meeting.primary.sentence)
    if previous is not None:
        return DateValue(previous[0], None, "context"), f"{lang}.time.previous_sentence", \
            (previous[1],)
    dateline = dateline_time(rd)
    if dateline is not None and dateline.value and not meeting.primary.in_title:
        return DateValue(dateline.value, None, "dateline"), f"{lang}.time.dateline", \
            ((dateline.start, dateline.end),)
    if meeting.primary.in_title:
        lead = lead_date(rd)
        if lead is None:
            return None
        return DateValue(lead.value, None, "context"), f"{lang}.time.title_lead", \
            ((lead.start, lead.end),)
    ref = reference_date(rd)
    today = report_day(rd, ref)
    if today is not None and ref is not None:
        return DateValue(ref, None, "published"), f"{lang}.time.report_day", \
            ((today.start, today.end),)
    if ref is not None and meeting.kind in ONE_DAY_KINDS and (parts(ref) or (0, 0, None))[2]:
        return DateValue(ref, None, "published"), f"{lang}.time.published_day", ()
    if ref is not None:
        return DateValue(month_of(ref), None, "published"), "published", ()
    return None
