"""Visits in a frame: guest and destination (来访 and "visiting B" from the host's side,
来华…的X from the guest's, 对X进行访问 and "paid a visit to X" from the visitor's, a
possessive "B's visit"), the place a one-character visit word names, and the visit mentions
one trigger states."""

from __future__ import annotations

import re

from summitry.extract.event_names import event_mention
from summitry.extract.frame_cues import unnamed_levels
from summitry.extract.frame_model import Frame
from summitry.extract.model import MeetingMention
from summitry.extract.parties import (
    Group,
    groups_in,
    short_name_subject,
    unique,
)
from summitry.extract.patterns import Trigger
from summitry.extract.phrases import (
    after_speech,
)
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence

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
