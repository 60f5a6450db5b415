"""Chinese meeting names: grown leftwards from a meeting noun over actors, ordinals and
qualifiers until a verb, a preposition, a date or punctuation ends it.
"""

from __future__ import annotations

import re

from summitry.extract.context import Ref
from summitry.extract.model import MeetingMention
from summitry.extract.named_build import blocked_spans, is_event_name, make_named
from summitry.extract.parties import (
    ACTOR_TYPES,
    groups_in,
    ref_ending,
    ref_starting,
)
from summitry.extract.reader import Reader
from summitry.nlp.prefilter import finditer_in
from summitry.nlp.sentences import Sentence, clause_start

_ZH_PUNCT = set('，。；：！？“”"《》「」【】\n\t,;:!?')
_ZH_LIST_TAIL = re.compile(r"等(?:对话)?(?:伙伴国|伙伴|国家|国|成员国|机制)$")
_ZH_INNER_CONJ = re.compile(r"(?:与|和|同|及|、|-|—|–)$")


#: A noun followed by a longer meeting name is its modifier (东亚峰会高级官员…会议).
ZH_LONGER_NAME = re.compile(
    r"[^，。；、,;:：\s等在于和与及的了]{0,20}?(?:会议|峰会|会晤|论坛|高官会|外长会)"
)
ZH_TRAILING_ACRONYM = re.compile(r"\s*[（(]([A-Za-z][\w+\- ]{0,20})[)）]")


def joined_by_conjunction(rd: Reader, sent: Sentence, pos: int, conj: str) -> int | None:
    """Where a name continues leftwards over a conjunction: only between actors
    (东盟与中国、日本…会议, 东盟—俄罗斯高官会); None when the conjunction ends the name."""
    text = rd.text
    cut = pos - len(conj)
    tail = _ZH_LIST_TAIL.search(text[max(sent.start, cut - 8) : cut])
    if tail:
        cut -= len(tail.group())
    before = ref_ending(rd, cut, sent.start)
    after = ref_starting(rd, pos)
    if (
        before is not None
        and after is not None
        and before.type != "person"
        and not rd.c.meeting_nouns.search(text[before.start : before.end])
    ):
        return cut
    if conj in "-—–":
        if text[cut - 1] in "-—–" or in_dateline(rd, cut):
            return None  # "越通社河内——": a dateline, not a name
        return pos - 1
    if (
        after is not None
        and after.type != "person"
        and rd.v.refs_in(max(sent.start, cut - 10), cut, ACTOR_TYPES)
        and text[cut - 1] in "党部府"
    ):
        return cut
    return None


def step_left(rd: Reader, sent: Sentence, pos: int) -> tuple[int, bool] | None:
    """One step of growing a name leftwards: the new start and whether an actor was
    crossed, or None where the name ends (a person, a date, a dateline, punctuation, a
    verb or preposition of the cue table's stops)."""
    text = rd.text
    ending = ref_ending(rd, pos, sent.start)
    if ending is not None:
        if ending.type == "person":
            return None
        return ending.start, ending.type in ACTOR_TYPES
    if any(t.end == pos and t.value for t in rd.v.times):
        return None
    if DATELINE_END.search(text, max(sent.start, pos - 3), pos) and any(
        pos - 3 <= t.end <= pos - 1 for t in rd.v.times
    ):
        return None  # 越通社河内7月24日电 第十届…: the dateline ends where the name starts
    left = text[max(sent.start, pos - 8) : pos]
    tail = _ZH_LIST_TAIL.search(left)
    if tail and ref_ending(rd, pos - len(tail.group()), sent.start) is not None:
        return pos - len(tail.group()), False
    if text[pos - 1] in _ZH_PUNCT:
        return None
    if ZH_BYLINE_BEFORE.search(text, max(sent.start, pos - 30), pos):
        return None  # 电(记者董、袁)第31届…: the byline ends where the name starts
    conj = _ZH_INNER_CONJ.search(left)
    if conj is not None:
        cut = joined_by_conjunction(rd, sent, pos, conj.group())
        return None if cut is None else (cut, False)
    if rd.c.name_stops.search(left):
        return None
    return pos - 1, False


def grow_name(rd: Reader, sent: Sentence, n0: int, n1: int) -> tuple[int, int, bool]:
    """The start and end of the name a meeting noun ends, and whether it holds an actor."""
    pos, has_actor = n0, False
    for ref in rd.v.refs_in(max(sent.start, n0 - 20), n1 + 20, ACTOR_TYPES):
        if ref.start < n0 < ref.end or (ref.start <= n0 and n1 <= ref.end and ref.start < n0):
            pos, n1, has_actor = ref.start, max(n1, ref.end), True
    while pos > sent.start and n1 - pos < 45:
        step = step_left(rd, sent, pos)
        if step is None:
            break
        pos, crossed = step
        has_actor = has_actor or crossed
    return pos, n1, has_actor


def named_zh(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    """Every named meeting of a Chinese sentence."""
    text = rd.text
    blocked = blocked_spans(rd, sent)
    out: list[MeetingMention] = []
    for m in finditer_in(rd.c.meeting_nouns, text, sent.start, sent.end):
        n0, n1 = m.span()
        if any(a < n1 and n0 < b for a, b in blocked) or (out and n0 < out[-1].end):
            continue
        if ZH_OFFICE_AFTER.match(text, n1):
            continue  # 联邦安全会议秘书: a body whose officer is named, not a meeting
        if ZH_LONGER_NAME.match(text, n1, n1 + 24):
            continue  # 东亚峰会高级官员…会议: the first noun belongs to a longer name
        pos, n1, has_actor = grow_name(rd, sent, n0, n1)
        paren = ZH_TRAILING_ACRONYM.match(text, n1, n1 + 24)
        end = paren.end() if paren else n1  # 东亚峰会(EAS): the acronym belongs to the name
        pos = trim_zh(rd, pos, n0)
        name = text[pos:n1].strip()
        actors = list(rd.v.refs_in(pos, end, ACTOR_TYPES))
        if not actors and not has_actor:
            host = host_of(rd, sent, pos)
            if host is None:
                continue  # a back-reference (会议上) or a generic noun: see anaphora
            name = text[host[0].start : host[0].end] + re.sub(r"^题为|的$", "", name)
            name = re.sub(r"^(.*?)题为(.*)的(" + re.escape(m.group()) + ")$", r"\1\2\3", name)
            actors = host
        if ZH_COLLECTIVE.match(text, pos, n0) or ZH_COLLECTIVE_BEFORE.search(
            text, max(sent.start, pos - 4), pos
        ):
            continue  # 举行了多次东亚合作领导人会议, 两次东盟峰会: several meetings, none named
        noun = m.group()
        if noun == "仪式" and not rd.c.co_chair.search(text, sent.start, sent.end):
            continue
        if is_event_name(rd, sent, pos, end, actors, name):
            out.extend(make_named(rd, sent, pos, n1, end, name, actors, noun))
    return out


def host_of(rd: Reader, sent: Sentence, pos: int) -> list[Ref] | None:
    """``联合国安理会在美国纽约举行题为“…”的公开辩论会``: an unnamed meeting held by an
    actor takes the actor as its name's owner."""
    lo = clause_start(rd.text, sent, pos, rd.c.lang, strong=True)
    verb = re.search(r"(?:举行|召开|举办)了?(?:题为.{0,80})?$", rd.text[lo:pos])
    if verb is None:
        return None
    groups = groups_in(rd, lo, lo + verb.start())
    actors = [r for g in groups for r in g.refs if r.type in ACTOR_TYPES]
    return actors[:1] or None


def in_dateline(rd: Reader, pos: int) -> bool:
    d = rd.v.doc.dateline
    return d is not None and d.span.start <= pos <= d.span.end


#: Office titles after a noun that make it a body (安全会议秘书, 部长会议主席), not a meeting.
ZH_OFFICE_AFTER = re.compile(r"(?:秘书长?|主席|副主席|成员|委员|常任代表|代表)")
#: The end of a Chinese dateline (…7月24日电), possibly followed by a space.
DATELINE_END = re.compile(r"电\s*$")
#: A count or series word opening a name: the phrase sums up several meetings.
ZH_COLLECTIVE = re.compile(
    r"(?:多次|一系列|系列|数次|几次|多场|历次|各次|[两三四五六七八九十几][次场])"
)
ZH_COLLECTIVE_BEFORE = re.compile(ZH_COLLECTIVE.pattern + r"的?$")
#: A reporter's byline in brackets right before a name: (记者 董、袁), （记者：王国安 摄）.
ZH_BYLINE_BEFORE = re.compile(
    r"[（(][^（()）]{0,4}(?:记者|通讯员|特派记者)[^（()）]{0,20}[)）]\s*$"
)
#: A leading aside that is not part of a name: a reporter's byline ((记者 王国安)).
ZH_LEADING_ASIDE = re.compile(r"[（(][^（()）]{0,20}[)）]")


def trim_zh(rd: Reader, pos: int, n0: int) -> int:
    """Move a name's start past conjunctions, demonstratives and a leading aside."""
    while pos < n0:
        aside = ZH_LEADING_ASIDE.match(rd.text, pos, n0)
        if aside is not None and not rd.v.refs_in(aside.start(), aside.end()):
            pos = aside.end()
        elif rd.text[pos] in "）)、和与及同的了各该此本这" or rd.text[pos].isspace():
            pos += 1
        else:
            break
    return pos
