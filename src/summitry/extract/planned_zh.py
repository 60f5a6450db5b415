"""Chinese trips stated as plans with a travel verb: X将于周二启程前往A和B, X拟赴A出席…,
X计划出访A、B. The triggers read 访问 and 进行…访问; the travel verbs (前往, 赴, 启程前往)
name a visit too when a plan word governs them, and each destination is a visit of its own
(the tour stage splits the legs). Without a plan word the verb is the news of a departure
or a frame (前往…途中) and is left alone. Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.model import MeetingMention
from summitry.extract.reader import Reader
from summitry.extract.recalled import ZH_SHORT_DESTINATIONS, state_id
from summitry.nlp.sentences import Sentence

#: A plan word, up to fourteen characters of time and manner (于周二晚, 下周), and a travel
#: verb; the destinations follow the verb.
ZH_PLANNED_TRIP = re.compile(
    r"(?P<cue>将|拟|计划|预计|即将|定于|准备)"
    r"(?P<mod>[^，。；,;：:“”\"同与跟向]{0,14}?)"
    r"(?P<verb>(?:启程|动身|出发)?(?:前往|赴|出访)|启程)"
)
#: What joins two destinations (中国和日本, 菲律宾、马来西亚).
ZH_DEST_JOIN = re.compile(r"(?:和|、|及|以及|与)")
RULE = "zh.planned.trip"


def planned_trips(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Trips ``sent`` plans with a travel verb, one mention per trip (legs split later)."""
    if not rd.zh:
        return []
    out: list[MeetingMention] = []
    for hit in ZH_PLANNED_TRIP.finditer(rd.text, sent.start, sent.end):
        dests = destinations(rd, hit.end(), sent.end) or short_destination(rd, hit.end())
        if not dests:
            continue
        visitors = rd.v.refs_in(sent.start, hit.start(), frozenset({"person"}))
        if not visitors:
            continue
        visitor = visitors[-1].entity.id
        ids = [d[2] for d in dests if rd.v.state_of(visitor) != d[2]]
        if not ids and dests[0][2]:
            continue  # a trip home
        lo, hi = hit.start("verb"), dests[-1][1]
        if any(m.start < hi and lo < m.end for m in found + out):
            continue
        who = rd.v.doc.text[visitors[-1].start : visitors[-1].end]
        m = MeetingMention(
            kind="visit", sub="visit", start=lo, end=hi, sentence=sent,
            name=f"{who}{ZH_VISIT_WORD[is_short(rd, dests[0])]}"
                 f"{rd.v.doc.text[dests[0][0]:hi]}", sides=[[visitor], [i for i in ids if i]],
            participants=[visitor, *[i for i in ids if i]], format_cue="in_person",
        )
        m.tense = "plan"
        m.record("kind", RULE, hit.span("verb"))
        m.record("name", RULE, (visitors[-1].start, hi))
        m.record("status", RULE, hit.span("cue"))
        out.append(m)
    return out


#: The visit word of a name: 访问 before a state's name, 访 before a short form (访华).
ZH_VISIT_WORD = {False: "访问", True: "访"}


def is_short(rd: Reader, dest: tuple[int, int, str]) -> bool:
    return rd.text[dest[0] : dest[1]] in ZH_SHORT_DESTINATIONS


def short_destination(rd: Reader, pos: int) -> list[tuple[int, int, str]]:
    """A one-character destination (赴华, 前往日): its state's entity when the text names
    the state elsewhere, else an empty id (the visit keeps its visitor alone)."""
    for short, code in ZH_SHORT_DESTINATIONS.items():
        if rd.text.startswith(short, pos):
            return [(pos, pos + len(short), state_id(rd, code) or "")]
    return []


def destinations(rd: Reader, pos: int, end: int) -> list[tuple[int, int, str]]:
    """The states named one after another from ``pos`` (A和B、C), as spans and ids."""
    out: list[tuple[int, int, str]] = []
    refs = rd.v.refs_in(pos, end, frozenset({"state"}))
    for r in refs:
        if r.start != pos:
            break
        out.append((r.start, r.end, r.entity.id))
        join = ZH_DEST_JOIN.match(rd.text, r.end, end)
        if join is None:
            break
        pos = join.end()
    return out
