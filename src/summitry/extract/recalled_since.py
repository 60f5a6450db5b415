"""The earlier edition a "first … since" phrase points back to.

News marks a meeting as the first of its kind after a gap: "the first summit of the three
leaders since 2016", "his first visit to Cuba since 2012", 时隔八年再次访华, 时隔三年再次
举行会谈, 2015年以来首次访问. The news meeting itself is read by the triggers; the phrase
also names an earlier one, the previous edition, in the year it gives (or the publication
year less the gap), which the article recalls. This module records that earlier meeting:
named "previous <what>" (上次<what>), dated to the year, with the states the phrase names.

Only a year right after "since" (or a counted gap of years) makes the earlier edition:
"the first visit since he took office" or 上任以来首次 names no earlier meeting. Every rule is
a table below.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import parts, reference_date
from summitry.extract.model import DateValue, MeetingMention
from summitry.extract.numbers import chinese_number
from summitry.extract.reader import Reader
from summitry.extract.recalled import RECALLED_NOTE
from summitry.extract.recalled_refs import RULE_PARTNER, RULE_PLACE
from summitry.nlp.sentences import Sentence

#: Meeting nouns a "first … since" phrase may end on, and the contract kind each gives.
EN_NOUN_KINDS: dict[str, str] = {
    "summit": "conference", "meeting": "talks", "visit": "visit", "trip": "visit",
    "talks": "talks", "conference": "conference", "dialogue": "conference",
    "forum": "conference", "session": "conference", "tour": "visit",
}
#: "first", up to six words (the series, "official", "visit to Cuba") ending on a meeting
#: noun with an optional "to <Place>" tail, an optional repeated "for the first time" or
#: "in N years", then "since" and a year.
EN_FIRST_SINCE = re.compile(
    r"\bfirst\s+(?P<what>(?:[\w'’\-]+\s+){0,6}?"
    r"(?P<noun>(?i:summit|meeting|visit|trip|tour|talks|conference|dialogue|forum|session))s?"
    r"(?:\s+(?:to|in|with)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
    r"(?:\s+(?:by|of|between|among)\s+[^.;,]{1,40}?)?"
    r"(?:\s+(?:for\s+the\s+first\s+time|in\s+\w+\s+years))?"
    r"\s+since\s+(?P<year>(?:19|20)\d\d)\b"
)
EN_PREVIOUS = "previous"
#: Chinese: a gap of years (时隔八年, 时隔24年) or a year and 以来 (2015年以来, 自2012年以来),
#: an again/first word, then the meeting (a visit verb or a talks noun) up to eight characters
#: on.
ZH_GAP = re.compile(
    r"时隔(?P<gap>[\d一二三四五六七八九十两]{1,3})年(?:来|之后|后)?"
    r"|(?:自|从)?(?P<year>(?:19|20)\d\d)年(?:以来|来)"
)
ZH_AGAIN = re.compile(
    r"(?P<gap2>时隔[\d一二三四五六七八九十两]{1,3}年)?"
    r"(?P<again>再次|首次|第一次|又一次|重新|再度|再)?(?:正式|国事|工作|官方)?"
)
ZH_MEETING = re.compile(
    r"(?P<what>(?:[^，。；,;]{0,8}?)(?P<verb>访华|访朝|访日|访俄|访美|访越|访问|出访|来华|到访"
    r"|会谈|会晤|会面|峰会|通话|对话))"
)
ZH_VERB_KINDS: dict[str, str] = {
    "会谈": "talks", "会晤": "talks", "会面": "talks", "通话": "call", "峰会": "conference",
    "对话": "conference",
}
ZH_PREVIOUS = "上次"
RULE = "recalled.since"


def since_editions(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """The earlier editions the "first … since" phrases of ``sent`` point back to."""
    made = zh_editions(rd, sent) if rd.zh else en_editions(rd, sent)
    return [m for m in made if not any(x.note == RECALLED_NOTE and x.start == m.start
                                       for x in found)]


def en_editions(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    out: list[MeetingMention] = []
    for hit in EN_FIRST_SINCE.finditer(rd.text, sent.start, sent.end):
        kind = EN_NOUN_KINDS[hit.group("noun").lower()]
        what = rd.v.doc.text[hit.start("what") : hit.end("what")]
        out.append(edition(rd, sent, hit.span("what"), f"{EN_PREVIOUS} {what}", kind,
                           hit.group("year"), hit.span("year"), "en"))
    return out


def zh_editions(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    out: list[MeetingMention] = []
    done = sent.start
    for gap in ZH_GAP.finditer(rd.text, sent.start, sent.end):
        if gap.start() < done:
            continue  # the 时隔N年 of 自Y年以来时隔N年: one phrase
        again = ZH_AGAIN.match(rd.text, gap.end())
        if again is None or not (again.group("again") or gap.group("gap") or again.group("gap2")):
            continue  # 2015年以来 alone is a period, not a first since an earlier one
        hit = ZH_MEETING.match(rd.text, again.end(), sent.end)
        if hit is None:
            continue
        year = gap_year(rd, gap)
        if year is None:
            continue
        done = hit.end()
        verb = hit.group("verb")
        kind = ZH_VERB_KINDS.get(verb, "visit")
        who = subject_before(rd, sent, gap.start())
        end = destination_end(rd, hit.end("what"))
        what = rd.v.doc.text[hit.start("what") : end]
        m = edition(rd, sent, (hit.start("what"), end), f"{who}{ZH_PREVIOUS}{what}", kind, year,
                    gap.span(), "zh")
        out.append(m)
    return out


def destination_end(rd: Reader, pos: int) -> int:
    """Where a visit phrase ends: after the state named right after its verb (访问韩国),
    else at the verb."""
    refs = rd.v.refs_in(pos, pos + 12, frozenset({"state"}))
    return refs[0].end if refs and refs[0].start == pos else pos


def gap_year(rd: Reader, gap: re.Match[str]) -> str | None:
    """The year of the earlier edition: the one written, or the reference year less the
    gap; None when the article gives no date to count from."""
    if gap.group("year"):
        return gap.group("year")
    ref = parts(reference_date(rd))
    n = gap.group("gap")
    count = int(n) if n.isdigit() else chinese_number(n)
    if ref is None or ref[0] is None or not count:
        return None
    return str(ref[0] - count)


def subject_before(rd: Reader, sent: Sentence, pos: int) -> str:
    """The person named last before ``pos`` in the sentence, as the text writes them
    (普京时隔24年再次访朝 -> 普京), else nothing."""
    persons = rd.v.refs_in(sent.start, pos, frozenset({"person"}))
    return rd.v.doc.text[persons[-1].start : persons[-1].end] if persons else ""


def edition(
    rd: Reader, sent: Sentence, span: tuple[int, int], name: str, kind: str, year: str,
    cue: tuple[int, int], lang: str,
) -> MeetingMention:
    """The earlier edition as a recalled mention: the phrase's states and the sentence's
    last person before it as parties, the year as its date."""
    states = [r.entity.id for r in rd.v.refs_in(span[0], span[1], frozenset({"state"}))]
    persons = rd.v.refs_in(sent.start, min(span[0], cue[0]), frozenset({"person"}))
    who = [persons[-1].entity.id] if persons and kind in ("visit", "talks", "call") else []
    sides = [s for s in (who, states) if s]
    m = MeetingMention(
        kind=kind, sub=kind, start=span[0], end=span[1], sentence=sent, name=name.strip(),
        sides=sides, participants=[e for s in sides for e in s], note=RECALLED_NOTE,
        format_cue="in_person" if kind == "visit" else None,
    )
    m.date = DateValue(year, year, how="sentence")
    m.tense = "recall"
    m.record("kind", f"{lang}.{RULE}", span)
    m.record("name", f"{lang}.{RULE}", span)
    m.record("status", f"{lang}.{RULE}", cue)
    return m


#: Mentions that name an encounter other than the news by construction (an earlier
#: edition, "the recent meeting in X", "his previous talks with Y"): they never merge with a
#: news mention, even one they sit next to.
APART_RULES = (RULE, RULE_PLACE, RULE_PARTNER)


def is_edition(m: MeetingMention) -> bool:
    prov = m.prov.get("kind")
    return prov is not None and prov.rule.endswith(APART_RULES)


#: How near a news mention an off-news phrase of the same kind is the same words read
#: twice (我去年访问沙特时: the visit trigger and the recalled-visit phrase).
SAME_PHRASE_REACH = 12


def off_news(mentions: list[MeetingMention]) -> tuple[list[MeetingMention], list[MeetingMention]]:
    """The mentions of the news, and the phrases read off the news on their own (an earlier
    edition, X上次访华, X访日定在明年, his meeting with Y last year): the second group merges
    only within itself, so a recalled or planned visit never joins the news visit of the same states
    (日本首相访华 … 李强访日定在明年). A phrase that restates a news mention (same sentence
    and kind, a few characters apart) stays with it and lends it its tense."""
    news = [m for m in mentions if not (m.note == RECALLED_NOTE and m.tense)]
    apart = [m for m in mentions if is_edition(m) or (
        m.note == RECALLED_NOTE and m.tense and not any(
            n.sentence is m.sentence and n.kind == m.kind
            and abs(n.start - m.start) < SAME_PHRASE_REACH for n in news))]
    return [m for m in mentions if m not in apart], apart
