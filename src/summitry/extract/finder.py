"""Find the places where a text states a meeting, sentence by sentence.

Two shapes cover diplomatic reporting in both languages:

* a **named meeting**: a noun phrase ending in a meeting noun (``第十七次东盟—俄罗斯高官会``,
  ``the 53rd ASEAN Foreign Ministers' Meeting (AMM-53)``). The name is grown leftwards from
  the noun over actors, ordinals and qualifiers until a verb, a preposition, a date or
  punctuation ends it; it must hold an international actor, or it is a back-reference
  (``会议上``, ``the meeting``) to a meeting already named.
* an **interaction verb** between parties (``A同B举行会谈``, ``A会见B``, ``A met B``,
  ``A对B进行国事访问``): the parties are the entities on either side of the verb, grouped by
  conjunctions; a list of counterparts gives one meeting per counterpart when the verb is
  pairwise by nature (calls, receptions) or the text says so (``分别``, ``separately``).

Chairs, attendance, tense and the format are read from the same sentence. Dates, levels,
back-references and merging are left to :mod:`summitry.extract.assemble`, which sees the
whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from summitry.extract.context import DocView, Ref
from summitry.extract.model import MeetingMention
from summitry.extract.patterns import Cues, Trigger
from summitry.nlp.sentences import Sentence, clause_end, clause_start

PARTY_TYPES = frozenset({"person", "state", "organization"})
ACTOR_TYPES = frozenset({"state", "organization"})
_ZH_PUNCT = set('，。；：！？“”"《》「」【】\n\t,;:!?')
_ZH_LIST_TAIL = re.compile(r"等(?:对话)?(?:伙伴国|伙伴|国家|国|成员国|机制)$")
_ZH_INNER_CONJ = re.compile(r"(?:与|和|同|及|、|-|—|–)$")
_ZH_PAREN = re.compile(r"[（(][^（()）]{0,60}[)）]")
_EN_PAREN = re.compile(r"\([^()]{0,60}\)")
_EN_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_CONNECTORS = {"of", "on", "for", "and", "the", "-", "–", "—", "&"}
_EN_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w’'+\-.]*|[A-Z]{2,}[\w+\-]*|\(\w[\w+\- ]*\)[’']?s?|\d{1,3}(?:st|nd|rd|th)"
    r"|[A-Z][\w\-]*[’']s?|[A-Z][a-z]+-[A-Z][\w\-]*)$"
)
_EN_WORD = re.compile(r"\([^()]{1,30}\)[’']?s?|[\w’'+\-.]+|[,&–—-]")
_EN_SERIES_NUM = re.compile(r"\b(AMM|SOM|ADMM|AEM|EAS|ARF|ADSOM)[- ](\d{1,3})\b")
_EN_NTH_MEETING = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:meeting|session|plenary\s+session)\s+of\s+the\s+"
    r"((?:[A-Z][\w’'\-]*|of|on|and|the|for|-|–)(?:\s+(?:[A-Z][\w’'\-]*|of|on|and|the|for|-|–))*)"
    r"(\s+on\s+[a-z][\w\s\-–,]*?)?(?=\s+(?:to|in|at|for|by|which|that|was|is|will|and\s+the)\b|[.,;]|$)"
)
_EN_POSSESSIVE_MEETING = re.compile(r"[’']s\s+(conference|meeting|session)\b")


@dataclass
class _Group:
    """Parties joined without a conjunction: ``越南政府总理阮春福`` is one group of a state
    and a person; the person (when named) is the group's head."""

    refs: list[Ref]

    @property
    def persons(self) -> list[str]:
        return _unique([r.entity.id for r in self.refs if r.type == "person"])

    @property
    def head(self) -> str:
        persons = self.persons
        if persons:
            return persons[0]
        return self.refs[-1].entity.id

    @property
    def ids(self) -> list[str]:
        return _unique([r.entity.id for r in self.refs])


def _unique(items: list[str]) -> list[str]:
    """The items in order of first appearance, each once."""
    return list(dict.fromkeys(items))


def chinese_number(s: str) -> int | None:
    if s == "首":
        return 1
    if s.isdigit():
        return int(s)
    try:
        return int(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError):
        return None


class Finder:
    def __init__(self, view: DocView, cues: Cues):
        self.v = view
        self.c = cues
        self.text = view.text
        self.zh = cues.lang == "zh"

    # ---- the document ----------------------------------------------------------------
    def find(self) -> list[MeetingMention]:
        out: list[MeetingMention] = []
        sentences = ([self.v.title_sentence] if self.v.title_sentence else []) + self.v.sentences
        previous: list[MeetingMention] = []
        for sent in sentences:
            named = self.named(sent)
            events = self.events(sent, named, previous)
            found = sorted(named + events + self.anaphors(sent, named), key=lambda m: m.start)
            for m in found:
                m.in_title = sent.paragraph == -1
            out.extend(found)
            if events:
                previous = events
        return out

    # ---- parties ----------------------------------------------------------------------
    def _excluded(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans whose entities are not parties: parentheses (glosses, asides) and places
        after a location marker (``在美国纽约``)."""
        paren = _ZH_PAREN if self.zh else _EN_PAREN
        spans = [m.span() for m in paren.finditer(self.text, start, end)]
        for ref in self.v.refs_in(start, end):
            if ref.type in ("state", "location"):
                before = self.text[max(start, ref.start - 3) : ref.start]
                if (self.zh and re.search(r"(?:在|于|赴|抵达|前往|到)$", before)) or (
                    not self.zh
                    and re.search(
                        r"\b(?:in|at)\s+$", self.text[max(start, ref.start - 4) : ref.start]
                    )
                ):
                    spans.append((ref.start, ref.end))
        return spans

    def groups(
        self, start: int, end: int, skip: list[tuple[int, int]] | None = None
    ) -> list[_Group]:
        """The parties in ``text[start:end]`` as groups split at conjunctions; entities inside
        ``skip`` spans (an invitation clause) are left out."""
        if end <= start:
            return []
        excluded = self._excluded(start, end) + (skip or [])
        refs = [
            r
            for r in self.v.refs_in(start, end, PARTY_TYPES)
            if not any(a <= r.start and r.end <= b for a, b in excluded)
        ]
        out: list[_Group] = []
        prev: Ref | None = None
        for r in refs:
            if prev is not None and r.start < prev.end:
                continue  # nested mention (a gloss inside a name)
            gap = self.text[prev.end : r.start] if prev is not None else ""
            new = (
                prev is None
                or (prev.type == "person" and r.entity.id != prev.entity.id)
                or bool(self.c.conjunction.search(gap))
            )
            if new:
                out.append(_Group([r]))
            else:
                out[-1].refs.append(r)
            prev = r
        return out

    # ---- named meetings --------------------------------------------------------------
    def named(self, sent: Sentence) -> list[MeetingMention]:
        found = self._named_zh(sent) if self.zh else self._named_en(sent)
        chairs = self._chair_phrases(sent)
        for m in found:
            self._attach_chairs(m, chairs, found)
            self._attendance(m, sent)
            m.tense = self._tense(sent, m.start)
            m.format_cue = m.format_cue or self._format(sent, m.start, m.end)
        return found

    def _blocked(self, sent: Sentence) -> list[tuple[int, int]]:
        return [m.span() for m in self.c.not_meetings.finditer(self.text, sent.start, sent.end)]

    def _named_zh(self, sent: Sentence) -> list[MeetingMention]:
        text = self.text
        blocked = self._blocked(sent)
        out: list[MeetingMention] = []
        for m in self.c.meeting_nouns.finditer(text, sent.start, sent.end):
            n0, n1 = m.span()
            if any(a < n1 and n0 < b for a, b in blocked):
                continue
            if out and n0 < out[-1].end:
                continue
            longer = (r"[^，。；、,;:：\s等在于和与及的了]{0,20}?"
                      r"(?:会议|峰会|会晤|论坛|高官会|外长会)")
            if re.match(longer, text[n1 : n1 + 24]):
                continue  # 东亚峰会高级官员…会议: the first noun belongs to a longer name
            pos, has_actor = n0, False
            for ref in self.v.refs_in(max(sent.start, n0 - 20), n1 + 20, ACTOR_TYPES):
                if ref.start < n0 < ref.end or (
                    ref.start <= n0 and n1 <= ref.end and ref.start < n0
                ):
                    pos, n1, has_actor = ref.start, max(n1, ref.end), True
            while pos > sent.start and n1 - pos < 45:
                ending = self._ref_ending(pos, sent.start)
                if ending is not None:
                    if ending.type == "person":
                        break
                    if ending.type in ACTOR_TYPES:
                        has_actor = True
                    pos = ending.start
                    continue
                if any(t.end == pos and t.value for t in self.v.times):
                    break
                ch = text[pos - 1]
                left = text[max(sent.start, pos - 8) : pos]
                tail = _ZH_LIST_TAIL.search(left)
                if tail and self._ref_ending(pos - len(tail.group()), sent.start) is not None:
                    pos -= len(tail.group())
                    continue
                if ch in _ZH_PUNCT:
                    break
                conj = _ZH_INNER_CONJ.search(left)
                if conj is not None:
                    # inside a name only between actors: 东盟与中国、日本…会议, 东盟—俄罗斯高官会
                    cut = pos - len(conj.group())
                    tail = _ZH_LIST_TAIL.search(text[max(sent.start, cut - 8) : cut])
                    if tail:
                        cut -= len(tail.group())
                    before = self._ref_ending(cut, sent.start)
                    after = self._ref_starting(pos)
                    joins = (
                        before is not None
                        and after is not None
                        and before.type != "person"
                        and not self.c.meeting_nouns.search(text[before.start : before.end])
                    )
                    if joins:
                        pos = cut
                        continue
                    if conj.group() in "-—–":
                        if text[cut - 1] in "-—–" or self._in_dateline(cut):
                            break  # "越通社河内——": a dateline, not a name
                        pos -= 1
                        continue
                    if (
                        after is not None
                        and after.type != "person"
                        and self.v.refs_in(max(sent.start, cut - 10), cut, ACTOR_TYPES)
                        and text[cut - 1] in "党部府"
                    ):
                        pos = cut
                        continue
                    break
                if self.c.name_stops.search(left):
                    break
                pos -= 1
            # a trailing acronym in parentheses belongs to the name: 东亚峰会(EAS)
            paren = re.match(r"\s*[（(]([A-Za-z][\w+\- ]{0,20})[)）]", text[n1 : n1 + 24])
            end = n1 + paren.end() if paren else n1
            pos = self._trim_zh(pos, n0)
            name = text[pos:n1].strip()
            actors = [r for r in self.v.refs_in(pos, end, ACTOR_TYPES)]
            if not actors and not has_actor:
                host = self._host(sent, pos)
                if host is None:
                    continue  # a back-reference (会议上) or a generic noun: see anaphora
                name = text[host[0].start : host[0].end] + re.sub(r"^题为|的$", "", name)
                name = re.sub(r"^(.*?)题为(.*)的(" + re.escape(m.group()) + ")$", r"\1\2\3", name)
                actors = host
            noun = m.group()
            if noun == "仪式" and not self.c.co_chair.search(text, sent.start, sent.end):
                continue
            if not self._is_event_name(sent, pos, end, actors, name):
                continue
            out.extend(self._make_named(sent, pos, n1, end, name, actors, noun))
        return out

    def _host(self, sent: Sentence, pos: int) -> list[Ref] | None:
        """``联合国安理会在美国纽约举行题为“…”的公开辩论会``: an unnamed meeting held by an
        actor takes the actor as its name's owner."""
        lo = clause_start(self.text, sent, pos, self.c.lang, strong=True)
        verb = re.search(r"(?:举行|召开|举办)了?(?:题为.{0,80})?$", self.text[lo:pos])
        if verb is None:
            return None
        groups = self.groups(lo, lo + verb.start())
        actors = [r for g in groups for r in g.refs if r.type in ACTOR_TYPES]
        return actors[:1] or None

    def _in_dateline(self, pos: int) -> bool:
        d = self.v.doc.dateline
        return d is not None and d.span.start <= pos <= d.span.end

    def _trim_zh(self, pos: int, n0: int) -> int:
        while pos < n0 and (
            self.text[pos] in "）)、和与及同的了各该此本这" or self.text[pos].isspace()
        ):
            pos += 1
        return pos

    def _ref_ending(self, pos: int, floor: int) -> Ref | None:
        best = None
        for r in self.v.refs_in(max(floor, pos - 30), pos):
            if r.end == pos and (best is None or r.start < best.start):
                best = r
        return best

    def _ref_starting(self, pos: int) -> Ref | None:
        refs = self.v.refs_in(pos, pos + 30)
        return refs[0] if refs and refs[0].start == pos else None

    def _is_event_name(
        self, sent: Sentence, start: int, end: int, actors: list[Ref], name: str
    ) -> bool:
        """A bare series name (``东亚峰会``, ``EAS``) is a mechanism unless the clause makes it
        an event: an ordinal, a date, or a verb of holding or attending."""
        series_only = len({r.entity.id for r in actors}) == 1 and all(
            r.start <= start + 1 and r.end >= end - 6 for r in actors
        )
        if not series_only:
            return True
        if any(p.search(name) for p in self.c.ordinals):
            return True
        lo = clause_start(self.text, sent, start, self.c.lang)
        hi = clause_end(self.text, sent, end, self.c.lang)
        clause = self.text[lo:hi]
        if self.v.times_in(lo, hi):
            return True
        verbs = (
            r"召开|举行|出席|参加|开幕|闭幕|举办|与会|峰会上|会议上"
            if self.zh
            else r"\b(?:held|hold|holds|attend\w*|opened|opens|convened|took place|takes place|"
            r"hosted|chaired|joined)\b"
        )
        return bool(re.search(verbs, clause))

    def _make_named(
        self,
        sent: Sentence,
        start: int,
        noun_end: int,
        end: int,
        name: str,
        actors: list[Ref],
        noun: str,
    ) -> list[MeetingMention]:
        text = self.text
        ordinal = None
        for p in self.c.ordinals:
            om = p.search(text, start, end)
            if om:
                ordinal = (
                    chinese_number(om.group(1))
                    if self.zh
                    else _EN_ORDINAL_WORDS.get(om.group(1).lower()) or int(om.group(1))
                    if om.group(1).isdigit() or om.group(1).lower() in _EN_ORDINAL_WORDS
                    else None
                )
                break
        series = None
        for r in actors:
            actor = self.v.kb.get(r.entity.kb_id) if r.entity.kb_id else None
            if actor is not None and actor.series:
                series = r.entity.code
        if series is None:
            orgs = [r for r in actors if r.type == "organization"]
            series = orgs[0].entity.code if orgs else None
        level = self._level_cue(text[start:end])
        if level is None:
            # a meeting listed under a series noun: …等系列峰会, …and related summits
            series_noun = re.search(
                r"^[^。；;]{0,60}?(?:等系列|及系列|and\s+related\s+)(峰会|会议|summits|meetings)",
                text[end : sent.end],
                re.I,
            )
            if series_noun:
                level = self._level_cue(series_noun.group(1).capitalize())
        fmt = self._format_in(text[start:end])
        kind = (
            "negotiation"
            if noun in ("谈判",) or noun.lower().startswith("negotiation")
            else "other"
            if noun == "仪式"
            else "conference"
        )
        ids = _unique([r.entity.id for r in actors])
        if (
            kind == "conference"
            and not any(r.type == "organization" for r in actors)
            and len(ids) == 2
        ):
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
        split = self._partners(start, noun_end, actors)
        if not split:
            return [base]
        head, partners = split
        out = []
        for partner in partners:
            joiner = "与" if self.zh else "-"
            pname = text[partner.start : partner.end]
            name_p = (
                f"{text[head.start : head.end]}{joiner}{pname}{noun}"
                if self.zh
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

    def _partners(self, start: int, end: int, actors: list[Ref]) -> tuple[Ref, list[Ref]] | None:
        """``东盟与中国、日本、韩国…会议``: one meeting of the organization per partner."""
        if len(actors) < 3 or actors[0].type != "organization":
            return None
        head = actors[0]
        gap = self.text[head.end : actors[1].start]
        if not re.fullmatch(r"\s*(?:与|同|和|-|–|—|\+)\s*", gap):
            return None
        partners = []
        prev = actors[1]
        partners.append(prev)
        for r in actors[2:]:
            sep = self.text[prev.end : r.start]
            if not sep.strip() or not re.fullmatch(
                r"\s*(?:(?:、|,|和|及|以及|and|,\s*and)\s*)?(?:等(?:对话)?(?:伙伴国|伙伴|国家|国)\s*(?:及|和|以及)\s*)?",
                sep,
            ):
                return None
            partners.append(r)
            prev = r
        return (head, partners) if len(partners) >= 2 else None

    def _level_cue(self, name: str) -> str | None:
        best: tuple[int, int, str] | None = None
        for pattern, level in self.c.level_cues:
            for m in pattern.finditer(name):
                key = (m.end(), m.end() - m.start(), level)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None

    def _format_in(self, text: str) -> str | None:
        for pattern, fmt in self.c.format_cues:
            if pattern.search(text):
                return fmt
        return None

    def _format(self, sent: Sentence, start: int, end: int) -> str | None:
        """A format cue in the clause that holds the mention (or the whole sentence for a
        short one)."""
        lo = clause_start(self.text, sent, start, self.c.lang, strong=True)
        hi = clause_end(self.text, sent, end, self.c.lang, strong=True)
        return self._format_in(self.text[lo:hi])

    def _named_en(self, sent: Sentence) -> list[MeetingMention]:
        text = self.text
        blocked = self._blocked(sent)
        out: list[MeetingMention] = []
        taken: list[tuple[int, int]] = []
        for m in _EN_NTH_MEETING.finditer(text, sent.start, sent.end):
            start, end = m.start(), m.end()
            actors = self.v.refs_in(start, end, ACTOR_TYPES)
            taken.append((start, end))
            out.append(
                MeetingMention(
                    kind="conference",
                    sub="conference",
                    start=start,
                    end=end,
                    sentence=sent,
                    name=text[start:end].strip(),
                    ordinal=int(m.group(1)),
                    level_cue=self._level_cue(m.group(2)),
                    participants=_unique([r.entity.id for r in actors]),
                    note="named",
                )
            )
        for m in self.c.meeting_nouns.finditer(text, sent.start, sent.end):
            n0, n1 = m.span()
            if not m.group()[0].isupper() or any(a < n1 and n0 < b for a, b in blocked + taken):
                continue
            if re.match(
                r"(?:\s*\([A-Za-z+\-]+\))?(?:\s+[A-Z][\w’'\-]*){1,5}?\s+"
                + self.c.meeting_nouns.pattern,
                text[n1 : n1 + 80],
            ):
                # "East Asia Summit (EAS) Foreign Ministers' Meeting": the noun is a modifier
                continue
            floor = max([b for a, b in taken if b <= n0], default=sent.start)
            words = list(_EN_WORD.finditer(text, floor, n0))
            pos = n0
            ordinals: list[int] = []
            i = len(words) - 1
            while i >= 0:
                w = words[i].group()
                if text[words[i].end() : pos].strip() not in ("", "-", "–"):
                    break
                if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", w):
                    ordinals.append(int(re.match(r"\d+", w).group()))  # type: ignore[union-attr]
                    pos = words[i].start()
                    i -= 1
                    continue
                if ordinals and w in ("and", "&", ","):
                    pos = words[i].start()
                    i -= 1
                    continue
                if ordinals:
                    break
                if _EN_NAME_WORD.match(w) or (
                    w.lower() in _EN_CONNECTORS
                    and i > 0
                    and _EN_NAME_WORD.match(words[i - 1].group())
                    and w.lower() != "the"
                ):
                    if w.lower() in ("the", "a") or (
                        w.lower() == "on" and not text[pos:n0].strip()[:1].isupper()
                    ):
                        break
                    pos = words[i].start()
                    i -= 1
                    continue
                break
            while True:
                head = re.match(r"(?:the|of|on|for|and|[-–,&])\s+", text[pos:n0], re.IGNORECASE)
                if not head:
                    break
                pos += head.end()
            end = n1
            paren = re.match(r"\s*\(([A-Za-z][\w+\-’' ]{0,20})\)", text[n1 : n1 + 26])
            if paren:
                end = n1 + paren.end()
            if pos >= n0:
                continue
            actors = self.v.refs_in(pos, end, ACTOR_TYPES)
            if not actors and not re.search(r"\b[A-Z]{2,}\b", text[pos:end]):
                continue
            noun = m.group()
            name = text[pos:end].strip()
            if (
                noun.endswith("s")
                and noun not in ("Talks", "Consultations", "Negotiations")
                and len(ordinals) < 2
            ):
                continue  # "ASEAN Summits", "related meetings": a series, not one meeting
            if not self._is_event_name(sent, pos, end, actors, name):
                continue
            taken.append((pos, end))
            if len(ordinals) >= 2 and noun.endswith("s"):
                base_name = text[words[i + 1].start() if i + 1 < len(words) else pos : end]
                rest = re.sub(r"^(?:\d{1,3}(?:st|nd|rd|th)\s*(?:,|and|&)?\s*)+", "", base_name)
                rest = re.sub(r"s\b(?=[^A-Za-z]*$)", "", rest) if rest.endswith("s") else rest
                for o in sorted(ordinals):
                    suffix = {1: "st", 2: "nd", 3: "rd"}.get(
                        o % 10 if o % 100 not in (11, 12, 13) else 0, "th"
                    )
                    mm = self._make_named(
                        sent, pos, n1, end, f"{o}{suffix} {rest}", actors, noun.rstrip("s")
                    )
                    for x in mm:
                        x.ordinal = o
                    out.extend(mm)
                continue
            made = self._make_named(sent, pos, n1, end, name, actors, noun)
            if ordinals and made:
                made[0].ordinal = ordinals[0]
            out.extend(made)
        for m in _EN_POSSESSIVE_MEETING.finditer(text, sent.start, sent.end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            words = list(_EN_WORD.finditer(text, max(sent.start, m.start() - 160), m.start()))
            pos = m.start()
            for word in reversed(words):
                token = word.group()
                if _EN_NAME_WORD.match(token) or token.lower() in _EN_CONNECTORS - {"and"}:
                    pos = word.start()
                    continue
                break
            while re.match(r"(?:the|of|on|for)\s", text[pos : m.start()], re.IGNORECASE):
                pos = text.index(" ", pos) + 1
            actors = self.v.refs_in(pos, m.end(), ACTOR_TYPES)
            if actors:
                taken.append((pos, m.end()))
                name = text[pos : m.start()] + " " + m.group(1)
                out.extend(self._make_named(sent, pos, m.end(), m.end(), name, actors, m.group(1)))
        for m in _EN_SERIES_NUM.finditer(text, sent.start, sent.end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            actors = self.v.refs_in(m.start(), m.end(), ACTOR_TYPES)
            acronym = MeetingMention(
                kind="conference",
                sub="conference",
                start=m.start(),
                end=m.end(),
                sentence=sent,
                name=m.group(),
                ordinal=int(m.group(2)),
                series=m.group(1),
                level_cue=self._level_cue(m.group(1)),
                participants=_unique([r.entity.id for r in actors]),
                note="named:acronym",
            )
            out.append(acronym)
        return sorted(out, key=lambda x: x.start)

    # ---- back-references --------------------------------------------------------------
    def anaphors(self, sent: Sentence, named: list[MeetingMention]) -> list[MeetingMention]:
        """``会议上``, ``共同主持了会议``, ``The event was co-chaired by…``: a meeting named
        before (or, in an article whose lead was cut, never named) gets this sentence's
        chairs, attendees, format and evidence."""
        if named:
            return []
        m = self.c.anaphora.search(self.text, sent.start, sent.end)
        if m is None:
            attend = self.c.attend.search(self.text, sent.start, sent.end)
            if attend is None or any(
                t.pattern.search(self.text, sent.start, sent.end) for t in self.c.triggers
            ):
                return []
            groups = [g for g in self.groups(sent.start, attend.start()) if g.persons]
            if not groups:
                return []
            mention = MeetingMention(
                kind="conference",
                sub="conference",
                start=attend.start(),
                end=attend.end(),
                sentence=sent,
                anaphoric=True,
                note="anaphor:attend",
            )
            mention.participants = _unique([i for g in groups for i in g.ids])
            return [mention]
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in self._blocked(sent)) or "各" in m.group():
            return []
        word = m.group().lower()
        sub = "talks" if ("会谈" in word or "会晤" in word or "talks" in word) else "conference"
        mention = MeetingMention(
            kind="talks" if sub == "talks" else "conference",
            sub=sub,
            start=start,
            end=end,
            sentence=sent,
            anaphoric=True,
            note="anaphor",
        )
        for _, _, ids, co in self._chair_phrases(sent):
            mention.chairs = _unique(mention.chairs + ids)
            if co and len(ids) == 1:
                mention.co_chair_alone = True
        lo = sent.start
        for a in self.c.attend.finditer(self.text, sent.start, sent.end):
            for g in self.groups(lo, a.start()):
                mention.participants = _unique(mention.participants + g.ids)
        mention.participants = _unique(mention.participants + mention.chairs)
        mention.format_cue = self._format_in(self.text[sent.start : sent.end])
        return [mention]

    # ---- chairs, attendance, tense -----------------------------------------------------
    def _chair_phrases(self, sent: Sentence) -> list[tuple[int, int, list[str], bool]]:
        """(cue start, cue end, chair ids, co-chaired) for every chair phrase of the sentence."""
        out = []
        for m in self.c.chair_before.finditer(self.text, sent.start, sent.end):
            lo = clause_start(self.text, sent, m.start(), self.c.lang, strong=True)
            if self.zh:
                marker = list(
                    re.finditer(
                        r"由|在" if m.group().endswith("下") else r"由", self.text[lo : m.start()]
                    )
                )
                if marker:
                    lo = lo + marker[-1].end()
                weak = clause_start(self.text, sent, m.start(), self.c.lang)
                if not marker and self.v.refs_in(weak, m.start(), PARTY_TYPES):
                    lo = weak
            groups = self.groups(lo, m.start())
            if not self.zh and not groups:
                continue
            out.append(
                (
                    m.start(),
                    m.end(),
                    _unique([g.head for g in groups]),
                    bool(self.c.co_chair.search(m.group())),
                )
            )
        for m in self.c.chair_after.finditer(self.text, sent.start, sent.end):
            hi = clause_end(self.text, sent, m.end(), self.c.lang)
            stop = re.search(r"\s(?:on|in|at|from|during)\s|,", self.text[m.end() : hi])
            if stop:
                hi = m.end() + stop.start()
            groups = self.groups(m.end(), hi)
            out.append(
                (
                    m.start(),
                    m.end(),
                    _unique([g.head for g in groups]),
                    bool(self.c.co_chair.search(m.group())),
                )
            )
        return out

    def _attach_chairs(
        self,
        m: MeetingMention,
        chairs: list[tuple[int, int, list[str], bool]],
        found: list[MeetingMention],
    ) -> None:
        for c0, c1, ids, co in chairs:
            after_cue = [x for x in found if x.start >= c1]
            before_cue = [x for x in found if x.end <= c0]
            if m in after_cue or (not after_cue and before_cue and before_cue[-1] is m):
                m.chairs = _unique(m.chairs + ids)
                if co and len(ids) == 1:
                    m.co_chair_alone = True

    def _attendance(self, m: MeetingMention, sent: Sentence) -> None:
        """``A和B…出席了X会议``, ``A attended the X Meeting``: the subject attends."""
        lo = clause_start(self.text, sent, m.start, self.c.lang, strong=True)
        for a in self.c.attend.finditer(self.text, lo, m.start):
            for g in self.groups(lo, a.start()):
                m.participants = _unique(m.participants + g.ids)

    def _tense(self, sent: Sentence, pos: int) -> str | None:
        lo = clause_start(self.text, sent, pos, self.c.lang)
        if not self.zh:
            lo = sent.start
        before = self.text[lo:pos]
        # "preparations for", "筹备" are firm: the meeting is the topic, not the event
        if self.c.plan_firm.search(before):
            return "plan!"
        if self.c.plan.search(before):
            return "plan"
        after = self.text[pos : clause_end(self.text, sent, pos, self.c.lang)]
        if self.c.recall.search(before) or (
            not self.zh
            and re.search(
                r"^.{0,80}?\b(?:in\s+(?:19|20)\d\d|earlier\s+this\s+year|last\s+(?:year|month|week))\b",
                after,
            )
        ):
            return "recall"
        if (
            self.c.plan.search(after[:60])
            and not self.zh
            and re.search(r"^\S*\s*(?:slated|scheduled)", after)
        ):
            return "plan"
        return None

    # ---- interaction verbs -------------------------------------------------------------
    def events(
        self, sent: Sentence, named: list[MeetingMention], previous: list[MeetingMention]
    ) -> list[MeetingMention]:
        out: list[MeetingMention] = []
        hits: list[tuple[re.Match[str], Trigger]] = []
        for trig in self.c.triggers:
            for m in trig.pattern.finditer(self.text, sent.start, sent.end):
                if any(n.start <= m.start() < n.end for n in named):
                    continue
                if any(
                    r.start <= m.start() < r.end
                    for r in self.v.refs_in(m.start() - 20, m.end() + 1)
                ):
                    continue
                if any(h.start() < m.end() and m.start() < h.end() for h, _ in hits):
                    continue
                hits.append((m, trig))
        hits.sort(key=lambda h: h[0].start())
        subject: list[_Group] = []
        visit: MeetingMention | None = None
        for m, trig in hits:
            made = self._event(sent, m, trig, subject, visit, previous + out)
            if made:
                first = made[0]
                if first.sides and first.sides[0]:
                    subject = self._groups_of_mention(first)
                if first.kind == "visit":
                    visit = first
            out.extend(made)
        return out

    def _event(
        self,
        sent: Sentence,
        m: re.Match[str],
        trig: Trigger,
        subject: list[_Group],
        visit: MeetingMention | None,
        earlier: list[MeetingMention],
    ) -> list[MeetingMention]:
        text = self.text
        lo = clause_start(text, sent, m.start(), self.c.lang, strong=True)
        hi = clause_end(text, sent, m.end(), self.c.lang)
        weak_lo = clause_start(text, sent, m.start(), self.c.lang)
        after_text = text[m.end() : hi]
        if self.zh and trig.sub != "visit" and after_text.startswith("的"):
            return []  # attributive: 前来递交国书的大使 describes the guests of another meeting
        anaphoric = False
        clause_tail = text[m.end() : clause_end(text, sent, m.end(), self.c.lang)]
        if (
            self.zh
            and re.search(r"(?:时|期间|之际|中)$", clause_tail.strip())
            and trig.kind != "visit"
        ):
            anaphoric = True
        if not self.zh and re.search(
            r"\b(?:during|in|at|while|when)\s+(?:his|her|their|the)?\s*$",
            text[max(sent.start, m.start() - 16) : m.start()],
            re.I,
        ):
            anaphoric = True
        # invitation: 应X邀请 / at the invitation of X
        inviters: list[str] = []
        inv_spans: list[tuple[int, int]] = []
        for inv in self.c.invitation.finditer(text, sent.start, sent.end):
            inv_spans.append(inv.span())
            for g in self.groups(inv.start(1), inv.end(1)):
                inviters.extend(g.persons or g.ids[-1:])
        region_lo = lo
        subj_groups: list[_Group] = []
        obj_groups: list[_Group] = []
        destination: list[str] = []
        visit_trigger = trig.kind == "visit"
        if trig.objects == "before":
            marker = self._partner_marker(region_lo, m.start(), trig)
            if marker is not None:
                subj_groups = self.groups(region_lo, marker[0], inv_spans)
                obj_groups = self.groups(marker[1], m.start(), inv_spans)
            else:
                subj_groups = self.groups(region_lo, m.start(), inv_spans)
        else:
            subj_groups = self.groups(region_lo, m.start(), inv_spans)
            obj_hi = hi
            if not self.zh:
                stop = re.search(
                    r"\s(?:in|at|on|to\s+discuss|during|for|ahead|as|after|following|amid|"
                    r"while|which|who|where|from)\s|[;(]|,(?!\s+(?:and\s+)?[A-Z][\w\s]{0,60}\s+of\s)",
                    text[m.end() : hi],
                )
                if stop and not (visit_trigger and stop.group().strip() == "to"):
                    obj_hi = m.end() + stop.start()
            obj_groups = self.groups(m.end(), obj_hi)
        if visit_trigger:
            trig_text = m.group()
            if trig_text in ("来访", "到访"):
                host, visitor = subj_groups, obj_groups
                subj_groups = visitor
                destination = _unique(
                    [self.v.state_of(g.head) or "" for g in host if g.persons]
                ) or [i for g in host for i in g.ids if self.v.entities[i].type == "state"]
                inviters.extend(p for g in host for p in g.persons)
                obj_groups = []
            else:
                dui = None
                if self.zh:
                    # 对老挝进行国事访问: the destination sits between 对 and 进行
                    dui = list(
                        re.finditer(r"对(?=[^，。；]{1,30}?进行)", text[region_lo : m.start()]))
                if dui:
                    cut = region_lo + dui[-1].start()
                    dest_groups = self.groups(cut, m.start(), inv_spans)
                    subj_groups = self.groups(region_lo, cut, inv_spans)
                    destination = [
                        i for g in dest_groups for i in g.ids if self.v.entities[i].type == "state"
                    ]
                else:
                    destination = [
                        i for g in obj_groups for i in g.ids if self.v.entities[i].type == "state"
                    ]
                obj_groups = []
        # the subject is left out after the first clause: 访问期间，A同B举行会谈；与C举行会晤
        subj_persons = [p for g in subj_groups for p in g.persons]
        if not subj_persons and self._pronoun(lo, m.start()):
            last = self._last_person_before(lo)
            if last is not None:
                subj_groups = [_Group([last])]
                subj_persons = [last.entity.id]
        if not subj_persons:
            both = self.c.both_sides.search(text, lo, m.start())
            if both and earlier:
                prev = earlier[-1]
                persons = [
                    p for side in prev.sides for p in side if self.v.entities[p].type == "person"
                ]
                if len(persons) >= 2:
                    subj_groups = [_Group([r]) for r in self._refs_for(persons[:1])]
                    obj_groups = [_Group([r]) for r in self._refs_for(persons[1:2])]
            elif subject and not subj_groups:
                subj_groups = subject
            elif visit is not None and not subj_groups:
                subj_groups = self._groups_of_mention(visit)
            elif self.c.during.search(text, sent.start, m.start()) and earlier and not subj_groups:
                v = next((e for e in reversed(earlier) if e.kind == "visit"), None)
                if v is not None:
                    subj_groups = self._groups_of_mention(v)
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
        separately = bool(self.c.separately.search(text, weak_lo if self.zh else lo, m.end() + 12))
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
                _unique([i for g in subj_groups for i in g.ids]),
                _unique(destination + inviters),
            ]
            mention = self._event_mention(sent, m, trig, parts)
            mention.participants = _unique(parts[0] + parts[1])
            return [mention]
        if not subj_groups or not obj_groups:
            return []
        unnamed = self._unnamed_levels(
            m.end() if trig.objects == "after" else lo,
            hi if trig.objects == "after" else m.start(),
            obj_groups,
        )
        if (
            not (subj_persons or any(g.persons for g in subj_groups))
            and not named_obj
            and not unnamed
        ):
            return []
        if not named_obj and not unnamed and not any(g.persons for g in subj_groups):
            return []
        if not named_obj and trig.sub in ("reception",) and not unnamed:
            return []
        pieces: list[list[_Group]]
        if (trig.split or separately) and len(named_obj) >= 2:
            pieces = [[g] for g in named_obj]
        elif separately and len(obj_groups) >= 2:
            pieces = [[g] for g in obj_groups]
        else:
            pieces = [obj_groups]
        out = []
        for piece in pieces:
            parts = [
                _unique([i for g in subj_groups for i in g.ids]),
                _unique([i for g in piece for i in g.ids]),
            ]
            mention = self._event_mention(sent, m, trig, parts)
            mention.unnamed_levels = set(unnamed)
            if not subj_persons:
                obj_start = (obj_groups[0].refs[0].start if trig.objects == "before" and obj_groups
                             else m.start())
                found = self._unnamed_levels(region_lo, obj_start, subj_groups)
                mention.subject_level = next((x for x in found if x != "same"), None)
            if re.search(r"\bhost", m.group(), re.I):
                mention.chairs = [g.head for g in subj_groups]
            out.append(mention)
        return out

    def _pronoun(self, lo: int, hi: int) -> bool:
        """A subject written as a pronoun or a bare title (``the President``, ``he``,
        ``该总理``)."""
        region = self.text[lo:hi]
        if self.zh:
            return bool(re.search(r"(?:^|[，,])\s*(?:他|她|该|这位)", region))
        return bool(
            re.search(
                r"\b(?:he|she|the\s+(?:President|Prime\s+Minister|PM|Premier|Minister|leader|"
                r"top\s+leader|host|Chairman|Chairwoman|Party\s+chief|General\s+Secretary))\b",
                region,
                re.I,
            )
        )

    def _last_person_before(self, pos: int) -> Ref | None:
        people = [
            r
            for r in self.v.refs
            if r.end <= pos
            and r.type == "person"
            and not (self.v.title_sentence and r.start < self.v.title_sentence.end)
        ]
        return people[-1] if people else None

    def _groups_of_mention(self, mention: MeetingMention) -> list[_Group]:
        refs = self._refs_for(mention.sides[0] if mention.sides else [])
        return [_Group(refs)] if refs else []

    def _refs_for(self, ids: list[str]) -> list[Ref]:
        out = []
        for i in ids:
            e = self.v.entities.get(i)
            if e is not None and e.mentions:
                out.append(Ref(e.mentions[0].start, e.mentions[0].end, e))
        return out

    def _partner_marker(self, lo: int, hi: int, trig: Trigger) -> tuple[int, int] | None:
        """The conjunction that introduces the counterpart (``A同B举行会谈``): the last
        同/与/跟 (or 和) outside any entity name with a party after it."""
        best = None
        for pattern in (r"同|与|跟|向", r"和") if self.zh else (r"\bwith\b",):
            for mk in re.finditer(pattern, self.text[lo:hi]):
                s, e = lo + mk.start(), lo + mk.end()
                if any(r.start <= s < r.end for r in self.v.refs_in(max(0, s - 20), e + 20)):
                    continue
                if not self.groups(e, hi):
                    continue
                best = (s, e)
            if best is not None:
                return best
        return None

    def _unnamed_levels(self, lo: int, hi: int, groups: list[_Group]) -> list[str]:
        region = self.text[lo:hi]
        if not self.zh and re.search(r"\bcounterparts?\b", region, re.I):
            return ["same"]
        out = []
        for pattern, level in self.c.unnamed_titles:
            if pattern.search(region):
                out.append(level)
                break
        return out

    def _event_mention(
        self, sent: Sentence, m: re.Match[str], trig: Trigger, sides: list[list[str]]
    ) -> MeetingMention:
        fmt = trig.format or self._format(sent, m.start(), m.end())
        if trig.kind == "visit":
            fmt = "in_person"
        mention = MeetingMention(
            kind=trig.kind,
            sub=trig.sub,
            start=m.start(),
            end=m.end(),
            sentence=sent,
            sides=sides,
            participants=_unique([i for s in sides for i in s]),
            format_cue=fmt,
            note="event",
        )
        mention.tense = self._tense(sent, m.start())
        mention.name = self._event_name(trig, sides, m.group())
        mention.location = self._location(sent)
        return mention

    def _surface(self, eid: str) -> str:
        e = self.v.entities[eid]
        if self.zh:
            return e.mentions[0].text if e.mentions else e.name
        return e.name

    def _event_name(self, trig: Trigger, sides: list[list[str]], verb: str) -> str:
        def side_name(ids: list[str]) -> str:
            persons = [i for i in ids if self.v.entities[i].type == "person"]
            chosen = persons or ids
            sep = "、" if self.zh else ", "
            return sep.join(self._surface(i) for i in chosen[:4])

        a = side_name(sides[0]) if sides else ""
        b = side_name(sides[1]) if len(sides) > 1 else ""
        if self.zh:
            return {
                "call": f"{a}同{b}通电话",
                "visit": f"{a}对{b}进行访问",
                "reception": f"{a}会见{b}",
                "credentials": f"{a}向{b}递交国书",
                "talks": f"{a}同{b}举行会谈",
            }.get(trig.sub, f"{a}{verb}{b}")
        return {
            "call": f"Phone talks between {a} and {b}",
            "visit": f"Visit to {b} by {a}",
            "reception": f"{a} receives {b}",
            "credentials": f"Presentation of credentials to {b} by {a}",
            "talks": f"Talks between {a} and {b}",
        }.get(trig.sub, f"{a} {verb} {b}")

    def _location(self, sent: Sentence) -> str | None:
        for ref in self.v.refs_in(sent.start, sent.end, frozenset({"location"})):
            return ref.entity.name
        return None
