"""English meeting names: ``the 53rd ASEAN Foreign Ministers' Meeting (AMM-53)``, ``16th
meeting of the X``, ``X's conference``, ``AMM-53``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.extract.cuewords import level_cue
from summitry.extract.model import MeetingMention
from summitry.extract.named_build import blocked_spans, is_event_name, make_named
from summitry.extract.parties import ACTOR_TYPES, unique
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence, clause_end, clause_start

_EN_CONNECTORS = {"of", "on", "for", "and", "the", "-", "–", "—", "&"}
_EN_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w’'+\-.]*|[A-Z]{2,}[\w+\-]*|\(\w[\w+\- ]*\)[’']?s?|\d{1,3}(?:st|nd|rd|th)"
    r"|[A-Z][\w\-]*[’']s?|[A-Z][a-z]+-[A-Z][\w\-]*)$"
)
_EN_WORD = re.compile(r"\([^()]{1,30}\)[’']?s?|[\w’'+\-.]+|[,&–—-]")
_EN_SERIES_NUM = re.compile(r"\b(AMM|SOM|ADMM|AEM|EAS|ARF|ADSOM)[- ](\d{1,3})\b")
#: "16th meeting of the ASEAN Defence Ministers", "16th meeting of BRICS leaders", "19th
#: Summit between Japan and the European Union": an ordinal, a meeting noun, its owners.
_EN_NTH_MEETING = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?i:meeting|session|plenary\s+session|summit|round|ministerial\s+council)\s+"
    r"(?:of|between)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'\-]*|of|on|and|the|for|-|–)(?:\s+(?:[A-Z][\w’'\-]*|of|on|and|the|for|-|–))*"
    r"(?:\s+(?i:leaders|heads\s+of\s+(?:state|government)|foreign\s+ministers|ministers"
    r"|senior\s+officials))?)"
    r"(\s+on\s+[a-z][\w\s\-–,]*?)?(?=\s+(?:to|in|at|for|by|which|that|was|is|will|and\s+the)\b|\s*[(.,;]|$)"
)
#: "the 22nd bilateral summit", "the 5th annual meeting": an ordinal before a common noun.
_EN_NTH_COMMON = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w\-]+\s+){0,3}?"
    r"(summit|meeting|session|round\s+of\s+talks|dialogue|consultations)\b"
)
_EN_POSSESSIVE_MEETING = re.compile(r"[’']s\s+(conference|meeting|session)\b")


def nth_meetings(rd: Reader, sent: Sentence, taken: list[tuple[int, int]]) -> list[MeetingMention]:
    """Numbered meetings named by a phrase after the noun (``16th meeting of BRICS
    leaders``) or by a common noun (``the 22nd bilateral summit``), whose owners are the
    actors of the phrase or, for a common noun, of the clause."""
    text = rd.text
    out: list[MeetingMention] = []
    for pattern, rule in (
        (_EN_NTH_MEETING, "en.name.nth_meeting_of"),
        (_EN_NTH_COMMON, "en.name.nth_common"),
    ):
        for m in finditer_in(pattern, text, sent.start, sent.end):
            start, end = m.span()
            if any(a < end and start < b for a, b in taken):
                continue
            actors = rd.v.refs_in(start, end, ACTOR_TYPES)
            if pattern is _EN_NTH_COMMON:
                lo = clause_start(text, sent, start, rd.c.lang, strong=True)
                hi = clause_end(text, sent, end, rd.c.lang, strong=True)
                actors = rd.v.refs_in(lo, hi, ACTOR_TYPES)
                if not actors:
                    continue
            taken.append((start, end))
            mention = MeetingMention(
                kind="conference",
                sub="conference",
                start=start,
                end=end,
                sentence=sent,
                name=text[start:end].strip(),
                ordinal=int(m.group(1)),
                level_cue=level_cue(rd, m.group(0)),
                participants=unique([r.entity.id for r in actors]),
                note="named",
            )
            states = {r.entity.id for r in actors if r.type == "state"}
            if pattern is _EN_NTH_COMMON and len(states) == 2 and len(actors) == len(states):
                mention.kind = "talks"  # a numbered bilateral summit of two states
            for name in ("name", "kind", "ordinal", "level"):
                mention.record(name, rule, (start, end))
            out.append(mention)
    return out


_EN_ORDINAL_TOKEN = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_EN_NAME_HEAD = re.compile(r"(?:the|of|on|for|and|[-–,&])\s+", re.IGNORECASE)
_EN_TRAILING_ACRONYM = re.compile(r"\s*\(([A-Za-z][\w+\-’' ]{0,20})\)")
_EN_LEADING_ORDINALS = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)\s*(?:,|and|&)?\s*)+")
#: An acronym in a name (APEC, G20, OSCE); an all-capitals headline word is no acronym.
ACRONYM = re.compile(r"\b[A-Z]{2,6}\b(?![ \t]+[A-Z]{2,})")
#: Between an actor's name and a lower-case meeting noun: nothing, its acronym, or the
#: rank that meets, in either case ("APEC Economic Leaders' meeting").
ACTOR_TO_NOUN = re.compile(
    r"(?:\s*\([A-Za-z0-9+\-]+\))?(?:\s+(?i:(?:economic\s+)?(?:leaders|heads\s+of\s+state|"
    r"foreign\s+ministers|ministers|senior\s+officials))[’']?)?\s+$"
)


def actor_before(rd: Reader, sent: Sentence, n0: int) -> int | None:
    """A lower-case meeting noun right after an organization's name, with its acronym or
    the level of those who meet (the G7 summit, the Group of Seven (G7) summit, a NATO
    summit, the Apec leaders' meeting) names that organization's meeting: where the
    organization's name ends."""
    for ref in rd.v.refs_in(max(sent.start, n0 - 60), n0, ACTOR_TYPES):
        if ref.type == "organization" and ACTOR_TO_NOUN.fullmatch(rd.text, ref.end, n0):
            return ref.end
    return None


def after_actor(rd: Reader, sent: Sentence, n0: int) -> bool:
    return actor_before(rd, sent, n0) is not None


@dataclass
class Grown:
    """A name grown leftwards from its noun: its start, the ordinals it opens with
    ("42nd and 43rd ASEAN Summits"), and the first word kept."""

    pos: int
    ordinals: list[int]
    first_word: int | None


def grow_left(rd: Reader, floor: int, n0: int) -> Grown:
    """Capitalised words, connectors and ordinals before a meeting noun."""
    text = rd.text
    words = list(_EN_WORD.finditer(text, floor, n0))
    pos, ordinals, i = n0, [], len(words) - 1
    while i >= 0:
        w = words[i].group()
        if text[words[i].end() : pos].strip() not in ("", "-", "–"):
            break
        number = _EN_ORDINAL_TOKEN.fullmatch(w)
        if number:
            ordinals.append(int(number.group(1)))
        elif ordinals and w in ("and", "&", ","):
            pass
        elif ordinals:
            break
        elif _EN_NAME_WORD.match(w) or (
            w.lower() in _EN_CONNECTORS
            and i > 0
            and _EN_NAME_WORD.match(words[i - 1].group())
            and w.lower() != "the"
        ):
            if w.lower() in ("the", "a") or (
                w.lower() == "on" and not text[pos:n0].strip()[:1].isupper()
            ):
                break
        else:
            break
        pos = words[i].start()
        i -= 1
    while True:
        head = _EN_NAME_HEAD.match(text, pos, n0)
        if not head:
            break
        pos = head.end()
    first = words[i + 1].start() if i + 1 < len(words) else None
    return Grown(pos, ordinals, first)


def ordinal_suffix(o: int) -> str:
    return {1: "st", 2: "nd", 3: "rd"}.get(o % 10 if o % 100 not in (11, 12, 13) else 0, "th")


def noun_capital(m: re.Match[str]) -> bool:
    return m.group()[:1].isupper()


def from_noun(
    rd: Reader, sent: Sentence, m: re.Match[str], taken: list[tuple[int, int]]
) -> list[MeetingMention]:
    """The named meeting(s) a capitalised meeting noun ends, or none."""
    text = rd.text
    n0, n1 = m.span()
    modifier = (
        r"(?:\s*\([A-Za-z+\-]+\))?(?:\s+[A-Z][\w’'\-]*){1,5}?\s+" + rd.c.meeting_nouns.pattern
    )
    if re.match(modifier, text[n1 : n1 + 80]):
        return []  # "East Asia Summit (EAS) Foreign Ministers' Meeting": a modifier
    floor = max([b for a, b in taken if b <= n0], default=sent.start)
    owner_end = None if noun_capital(m) else actor_before(rd, sent, n0)
    grown = grow_left(rd, floor, n0)
    if owner_end is not None and owner_end < n0 and grown.pos >= n0:
        # "the Apec leaders' meeting": the name grows from the organization's name
        grown = grow_left(rd, floor, owner_end)
    pos, ordinals = grown.pos, grown.ordinals
    paren = _EN_TRAILING_ACRONYM.match(text, n1)
    end = paren.end() if paren else n1
    if pos >= n0:
        return []
    actors = rd.v.refs_in(pos, end, ACTOR_TYPES)
    if not actors and not ACRONYM.search(text, pos, n0):
        return []
    noun = m.group()
    name = text[pos:end].strip()
    plural = noun.endswith("s") and noun not in ("Talks", "Consultations", "Negotiations")
    if plural and len(ordinals) < 2:
        return []  # "ASEAN Summits", "related meetings": a series, not one meeting
    if not is_event_name(rd, sent, pos, end, actors, name):
        return []
    taken.append((pos, end))
    if len(ordinals) >= 2 and noun.endswith("s"):
        # "the 42nd and 43rd ASEAN Summits": one meeting per number
        base_name = text[grown.first_word if grown.first_word is not None else pos : end]
        rest = _EN_LEADING_ORDINALS.sub("", base_name)
        rest = re.sub(r"s\b(?=[^A-Za-z]*$)", "", rest) if rest.endswith("s") else rest
        out = []
        for o in sorted(ordinals):
            label = f"{o}{ordinal_suffix(o)} {rest}"
            for x in make_named(rd, sent, pos, n1, end, label, actors, noun.rstrip("s")):
                x.ordinal = o
                out.append(x)
        return out
    made = make_named(rd, sent, pos, n1, end, name, actors, noun)
    if ordinals and made:
        made[0].ordinal = ordinals[0]
    return made


def possessive_meetings(
    rd: Reader, sent: Sentence, taken: list[tuple[int, int]]
) -> list[MeetingMention]:
    """``the OSCE's conference``: an actor's meeting written with a possessive."""
    text = rd.text
    out: list[MeetingMention] = []
    for m in finditer_in(_EN_POSSESSIVE_MEETING, text, sent.start, sent.end):
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
        actors = rd.v.refs_in(pos, m.end(), ACTOR_TYPES)
        if actors:
            taken.append((pos, m.end()))
            name = text[pos : m.start()] + " " + m.group(1)
            out.extend(make_named(rd, sent, pos, m.end(), m.end(), name, actors, m.group(1)))
    return out


def series_numbers(
    rd: Reader, sent: Sentence, taken: list[tuple[int, int]]
) -> list[MeetingMention]:
    """``AMM-53``, ``SOM 21``: a series acronym and its number."""
    out: list[MeetingMention] = []
    for m in finditer_in(_EN_SERIES_NUM, rd.text, sent.start, sent.end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        actors = rd.v.refs_in(m.start(), m.end(), ACTOR_TYPES)
        acronym = MeetingMention(
            kind="conference",
            sub="conference",
            start=m.start(),
            end=m.end(),
            sentence=sent,
            name=m.group(),
            ordinal=int(m.group(2)),
            series=m.group(1),
            level_cue=level_cue(rd, m.group(1)),
            participants=unique([r.entity.id for r in actors]),
            note="named:acronym",
        )
        for name in ("name", "kind", "ordinal", "level"):
            acronym.record(name, "en.name.series_number", m.span())
        out.append(acronym)
    return out


#: The occasion talks were held at: "on the sidelines of the UN General Assembly", "on the
#: margins of the G20": the organization's session is under way.
_EN_SIDELINES_OF = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+|this\s+year[’']s\s+)?"
)


def occasion_sessions(
    rd: Reader, sent: Sentence, taken: list[tuple[int, int]]
) -> list[MeetingMention]:
    """An organization named as the occasion of talks (``met B on the margins of the UN
    General Assembly``) holds a session, which the parties before the phrase attend. A
    meeting noun after the organization is left to the name rules."""
    out: list[MeetingMention] = []
    for m in finditer_in(_EN_SIDELINES_OF, rd.text, sent.start, sent.end):
        refs = rd.v.refs_in(m.end(), m.end() + 80, ACTOR_TYPES)
        if not refs or refs[0].start != m.end() or refs[0].type != "organization":
            continue
        org = refs[0]
        if any(a < org.end and org.start < b for a, b in taken):
            continue
        if rd.c.meeting_nouns.match(rd.text, org.end + 1) or re.match(r"\s*\(", rd.text[org.end :]):
            continue
        taken.append((org.start, org.end))
        mention = MeetingMention(
            kind="conference",
            sub="conference",
            start=org.start,
            end=org.end,
            sentence=sent,
            name=rd.text[org.start : org.end],
            participants=[org.entity.id],
            note="named:occasion",
        )
        for field in ("name", "kind"):
            mention.record(field, "en.name.occasion", (m.start(), org.end))
        out.append(mention)
    return out


def named_en(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    """Every named meeting of an English sentence."""
    blocked = blocked_spans(rd, sent)
    taken: list[tuple[int, int]] = []
    out = nth_meetings(rd, sent, taken)
    for m in finditer_in(rd.c.meeting_nouns, rd.text, sent.start, sent.end):
        n0, n1 = m.span()
        if any(a < n1 and n0 < b for a, b in blocked + taken):
            continue
        if not m.group()[0].isupper() and not after_actor(rd, sent, n0):
            continue  # "a meeting" is no name; "the G7 summit", "a BRICS summit" are
        out.extend(from_noun(rd, sent, m, taken))
    out.extend(possessive_meetings(rd, sent, taken))
    out.extend(series_numbers(rd, sent, taken))
    out.extend(occasion_sessions(rd, sent, taken))
    return sorted(out, key=lambda x: x.start)
