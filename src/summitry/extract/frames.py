"""Frames: the parties around a trigger — the subject and the with-phrase (同/与/跟/with),
lists and ``分别``/``separately``, the guest and host of a visit (来访, 对X进行访问, 应X邀请),
pronouns and "the two leaders" standing for parties named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summitry.extract.event_names import event_mention
from summitry.extract.frame_cues import partner_marker, pronoun, unnamed_levels
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
#: The destination of a Chinese visit sits between 对 and 进行 (对老挝进行国事访问).
ZH_DESTINATION = re.compile(r"对(?=[^，。；]{1,30}?进行)")
#: A visit stated from the host's side: the guest comes to the subject (来访, 到访).
HOST_SIDE_VISITS = frozenset({"来访", "到访"})
#: "A received visiting (Australian Prime Minister) B": the visit is stated from the host's
#: side, as 来访 is; the guest must be a named person ("visiting Jakarta", "a visiting
#: professor", "the visiting delegation" state no visit).
EN_HOST_SIDE_VISIT = re.compile(r"^visiting$", re.IGNORECASE)
#: An English visit written with a possessive ("during Albanese's three-day visit to Japan"):
#: the visitor is the possessor, not the subject of the clause the phrase sits in.
EN_POSSESSIVE_VISIT = re.compile(r"^[’']s\s")
#: An attributive visit phrase before its guest: 来华进行国事访问的巴西总统卢拉, 正在访华的X.
ZH_GUEST_AFTER = re.compile(r"^[^，。；、同与和]{0,40}?的")
#: The place a one-character visit word names (来华, 访越): its state code.
ZH_PLACE_CHARS = {
    "华": "CHN",
    "越": "VNM",
    "俄": "RUS",
    "老": "LAO",
    "柬": "KHM",
    "美": "USA",
    "日": "JPN",
    "韩": "KOR",
    "印": "IND",
    "朝": "PRK",
    "泰": "THA",
    "缅": "MMR",
    "菲": "PHL",
}
ZH_COME_TO = re.compile(r"[来访赴]([华越俄老柬美日韩印朝泰缅菲])")


@dataclass
class Frame:
    """The parties of one trigger: subject and counterpart groups, a visit's destination and
    inviters, the clause bounds they were read from."""

    subj: list[Group] = field(default_factory=list)
    obj: list[Group] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    inviters: list[str] = field(default_factory=list)
    lo: int = 0
    hi: int = 0
    #: the sentence's bounds: an apposition may carry the object past the clause end; a
    #: fronted phrase ("During a phone call, …") names parties after its clause
    sent_start: int = 0
    sent_end: int = 0
    #: the counterparts come from a list after a counted plural ("met a number of
    #: leaders. Among them were A and B"): one meeting each
    listed: bool = False
    #: the subject is the guest a host addresses (你这次访华)
    addressed: bool = False


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


def state_ids(rd: Reader, groups: list[Group]) -> list[str]:
    return [i for g in groups for i in g.ids if rd.v.entities[i].type == "state"]


def host_states(rd: Reader, host: list[Group]) -> list[str]:
    """The state a host side stands for: its persons' state, else its named states."""
    found = unique([rd.v.state_of(g.head) or "" for g in host if g.persons])
    return [x for x in found if x] or state_ids(rd, host)


def guest_frame(rd: Reader, m: re.Match[str], f: Frame) -> bool:
    """``同来华进行国事访问的巴西总统卢拉举行会谈``: the visit is stated of the guest after
    的; the destination is the place the visit word names (来华 → China), else the host's
    state. True when the frame was read this way."""
    after = ZH_GUEST_AFTER.match(rd.text[m.end() : f.hi]) if rd.zh else None
    if after is None:
        return False
    guests = groups_in(rd, m.end() + after.end(), f.hi)
    if not guests:
        return False
    host = f.subj
    place = ZH_COME_TO.search(rd.text, max(f.lo, m.start() - 30), m.end())
    code = ZH_PLACE_CHARS.get(place.group(1)) if place else None
    by_code = {e.code: e.id for e in rd.v.entities.values() if e.type == "state" and e.code}
    dest = [by_code[code]] if code in by_code else host_states(rd, host)
    hosts = [p for g in host for p in g.persons]
    # with no state named, the host stands for the destination (来华: the Chinese host)
    f.subj, f.obj, f.destination = guests[:1], [], dest or hosts[:1]
    f.inviters.extend(hosts)
    return True


def visit_frame(rd: Reader, m: re.Match[str], f: Frame, skip: list[tuple[int, int]]) -> None:
    """Guest and destination of a visit: 来访 from the host's side, 来华…的X from the guest's,
    对X进行访问 and "paid a visit to X" from the visitor's."""
    if m.group() in HOST_SIDE_VISITS or EN_HOST_SIDE_VISIT.match(m.group()):
        guests = [g for g in f.obj if g.persons] if not rd.zh else f.obj
        host, f.subj = f.subj, guests
        f.destination = host_states(rd, host)
        f.inviters.extend(p for g in host for p in g.persons)
        f.obj = []
        return
    if guest_frame(rd, m, f):
        return
    if not rd.zh and EN_POSSESSIVE_VISIT.match(m.group()):
        owner = [g for g in f.subj if g.refs and g.refs[-1].end == m.start()]
        short = None if owner else short_name_subject(rd, max(f.lo, m.start() - 40), m.start())
        if short is not None and short.end == m.start():
            owner = [Group([short])]
        f.subj = owner or f.subj
    dui = list(ZH_DESTINATION.finditer(rd.text, f.lo, m.start())) if rd.zh else []
    if dui:
        cut = dui[-1].start()
        f.destination = state_ids(rd, groups_in(rd, cut, m.start(), skip))
        f.subj = after_speech(rd, groups_in(rd, f.lo, cut, skip), f.lo, cut)
    else:
        f.destination = state_ids(rd, f.obj)
    if not f.destination and f.addressed:
        f.destination = place_of_word(rd, m)
    if not f.destination:
        f.destination = partner_state(rd, m, f)
    f.obj = []


def host_before(rd: Reader, f: Frame, earlier: list[MeetingMention]) -> list[str]:
    """A visit whose place the text leaves out ("B's first overseas visit since …"): the
    state of the host of B's talks or reception stated last before it, when that is
    another state than B's own."""
    visitors = {p for g in f.subj for p in g.persons}
    if not visitors:
        return []
    own = {rd.v.state_of(p) for p in visitors}
    for mention in reversed(earlier):
        if mention.kind not in ("talks", "call") or len(mention.sides) < 2:
            continue
        ours = [side for side in mention.sides if visitors & set(side)]
        if not ours:
            continue
        others = [i for side in mention.sides if side not in ours for i in side]
        states = [s for s in (rd.v.state_of(i) for i in others) if s and s not in own]
        return unique(states)[:1]
    return []


def place_of_word(rd: Reader, m: re.Match[str]) -> list[str]:
    """A one-character visit word names its place (访华, 来越): that state, when the
    article names it. Read for a guest addressed as 你/您 (你这次访华); elsewhere the
    place comes from the clause (对X进行访问) or the talks paired with the visit."""
    place = ZH_COME_TO.search(m.group()) if rd.zh else None
    code = ZH_PLACE_CHARS.get(place.group(1)) if place else None
    found = [e.id for e in rd.v.entities.values() if e.type == "state" and e.code == code]
    return found[:1]


def partner_state(rd: Reader, m: re.Match[str], f: Frame) -> list[str]:
    """A visit whose place is not a known state (正在华府进行工作访问, "on a working visit
    to the capital") and that the same sentence pairs with talks with a named foreigner
    (并与拜登进行会谈, "and held talks with B"): the host's state."""
    own = {rd.v.state_of(i) for g in f.subj for i in g.ids}
    for mk in rd.c.partner.finditer(rd.text, m.end(), max(f.hi, f.sent_end)):
        for g in groups_in(rd, mk.end(), max(f.hi, f.sent_end))[:1]:
            state = rd.v.state_of(g.head) if g.persons else None
            if state is not None and state not in own:
                return [state]
    return []


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
    if definite_meeting(rd, sent, m):
        # the meeting the story names: whoever the with-phrase names joins it
        obj = [i for g in f.obj for i in g.ids]
        return [
            MeetingMention(
                kind="conference",
                sub="conference",
                start=m.start(),
                end=m.end(),
                sentence=sent,
                anaphoric=True,
                sides=[[i for g in f.subj for i in g.ids], obj],
                note="anaphor:definite",
            )
        ]
    if is_anaphoric(rd, sent, m, trig):
        sides = [[i for g in f.subj for i in g.ids], [i for g in f.obj for i in g.ids]]
        if all(any(g.persons for g in side) for side in (f.subj, f.obj)):
            # both parties named: the mention can state the meeting (structure decides)
            mention = event_mention(rd, sent, m, trig, sides)
            mention.anaphoric, mention.note = True, "event:anaphoric"
            return [mention]
        mention = MeetingMention(
            kind=trig.kind,
            sub=trig.sub,
            start=m.start(),
            end=m.end(),
            sentence=sent,
            anaphoric=True,
            sides=[[i for g in f.subj for i in g.ids], [i for g in f.obj for i in g.ids]],
            note="event:anaphoric",
        )
        return [mention]
    if trig.kind == "visit":
        return visit_mentions(rd, sent, m, trig, f)
    return pair_mentions(rd, sent, m, trig, f)


def visit_mentions(
    rd: Reader, sent: Sentence, m: re.Match[str], trig: Trigger, f: Frame
) -> list[MeetingMention]:
    if not f.subj or not f.destination:
        return []
    if all(r.type == "organization" for g in f.subj for r in g.refs):
        return []  # an organization does not travel; its envoy (a person) does
    own = {i for g in f.subj for i in g.ids}
    if not any(g.persons for g in f.subj) and own <= set(f.destination):
        return []  # a state does not visit itself (新加坡…欢迎X来访新加坡: X is no party)
    sides = [unique([i for g in f.subj for i in g.ids]), unique(f.destination + f.inviters)]
    mention = event_mention(rd, sent, m, trig, sides)
    mention.participants = unique(sides[0] + sides[1])
    if not any(g.persons for g in f.subj):
        # 埃及总统 with the name unknown to the base: the title gives the visitor's level
        last = f.subj[-1].refs[-1]
        found = unnamed_levels(rd, f.subj[0].refs[0].start, last.end + TITLE_WINDOW, f.subj)
        mention.subject_level = next((x for x in found if x != "same"), None)
    return [mention]


#: How far after a state a visitor's title may be written (埃及总统, Egyptian President).
TITLE_WINDOW = 8


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
