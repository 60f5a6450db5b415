"""Recalled and planned visits written as noun phrases: a person, a few modifiers and a
visit verb (``X访华期间``, ``X上次访华以来``, ``X首次访朝``, ``X去年访问沙特时``, ``X's previous
visit to Y``, ``X's planned trip to Y``).

The trigger table reads visits stated as news (``X对Y进行国事访问``) and leaves alone a visit
that is only the time frame of another clause (``访华期间``, ``访问时``). Such a phrase still
names a meeting the article recalls or plans; this module records it, but only with a cue
that places it away from the news: a recall or plan word in the phrase or its clause
(上次, 首次, 曾, 去年, 将, previous, last, planned), or a date in the phrase that is not the
article's. Without such a cue the phrase is the news visit itself and is left to the
triggers. Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import ISO_DATE, dateline_time, reference_date, relation
from summitry.extract.model import DateValue, MeetingMention
from summitry.extract.reader import Reader
from summitry.extract.status import tense_cue
from summitry.nlp.dates import TimeExpression
from summitry.nlp.sentences import Sentence, clause_end, clause_start

#: The note a recalled-visit mention carries (the stage keeps its own date).
RECALLED_NOTE = "event.recalled"
#: Chinese one-character destinations of a compact visit verb (访华 = visit China).
ZH_SHORT_DESTINATIONS: dict[str, str] = {
    "华": "CHN", "日": "JPN", "美": "USA", "俄": "RUS", "朝": "PRK", "韩": "KOR",
    "越": "VNM", "老": "LAO", "柬": "KHM", "马": "MYS", "泰": "THA", "缅": "MMR",
    "英": "GBR", "法": "FRA", "德": "DEU", "菲": "PHL", "澳": "AUS", "欧": "EU",
    "印尼": "IDN",
}
#: A person's name, then up to fourteen characters of modifiers in the same clause (a date,
#: 上次, 首次, 将于…展开) but no partner (同, 与: talks, not a visit), then the visit verb:
#: compact (访华) or followed by the destination's name (访问沙特, 出访菲律宾).
ZH_VISIT = re.compile(
    r"(?P<mod>[^，。；、,;：:“”\"（）()\s同与跟向]{0,14}?)"
    r"(?P<verb>(?:出访|访问|到访|访)(?P<short>印尼|[华日美俄朝韩越老柬马泰缅英法德菲澳欧])?)"
    r"(?![团者谈])"  # 访问团 (a delegation), 访谈 (an interview)
)
#: A visit phrase that frames another clause (访华期间，…将…; 上次访华以来…): the frame word,
#: and the main clause gives the tense; 以来 (since the visit) recalls it by itself.
ZH_FRAME_AFTER = re.compile(r"(?:之行)?(?:期间|时|之际|以来)")
ZH_SINCE = "以来"
#: Words of the phrase a name leaves out: tense and linking words (将于, 展开, 进行).
ZH_NAME_DROP = re.compile(
    r"即将|将|拟|计划|准备|有望|预计|于|展开|进行|开始|正式|曾经?|正在协调|正在安排|协调"
)
#: A speaker's 我 before the visit phrase (比奥表示，我上次访华以来…): the person is the
#: speaker named before a speech verb in the same sentence.
ZH_FIRST_PERSON = "我"
#: Words inside the phrase that place the visit before the news or after it.
ZH_RECALL_WORDS = re.compile(r"上次|上一次|此前|曾经?|去年|前年|当年|首次|第一次|早前|多年前")
ZH_PLAN_WORDS = re.compile(r"将|拟|即将|计划|准备|有望|预计")
#: English: a possessive person, up to three modifiers, a visit noun, "to" and a place.
EN_VISIT = re.compile(
    r"[’']s\s+(?P<mod>(?:[a-z][\w\-]*\s+){0,3}?)(?P<verb>visit|trip|tour)\s+to\s+"
)
EN_RECALL_WORDS = re.compile(r"\b(?:previous|last|first|earlier|former|past|historic)\b")
EN_PLAN_WORDS = re.compile(r"\b(?:planned|proposed|upcoming|next|forthcoming|expected)\b")


def recalled_visits(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Visits of ``sent`` written as noun phrases with a recall or plan cue, where no other
    mention of the sentence already covers the verb."""
    out: list[MeetingMention] = []
    persons = rd.v.refs_in(sent.start, sent.end, frozenset({"person"}))
    anchors = [(p.start, p.end, p.entity.id) for p in persons]
    if rd.zh:
        anchors += first_person_anchors(rd, sent)
    for p_start, p_end, pid in anchors:
        made = visit_after(rd, sent, p_start, p_end, pid)
        if made is None or any(m.start <= made.start < m.end for m in found + out):
            continue
        if any(m.kind == "visit" and abs(m.start - made.start) < 12 for m in found):
            continue
        out.append(made)
        framed = framed_talks(rd, sent, made, pid)
        if framed is not None and not any(m.start <= framed.start < m.end for m in found):
            out.append(framed)
    return out


#: Talks inside the visit a phrase frames, with the visitor as a pronoun: …访华期间，王毅将同
#: 其举行会谈 (Wang Yi will hold talks with him).
ZH_TALKS_WITH_PRONOUN = re.compile(
    r"(?:同|与|和|跟)(?:其|他|她)(?:举行|进行)?(?P<verb>会谈|会晤|会面|通话)"
)


def framed_talks(
    rd: Reader, sent: Sentence, visit: MeetingMention, visitor: str
) -> MeetingMention | None:
    """The talks a host holds with the visitor in the clause a visit phrase frames, with
    the visit's tense; the host is the last person named before 同其."""
    if not rd.zh:
        return None
    phrase_end = visit.prov["name"].spans[0][1]
    frame = ZH_FRAME_AFTER.match(rd.text, phrase_end)
    if frame is None:
        return None
    stops = [rd.text.find(c, frame.end(), sent.end) for c in "。；;"]
    end = min([sent.end] + [i for i in stops if i >= 0])
    hit = ZH_TALKS_WITH_PRONOUN.search(rd.text, frame.end(), end)
    if hit is None:
        return None
    hosts = rd.v.refs_in(frame.end(), hit.start(), frozenset({"person"}))
    if not hosts or hosts[-1].entity.id == visitor:
        return None
    host = hosts[-1].entity.id
    v_start, v_end = hit.span("verb")
    m = MeetingMention(
        kind="talks", sub="talks", start=v_start, end=v_end, sentence=sent,
        sides=[[host], [visitor]], participants=[host, visitor], note=RECALLED_NOTE,
    )
    verb = rd.v.doc.text[v_start:v_end]
    m.name = f"{person_name(rd, host)}同{person_name(rd, visitor)}{verb}"
    m.tense = visit.tense
    m.record("kind", "zh.recalled.framed_talks", hit.span())
    m.record("name", "zh.recalled.framed_talks", (hosts[-1].start, hosts[-1].end), hit.span())
    if "status" in visit.prov:
        m.prov["status"] = visit.prov["status"]
    return m


def person_name(rd: Reader, eid: str) -> str:
    """The person as the article first writes them (王毅, 蒙迪诺)."""
    e = rd.v.entities[eid]
    return e.mentions[0].text if e.mentions else e.name


def first_person_anchors(rd: Reader, sent: Sentence) -> list[tuple[int, int, str]]:
    """Each 我 of the sentence spoken by a person named before a speech verb before it."""
    out: list[tuple[int, int, str]] = []
    pos = rd.text.find(ZH_FIRST_PERSON, sent.start, sent.end)
    while pos >= 0:
        speech = list(rd.c.speech.finditer(rd.text, sent.start, pos))
        if speech:
            persons = rd.v.refs_in(sent.start, speech[-1].start(), frozenset({"person"}))
            if persons:
                out.append((pos, pos + 1, persons[-1].entity.id))
        pos = rd.text.find(ZH_FIRST_PERSON, pos + 1, sent.end)
    return out


def visit_after(
    rd: Reader, sent: Sentence, p_start: int, p_end: int, person: str
) -> MeetingMention | None:
    """The visit phrase right after a person's name, or None."""
    if rd.zh:
        hit = ZH_VISIT.match(rd.text, p_end, sent.end)
        if hit is None:
            return None
        dest, stop = zh_destination(rd, hit)
    else:
        hit = EN_VISIT.match(rd.text, p_end, sent.end)
        if hit is None:
            return None
        dest, stop = en_destination(rd, hit.end())
    if stop < 0:
        return None
    cue = phrase_tense(rd, sent, hit, p_start) or lead_tense(rd, sent, p_start)
    if cue is None:
        return None
    v_start, v_end = hit.span("verb")
    sides = [[person], [dest]] if dest else [[person]]
    m = MeetingMention(
        kind="visit", sub="visit", start=v_start, end=v_end, sentence=sent, sides=sides,
        participants=[i for s in sides for i in s], note=RECALLED_NOTE,
        format_cue="in_person",
    )
    m.name = phrase_name(rd, p_start, p_end, person, stop)
    later = [t for t in times_after(rd, sent, hit.end()) if t.value and relation(
        t.value, reference_date(rd)) in ("before", "after")]
    m.date = phrase_date(rd, hit) or lead_date(rd, sent, p_start) or (
        DateValue(later[0].value, later[0].value, how="sentence") if later else None)
    m.tense = cue[0]
    lang = rd.c.lang
    m.record("kind", f"{lang}.recalled.visit", (v_start, v_end))
    m.record("name", f"{lang}.recalled.visit", (p_start, stop))
    m.record("format", f"{lang}.format.visit", (v_start, v_end))
    m.record("status", f"{lang}.recalled.{cue[0]}", cue[1])
    return m


def zh_destination(rd: Reader, hit: re.Match[str]) -> tuple[str | None, int]:
    """The destination state's entity id (None when the text names it only in the verb,
    访华) and where the phrase ends; -1 when no destination follows the verb."""
    short = hit.group("short")
    spelled = rd.v.refs_in(hit.start("short"), hit.start("short") + 20, frozenset({"state"}))
    if short and spelled and spelled[0].start == hit.start("short"):
        return spelled[0].entity.id, spelled[0].end  # 出访菲律宾: the name, not 菲 alone
    if short:
        return state_id(rd, ZH_SHORT_DESTINATIONS[short]), hit.end()
    refs = rd.v.refs_in(hit.end(), hit.end() + 20, frozenset({"state"}))
    if refs and refs[0].start == hit.end():
        return refs[0].entity.id, refs[0].end
    return None, -1


def en_destination(rd: Reader, pos: int) -> tuple[str | None, int]:
    refs = rd.v.refs_in(pos, pos + 40, frozenset({"state"}))
    if refs and refs[0].start == pos:
        return refs[0].entity.id, refs[0].end
    return None, -1


def state_id(rd: Reader, code: str) -> str | None:
    """The document's entity for a state code; None when the text never names the state
    otherwise (the visit is still recorded, with the person as its only party)."""
    for e in rd.v.entities.values():
        if e.code == code and e.type in ("state", "organization"):
            return e.id
    return None


def phrase_tense(
    rd: Reader, sent: Sentence, hit: re.Match[str], p_start: int
) -> tuple[str, tuple[int, int]] | None:
    """``recall`` or ``plan`` and the cue's span: a word in the phrase, the clause's tense,
    or a date in the phrase before or after the article's."""
    mod_lo, mod_hi = hit.span("mod")
    words = (ZH_RECALL_WORDS, ZH_PLAN_WORDS) if rd.zh else (EN_RECALL_WORDS, EN_PLAN_WORDS)
    for pattern, value in zip(words, ("recall", "plan"), strict=True):
        w = pattern.search(rd.text, mod_lo, mod_hi)
        if w is not None:
            return value, w.span()
    frame = ZH_FRAME_AFTER.match(rd.text, hit.end()) if rd.zh else None
    if frame is not None and frame.group().endswith(ZH_SINCE):
        return "recall", frame.span()
    found = tense_cue(rd, sent, p_start)
    if found is None and frame is not None:
        found = main_clause_tense(rd, sent, frame.end())
    if found is not None and found[0] in ("recall", "plan", "plan!"):
        return ("plan" if found[0].startswith("plan") else "recall"), found[1]
    ref = reference_date(rd)
    for t in rd.v.times_in(mod_lo, mod_hi) + times_after(rd, sent, hit.end()):
        rel = relation(t.value, ref) if t.value else None
        if rel == "before":
            return "recall", (t.start, t.end)
        if rel == "after":
            return "plan", (t.start, t.end)
    return None


def times_after(rd: Reader, sent: Sentence, pos: int) -> list[TimeExpression]:
    """The dates of the phrase's own clause after it (X访日定在明年6月): they date the
    visit the clause is about."""
    hi = clause_end(rd.text, sent, pos, rd.c.lang)
    return [t for t in rd.v.times_in(pos, hi) if t.value and ISO_DATE.match(t.value)]


#: A title held "at the time" before the visitor: the visit is recalled (时任俄总统X访华,
#: then-President X's visit to …).
ZH_THEN_TITLE = re.compile(r"时任|時任|当时的?|當時的?")
EN_THEN_TITLE = re.compile(r"\bthen[\s\-]")


def lead_tense(
    rd: Reader, sent: Sentence, p_start: int
) -> tuple[str, tuple[int, int]] | None:
    """Recall from the words of the visitor's own clause before the name: a then-title
    (时任), or a date before the article's (1996年4月，时任…访华)."""
    lo = clause_start(rd.text, sent, p_start, rd.c.lang, strong=True)
    then = (ZH_THEN_TITLE if rd.zh else EN_THEN_TITLE).search(rd.text, lo, p_start)
    if then is not None:
        return "recall", then.span()
    ref = reference_date(rd)
    for t in rd.v.times_in(lo, p_start):
        if t.value and relation(t.value, ref) == "before":
            return "recall", (t.start, t.end)
    return None


def lead_date(rd: Reader, sent: Sentence, p_start: int) -> DateValue | None:
    """A date heading the visitor's clause (1996年4月，时任…访华): the visit's own, when the
    clause states nothing else before the name."""
    lo = clause_start(rd.text, sent, p_start, rd.c.lang, strong=True)
    ref, dateline = reference_date(rd), dateline_time(rd)
    times = [
        t for t in rd.v.times_in(lo, p_start)
        if t.value and ISO_DATE.match(t.value) and t is not dateline
        and relation(t.value, ref) not in ("same", "after")
    ]
    return DateValue(times[-1].value, times[-1].value, how="sentence") if times else None


def phrase_date(rd: Reader, hit: re.Match[str]) -> DateValue | None:
    """The date written inside the phrase (去年5月, in 2017); the sentence's other dates
    belong to the clause the phrase frames (an announcement, talks during the visit)."""
    for t in rd.v.times_in(*hit.span("mod")):
        if t.value and ISO_DATE.match(t.value):
            return DateValue(t.value, t.value, how="sentence")
    return None


def main_clause_tense(rd: Reader, sent: Sentence, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The plan or recall cue of the clause a visit phrase frames: up to the sentence's end
    or its first full stop or semicolon."""
    end = min([sent.end] + [i for i in (rd.text.find(c, pos, sent.end) for c in "。；;") if i >= 0])
    for pattern, value in ((rd.c.plan, "plan"), (rd.c.recall, "recall")):
        hit = pattern.search(rd.text, pos, end)
        if hit is not None:
            return value, hit.span()
    return None


def phrase_name(rd: Reader, p_start: int, p_end: int, person: str, stop: int) -> str:
    """The text's own words in the article's script, tense words left out: ``普京首次访朝``,
    ``欧尔班今年5月访华``, ``习近平去年访问沙特`` (a speaker's 我 written as the speaker)."""
    text = rd.v.doc.text
    who = text[p_start:p_end]
    if rd.zh and who == ZH_FIRST_PERSON:
        e = rd.v.entities[person]
        who = e.mentions[0].text if e.mentions else e.name
    rest = text[p_end:stop]
    if rd.zh:
        rest = ZH_NAME_DROP.sub("", rest)
    return (who + rest).strip()
