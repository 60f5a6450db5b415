"""Frames: the parties around a trigger — the subject and the with-phrase (同/与/跟/with),
lists and ``分别``/``separately``, the guest and host of a visit (来访, 对X进行访问, 应X邀请),
pronouns and "the two leaders" standing for parties named before.
"""

from __future__ import annotations

import re

from summitry.extract.event_names import event_mention
from summitry.extract.model import MeetingMention
from summitry.extract.parties import (
    Group,
    groups_in,
    groups_of_mention,
    last_person_before,
    refs_for,
    unique,
)
from summitry.extract.patterns import Trigger
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence, clause_end, clause_start


def event(
    rd: Reader,
    sent: Sentence,
    m: re.Match[str],
    trig: Trigger,
    subject: list[Group],
    visit: MeetingMention | None,
    earlier: list[MeetingMention],
) -> list[MeetingMention]:
    text = rd.text
    lo = clause_start(text, sent, m.start(), rd.c.lang, strong=True)
    hi = clause_end(text, sent, m.end(), rd.c.lang)
    weak_lo = clause_start(text, sent, m.start(), rd.c.lang)
    after_text = text[m.end() : hi]
    if rd.zh and trig.sub != "visit" and after_text.startswith("的"):
        return []  # attributive: 前来递交国书的大使 describes the guests of another meeting
    anaphoric = False
    clause_tail = text[m.end() : clause_end(text, sent, m.end(), rd.c.lang)]
    if rd.zh and re.search(r"(?:时|期间|之际|中)$", clause_tail.strip()) and trig.kind != "visit":
        anaphoric = True
    if not rd.zh and re.search(
        r"\b(?:during|in|at|while|when)\s+(?:his|her|their|the)?\s*$",
        text[max(sent.start, m.start() - 16) : m.start()],
        re.I,
    ):
        anaphoric = True
    # invitation: 应X邀请 / at the invitation of X
    inviters: list[str] = []
    inv_spans: list[tuple[int, int]] = []
    for inv in rd.c.invitation.finditer(text, sent.start, sent.end):
        inv_spans.append(inv.span())
        for g in groups_in(rd, inv.start(1), inv.end(1)):
            inviters.extend(g.persons or g.ids[-1:])
    region_lo = lo
    subj_groups: list[Group] = []
    obj_groups: list[Group] = []
    destination: list[str] = []
    visit_trigger = trig.kind == "visit"
    if trig.objects == "before":
        marker = partner_marker(rd, region_lo, m.start(), trig)
        if marker is not None:
            subj_groups = groups_in(rd, region_lo, marker[0], inv_spans)
            obj_groups = groups_in(rd, marker[1], m.start(), inv_spans)
        else:
            subj_groups = groups_in(rd, region_lo, m.start(), inv_spans)
    else:
        subj_groups = groups_in(rd, region_lo, m.start(), inv_spans)
        obj_hi = hi
        if not rd.zh:
            stop = re.search(
                r"\s(?:in|at|on|to\s+discuss|during|for|ahead|as|after|following|amid|"
                r"while|which|who|where|from)\s|[;(]|,(?!\s+(?:and\s+)?[A-Z][\w\s]{0,60}\s+of\s)",
                text[m.end() : hi],
            )
            if stop and not (visit_trigger and stop.group().strip() == "to"):
                obj_hi = m.end() + stop.start()
        obj_groups = groups_in(rd, m.end(), obj_hi)
    if visit_trigger:
        trig_text = m.group()
        if trig_text in ("来访", "到访"):
            host, visitor = subj_groups, obj_groups
            subj_groups = visitor
            destination = unique([rd.v.state_of(g.head) or "" for g in host if g.persons]) or [
                i for g in host for i in g.ids if rd.v.entities[i].type == "state"
            ]
            inviters.extend(p for g in host for p in g.persons)
            obj_groups = []
        else:
            dui = None
            if rd.zh:
                # 对老挝进行国事访问: the destination sits between 对 and 进行
                dui = list(re.finditer(r"对(?=[^，。；]{1,30}?进行)", text[region_lo : m.start()]))
            if dui:
                cut = region_lo + dui[-1].start()
                dest_groups = groups_in(rd, cut, m.start(), inv_spans)
                subj_groups = groups_in(rd, region_lo, cut, inv_spans)
                destination = [
                    i for g in dest_groups for i in g.ids if rd.v.entities[i].type == "state"
                ]
            else:
                destination = [
                    i for g in obj_groups for i in g.ids if rd.v.entities[i].type == "state"
                ]
            obj_groups = []
    # the subject is left out after the first clause: 访问期间，A同B举行会谈；与C举行会晤
    subj_persons = [p for g in subj_groups for p in g.persons]
    if not subj_persons and pronoun(rd, lo, m.start()):
        last = last_person_before(rd, lo)
        if last is not None:
            subj_groups = [Group([last])]
            subj_persons = [last.entity.id]
    if not subj_persons:
        both = rd.c.both_sides.search(text, lo, m.start())
        if both and earlier:
            prev = earlier[-1]
            persons = [p for side in prev.sides for p in side if rd.v.entities[p].type == "person"]
            if len(persons) >= 2:
                subj_groups = [Group([r]) for r in refs_for(rd, persons[:1])]
                obj_groups = [Group([r]) for r in refs_for(rd, persons[1:2])]
        elif subject and not subj_groups:
            subj_groups = subject
        elif visit is not None and not subj_groups:
            subj_groups = groups_of_mention(rd, visit)
        elif rd.c.during.search(text, sent.start, m.start()) and earlier and not subj_groups:
            v = next((e for e in reversed(earlier) if e.kind == "visit"), None)
            if v is not None:
                subj_groups = groups_of_mention(rd, v)
    if anaphoric:
        mention = MeetingMention(
            kind=trig.kind,
            sub=trig.sub,
            start=m.start(),
            end=m.end(),
            sentence=sent,
            anaphoric=True,
            sides=[
                [i for g in subj_groups for i in g.ids],
                [i for g in obj_groups for i in g.ids],
            ],
            note="event:anaphoric",
        )
        return [mention]
    separately = bool(rd.c.separately.search(text, weak_lo if rd.zh else lo, m.end() + 12))
    named_obj = [g for g in obj_groups if g.persons]
    obj_text = text[m.end() : hi] if trig.objects == "after" else text[lo : m.start()]
    if re.search(
        r"\b(?:ambassadors|delegations|envoys)\b|各国|[两三四五六七八九十]国|们", obj_text, re.I
    ):
        named_obj = named_obj[:1] if not separately else named_obj  # one reception of a group
    if visit_trigger:
        if not subj_groups or not destination:
            return []
        parts = [
            unique([i for g in subj_groups for i in g.ids]),
            unique(destination + inviters),
        ]
        mention = event_mention(rd, sent, m, trig, parts)
        mention.participants = unique(parts[0] + parts[1])
        return [mention]
    if not subj_groups or not obj_groups:
        return []
    unnamed = unnamed_levels(
        rd,
        m.end() if trig.objects == "after" else lo,
        hi if trig.objects == "after" else m.start(),
        obj_groups,
    )
    if not (subj_persons or any(g.persons for g in subj_groups)) and not named_obj and not unnamed:
        return []
    if not named_obj and not unnamed and not any(g.persons for g in subj_groups):
        return []
    if not named_obj and trig.sub in ("reception",) and not unnamed:
        return []
    pieces: list[list[Group]]
    if (trig.split or separately) and len(named_obj) >= 2:
        pieces = [[g] for g in named_obj]
    elif separately and len(obj_groups) >= 2:
        pieces = [[g] for g in obj_groups]
    else:
        pieces = [obj_groups]
    out = []
    for piece in pieces:
        parts = [
            unique([i for g in subj_groups for i in g.ids]),
            unique([i for g in piece for i in g.ids]),
        ]
        mention = event_mention(rd, sent, m, trig, parts)
        mention.unnamed_levels = set(unnamed)
        if not subj_persons:
            obj_start = (
                obj_groups[0].refs[0].start
                if trig.objects == "before" and obj_groups
                else m.start()
            )
            found = unnamed_levels(rd, region_lo, obj_start, subj_groups)
            mention.subject_level = next((x for x in found if x != "same"), None)
        if re.search(r"\bhost", m.group(), re.I):
            mention.chairs = [g.head for g in subj_groups]
            mention.record("chairs", "en.chair.host_verb", m.span())
        out.append(mention)
    return out


def pronoun(rd: Reader, lo: int, hi: int) -> bool:
    """A subject written as a pronoun or a bare title (``the President``, ``he``,
    ``该总理``)."""
    region = rd.text[lo:hi]
    if rd.zh:
        return bool(re.search(r"(?:^|[，,])\s*(?:他|她|该|这位)", region))
    return bool(
        re.search(
            r"\b(?:he|she|the\s+(?:President|Prime\s+Minister|PM|Premier|Minister|leader|"
            r"top\s+leader|host|Chairman|Chairwoman|Party\s+chief|General\s+Secretary))\b",
            region,
            re.I,
        )
    )


def partner_marker(rd: Reader, lo: int, hi: int, trig: Trigger) -> tuple[int, int] | None:
    """The conjunction that introduces the counterpart (``A同B举行会谈``): the last
    同/与/跟 (or 和) outside any entity name with a party after it."""
    best = None
    for pattern in (r"同|与|跟|向", r"和") if rd.zh else (r"\bwith\b",):
        for mk in re.finditer(pattern, rd.text[lo:hi]):
            s, e = lo + mk.start(), lo + mk.end()
            if any(r.start <= s < r.end for r in rd.v.refs_in(max(0, s - 20), e + 20)):
                continue
            if not groups_in(rd, e, hi):
                continue
            best = (s, e)
        if best is not None:
            return best
    return None


def unnamed_levels(rd: Reader, lo: int, hi: int, groups: list[Group]) -> list[str]:
    region = rd.text[lo:hi]
    if not rd.zh and re.search(r"\bcounterparts?\b", region, re.I):
        return ["same"]
    out = []
    for pattern, level in rd.c.unnamed_titles:
        if pattern.search(region):
            out.append(level)
            break
    return out
