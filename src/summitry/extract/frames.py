"""Frames: the parties around a trigger — the subject and the with-phrase (同/与/跟/with),
lists and ``分别``/``separately``, the guest and host of a visit (来访, 对X进行访问, 应X邀请),
pronouns and "the two leaders" standing for parties named before.
"""

from __future__ import annotations

import re

from summitry.extract.event_names import event_mention
from summitry.extract.frame_cues import partner_marker, pronoun, unnamed_levels
from summitry.extract.frame_model import Frame
from summitry.extract.frame_visits import (
    EN_POSSESSIVE_VISIT,
    host_before,
    visit_frame,
    visit_mentions,
)
from summitry.extract.model import MeetingMention
from summitry.extract.parties import (
    Group,
    groups_in,
    groups_of_mention,
    last_person_before,
    refs_for,
    short_name_subject,
    unique,
)
from summitry.extract.patterns import Trigger
from summitry.extract.phrases import (
    after_speech,
    lead_groups,
    leaders_of_states,
    listed_ahead,
    object_end,
    object_title_holder,
    state_list_end,
    title_holder,
)
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence, clause_end, clause_start

#: Words before a trigger that make it a back-reference to a meeting already stated
#: ("during his talks with X", 会谈时, 访问期间).
ANAPHORIC_TAIL_ZH = re.compile(r"(?:时|期间|之际|中)$")
ANAPHORIC_LEAD_EN = re.compile(r"\b(?:during|in|at|while|when)\s+(?:his|her|their|the)?\s*$", re.I)
#: The meeting noun after a definite determiner refers to a meeting the story names ("chaired
#: the two-day meeting with B", "the meeting with B was held …"): not a new encounter.
DEFINITE_MEETING_EN = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: Where an English object phrase ends: a preposition or clause word after the counterpart
#: ("for" inside a capitalised title, "Minister for Foreign Affairs", is not an end).
EN_OBJECT_STOP = re.compile(
    r"\s(?:in|at|on|to\s+discuss|during|ahead|as|after|following|amid|"
    r"while|which|who|where|from)\s|\sfor\s(?![A-Z])|[;(]"
    r"|,(?!\s+(?:and\s+)?[A-Z][\w\s]{0,60}\s+of\s)"
)
#: A relative clause whose verb is the trigger: its subject is the party right before
#: ", who" ("talks with B, who is on a state visit to C"; "B, who arrived in C on Monday").
RELATIVE_SUBJECT_EN = re.compile(
    r"[^,;.]{0,60}?,\s*(?:who|which)\s+(?:(?:is|was|are|were|has|had|have)\s+)?"
    r"(?:(?:also|now|currently|already|just)\s+)?$"
)
#: A group of guests received together, one reception: "ambassadors", 各国, 们.
GROUP_GUESTS = re.compile(
    r"\b(?:ambassadors|delegations|envoys)\b|各国|[两三四五六七八九十]国|们", re.I
)


def is_anaphoric(rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger) -> bool:
    text = rd.text
    if rd.zh:
        tail = text[m.end() : clause_end(text, sent, m.end(), rd.c.lang)].strip()
        return trig.kind != "visit" and bool(ANAPHORIC_TAIL_ZH.search(tail))
    before = text[max(sent.start, m.start() - 16) : m.start()]
    return bool(ANAPHORIC_LEAD_EN.search(before))


def definite_meeting(rd: Reader, sent: Sentence, m: re.Match[str]) -> bool:
    """ "chaired the two-day meeting with B": the meeting noun after a definite determiner."""
    if rd.zh or not m.group().lower().startswith("meeting"):
        return False
    return bool(DEFINITE_MEETING_EN.search(rd.text, max(sent.start, m.start() - 30), m.start()))


def invitation(rd: Reader, sent: Sentence) -> tuple[list[str], list[tuple[int, int]]]:
    """应X邀请 / at the invitation of X: the inviters (hosts of a visit) and the spans whose
    entities are not the subject."""
    inviters: list[str] = []
    spans: list[tuple[int, int]] = []
    for inv in finditer_in(rd.c.invitation, rd.text, sent.start, sent.end):
        spans.append(inv.span())
        for g in groups_in(rd, inv.start(1), inv.end(1)):
            inviters.extend(g.persons or g.ids[-1:])
    return inviters, spans


def read_parties(
    rd: Reader, m: re.Match[str], trig: Trigger, f: Frame, skip: list[tuple[int, int]]
) -> None:
    """Subject before the trigger; the counterpart after a with-phrase (同/与/with) or, for
    ``A会见B`` / ``A met B``, after the verb."""
    if trig.objects == "lead":
        found = lead_groups(rd, m, Sentence(f.sent_start, f.sent_end, 0), skip)
        if found is not None:
            f.subj, f.obj, f.hi = found
            f.lo = m.start()
        return
    if trig.objects == "coord":
        groups = groups_in(rd, f.lo, m.start(), skip)
        f.subj, f.obj = groups[:1], groups[1:]
        return
    if trig.objects == "before":
        marker = partner_marker(rd, f.lo, m.start(), trig)
        if marker is not None:
            f.subj = groups_in(rd, f.lo, marker[0], skip)
            f.obj = groups_in(rd, marker[1], m.start(), skip)
        else:
            f.subj = groups_in(rd, f.lo, m.start(), skip)
        return
    f.subj = after_speech(rd, groups_in(rd, f.lo, m.start(), skip), f.lo, m.start())
    last = f.subj[-1].refs[-1].end if f.subj else m.start()
    if not rd.zh and RELATIVE_SUBJECT_EN.match(rd.text, last, m.start()):
        f.subj = f.subj[-1:]  # "A met B, who is on a visit to C": B visits
    obj_hi = f.hi
    if not rd.zh:
        resume, obj_hi = object_end(rd, m.end(), f.hi, max(f.hi, f.sent_end))
        stop = EN_OBJECT_STOP.search(rd.text, resume, obj_hi)
        if stop and not (trig.kind == "visit" and stop.group().strip() == "to"):
            obj_hi = stop.start()
        obj_hi = state_list_end(rd, m.end(), obj_hi, max(f.hi, f.sent_end))
    f.obj = groups_in(rd, m.end(), obj_hi)
    if not f.obj:
        f.obj = listed_ahead(rd, m.end(), obj_hi)
        f.listed = bool(f.obj)


def fill_subject(
    rd: Reader,
    sent: Sentence,
    m: re.Match[str],
    f: Frame,
    carried: tuple[list[Group], MeetingMention | None, list[MeetingMention]],
) -> None:
    """A subject left out or written as a pronoun: the person named last (他, the President),
    the two leaders of the meeting before, the subject carried from the previous trigger,
    or the visitor of the visit under way (访问期间)."""
    subject, visit, earlier = carried
    if any(g.persons for g in f.subj):
        return
    if pronoun(rd, f.lo, m.start()):
        states = {g.ids[0] for g in f.subj if rd.v.entities[g.ids[0]].type == "state"}
        last = title_holder(rd, f.lo, m.start()) or last_person_before(rd, f.lo, states)
        if last is not None:
            f.subj = [Group([last])]
            return
    short = None if f.subj else short_name_subject(rd, f.lo, m.start())
    if short is not None:
        f.subj = [Group([short])]
        return
    both = rd.c.both_sides.search(rd.text, f.lo, m.start())
    if both and earlier:
        prev = earlier[-1]
        persons = [p for side in prev.sides for p in side if rd.v.entities[p].type == "person"]
        if len(persons) >= 2:
            f.subj = [Group([r]) for r in refs_for(rd, persons[:1])]
            f.obj = [Group([r]) for r in refs_for(rd, persons[1:2])]
    elif subject and not f.subj:
        f.subj = subject
    elif visit is not None and not f.subj:
        f.subj = groups_of_mention(rd, visit)
    elif rd.c.during.search(rd.text, sent.start, m.start()) and earlier and not f.subj:
        v = next((e for e in reversed(earlier) if e.kind == "visit"), None)
        if v is not None:
            f.subj = groups_of_mention(rd, v)


#: The second person in a host's quoted words (你这次访华, 您此次来访): the guest he speaks to.
ADDRESSEE_ZH = re.compile(r"(?:^|[，,“\"])\s*(?:你|您)(?:们)?(?:这次|此次|本次)?$")


def addressee(rd: Reader, lo: int, hi: int, earlier: list[MeetingMention]) -> str | None:
    """你/您 as the subject of a visit word: the counterpart of the meeting stated last
    (the guest the host received), when it names one person."""
    if not rd.zh or not ADDRESSEE_ZH.search(rd.text[lo:hi]):
        return None
    for e in reversed(earlier):
        if e.kind == "visit" or len(e.sides) < 2:
            continue
        persons = [i for i in e.sides[1] if rd.v.entities[i].type == "person"]
        return persons[0] if len(persons) == 1 else None
    return None


def fill_object(rd: Reader, m: re.Match[str], trig: Trigger, f: Frame) -> None:
    """A counterpart written as a bare title after the verb: the holder of that title named
    before (:func:`phrases.object_title_holder`)."""
    if rd.zh or f.obj or trig.objects != "after" or not f.subj:
        return
    holder = object_title_holder(rd, m.end(), f.hi, {i for g in f.subj for i in g.ids})
    if holder is not None:
        f.obj = [Group([holder])]


def event(
    rd: Reader,
    sent: Sentence,
    m: re.Match[str],
    trig: Trigger,
    carried: tuple[list[Group], MeetingMention | None, list[MeetingMention]],
    named_spans: list[tuple[int, int]],
) -> list[MeetingMention]:
    """The meeting mentions one trigger states, from its frame. ``carried``: the subject
    of the trigger before, the visit under way, the mentions so far."""
    text = rd.text
    if rd.zh and trig.sub != "visit" and text[m.end() : m.end() + 1] == "的":
        return []  # attributive: 前来递交国书的大使 describes the guests of another meeting
    f = Frame(
        lo=clause_start(text, sent, m.start(), rd.c.lang, strong=True),
        hi=clause_end(text, sent, m.end(), rd.c.lang),
        sent_start=sent.start,
        sent_end=sent.end,
    )
    f.inviters, skip = invitation(rd, sent)
    skip = skip + named_spans
    read_parties(rd, m, trig, f, skip)
    guest = addressee(rd, f.lo, m.start(), carried[2])
    if guest is not None:
        f.subj, f.addressed = [Group(refs_for(rd, [guest]))], True
    if trig.kind == "visit":
        visit_frame(rd, m, f, skip)
    fill_subject(rd, sent, m, f, carried)
    if trig.kind == "visit" and not f.destination and EN_POSSESSIVE_VISIT.match(m.group()):
        f.destination = host_before(rd, f, carried[2])
    fill_object(rd, m, trig, f)
    if trig.passive:
        f.subj, f.obj = f.obj, f.subj  # "A was received by B": B receives A
    back = back_reference(rd, sent, m, trig, f)
    if back is not None:
        return back
    if trig.kind == "visit":
        return visit_mentions(rd, sent, m, trig, f)
    return pair_mentions(rd, sent, m, trig, f)


def back_reference(
    rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger, f: Frame
) -> list[MeetingMention] | None:
    """A trigger that refers to a meeting already stated: "the meeting with B" (the meeting
    the story names: whoever the with-phrase names joins it), "during his talks with B",
    会谈时. None when the trigger states a meeting of its own."""
    sides = [[i for g in f.subj for i in g.ids], [i for g in f.obj for i in g.ids]]
    if definite_meeting(rd, sent, m):
        return [MeetingMention(kind="conference", sub="conference", start=m.start(),
                               end=m.end(), sentence=sent, anaphoric=True, sides=sides,
                               note="anaphor:definite")]
    if not is_anaphoric(rd, sent, m, trig):
        return None
    if all(any(g.persons for g in side) for side in (f.subj, f.obj)):
        # both parties named: the mention can state the meeting (structure decides)
        mention = event_mention(rd, sent, m, trig, sides)
        mention.anaphoric, mention.note = True, "event:anaphoric"
        return [mention]
    return [MeetingMention(kind=trig.kind, sub=trig.sub, start=m.start(), end=m.end(),
                           sentence=sent, anaphoric=True, sides=sides,
                           note="event:anaphoric")]


def pieces_of(
    rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger, f: Frame
) -> list[list[Group]]:
    """One meeting per counterpart when the verb is pairwise (calls, receptions) or the text
    says they were separate (分别, separately); one reception for a group of guests."""
    text = rd.text
    weak_lo = clause_start(text, sent, m.start(), rd.c.lang)
    separately = bool(rd.c.separately.search(text, weak_lo if rd.zh else f.lo, m.end() + 12))
    if trig.objects == "after" and rd.c.separately_after.search(text, m.end(), f.hi):
        separately = True  # "met A and B separately"
    named_obj = [g for g in f.obj if g.persons]
    obj_text = text[m.end() : f.hi] if trig.objects == "after" else text[f.lo : m.start()]
    if GROUP_GUESTS.search(obj_text) and not separately:
        named_obj = named_obj[:1]
    around = (weak_lo if rd.zh else f.lo, min(len(text), m.end() + 12))
    if rd.c.pairs_and_all.search(text, *around) and len(named_obj) >= 2:
        return [[g] for g in named_obj] + [f.obj]  # bilateral and trilateral talks
    pairwise = trig.split or separately or f.listed
    if (pairwise or leaders_of_states(rd, sent, named_obj)) and len(named_obj) >= 2:
        return [[g] for g in named_obj]
    if separately and len(f.obj) >= 2:
        return [[g] for g in f.obj]
    return [f.obj]


def pair_mentions(
    rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger, f: Frame
) -> list[MeetingMention]:
    """Talks, receptions and calls between the subject and each counterpart piece."""
    if not f.subj or not f.obj:
        return []
    after = trig.objects == "after"
    unnamed = unnamed_levels(rd, m.end() if after else f.lo, f.hi if after else m.start(), f.obj)
    subj_named = any(g.persons for g in f.subj)
    named_obj = any(g.persons for g in f.obj)
    if not named_obj and not unnamed and (not subj_named or trig.sub == "reception"):
        return []
    if not subj_named and WELCOME_EN.search(m.group()):
        return []  # "the Indian embassy welcomed X on his arrival": no host, no reception
    out = []
    for piece in pieces_of(rd, sent, m, trig, f):
        sides = [
            unique([i for g in f.subj for i in g.ids]),
            unique([i for g in piece for i in g.ids]),
        ]
        mention = event_mention(rd, sent, m, trig, sides)
        mention.unnamed_levels = set(unnamed)
        if not subj_named:
            obj_start = f.obj[0].refs[0].start if not after and f.obj else m.start()
            found = unnamed_levels(rd, f.lo, obj_start, f.subj)
            mention.subject_level = next((x for x in found if x != "same"), None)
        if HOST_VERB_EN.search(m.group()):
            mention.chairs = [g.head for g in f.subj]
            mention.record("chairs", "en.chair.host_verb", m.span())
        out.append(mention)
    return out


#: A welcome is a reception only when a named person welcomes.
WELCOME_EN = re.compile(r"\bwelcom", re.I)
#: "hosted a reception for": the subject hosts (and chairs) the meeting.
HOST_VERB_EN = re.compile(r"\bhost", re.I)
