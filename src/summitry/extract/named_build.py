"""A named meeting from its name span: ordinal, series, level and format cues inside the name,
kind, and one meeting per partner for ``东盟与中国、日本、韩国…会议``.
"""

from __future__ import annotations

import re

from summitry.extract.context import Ref
from summitry.extract.cuewords import format_in, level_cue
from summitry.extract.model import MeetingMention
from summitry.extract.numbers import EN_ORDINAL_WORDS, chinese_number
from summitry.extract.parties import unique
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def blocked_spans(rd: Reader, sent: Sentence) -> list[tuple[int, int]]:
    return [m.span() for m in rd.c.not_meetings.finditer(rd.text, sent.start, sent.end)]


def is_event_name(
    rd: Reader, sent: Sentence, start: int, end: int, actors: list[Ref], name: str
) -> bool:
    """A bare series name (``东亚峰会``, ``EAS``) is a mechanism unless the clause makes it
    an event: an ordinal, a date, or a verb of holding or attending."""
    series_only = len({r.entity.id for r in actors}) == 1 and all(
        r.start <= start + 1 and r.end >= end - 6 for r in actors
    )
    if not series_only:
        return True
    if any(p.search(name) for p in rd.c.ordinals):
        return True
    lo = clause_start(rd.text, sent, start, rd.c.lang)
    hi = clause_end(rd.text, sent, end, rd.c.lang)
    clause = rd.text[lo:hi]
    if rd.v.times_in(lo, hi):
        return True
    verbs = (
        r"召开|举行|出席|参加|开幕|闭幕|举办|与会|峰会上|会议上"
        if rd.zh
        else r"\b(?:held|hold|holds|attend\w*|opened|opens|convened|took place|takes place|"
        r"hosted|chaired|joined)\b"
    )
    return bool(re.search(verbs, clause))


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
    ordinal = None
    for p in rd.c.ordinals:
        om = p.search(text, start, end)
        if om:
            ordinal = (
                chinese_number(om.group(1))
                if rd.zh
                else EN_ORDINAL_WORDS.get(om.group(1).lower()) or int(om.group(1))
                if om.group(1).isdigit() or om.group(1).lower() in EN_ORDINAL_WORDS
                else None
            )
            break
    series = None
    for r in actors:
        actor = rd.v.kb.get(r.entity.kb_id) if r.entity.kb_id else None
        if actor is not None and actor.series:
            series = r.entity.code
    if series is None:
        orgs = [r for r in actors if r.type == "organization"]
        series = orgs[0].entity.code if orgs else None
    level = level_cue(rd, text[start:end])
    if level is None:
        # a meeting listed under a series noun: …等系列峰会, …and related summits
        series_noun = re.search(
            r"^[^。；;]{0,60}?(?:等系列|及系列|and\s+related\s+)(峰会|会议|summits|meetings)",
            text[end : sent.end],
            re.I,
        )
        if series_noun:
            level = level_cue(rd, series_noun.group(1).capitalize())
    fmt = format_in(rd, text[start:end])
    kind = (
        "negotiation"
        if noun in ("谈判",) or noun.lower().startswith("negotiation")
        else "other"
        if noun == "仪式"
        else "conference"
    )
    ids = unique([r.entity.id for r in actors])
    if kind == "conference" and not any(r.type == "organization" for r in actors) and len(ids) == 2:
        kind = "talks"
    base = MeetingMention(
        kind=kind,
        sub="ceremony" if noun == "仪式" else "conference",
        start=start,
        end=end,
        sentence=sent,
        name=name,
        ordinal=ordinal,
        series=series,
        level_cue=level,
        format_cue=fmt,
        participants=ids,
        note="named",
    )
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
            )
        )
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
