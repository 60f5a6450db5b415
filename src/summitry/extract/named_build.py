"""A named meeting from its name span: ordinal, series, level and format cues inside the name,
kind, and one meeting per partner for ``东盟与中国、日本、韩国…会议``.
"""

from __future__ import annotations

import re

from summitry.extract.context import Ref
from summitry.extract.cuewords import format_cue_in, level_cue, level_cue_at
from summitry.extract.model import MeetingMention
from summitry.extract.numbers import chinese_number, en_ordinal
from summitry.extract.parties import unique
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def blocked_spans(rd: Reader, sent: Sentence) -> list[tuple[int, int]]:
    return [m.span() for m in finditer_in(rd.c.not_meetings, rd.text, sent.start, sent.end)]


def is_event_name(
    rd: Reader, sent: Sentence, start: int, end: int, actors: list[Ref], name: str
) -> bool:
    """A bare series name (``东亚峰会``, ``EAS``) is a mechanism unless the clause makes it
    an event: an ordinal, a date, or a verb of holding or attending."""
    if rd.c.mechanism_after.match(rd.text, end):
        return False  # 在联合国、太平洋岛国论坛等多边机制内: mechanisms, not a meeting
    series_only = len({r.entity.id for r in actors}) == 1 and all(
        r.start <= start + 1 and r.end >= end - 6 for r in actors
    )
    if not series_only and not _ends_in_mechanism(rd, actors, end):
        return True
    if any(p.search(name) for p in rd.c.ordinals):
        return True
    if rd.zh and MECHANISM_ROLE_ZH.match(rd.text, end):
        return False  # 论坛为促进合作发挥的作用: the mechanism as an actor, no session of it
    lo = clause_start(rd.text, sent, start, rd.c.lang)
    hi = clause_end(rd.text, sent, end, rd.c.lang)
    clause = rd.text[lo:hi]
    collective = rd.zh and COLLECTIVE_ZH.search(name) is not None
    if rd.v.times_in(lo, hi) and not collective:
        return True
    if rd.zh and THIS_ONE_ZH.search(rd.text, max(sent.start, start - 4), start):
        return True  # 这次的东亚峰会, 本届论坛: the one the story is about
    verbs = (
        r"召开|举行|出席|参加|开幕|闭幕|举办|与会|峰会上|会议上|聚集|汇聚|云集|登场|揭幕"
        if rd.zh
        else r"\b(?:held|hold|holds|attend\w*|opened|opens|convened|took place|takes place|"
        r"hosted|chaired|joined)\b"
    )
    return bool(re.search(verbs, clause))


#: A collective name for the year's chain of meetings (东盟系列会议, 东亚合作系列会议): a
#: year or season (今年, 年内) does not make it one event; only a verb of holding or
#: attending does (出席东亚合作外长系列会议).
COLLECTIVE_ZH = re.compile(r"系列(?:会议|會議|活动|活動|峰会|峰會|会晤|會晤)$")


#: A mechanism named as an actor with a role (X为…发挥作用, X在…中发挥了…作用, X作为…平台):
#: the clause speaks of the mechanism, not of a session held.
MECHANISM_ROLE_ZH = re.compile(
    r"(?:[为為在对對][^，。；,;]{0,30}?)?(?:发挥|發揮)(?:了|着|著)?[^，。；,;]{0,12}?作用"
    r"|作[为為][^，。；,;]{0,20}?(?:平台|机制|機制|渠道|桥梁|橋樑|纽带|紐帶)"
)


#: A determiner that picks out one session of a series: this, the current one.
THIS_ONE_ZH = re.compile(r"(?:这次|此次|本次|本届|这届|该次)的?$")


def _ends_in_mechanism(rd: Reader, actors: list[Ref], end: int) -> bool:
    """The name ends in an organization whose own name holds the meeting noun (中拉论坛,
    东亚峰会, the Pacific Islands Forum): what grew leftwards of it (巴西高度重视…,
    祝贺X接任…) does not make the mechanism an event, so the event tests below apply."""
    tail = [r for r in actors if r.type == "organization" and r.end >= end - 1]
    return bool(tail) and bool(rd.c.meeting_nouns.search(rd.text, tail[-1].start, end))


#: A meeting listed under a series noun takes the noun's level: …等系列峰会, …and related
#: summits.
SERIES_NOUN = re.compile(
    r"^[^。；;]{0,60}?(?:等系列|及系列|and\s+related\s+)(峰会|会议|summits|meetings)", re.I
)
#: Nouns that make a named meeting a negotiation or a ceremony rather than a conference.
NEGOTIATION_NOUNS = re.compile(r"^(?:谈判|negotiations?)$", re.I)
CEREMONY_NOUNS = frozenset({"仪式"})


def ordinal_in(rd: Reader, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """The series number inside a name (第十七次, 首届, 17th, Second) and its span."""
    for p in rd.c.ordinals:
        om = p.search(rd.text, start, end)
        if om:
            value = chinese_number(om.group(1)) if rd.zh else en_ordinal(om.group(1))
            return (value, om.span()) if value is not None else None
    return None


def series_of(rd: Reader, actors: list[Ref]) -> str | None:
    """The code of the series organization a name holds (EAS, AMM), else its first
    organization."""
    series = None
    for r in actors:
        actor = rd.v.kb.get(r.entity.kb_id) if r.entity.kb_id else None
        if actor is not None and actor.series:
            series = r.entity.code
    if series is None:
        orgs = [r for r in actors if r.type == "organization"]
        series = orgs[0].entity.code if orgs else None
    return series


def named_kind(noun: str, actors: list[Ref]) -> str:
    if NEGOTIATION_NOUNS.match(noun):
        return "negotiation"
    if noun in CEREMONY_NOUNS:
        return "other"
    ids = unique([r.entity.id for r in actors])
    if not any(r.type == "organization" for r in actors) and len(ids) == 2:
        return "talks"  # 中俄总理定期会晤: two states, no organization
    return "conference"


def base_named(
    rd: Reader, sent: Sentence, span: tuple[int, int], name: str, actors: list[Ref], noun: str
) -> MeetingMention:
    """The mention of a named meeting with the fields its name states, each with the rule
    and span that set it."""
    start, end = span
    lang = rd.c.lang
    text = rd.text
    m = MeetingMention(
        kind=named_kind(noun, actors),
        sub="ceremony" if noun in CEREMONY_NOUNS else "conference",
        start=start,
        end=end,
        sentence=sent,
        name=name,
        series=series_of(rd, actors),
        participants=unique([r.entity.id for r in actors]),
        note="named",
    )
    m.record("name", f"{lang}.name.noun", span)
    m.record("kind", f"{lang}.name.noun", span)
    ordinal = ordinal_in(rd, start, end)
    if ordinal is not None:
        m.ordinal = ordinal[0]
        m.record("ordinal", f"{lang}.ordinal.name", ordinal[1])
    found = level_cue_at(rd, start, end)
    if found is not None:
        m.level_cue = found[0]
        m.record("level", f"{lang}.level.name_cue", found[1])
    else:
        series_noun = SERIES_NOUN.search(text[end : sent.end])
        if series_noun:
            m.level_cue = level_cue(rd, series_noun.group(1).capitalize())
            at = end + series_noun.start(1)
            m.record("level", f"{lang}.level.series_noun", (at, end + series_noun.end(1)))
    found = format_cue_in(rd, start, end)
    if found is not None:
        m.format_cue = found[0]
        m.record("format", f"{lang}.format.name_cue", found[1])
    return m


def make_named(
    rd: Reader,
    sent: Sentence,
    start: int,
    noun_end: int,
    end: int,
    name: str,
    actors: list[Ref],
    noun: str,
) -> list[MeetingMention]:
    text = rd.text
    base = base_named(rd, sent, (start, end), name, actors, noun)
    series, level, fmt = base.series, base.level_cue, base.format_cue
    split = partner_split(rd, start, noun_end, actors)
    if not split:
        return [base]
    head, partners = split
    out = []
    for partner in partners:
        joiner = "与" if rd.zh else "-"
        pname = text[partner.start : partner.end]
        name_p = (
            f"{text[head.start : head.end]}{joiner}{pname}{noun}"
            if rd.zh
            else f"{text[head.start : head.end]}-{pname} {noun}"
        )
        out.append(
            MeetingMention(
                kind="conference",
                sub="conference",
                start=partner.start,
                end=partner.end,
                sentence=sent,
                name=name_p,
                series=series,
                level_cue=level,
                format_cue=fmt,
                participants=[head.entity.id, partner.entity.id],
                note="named:partner",
                prov={k: v for k, v in base.prov.items() if k not in ("name", "ordinal")},
            )
        )
        out[-1].record("name", f"{rd.c.lang}.name.partner", (start, end))
    return out


def partner_split(
    rd: Reader, start: int, end: int, actors: list[Ref]
) -> tuple[Ref, list[Ref]] | None:
    """``东盟与中国、日本、韩国…会议``: one meeting of the organization per partner."""
    if len(actors) < 3 or actors[0].type != "organization":
        return None
    head = actors[0]
    gap = rd.text[head.end : actors[1].start]
    if not re.fullmatch(r"\s*(?:与|同|和|-|–|—|\+)\s*", gap):
        return None
    partners = []
    prev = actors[1]
    partners.append(prev)
    for r in actors[2:]:
        sep = rd.text[prev.end : r.start]
        if not sep.strip() or not re.fullmatch(
            r"\s*(?:(?:、|,|和|及|以及|and|,\s*and)\s*)?(?:等(?:对话)?(?:伙伴国|伙伴|国家|国)\s*(?:及|和|以及)\s*)?",
            sep,
        ):
            return None
        partners.append(r)
        prev = r
    return (head, partners) if len(partners) >= 2 else None
