"""English sessions named by their place in a series: "the previous meeting of the Council",
"the next summit", "the first Strategic Dialogue meeting in Washington", "the last round of
talks". The named-meeting reader wants a proper name; these phrases name a session by its
order, and the order word itself places it before or after the news (previous, last →
recalled; next, upcoming → planned); an ordinal (first, second) needs its clause's tense or
a date off the news. Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.cuewords import level_cue
from summitry.extract.dateparts import reference_date, relation
from summitry.extract.model import MeetingMention
from summitry.extract.numbers import EN_ORDINAL_WORDS
from summitry.extract.reader import Reader
from summitry.extract.recalled_series import off_news_session
from summitry.extract.status import tense_cue
from summitry.nlp.sentences import Sentence

#: Order words that place a session by themselves.
EN_ORDER_TENSE = {
    "previous": "recall", "last": "recall", "preceding": "recall",
    "next": "plan", "upcoming": "plan", "forthcoming": "plan", "coming": "plan",
}
#: An order word, up to four capitalised words (the series), a session noun, and an
#: optional "of the …" / "in <Place>" tail of capitalised words.
EN_ORDER_SESSION = re.compile(
    r"\b(?P<order>previous|last|preceding|next|upcoming|forthcoming|coming|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?P<level>(?:[a-z]+-level|high-level)\s+)?"
    r"(?P<series>(?:[A-Z][\w\-'’+]*\s+(?:(?:and|&|of)\s+(?=[A-Z]))?){0,5})"
    r"(?P<noun>(?i:summit|meeting|session|round|ministerial|dialogue|forum|conference))s?\b"
    r"(?P<tail>(?:\s+(?:of\s+the|for|on)(?:\s+(?:[A-Z(][\w\-'’()]*|of|and|on|for)){1,14})?"
    r"(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
)
#: A modal plan before a session in its clause ("would hold their third … Dialogue"), and a
#: relative time after it ("… next week"): both place it after the news when no date does.
EN_MODAL_PLAN = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to)\s+(?:hold|host|convene|attend|join)\b"
)
EN_PLAN_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)"
    r"|tomorrow)\b"
)


def order_sessions(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Sessions of ``sent`` named by their order, placed off the news."""
    if rd.zh:
        return []
    out: list[MeetingMention] = []
    for hit in EN_ORDER_SESSION.finditer(rd.text, sent.start, sent.end):
        if any(m.start < hit.end() and hit.start() < m.end for m in found + out):
            continue
        if not hit.group("series") and not hit.group("tail"):
            continue  # "the next meeting" alone names no series
        cue = order_tense(rd, sent, hit)
        if cue is None:
            continue
        name = rd.v.doc.text[hit.start() : hit.end()].strip()
        out.append(off_news_session(
            sent, hit.span(), name, "named.order", "en.recalled.order", cue,
            level=level_cue(rd, name),
            ordinal=EN_ORDINAL_WORDS.get(hit.group("order").lower()),
        ))
    return out


def order_tense(
    rd: Reader, sent: Sentence, hit: re.Match[str]
) -> tuple[str, tuple[int, int]] | None:
    order = hit.group("order").lower()
    if order in EN_ORDER_TENSE:
        return EN_ORDER_TENSE[order], hit.span("order")
    found = tense_cue(rd, sent, hit.start(), named=True)
    if found is not None:
        return ("plan" if found[0].startswith("plan") else "recall"), found[1]
    modal = list(EN_MODAL_PLAN.finditer(rd.text, sent.start, hit.start()))
    if modal:
        return "plan", modal[-1].span()
    later = EN_PLAN_AFTER.search(rd.text[hit.end() : sent.end])
    if later is not None:
        return "plan", (hit.end() + later.start(), hit.end() + later.end())
    return order_tense_by_date(rd, sent)


#: A United Nations body's scheduled debate, named by its topic: "an open debate on the
#: protection of civilians", "a high-level debate on peacekeeping". The topic runs to a verb,
#: a date or punctuation.
EN_DEBATE = re.compile(
    r"\b(?P<noun>(?:open|high-level|thematic|ministerial-level)\s+debate)\s+on\s+"
    r"(?P<topic>(?:the\s+)?[A-Za-z][\w’'\-]*(?:\s+(?!would\b|will\b|was\b|is\b|on\b|in\b)"
    r"[\w’'\-()]+){0,8})"
)
#: Modal or scheduling words in the debate's clause that plan it.
EN_DEBATE_PLAN = re.compile(
    r"\b(?:would|will|to\s+be\s+held|is\s+to|are\s+to|scheduled|expected|planned)\b"
)


def scheduled_debates(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Debates a body will hold (or held before the news), named by topic; only with a plan
    word in the sentence or a date off the news."""
    if rd.zh:
        return []
    out: list[MeetingMention] = []
    for hit in EN_DEBATE.finditer(rd.text, sent.start, sent.end):
        if any(m.start < hit.end() and hit.start() < m.end for m in found + out):
            continue
        plan = EN_DEBATE_PLAN.search(rd.text, sent.start, sent.end)
        # a modal plan is firm here: the lead's first date may be the debate's own
        cue = ("plan!", plan.span()) if plan else order_tense_by_date(rd, sent)
        if cue is None:
            continue
        out.append(off_news_session(
            sent, hit.span(), rd.v.doc.text[hit.start() : hit.end()].strip(), "named.debate",
            "en.recalled.debate", cue,
        ))
    return out


def order_tense_by_date(rd: Reader, sent: Sentence) -> tuple[str, tuple[int, int]] | None:
    """Recall or plan from a date of the sentence before or after the news."""
    ref = reference_date(rd)
    for t in rd.v.times_in(sent.start, sent.end):
        rel = relation(t.value, ref) if t.value else None
        if rel in ("before", "after"):
            return ("recall" if rel == "before" else "plan"), (t.start, t.end)
    return None


#: A conference named by its series acronym and number or year (COP28, CHOGM 2024, APEC
#: 2023) after words that prepare or host it: the event is still to come.
EN_PREPARED_EVENT = re.compile(
    r"\b(?:preparations?\s+for|prepar(?:e|es|ing)\s+for|(?:in\s+)?the\s+run-up\s+to"
    r"|ahead\s+of|(?:will\s+)?host(?:s|ing)?)\s+(?:the\s+)?(?:upcoming\s+|next\s+|forthcoming\s+)?"
    r"(?P<name>[A-Z]{2,8}-?\d{1,2}\b|[A-Z]{2,8}\s+(?:19|20)\d\d\b)"
)


def prepared_events(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Conferences named by acronym and number that the sentence prepares or hosts."""
    if rd.zh:
        return []
    out: list[MeetingMention] = []
    for hit in EN_PREPARED_EVENT.finditer(rd.text, sent.start, sent.end):
        span = hit.span("name")
        if any(m.start < span[1] and span[0] < m.end for m in found + out):
            continue
        out.append(off_news_session(
            sent, span, rd.v.doc.text[span[0] : span[1]], "named.prepared",
            "en.recalled.prepared", ("plan", (hit.start(), span[0])),
        ))
    return out
