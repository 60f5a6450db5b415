"""Phrases around a trigger that bound or stand for its parties: appositions ("met the
Prime Minister of the Republic, H.E. Mr. A, and …"), fronted meeting phrases ("During a
phone call, A congratulated B"), speech verbs whose speakers are not the subject
(发言人介绍甲同乙举行会谈), bare titles that stand for a person named before ("the
president", "a courtesy call on the Prime Minister"), and lists of leaders met one by one.
"""

from __future__ import annotations

import re

from summitry.extract.context import Ref
from summitry.extract.parties import Group, groups_in
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence


def object_end(rd: Reader, lo: int, hi: int, sent_end: int) -> tuple[int, int]:
    """Where the English object phrase after ``lo`` ends: the clause end ``hi``, unless the
    comma there opens an apposition, the name a title introduces: "received Australia's new
    prime minister, Scott Morrison, at the palace"; "met the President of the European
    Council, H.E. Mr. Charles Michel, and the High Representative, …". Returns where to
    look for the phrase's end (after the last apposed name) and the clause end."""
    pos = lo
    while hi < sent_end and rd.text.startswith(",", hi):
        if rd.v.refs_in(pos, hi, PERSON_ONLY):
            break
        gap = APPOSED_NAME.match(rd.text, hi + 1, sent_end)
        after = rd.v.refs_in(gap.end(), sent_end, PERSON_ONLY) if gap else []
        if not gap or not after or after[0].start != gap.end():
            break
        pos = after[0].end
        nxt = APPOSITION_NEXT.search(rd.text, pos, sent_end)
        hi = nxt.start() if nxt else sent_end
    return pos, hi


PERSON_ONLY = frozenset({"person"})
#: Where the phrase after an apposed name goes on: a list's next title (", and the High
#: Representative") or the end of the clause.
APPOSITION_NEXT = re.compile(r"[;:]|,(?!\s+and\s+(?:the|his|her)\s)(?=\s)")
#: Between an apposition's comma and the name: honorifics ("H.E. Mr.", "Dr", "Sheikh").
APPOSED_NAME = re.compile(
    r"\s*(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sheikh|Sir|Dame|His|Her|Excellency|Majesty"
    r"|Highness|Royal)\s+)*"
)

#: What may precede a fronted meeting phrase in its sentence: quotes, a dash, "Later,".
LEAD_OPENING = re.compile(r"[\s\"'“‘—-]*(?:(?:Later|Earlier|Meanwhile|Separately|Also),?\s+)?$")


def lead_groups(
    rd: Reader, m: re.Match[str], sent: Sentence, skip: list[tuple[int, int]]
) -> tuple[list[Group], list[Group], int] | None:
    """``During a phone call on Tuesday, A congratulated B``: the phrase must open the
    sentence; the parties are the main clause's subject and the party after its verb.
    Returns subject, object and where the main clause ends."""
    if not LEAD_OPENING.match(rd.text, sent.start, m.start()):
        return None
    comma = rd.text.find(",", m.end(), sent.end)
    if comma < 0:
        return None
    main_end = EN_MAIN_END.search(rd.text, comma + 1, sent.end)
    hi = main_end.start() if main_end else sent.end
    groups = groups_in(rd, comma + 1, hi, skip)
    return groups[:1], groups[1:2], hi


#: Where the main clause's object ends: a clause break or a preposition after it.
EN_MAIN_END = re.compile(r"[;:]|,(?=\s)|\s(?:on|about|over|for|that|to)\s")

def after_speech(rd: Reader, groups: list[Group], lo: int, hi: int) -> list[Group]:
    """Parties before a speech verb are the speakers, not the subject of the reported
    event: ``王超等介绍李克强对匈牙利进行正式访问``, "the ministry said Lavrov visited": the
    subject is what follows the last speech verb, when a party follows it."""
    if len(groups) < 2:
        return groups
    cut = None
    for sp in finditer_in(rd.c.speech, rd.text, lo, hi):
        if any(r.start <= sp.start() < r.end for g in groups for r in g.refs):
            continue
        if any(g.refs[0].start >= sp.end() for g in groups):
            cut = sp.end()
    return [g for g in groups if g.refs[0].start >= cut] if cut is not None else groups

def title_holder(rd: Reader, lo: int, hi: int) -> Ref | None:
    """``The president was in Downing Street``: the person named last before ``lo`` who
    holds the bare title the clause opens with (not the prime minister named since)."""
    if rd.zh:
        return None
    title = BARE_TITLE_SUBJECT.search(rd.text, lo, hi)
    if title is None:
        return None
    word = re.sub(r"\s+", " ", title.group(1)).lower()
    holders = [
        r
        for r in rd.v.refs_in(0, lo, PERSON_ONLY)
        if any(word in x.title.lower() for x in r.entity.roles)
    ]
    return holders[-1] if holders else None


#: A subject that is only a title: "The president", "the Prime Minister".
BARE_TITLE_SUBJECT = re.compile(
    r"\b(?:the|The)\s+([Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Kk]ing|[Qq]ueen"
    r"|[Cc]hancellor|[Ss]ecretary-[Gg]eneral|[Ff]oreign\s+[Mm]inister)\b(?!\s+of\b)(?!\s+[A-Z])"
)

#: A counterpart that is only a title: "the President", "the Prime Minister", "the King".
BARE_TITLE_OBJECT = re.compile(
    r"\s*(?:the|his|her)\s+(President|Prime\s+Minister|Premier|King|Queen|Emir|Sultan|"
    r"Chancellor|Secretary-General)\b(?!\s+of\b)(?!\s+[A-Z])"
)


def object_title_holder(rd: Reader, lo: int, hi: int, subject: set[str]) -> Ref | None:
    """A counterpart written as a bare title after the verb ("presented their credentials
    to the President", "met the Prime Minister"): the person holding that title named last
    before, when it is not the subject."""
    title = BARE_TITLE_OBJECT.match(rd.text, lo, hi)
    if title is None:
        return None
    word = re.sub(r"\s+", " ", title.group(1)).lower()
    holders = [
        r
        for r in rd.v.refs_in(0, lo, PERSON_ONLY)
        if r.entity.id not in subject and any(word in x.title.lower() for x in r.entity.roles)
    ]
    return holders[-1] if holders else None


#: A meeting of all the parties at once: trilateral, joint, together, three-way.
TOGETHER = re.compile(
    r"\b(?:tri|quadri)lateral\b|\bjoint(?:ly)?\b|\btogether\b|\bthree-way\b|\ball\s+three\b"
    r"|三方|四方|共同|一起",
    re.I,
)


def leaders_of_states(rd: Reader, sent: Sentence, named_obj: list[Group]) -> bool:
    """English "A met with B and C", B and C leaders of different states: the gold and the
    readouts count one bilateral per counterpart unless the text says they met together
    (trilateral, jointly)."""
    if rd.zh or len(named_obj) < 2 or TOGETHER.search(rd.text, sent.start, sent.end):
        return False
    states = [rd.v.state_of(g.head) for g in named_obj]
    return all(states) and len(set(states)) == len(states)


#: Where a list of counterparts written after a counted plural ends: a relative clause
#: ("…, who was sworn in last month") or a clause break.
LIST_END_EN = re.compile(r",?\s+(?:who|which|whose|where)\s|[;:]")
LIST_END_ZH = re.compile(r"[；：。]")
#: What may stand between the counted plural's clause and the list that names it.
LIST_GAP = re.compile(r"[\s,，.。]*")


def listed_ahead(rd: Reader, lo: int, hi: int) -> list[Group]:
    """``met a number of leaders. Among them were A and B``; ``会见了多国
    领导人，其中包括A、B``: a counterpart written as a counted plural (the cue table's
    ``list_ahead``) whose persons a list right after names (``list_lead``), in the same
    sentence or the next. Returns the listed parties (empty when there is no such list)."""
    if not rd.c.list_ahead.match(rd.text, lo, hi):
        return []
    gap = LIST_GAP.match(rd.text, hi)
    at = gap.end() if gap else hi
    lead = None
    for sent in (s for s in rd.v.sentences if s.end > at):
        # the list goes on the clause (", including A") or opens the next sentence
        lead = rd.c.list_lead.match(rd.text, max(at, sent.start), sent.end)
        if lead is not None or sent.start >= at:
            break
    if lead is None:
        return []
    nxt = next((s for s in rd.v.sentences if s.start <= lead.start() < s.end), None)
    if nxt is None:
        return []
    stop = (LIST_END_ZH if rd.zh else LIST_END_EN).search(rd.text, lead.end(), nxt.end)
    groups = groups_in(rd, lead.end(), stop.start() if stop else nxt.end)
    return [g for g in groups if g.persons]


#: Between the items of a list of states: ", ", ", and ", " and ".
STATE_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
STATE_ONLY = frozenset({"state"})


def state_list_end(rd: Reader, lo: int, hi: int, limit: int) -> int:
    """An English object phrase cut at a comma inside a list of states ("bilateral meetings
    with the leaders of A, B and C"): where the list ends, past the commas (``hi`` when the
    phrase does not end on a state followed by more states)."""
    refs = rd.v.refs_in(lo, hi)
    if not refs or refs[-1].type != "state" or refs[-1].end > hi:
        return hi
    pos = refs[-1].end
    while (gap := STATE_LIST_NEXT.match(rd.text, pos, limit)) is not None:
        nxt = rd.v.refs_in(gap.end(), limit, STATE_ONLY)
        if not nxt or nxt[0].start != gap.end():
            break
        pos = nxt[0].end
    return max(hi, pos)
