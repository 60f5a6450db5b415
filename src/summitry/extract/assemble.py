"""From meeting mentions to meetings: dates, merging, back-references, levels, formats,
reported or mentioned.

Order matters and follows how a reader resolves an article:

1. each mention gets the date its own sentence gives (the nearest date in its clause);
2. mentions that state the same meeting merge (the headline, the lead and the body; a
   bare series name and its numbered form), and back-references (``会上``, ``the event``,
   ``During his talks with X``) join the meeting they point to;
3. meetings without a date of their own take one from the context: the same day as the
   meeting before (``当天``), the month of the visit they happen during, the first day of the
   event they open, or the month of the article's date;
4. the level comes from the meeting's name (``外长``, ``Summit``) or from the offices of the
   people on each side; the format from the wording or the setting;
5. a meeting is *reported* unless its date or its wording places it before or after the
   article's own news (``高度评价…于2020年6月召开``, ``will hold``, ``preparations for``).
"""

from __future__ import annotations

import datetime as dt
import re

from summitry.extract.context import LEVEL_RANK, DocView
from summitry.extract.finder import Finder, _unique
from summitry.extract.model import DateValue, Meeting, MeetingMention
from summitry.extract.patterns import Cues
from summitry.names import dice
from summitry.nlp.dates.partial import PartialDate
from summitry.nlp.sentences import Sentence, clause_end, clause_start

_ISO = re.compile(r"^(?:\d{4}(?:-\d\d){0,2}|--\d\d(?:-\d\d)?)$")
_FIRST_DAY = re.compile(r"首日|第一天|开幕当天|\bon\s+the\s+(?:first|opening)\s+day\b", re.I)
#: How far from the article's date a dated meeting still counts as the news (days).
NEWS_WINDOW_BEFORE = 7
NEWS_WINDOW_AFTER = 7


def parts(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a partial ISO date, None when it is not one."""
    date = PartialDate.parse(value)
    return None if date is None else (date.year, date.month, date.day)


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates agree on every part both give (an unknown date agrees with any)."""
    pa, pb = parts(a), parts(b)
    if pa is None or pb is None:
        return True
    return all(x == y for x, y in zip(pa, pb, strict=True) if x is not None and y is not None)


def month_of(value: str | None) -> str | None:
    p = parts(value)
    if p is None or p[1] is None:
        return value
    return f"{p[0]:04d}-{p[1]:02d}" if p[0] is not None else f"--{p[1]:02d}"


def _as_date(value: str | None, fallback_year: int | None) -> dt.date | None:
    p = parts(value)
    if p is None:
        return None
    year = p[0] if p[0] is not None else fallback_year
    if year is None:
        return None
    try:
        return dt.date(year, p[1] or 1, p[2] or 1)
    except ValueError:
        return None


def relation(value: str | None, ref: str | None) -> str | None:
    """``before``, ``after`` or ``same`` (within the news window) of a date against the
    article's date, on the parts both give; None when they cannot be compared."""
    pv, pr = parts(value), parts(ref)
    if pv is None or pr is None:
        return None
    if pv[0] is not None and pr[0] is not None and pv[0] != pr[0]:
        return "before" if pv[0] < pr[0] else "after"
    if pv[1] is None or pr[1] is None:
        return "same"
    year = pr[0] if pr[0] is not None else 2000
    dv = _as_date(value, year)
    dr = _as_date(ref, year)
    if dv is None or dr is None:
        return None
    if pv[2] is None or pr[2] is None:
        if (dv.year, dv.month) == (dr.year, dr.month):
            return "same"
        return "before" if (dv.year, dv.month) < (dr.year, dr.month) else "after"
    delta = (dv - dr).days
    if delta < -NEWS_WINDOW_BEFORE:
        return "before"
    if delta > NEWS_WINDOW_AFTER:
        return "after"
    return "same"


class Assembler:
    def __init__(self, view: DocView, cues: Cues, finder: Finder):
        self.v = view
        self.c = cues
        self.f = finder
        self.text = view.text
        self.zh = cues.lang == "zh"

    # ---- 1. own dates -------------------------------------------------------------------
    def own_date(self, m: MeetingMention, mentions: list[MeetingMention]) -> DateValue | None:
        sent = m.sentence
        times = [
            t for t in self.v.times_in(sent.start, sent.end) if t.value and _ISO.match(t.value)
        ]
        if not times:
            return None
        weak = (
            clause_start(self.text, sent, m.start, self.c.lang),
            clause_end(self.text, sent, m.end, self.c.lang),
        )
        strong = (
            clause_start(self.text, sent, m.start, self.c.lang, strong=True),
            clause_end(self.text, sent, m.end, self.c.lang, strong=True),
        )
        chosen = None
        for lo, hi in (weak, strong, (sent.start, sent.end)):
            inside = [t for t in times if lo <= t.start and t.end <= hi]
            if inside:
                chosen = min(inside, key=lambda t: (abs(t.start - m.start), t.start > m.start))
                break
        if chosen is None:
            return None
        value = DateValue(chosen.value, chosen.end_value, "sentence")
        same_clause = [
            x
            for x in mentions
            if x.sentence is sent and not x.anaphoric and weak[0] <= x.start < weak[1]
        ]
        around = self.text[m.end : m.end + 8] if self.zh else self.text[sent.start : m.start]
        occasion = bool(self.c.occasion.search(around))
        if self.zh:
            occasion = (
                occasion and bool(re.match(r"^[^，,。；]{0,4}(?:之际|期间|框架|场合|间隙)", around))
            ) or bool(re.search(r"等?系列(?:峰会|会议)", self.text[m.end : weak[1]]))
        in_weak = weak[0] <= chosen.start and chosen.end <= weak[1]
        if (
            (chosen.end_value and not in_weak and m.kind != "visit")
            or (chosen.end_value and len(same_clause) >= 2 and m.kind == "conference")
            or (occasion and m.kind == "conference" and chosen.start < m.start)
        ):
            value = DateValue(month_of(chosen.value), None, "context")
        return value

    # ---- 2. merging -----------------------------------------------------------------------
    def _actors(self, ids: list[str]) -> set[str]:
        return {i for i in ids if self.v.entities[i].type in ("state", "organization")}

    def _persons(self, ids: list[str]) -> set[str]:
        return {i for i in ids if self.v.entities[i].type == "person"}

    def same(self, meeting: Meeting, m: MeetingMention) -> bool:
        first = meeting.first
        if not compatible(
            meeting.date.start if meeting.date else None, m.date.start if m.date else None
        ):
            return False
        if first.kind == "conference" or m.kind == "conference":
            if first.kind != m.kind:
                return False
            if first.ordinal is not None and m.ordinal is not None and first.ordinal != m.ordinal:
                return False
            if (
                first.series
                and m.series
                and first.series == m.series
                and first.ordinal is not None
                and first.ordinal == m.ordinal
            ):
                return True
            a, b = self._actors(meeting.first.participants), self._actors(m.participants)
            if a and b and not (a <= b or b <= a):
                return False
            score = (
                max(dice(x.name, m.name) for x in meeting.mentions if x.name)
                if any(x.name for x in meeting.mentions)
                else 0.0
            )
            return score >= 0.6
        if first.sub != m.sub and not {first.sub, m.sub} <= {"talks", "reception"}:
            return False
        if first.kind != m.kind:
            return False
        pa, pb = self._persons(meeting.participants), self._persons(m.participants)
        sa, sb = self._actors(meeting.participants), self._actors(m.participants)
        if sa and sb and not (sa <= sb or sb <= sa):
            return False
        if pa and pb:
            return pa <= pb or pb <= pa
        return bool(sa and sb)

    def antecedent(self, meetings: list[Meeting], m: MeetingMention) -> Meeting | None:
        before = [x for x in meetings if x.first.start < m.start]
        if not before:
            return None
        wanted = set(m.participants) | {i for side in m.sides for i in side}
        if m.note.startswith("event"):
            # "During his talks with Lao PM X": the meeting with X (or X's state)
            states = {self.v.state_of(i) for i in wanted} | wanted
            for x in reversed(before):
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
            and not x.first.in_title
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

    def merge(self, mentions: list[MeetingMention]) -> list[Meeting]:
        meetings: list[Meeting] = []
        for m in mentions:
            if m.anaphoric:
                target = self.antecedent(meetings, m)
                if target is None:
                    if m.note.startswith("anaphor") and m.chairs:
                        meetings.append(self._unnamed(m))
                    continue
                target.mentions.append(m)
                target.participants = _unique(
                    target.participants + m.participants + [i for side in m.sides[1:] for i in side]
                )
                target.chairs = _unique(target.chairs + m.chairs)
                continue
            for meeting in meetings:
                if self.same(meeting, m):
                    meeting.mentions.append(m)
                    meeting.participants = _unique(meeting.participants + m.participants)
                    meeting.chairs = _unique(meeting.chairs + m.chairs)
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

    def _unnamed(self, m: MeetingMention) -> Meeting:
        """A back-reference with nothing to refer to (the lead was cut off): the meeting it
        describes, named after its chair."""
        chair = self.v.entities[m.chairs[0]]
        m.anaphoric = False
        m.name = (
            f"由{chair.mentions[0].text if chair.mentions else chair.name}主持的会议"
            if self.zh
            else f"Meeting chaired by {chair.name}"
        )
        m.kind, m.sub = "conference", "conference"
        return Meeting(
            mentions=[m],
            participants=_unique(m.participants),
            chairs=list(m.chairs),
            kind="conference",
        )

    # ---- 3. context dates ------------------------------------------------------------------
    def reference_date(self) -> str | None:
        """The article's date: its publication date, else the first full date of the lead."""
        if self.v.doc.published:
            return self.v.doc.published
        lead = self.v.sentences[:2]
        for s in lead:
            for t in self.v.times_in(s.start, s.end):
                if (
                    t.value
                    and _ISO.match(t.value)
                    and (parts(t.value) or (None, None, None))[2] is not None
                ):
                    return t.value
        return None

    def context_dates(self, meetings: list[Meeting]) -> None:
        ref = self.reference_date()
        ordered = sorted(meetings, key=lambda x: x.first.start)
        for i, meeting in enumerate(ordered):
            if meeting.date is not None and meeting.date.start:
                continue
            m = self._primary(meeting)
            sent = m.sentence
            earlier = [x for x in ordered[:i] if x.date and x.date.start]
            clause = self.text[
                clause_start(self.text, sent, m.start, self.c.lang, strong=True) : m.start
            ]
            if _FIRST_DAY.search(self.text, sent.start, sent.end):
                multi = [x for x in earlier if x.date and x.date.end and x.date.end != x.date.start]
                if multi:
                    meeting.date = DateValue(
                        multi[-1].date.start if multi[-1].date else None, None, "context"
                    )
                    continue
            if self.c.same_day.search(clause) and earlier:
                prev = earlier[-1].date
                meeting.date = DateValue(prev.start if prev else None, None, "context")
                continue
            host = self._within_visit(meeting, ordered[:i])
            if host is not None and host.date and host.date.start:
                meeting.date = DateValue(month_of(host.date.start), None, "context")
                continue
            if meeting.first.tense in ("recall", "plan", "plan!"):
                continue
            previous = self._previous_sentence_date(sent)
            if previous is not None:
                meeting.date = DateValue(previous, None, "context")
                continue
            if ref is not None and not meeting.first.in_title:
                meeting.date = DateValue(month_of(ref), None, "published")

    def _within_visit(self, meeting: Meeting, earlier: list[Meeting]) -> Meeting | None:
        if meeting.kind == "visit":
            return None
        visits = [x for x in earlier if x.kind == "visit" and x.reported]
        if not visits:
            return None
        m = self._primary(meeting)
        if self.c.during.search(self.text, m.sentence.start, m.end) or self.c.during.search(
            self.text, max(0, m.sentence.start - 2), m.sentence.start + 12
        ):
            return visits[-1]
        visitor = set(visits[-1].first.sides[0]) if visits[-1].first.sides else set()
        if visitor & set(meeting.participants) and m.sentence.paragraph >= 0:
            return visits[-1]
        return None

    def _previous_sentence_date(self, sent: Sentence) -> str | None:
        if sent.paragraph < 0:
            return None
        prev = [s for s in self.v.sentences if s.end <= sent.start]
        if not prev:
            return None
        for t in reversed(self.v.times_in(prev[-1].start, prev[-1].end)):
            p = parts(t.value)
            if t.value and _ISO.match(t.value) and p is not None and p[2] is not None:
                return t.value
        return None

    def _primary(self, meeting: Meeting) -> MeetingMention:
        for m in meeting.mentions:
            if not m.in_title and not m.anaphoric:
                return m
        return meeting.first

    # ---- 4./5. fields ------------------------------------------------------------------------
    def reported(self, meeting: Meeting, reported_spans: list[Meeting]) -> bool:
        m = self._primary(meeting)
        ref = self.reference_date()
        tense = m.tense
        date = meeting.date.start if meeting.date and meeting.date.how != "published" else None
        rel = relation(date, ref) if date else None
        if tense == "plan!":
            return False
        if rel == "before" and meeting.date and meeting.date.how == "sentence":
            return False
        if rel == "after":
            return False
        if tense == "plan":
            inside = any(
                x is not meeting
                and x.date
                and x.date.end
                and date
                and compatible(x.date.start, date)
                for x in reported_spans
            )
            if rel == "same" and (inside or not self.v.doc.published):
                return True
            return inside
        if tense == "recall":
            return (
                rel == "same"
                and meeting.date is not None
                and meeting.date.how == "sentence"
                and (parts(date) or (None, None, None))[2] is not None
            )
        return True

    def level(self, meeting: Meeting) -> str | None:
        cues = [m.level_cue for m in meeting.mentions if m.level_cue]
        if meeting.kind in ("conference", "negotiation") and cues:
            return cues[0]
        if any(m.sub == "credentials" for m in meeting.mentions):
            return "other"
        if meeting.kind == "visit":
            visitor = meeting.first.sides[0] if meeting.first.sides else []
            levels = [lv for lv in (self.v.level_of(i) for i in visitor) if lv]
            return max(levels, key=lambda x: LEVEL_RANK[x]) if levels else None
        if meeting.kind == "conference" or not meeting.first.sides:
            chairs = [lv for lv in (self.v.level_of(i) for i in meeting.chairs) if lv]
            if len(set(chairs)) > 1:
                return "other"
            if chairs:
                return chairs[0]
            people = {lv for lv in (self.v.level_of(i) for i in meeting.participants) if lv}
            return people.pop() if len(people) == 1 else None
        side_levels: list[str | None] = []
        firsts = [m for m in meeting.mentions if m.sides and not m.anaphoric] or [meeting.first]
        sides = [list(s) for s in firsts[0].sides]
        for m in meeting.mentions:
            if m.anaphoric and len(m.sides) > 1 and len(sides) > 1:
                sides[1] = sides[1] + m.sides[1]
        unnamed = set().union(*(m.unnamed_levels for m in meeting.mentions))
        for k, side in enumerate(sides):
            levels = [
                lv
                for lv in (self.v.level_of(i) for i in side if self.v.entities[i].type == "person")
                if lv
            ]
            subject_level = next((m.subject_level for m in firsts if m.subject_level), None)
            if levels:
                side_levels.append(max(levels, key=lambda x: LEVEL_RANK[x]))
            elif k == 0 and subject_level:
                side_levels.append(subject_level)
            elif k > 0 and unnamed:
                u = sorted(unnamed - {"same"})
                side_levels.append(u[0] if u else (side_levels[0] if side_levels else None))
            else:
                side_levels.append(None)
        known = [x for x in side_levels if x]
        if not known:
            return None
        if len(known) < len(side_levels):
            return known[0] if "same" in unnamed else None
        return known[0] if len(set(known)) == 1 else "other"

    def format(self, meeting: Meeting, reported: list[Meeting]) -> str | None:
        cues = [m.format_cue for m in meeting.mentions if m.format_cue]
        for preferred in ("phone", "hybrid", "virtual", "in_person"):
            if preferred in cues:
                return preferred
        if meeting.kind in ("talks", "other") and meeting.reported:
            return "in_person"
        if meeting.kind == "conference" and meeting.reported:
            m = self._primary(meeting)
            sent = m.sentence
            lo = clause_start(self.text, sent, m.start, self.c.lang, strong=True)
            hi = clause_end(self.text, sent, m.end, self.c.lang, strong=True)
            clause = self.text[lo:hi]
            # an opening, or a place after 在/in (在文莱开幕, 在美国纽约举行): people met there
            places = self.f._excluded(lo, hi)
            if re.search(r"开幕|闭幕|opened|opening\s+ceremony", clause) or any(
                self.v.refs_in(a, b, frozenset({"location", "state"})) for a, b in places
            ):
                return "in_person"
            if self.v.refs_in(lo, hi, frozenset({"location"})) and re.search(
                r"在|\bin\b|\bat\b", clause
            ):
                return "in_person"
            for other in reported:
                if (
                    other is meeting
                    or other.kind != "conference"
                    or not other.date
                    or not meeting.date
                ):
                    continue
                own = [x.format_cue for x in other.mentions if x.format_cue]
                if (
                    own and other.date.end and compatible(other.date.start, meeting.date.start)
                ) or (own and self._related(other, meeting)):
                    return own[0]
                if (
                    not own
                    and other.first.start < meeting.first.start
                    and self._related(other, meeting)
                ):
                    inherited = self.format(other, [])
                    if inherited:
                        return inherited
        return None

    def _related(self, parent: Meeting, child: Meeting) -> bool:
        """A meeting listed in the same sentence as, or right after, the one that opens a
        series (``拉开…系列峰会的帷幕``, ``AMM-53 and related meetings``)."""
        a, b = parent.first.sentence, self._primary(child).sentence
        return a is b or (
            a.paragraph >= 0
            and b.paragraph - a.paragraph <= 2
            and bool(
                re.search(r"系列|related|series|framework|框架", self.text[a.start : b.end], re.I)
            )
        )

    def finish(self, meetings: list[Meeting]) -> list[Meeting]:
        self.context_dates(meetings)
        ordered = sorted(meetings, key=lambda x: x.first.start)
        for meeting in ordered:
            meeting.kind = meeting.first.kind
            meeting.reported = True
        for meeting in ordered:
            meeting.reported = self.reported(meeting, [x for x in ordered if x.reported])
        main = next((x for x in ordered if x.reported and x.kind == "conference"), None)
        if main is not None:
            self._speakers(main)
        for i, meeting in enumerate(ordered, 1):
            first = self._primary(meeting)
            meeting.id = f"m{i}"
            meeting.name = next(
                (m.name for m in meeting.mentions if m.name and not m.in_title), first.name
            ) or next((m.name for m in meeting.mentions if m.name), None)
            meeting.ordinal = next(
                (m.ordinal for m in meeting.mentions if m.ordinal is not None), None
            )
            meeting.series = next((m.series for m in meeting.mentions if m.series), None)
            meeting.location = next((m.location for m in meeting.mentions if m.location), None)
            self._co_chairs(meeting)
            states = [
                s for s in (self.v.state_of(i) for i in meeting.participants + meeting.chairs) if s
            ]
            meeting.participants = _unique(meeting.participants + meeting.chairs + states)
            meeting.participants = [
                i
                for i in meeting.participants
                if self.v.entities[i].type in ("person", "state", "organization")
            ]
            meeting.level = self.level(meeting)
            meeting.evidence = sorted({m.sentence for m in meeting.mentions}, key=lambda s: s.start)
        for meeting in ordered:
            meeting.format = self.format(meeting, [x for x in ordered if x.reported])
        return ordered

    def _co_chairs(self, meeting: Meeting) -> None:
        """``A…并共同主持X``: with one chair named, the co-chair is the counterpart — the
        inviter of the visit or the other side of the talks."""
        if len(meeting.chairs) != 1 or not any(
            m.co_chair_alone for m in meeting.mentions
        ):
            return
        chair = meeting.chairs[0]
        chair_state = self.v.state_of(chair)
        for m in meeting.mentions:
            for side in m.sides:
                for i in side:
                    if self.v.entities[i].type == "person" and self.v.state_of(i) != chair_state:
                        meeting.chairs.append(i)
                        return

    def _speakers(self, main: Meeting) -> None:
        """In an article reporting one conference, people who speak in its body (``X强调``,
        ``X said``) and delegations (``越南代表团团长``) take part in it."""
        start = main.first.sentence.start
        for sent in self.v.sentences:
            if sent.start < start:
                continue
            speech = self.c.speech.search(self.text, sent.start, sent.end)
            if speech is None:
                continue
            groups = self.f.groups(sent.start, speech.start())
            if (
                groups
                and groups[0].persons
                and self.text[sent.start : groups[0].refs[0].start].strip()
                in ("", "For his part,", "For her part,")
                and not re.search(r"[，,。]", self.text[groups[0].refs[-1].end : speech.start()])
            ):
                main.participants = _unique(main.participants + groups[0].ids)
            for ref in self.v.refs_in(sent.start, sent.end, frozenset({"state"})):
                if self.c.delegation.search(self.text[ref.end : ref.end + 12]):
                    main.participants = _unique([*main.participants, ref.entity.id])
