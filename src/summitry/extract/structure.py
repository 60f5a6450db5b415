"""Structure: mentions that state the same meeting merge into one record (headline, lead and
body; a series name and its numbered form); back-references join their antecedent.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import compatible
from summitry.extract.model import Meeting, MeetingMention, Provenance
from summitry.extract.parties import unique
from summitry.extract.reader import Reader
from summitry.extract.timing_chain import within_visit
from summitry.names import dice


def actors_of(rd: Reader, ids: list[str]) -> set[str]:
    return {i for i in ids if rd.v.entities[i].type in ("state", "organization")}


def persons_of(rd: Reader, ids: list[str]) -> set[str]:
    return {i for i in ids if rd.v.entities[i].type == "person"}


def same_owners(rd: Reader, a: set[str], b: set[str], related: bool = False) -> bool:
    """Two numbered meetings with the same number are one when they hold the same states
    and the organizations of one include the other's (the body adds the councils and
    commissions the headline leaves out; or, at the same level, a series written by its
    short name, 第52届东盟外长会 = 第52届东南亚国家联盟外长会议); 10+1 and 10+3 of the same
    year differ by states."""

    def split(ids: set[str]) -> tuple[set[str], set[str]]:
        states = {i for i in ids if rd.v.entities[i].type == "state"}
        return states, ids - states

    (sa, oa), (sb, ob) = split(a), split(b)
    return bool(a and b) and sa == sb and (oa <= ob or ob <= oa or not (oa and ob) or related)


#: Subkinds of a two-sided meeting that can state the same encounter: talks, a reception,
#: and a named bilateral meeting ("Japan-Australia Foreign Ministers' Meeting" in the
#: headline, "A had a meeting with B" in the lead).
ONE_ENCOUNTER = frozenset({"talks", "reception", "conference"})


def bare_series_of(numbered: MeetingMention, bare: MeetingMention) -> bool:
    """``bare`` names the series of ``numbered`` without a number, in the same tense and at
    the same level: a later mention of the meeting the story reports (第33届东盟峰会 …
    东盟峰会; the 16th BRICS summit … the BRICS summit)."""
    return (
        numbered.series is not None
        and numbered.series == bare.series
        and numbered.ordinal is not None
        and bare.ordinal is None
        and numbered.level_cue == bare.level_cue
        and numbered.tense == bare.tense
        and bare.tense not in ("recall", "plan", "plan!")
        and bool(numbered.name and bare.name)
        and NOUN_END.sub("", numbered.name or "")[-2:] == NOUN_END.sub("", bare.name or "")[-2:]
    )


#: An acronym or gloss after a name's noun: 峰会(ASEAN), Summit (EAS).
NOUN_END = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def headline_of(title: MeetingMention, body: MeetingMention) -> bool:
    """The headline's unnumbered name for the numbered meeting the body reports, at the
    same level, both told as held ("OSCE foreign ministers' meeting opens" over "The 22nd
    Ministerial Council of the OSCE opened"); owners, where both have them, already agree."""
    return (
        title.in_title
        and not body.in_title
        and title.ordinal is None
        and body.ordinal is not None
        and title.level_cue is not None
        and title.level_cue == body.level_cue
        and title.tense is None
        and body.tense is None
    )


def same_conference(rd: Reader, meeting: Meeting, m: MeetingMention) -> bool:
    """Whether a conference mention states the conference ``meeting`` holds: the same
    number of the same owners or series, the same series named twice or bare, a headline's
    name, or names alike (dice ≥ 0.6) with participants that do not clash."""
    first = meeting.first
    if first.kind != m.kind:
        return False
    if first.ordinal is not None and m.ordinal is not None and first.ordinal != m.ordinal:
        return False
    if (
        first.ordinal is not None
        and first.ordinal == m.ordinal
        and same_owners(
            rd,
            actors_of(rd, first.participants),
            actors_of(rd, m.participants),
            related=first.level_cue is not None and first.level_cue == m.level_cue,
        )
    ):
        return True  # 19th EU-Japan Summit = 19th Summit between Japan and the EU
    if (
        first.series
        and m.series
        and first.series == m.series
        and first.ordinal is not None
        and first.ordinal == m.ordinal
    ):
        return True
    if (
        first.series
        and first.series == m.series
        and first.level_cue == m.level_cue
        and first.tense == m.tense
        and first.ordinal is None
        and m.ordinal is None
        and actors_of(rd, first.participants) == actors_of(rd, m.participants)
    ):
        return True  # "the G7 summit" twice in one story, neither recalled nor planned
    if (bare_series_of(first, m) or bare_series_of(m, first)) and actors_of(
        rd, first.participants
    ) == actors_of(rd, m.participants):
        return True  # 第33届东盟峰会 … 东盟峰会: the series named bare is the numbered one
    a, b = actors_of(rd, first.participants), actors_of(rd, m.participants)
    if a and b and not (a <= b or b <= a):
        return False
    if headline_of(first, m) or headline_of(m, first):
        return True
    score = (
        max(dice(x.name, m.name) for x in meeting.mentions if x.name)
        if any(x.name for x in meeting.mentions)
        else 0.0
    )
    return score >= 0.6


def same_meeting(rd: Reader, meeting: Meeting, m: MeetingMention) -> bool:
    first = meeting.first
    if any((x.start, x.end) == (m.start, m.end) for x in meeting.mentions):
        return False  # pieces of one trigger (分别, bilateral and trilateral) stay apart
    if not compatible(
        meeting.date.start if meeting.date else None, m.date.start if m.date else None
    ):
        return False
    if first.kind == "conference" or m.kind == "conference":
        return same_conference(rd, meeting, m)
    if first.sub != m.sub and not {first.sub, m.sub} <= ONE_ENCOUNTER:
        return False
    if first.kind != m.kind:
        return False
    pa, pb = persons_of(rd, meeting.participants), persons_of(rd, m.participants)
    sa, sb = actors_of(rd, meeting.participants), actors_of(rd, m.participants)
    if sa and sb and not (sa <= sb or sb <= sa):
        return False
    if pa and pb:
        return pa <= pb or pb <= pa
    return bool(sa and sb)


def antecedent(rd: Reader, meetings: list[Meeting], m: MeetingMention) -> Meeting | None:
    before = [x for x in meetings if x.first.start < m.start]
    if not before:
        return None
    wanted = set(m.participants) | {i for side in m.sides for i in side}
    if m.note.startswith("event"):
        # "During his talks with Lao PM X": the meeting with X (or X's state)
        states = {rd.v.state_of(i) for i in wanted} | wanted
        named = persons_of(rd, m.sides[1]) if len(m.sides) > 1 else set()
        for x in reversed(before):
            if named and not named <= set(x.participants):
                continue  # 与拉夫罗夫会面时 is not the meeting with Putin
            if x.kind in ("talks", "call", "conference") and states & set(x.participants) - set(
                x.first.sides[0] if x.first.sides else []
            ):
                return x
        return None
    kinds = ("talks", "call") if m.sub == "talks" else ("conference", "other", "talks", "call")
    current = [
        x
        for x in before
        if x.kind in kinds
        and not all(mm.in_title for mm in x.mentions)  # stated in the body too
        and x.first.tense not in ("recall", "plan", "plan!")
    ]
    if current:
        # the head of the latest sentence that named meetings:
        # 第23届东盟峰会…拉开…系列峰会的帷幕
        latest = current[-1].first.sentence
        return next(x for x in current if x.first.sentence is latest)
    for x in reversed(before):
        if x.kind in kinds and not x.first.in_title:
            return x
    for x in reversed(before):
        if x.kind in kinds:
            return x
    return None


def first_statement(rd: Reader, m: MeetingMention) -> bool:
    """A back-reference by form (A与B会面时, "during his talks with B") with nothing before it
    to refer to, and a named person on each side: the story states the meeting here."""
    if not m.note.startswith("event") or len(m.sides) < 2:
        return False
    return all(persons_of(rd, side) for side in m.sides[:2])


def merge(rd: Reader, mentions: list[MeetingMention]) -> list[Meeting]:
    meetings: list[Meeting] = []
    for m in mentions:
        if m.anaphoric:
            target = antecedent(rd, meetings, m)
            if target is None:
                if m.note.startswith("anaphor") and m.chairs:
                    meetings.append(unnamed(rd, m))
                elif first_statement(rd, m):
                    m.anaphoric = False  # 王毅与拉夫罗夫会面时,呼吁…: stated here first
                    meetings.append(
                        Meeting(
                            mentions=[m],
                            participants=list(m.participants),
                            chairs=list(m.chairs),
                            date=m.date,
                            kind=m.kind,
                        )
                    )
                continue
            target.mentions.append(m)
            target.participants = unique(
                target.participants + m.participants + [i for side in m.sides[1:] for i in side]
            )
            target.chairs = unique(target.chairs + m.chairs)
            continue
        for meeting in meetings:
            if same_meeting(rd, meeting, m):
                meeting.mentions.append(m)
                meeting.participants = unique(meeting.participants + m.participants)
                meeting.chairs = unique(meeting.chairs + m.chairs)
                if m.date and (
                    meeting.date is None
                    or (
                        m.date.how == "sentence"
                        and (
                            meeting.date.how != "sentence"
                            or m.date.precision > meeting.date.precision
                        )
                    )
                ):
                    meeting.date = m.date
                break
        else:
            meetings.append(
                Meeting(
                    mentions=[m],
                    participants=list(m.participants),
                    chairs=list(m.chairs),
                    date=m.date,
                    kind=m.kind,
                )
            )
    return meetings


def unnamed(rd: Reader, m: MeetingMention) -> Meeting:
    """A back-reference with nothing to refer to (the lead was cut off): the meeting it
    describes, named after its chair."""
    chair = rd.v.entities[m.chairs[0]]
    m.anaphoric = False
    m.name = (
        f"由{chair.mentions[0].text if chair.mentions else chair.name}主持的会议"
        if rd.zh
        else f"Meeting chaired by {chair.name}"
    )
    m.kind, m.sub = "conference", "conference"
    return Meeting(
        mentions=[m],
        participants=unique(m.participants),
        chairs=list(m.chairs),
        kind="conference",
    )


#: Talks on the occasion of a summit: 期间/之际/间隙, on the sidelines of, during, on the
#: margins of.
SIDELINES = {
    "zh": re.compile(r"(?:峰会|会议|论坛)(?:期间|之际|间隙|场边)|出席.{1,30}(?:期间|之际)"),
    "en": re.compile(r"\b(?:on\s+the\s+(?:sidelines|margins?)\s+of|on\s+the\s+sidelines)\b", re.I),
}


def attach_parts(rd: Reader, ordered: list[Meeting]) -> None:
    """Contract v2 ``part_of``: talks, receptions and calls during a reported visit belong to
    it; a bilateral on the sidelines of a reported conference belongs to the conference."""
    parts: dict[str, list[Meeting]] = {}
    for i, meeting in enumerate(ordered):
        if meeting.kind in ("visit", "conference"):
            continue
        sent = meeting.primary.sentence
        sentences = {id(m.sentence) for m in meeting.mentions if not m.in_title}
        same_sentence = [
            x for x in ordered if x.kind == "visit" and id(x.primary.sentence) in sentences
        ]
        visit = within_visit(rd, meeting, ordered[:i]) or next(iter(same_sentence), None)
        if visit is not None and visit.status == "held" and meeting.status == "held":
            meeting.part_of = visit.id
            parts.setdefault(visit.id, []).append(meeting)
            continue
        pattern = SIDELINES.get(rd.c.lang)
        if pattern is None or not pattern.search(rd.text, sent.start, sent.end):
            continue
        host = next((x for x in ordered if x.kind == "conference" and x.status == "held"), None)
        if host is not None and host is not meeting:
            meeting.part_of = host.id
    for visit in ordered:
        add_hosts(rd, visit, parts.get(visit.id, []))


#: Parts of a visit whose counterpart hosts the visitor, in order of preference: the
#: talks partner, else (a visit with no talks) the first leader who received the visitor
#: or whom he met.
HOSTED_PARTS = ("talks", "reception")


def add_hosts(rd: Reader, visit: Meeting, parts: list[Meeting]) -> None:
    """The host a visitor holds talks with during the visit takes part in the visit: the
    first person of talks that are part of it who acts for the visited state (for another
    state than the visitor's when the visit names no state); the host's ministers sitting
    in, and a third country's leader met there, stay with their own meetings. A visit
    without talks takes the counterpart of its first reception (会见斐济总统, "was received
    by the King"); the other leaders a visitor meets beside the talks stay with those
    receptions."""
    visitor = visit.first.sides[0] if visit.first.sides else []
    own = {rd.v.state_of(i) for i in visitor} - {None}
    places = visit.first.sides[1] if len(visit.first.sides) > 1 else []
    hosting = {i for i in places if rd.v.entities[i].type == "state"}
    if not own and not hosting:
        return

    def is_host(i: str) -> bool:
        state = rd.v.state_of(i)
        if rd.v.entities[i].type != "person" or state is None:
            return False
        return state in hosting if hosting else state not in own

    for sub in HOSTED_PARTS:
        for part in (p for p in parts if p.primary.sub == sub):
            hosts = [i for i in part.participants if is_host(i)]
            visit.participants = unique(visit.participants + hosts[:1])
        if any(p.primary.sub == sub for p in parts):
            return


def legs_under_way(rd: Reader, ordered: list[Meeting]) -> None:
    """A visit to one host read as planned (一个将访问A、B和C的行程的一站) whose visitor the
    article reports meeting that host's leader (抵达后与A国总统会面, "arrived and met A's
    president") is the leg under way: held, dated by those talks (which attach_parts then
    makes part of it). A visit dated apart from the talks (next week) stays planned."""
    for visit in ordered:
        first = visit.first
        if visit.kind != "visit" or visit.status != "planned" or len(first.sides) != 2:
            continue
        hosts = {i for i in first.sides[1] if rd.v.entities[i].type == "state"}
        visitor = set(first.sides[0])
        if len(hosts) != 1 or not visitor:
            continue
        talks = next((t for t in ordered if hosts_talks(rd, t, visitor, hosts)), None)
        if talks is None or not compatible(
            visit.date.start if visit.date else None, talks.date.start if talks.date else None
        ):
            continue
        visit.status, visit.reported = "held", True
        visit.date = visit.date or talks.date
        span = (talks.primary.start, talks.primary.end)
        visit.provenance["status"] = Provenance(f"{rd.c.lang}.status.leg_under_way", (span,))


def hosts_talks(rd: Reader, t: Meeting, visitor: set[str], hosts: set[str]) -> bool:
    """Held talks of the visitor with a person acting for one of ``hosts``."""
    if t.kind != "talks" or t.status != "held" or not visitor & set(t.participants):
        return False
    return any(
        rd.v.entities[i].type == "person" and rd.v.state_of(i) in hosts for i in t.participants
    )
