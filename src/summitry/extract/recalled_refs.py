"""English back-references to an earlier (or coming) encounter, named by its place or its
partner rather than by a proper name: "the agreements reached at the recent bilateral
meeting in Sochi", "recalled his meeting with the prime minister last November", "their
previous talks in Geneva", "her planned meeting with the chancellor next week".

The triggers read a meeting stated as news (A met B); a noun phrase headed by a possessive
or an order word is a reference to another encounter, and says when it was: by the order
word (recent, last, previous → recalled; next, upcoming, planned → planned), by a date in
the phrase's clause off the news, or by a recall verb before it (recalled, recalling).
Without any of these the phrase may be the news meeting itself ("during his meeting with
X on Tuesday") and is left to the triggers. Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.dateparts import reference_date, relation
from summitry.extract.model import DateValue, MeetingMention
from summitry.extract.reader import Reader
from summitry.extract.recalled import RECALLED_NOTE
from summitry.nlp.sentences import Sentence

#: Order words and the tense each gives by itself.
ORDER_TENSE: dict[str, str] = {
    "recent": "recall", "last": "recall", "previous": "recall", "earlier": "recall",
    "preceding": "recall", "past": "recall",
    "next": "plan", "upcoming": "plan", "forthcoming": "plan", "planned": "plan",
    "proposed": "plan", "coming": "plan",
}
ORDER = "|".join(ORDER_TENSE)
#: Qualifiers between the order word and the noun (a bilateral meeting, phone talks).
QUALIFIERS = (
    r"bilateral|trilateral|informal|official|face-to-face|one-on-one|in-person|high-level"
    r"|summit-level|top-level|telephone|phone|video|virtual|leaders'?|ministerial"
)
#: Encounter nouns and the contract kind each gives.
NOUN_KINDS: dict[str, str] = {
    "meeting": "talks", "meetings": "talks", "talks": "talks", "encounter": "talks",
    "conversation": "call", "call": "call", "summit": "conference", "consultations": "talks",
}
NOUNS = "|".join(sorted(NOUN_KINDS, key=len, reverse=True))
#: An order word, qualifiers, a noun and where it was: "recent bilateral meeting in Sochi".
EN_PLACE_REF = re.compile(
    rf"\b(?P<order>{ORDER})\s+(?:(?:{QUALIFIERS})\s+){{0,2}}(?P<noun>{NOUNS})\s+"
    r"(?:in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
)
#: A possessive, an optional order word and qualifiers, a noun and "with": "his meeting
#: with", "their last phone conversation with".
EN_PARTNER_REF = re.compile(
    rf"\b(?P<poss>his|her|their)\s+(?:(?P<order>{ORDER})\s+)?(?:(?:{QUALIFIERS})\s+){{0,2}}"
    rf"(?P<noun>{NOUNS})\s+with\s+"
)
#: A verb that recalls whatever it governs: "Xi recalled his meeting with …".
EN_RECALL_VERB = re.compile(r"\b(?:recalled|recalling|recalls|reminisced|looked\s+back\s+on)\b")
#: How far after the phrase a date still belongs to it ("… with Quang last November").
DATE_REACH = 60
RULE_PLACE = "en.recalled.place_ref"
RULE_PARTNER = "en.recalled.partner_ref"


def back_references(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Encounters ``sent`` refers back (or forward) to by place or partner. English only."""
    if rd.zh:
        return []
    out: list[MeetingMention] = []
    for made in place_refs(rd, sent) + partner_refs(rd, sent):
        if any(m.start < made.end and made.start < m.end for m in found + out):
            continue
        out.append(made)
    return out


def place_refs(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    out = []
    for hit in EN_PLACE_REF.finditer(rd.text, sent.start, sent.end):
        order = hit.group("order").lower()
        cue = (ORDER_TENSE[order], hit.span("order"))
        parties = subject_persons(rd, sent, hit.start()) or recent_persons(rd, hit.start())
        m = reference(rd, sent, hit, parties, cue, RULE_PLACE)
        m.location = hit.group("place")
        out.append(m)
    return out


def partner_refs(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    out = []
    for hit in EN_PARTNER_REF.finditer(rd.text, sent.start, sent.end):
        partners = rd.v.refs_in(hit.end(), hit.end() + 60, frozenset({"person"}))
        if not partners or partners[0].start > hit.end() + 40:
            continue  # "his talks with the press": no person to meet
        owner = subject_persons(rd, sent, hit.start())[-1:]
        partner = partners[0].entity.id
        if partner in owner:
            continue
        cue = partner_tense(rd, sent, hit, partners[0].end)
        if cue is None:
            continue
        end = partners[0].end
        m = reference(rd, sent, hit, [*owner, partner], cue, RULE_PARTNER, end=end)
        m.sides = [owner, [partner]] if owner else [[partner]]
        m.date = cue_date(rd, cue[1])
        out.append(m)
    return out


def partner_tense(
    rd: Reader, sent: Sentence, hit: re.Match[str], after: int
) -> tuple[str, tuple[int, int]] | None:
    """The order word; else a date right after the partner off the news; else a recall
    verb before the phrase."""
    order = hit.group("order")
    if order:
        return ORDER_TENSE[order.lower()], hit.span("order")
    ref = reference_date(rd)
    for t in rd.v.times_in(after, min(sent.end, after + DATE_REACH)):
        rel = relation(t.value, ref) if t.value else None
        if rel in ("before", "after"):
            return ("recall" if rel == "before" else "plan"), (t.start, t.end)
    verbs = list(EN_RECALL_VERB.finditer(rd.text, sent.start, hit.start()))
    return ("recall", verbs[-1].span()) if verbs else None


def cue_date(rd: Reader, span: tuple[int, int]) -> DateValue | None:
    """The date a time cue gives ("last November" -> 2016-11), else None."""
    for t in rd.v.times_in(*span):
        if t.value:
            return DateValue(t.value, t.value, how="sentence")
    return None


def subject_persons(rd: Reader, sent: Sentence, pos: int) -> list[str]:
    """The persons named in the sentence before ``pos`` (the owner of "his", the
    presidents whose "recent meeting" it was), at most two, last ones first named."""
    refs = rd.v.refs_in(sent.start, pos, frozenset({"person"}))
    ids = list(dict.fromkeys(r.entity.id for r in refs))
    return ids[-2:]


#: How far back "their recent meeting" looks for its owners when its sentence names none.
OWNER_REACH = 400


def recent_persons(rd: Reader, pos: int) -> list[str]:
    """The last two persons named before ``pos`` in the text ("The presidents discussed …
    their recent meeting": the two named in the sentences before)."""
    refs = rd.v.refs_in(max(0, pos - OWNER_REACH), pos, frozenset({"person"}))
    ids = list(dict.fromkeys(r.entity.id for r in reversed(refs)))
    return ids[:2]


def reference(
    rd: Reader, sent: Sentence, hit: re.Match[str], parties: list[str],
    cue: tuple[str, tuple[int, int]], rule: str, end: int | None = None,
) -> MeetingMention:
    noun = hit.group("noun").lower()
    kind = NOUN_KINDS[noun]
    stop = hit.end() if end is None else end
    m = MeetingMention(
        kind=kind, sub=kind, start=hit.start(), end=stop, sentence=sent,
        name=rd.v.doc.text[hit.start() : stop].strip(), sides=[parties] if parties else [],
        participants=list(parties), note=RECALLED_NOTE,
    )
    m.date = None
    m.tense = cue[0]
    m.record("kind", rule, (hit.start(), stop))
    m.record("name", rule, (hit.start(), stop))
    m.record("status", f"{rule}.{cue[0]}", cue[1])
    return m
