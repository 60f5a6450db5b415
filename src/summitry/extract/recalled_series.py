"""Chinese sessions of a series that the article recalls or plans, named without an actor:
by their number alone (第二次峰会, 首届领导人会议) or by their host city (西安峰会). The named
meeting reader grows names from an actor (中国—东盟, 上海合作组织); these bare forms follow a
series the article has already named. Each is recorded only with a cue that places it off
the news (以来, 落实…成果, 为…做准备, a recall or plan word, an earlier or later date).
Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.cuewords import level_cue
from summitry.extract.dateparts import reference_date, relation
from summitry.extract.model import MeetingMention
from summitry.extract.numbers import chinese_number
from summitry.extract.reader import Reader
from summitry.extract.status import tense_cue
from summitry.nlp.sentences import Sentence, clause_start

#: A session of a series named by its number alone, once the article has named the series
#: (上合组织…；第二次峰会在圣彼得堡举行; 落实第二次领导人会议成果). With an actor before it the
#: named-meeting reader already has it; this reads the bare form.
ZH_BARE_SESSION = re.compile(
    r"(?:(?P<num>首|第[一二三四五六七八九十百零〇两\d]{1,4})[次届]|(?P<which>本|上|下)届)"
    r"(?:峰会|领导人会议|领导人会晤|外长会议|外长会|部长级会议|部长会议|高官会|会晤)"
)
#: The series named again by its generic noun right before a bare session (论坛第九届部长级
#: 会议, 该机制第三次会议): part of the name.
ZH_SERIES_BACKREF = re.compile(r"(?:该|本)?(?:论坛|机制)$")
#: 上届 (the previous session) recalls and 下届 (the next) plans by itself; 本届 (this one)
#: needs its clause's cue.
ZH_WHICH_TENSE = {"上": "recall", "下": "plan"}
#: Making a coming session a success: 办好本届部长级会议, 筹办下届峰会, 期待本届峰会.
ZH_HOST_BEFORE = re.compile(r"(?:办好|筹办|办成|期待|迎接)$")
#: What may stand right before a bare session: nothing that could be the end of a name.
#: Not 的: 召开的首次外长会议 describes the meeting the clause is about.
ZH_BARE_BEFORE = re.compile(
    r"(?:^|[，。；、,;：:\s（(“]|和|与|及|了|落实|回顾|在|于|至|自|从|为|将|办好|筹办|办成|期待|迎接)$"
)
#: Preparing for a session plans it: 为第三次领导人会议做准备.
ZH_PREPARE_AFTER = re.compile(r"[^，。；,;]{0,8}?(?:做准备|作准备|做好准备)")


def recalled_sessions(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Bare numbered sessions of ``sent`` (第二次峰会, 首届领导人会议) that the article places
    before or after its news: a recall or plan cue in their clause, or a date there that is
    not the article's. Chinese only."""
    if not rd.zh:
        return []
    out: list[MeetingMention] = []
    for hit in ZH_BARE_SESSION.finditer(rd.text, sent.start, sent.end):
        lo = max(sent.start, hit.start() - 4)
        series = ZH_SERIES_BACKREF.search(rd.text, lo, hit.start())
        start = series.start() if series else hit.start()
        if (not ZH_BARE_BEFORE.search(rd.text, max(sent.start, start - 4), start)
                and start != sent.start):
            continue
        if any(m.start <= hit.start() < m.end or hit.start() <= m.start < hit.end() for m in found):
            continue
        cue = session_tense(rd, sent, hit)
        if cue is None:
            continue
        out.append(off_news_session(
            sent, (start, hit.end()), rd.v.doc.text[start : hit.end()], "named.session",
            "zh.recalled.session", cue, level=level_cue(rd, hit.group()),
            ordinal=chinese_number(hit.group("num")[1:] or "首") if hit.group("num") else None,
        ))
    return out


def session_tense(
    rd: Reader, sent: Sentence, hit: re.Match[str]
) -> tuple[str, tuple[int, int]] | None:
    which = hit.group("which")
    if which in ZH_WHICH_TENSE:
        return ZH_WHICH_TENSE[which], hit.span("which")
    host = ZH_HOST_BEFORE.search(rd.text, max(sent.start, hit.start() - 3), hit.start())
    if host is not None:
        return "plan", host.span()
    found = tense_cue(rd, sent, hit.start(), named=True)
    if found is not None and found[0] in ("recall", "plan", "plan!"):
        return ("plan" if found[0].startswith("plan") else "recall"), found[1]
    prepare = ZH_PREPARE_AFTER.match(rd.text, hit.end(), sent.end)
    if prepare is not None:
        return "plan", prepare.span()
    ref = reference_date(rd)
    # the sentence's own date before the session (2002年6月7日，第二次峰会在…举行)
    for t in rd.v.times_in(sent.start, hit.start()):
        rel = relation(t.value, ref) if t.value else None
        if rel in ("before", "after"):
            return ("recall" if rel == "before" else "plan"), (t.start, t.end)
    return None


#: A summit named by its host city alone (西安峰会, 约翰内斯堡峰会), after a word that ends a
#: name's left edge; the stem is two to five characters that are no entity and no generic
#: qualifier (本届, 系列, 领导人…): the named-meeting reader has actor-led names.
ZH_SUMMIT = "峰会"
#: Entity types that make a stem an actor-led name rather than a host city.
ACTORS = frozenset({"state", "organization", "person"})
ZH_PLACE_STEM = re.compile(r"[\u4e00-\u9fff]{2,5}")
#: The words a city summit may follow (a name's left edge).
ZH_PLACE_BEFORE = re.compile(r"(?:回顾|落实|评价|期待|纪念|自|从|在|、|和|与|及|了)$")
ZH_GENERIC_STEMS = re.compile(
    r"本届|此次|这次|上届|下届|首届|历届|届|次|系列|领导人|元首|首脑|特别|双边|多边|区域|地区|国际"
    r"|论坛|合作|会议|这|该|本|那|各|两|多|成功|圆满|举办|召开"
)
#: Two one-character state abbreviations (中阿, 中非, 中拉): a pair's series, not a city; the
#: series' full name is the named reader's.
ZH_PAIR_STEM = re.compile(r"中[\u4e00-\u9fff]")
#: What follows a summit recalled for its outcomes: 峰会成果, 峰会后续行动, 峰会共识, 峰会以来.
ZH_OUTCOME_AFTER = re.compile(r"(?:的)?(?:后续|成果|共识|精神|以来)")


def place_summits(rd: Reader, sent: Sentence, found: list[MeetingMention]) -> list[MeetingMention]:
    """Summits named by their host city, recalled for their outcomes or placed off the news
    by a cue in their clause. Chinese only."""
    if not rd.zh:
        return []
    out: list[MeetingMention] = []
    for lo, stem_hi in place_stems(rd, sent):
        hi = stem_hi + len(ZH_SUMMIT)
        actors = rd.v.refs_in(lo - 1, stem_hi + 1, ACTORS)  # 中日峰会: the named reader's
        pair = ZH_PAIR_STEM.fullmatch(rd.text, lo, stem_hi)
        if ZH_GENERIC_STEMS.search(rd.text, lo, stem_hi) or actors or pair:
            continue
        lo = forum_before(rd, sent, lo)
        # a back-reference (峰会上) inside the name is not a name: it joins this summit
        if any(m.start < hi and lo < m.end for m in found + out if not m.anaphoric):
            continue
        cue = place_tense(rd, sent, lo, hi)
        if cue is None:
            continue
        out.append(off_news_session(sent, (lo, hi), rd.v.doc.text[lo:hi], "named.place",
                                    "zh.recalled.place_summit", cue, level="summit"))
    return out


def forum_before(rd: Reader, sent: Sentence, lo: int) -> int:
    """Where a city summit's name starts: at the organization named right before the city
    (中非合作论坛北京峰会: the forum's summit in Beijing), else at the city."""
    orgs = [r for r in rd.v.refs_in(max(sent.start, lo - 20), lo, frozenset({"organization"}))
            if r.end == lo]
    return orgs[-1].start if orgs else lo


def place_tense(
    rd: Reader, sent: Sentence, lo: int, hi: int
) -> tuple[str, tuple[int, int]] | None:
    """Recalled for its outcomes (峰会成果, 峰会以来), or the clause's plan or recall cue."""
    outcome = ZH_OUTCOME_AFTER.match(rd.text, hi)
    if outcome is not None:
        return "recall", outcome.span()
    found = tense_cue(rd, sent, lo, named=True)
    if found is None:
        modal = list(ZH_MODAL.finditer(rd.text, clause_start(rd.text, sent, lo, "zh"), lo))
        return ("plan", modal[-1].span()) if modal else None
    return ("plan" if found[0].startswith("plan") else "recall"), found[1]


#: 将 as a modal anywhere in a city summit's clause before it (将提交领导人在X峰会上通过):
#: not 将军, 将领, 上将, 中将, 少将, 大将.
ZH_MODAL = re.compile(r"(?<![上中少大])将(?![军领士])")


def place_stems(rd: Reader, sent: Sentence) -> list[tuple[int, int]]:
    """Each 峰会 of the sentence with the shortest stem (2-5 characters) whose left edge
    follows one of the cue words."""
    out: list[tuple[int, int]] = []
    pos = rd.text.find(ZH_SUMMIT, sent.start, sent.end)
    while pos >= 0:
        for n in range(2, 6):
            lo = pos - n
            if lo < sent.start or not ZH_PLACE_STEM.fullmatch(rd.text, lo, pos):
                break
            if ZH_PLACE_BEFORE.search(rd.text, max(sent.start, lo - 2), lo) or org_ends_at(
                rd, sent, lo
            ):
                out.append((lo, pos))
                break
        pos = rd.text.find(ZH_SUMMIT, pos + 1, sent.end)
    return out


def org_ends_at(rd: Reader, sent: Sentence, pos: int) -> bool:
    return any(r.end == pos for r in rd.v.refs_in(max(sent.start, pos - 20), pos,
                                                  frozenset({"organization"})))


def off_news_session(
    sent: Sentence, span: tuple[int, int], name: str, note: str, rule: str,
    cue: tuple[str, tuple[int, int]], *, level: str | None = None, ordinal: int | None = None,
) -> MeetingMention:
    """A session the article recalls or plans, named by ``span``, with the rule that read it
    and the cue that placed it off the news (``cue``: tense, and the span stating it). The
    status rule is the reading rule's family and the tense (``zh.recalled.recall``)."""
    m = MeetingMention(kind="conference", sub="conference", start=span[0], end=span[1],
                       sentence=sent, name=name, note=note, ordinal=ordinal, level_cue=level)
    m.tense = cue[0]
    m.record("kind", rule, span)
    m.record("name", rule, span)
    m.record("status", f"{rule.rsplit('.', 1)[0]}.{cue[0].rstrip('!')}", cue[1])
    return m
