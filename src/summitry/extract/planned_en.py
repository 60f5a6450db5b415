"""English meetings stated as plans: a visit after a modal or an invitation ("he will visit
South Africa", "invited the president to pay a state visit to Laos", "discussed the
possibility of a visit to Japan") and parties that "will meet" each other ("Foreign
ministers of A, B and C will meet in Cairo on Wednesday").

The triggers read visits and meetings stated as news; a plan verb before them makes them
meetings still to come. Each is recorded with the plan cue as its status provenance; the
status stage then weighs its date against the article's (a plan dated the article's own
day is announced as taking place now). Every rule is a table below.
"""

from __future__ import annotations

import re

from summitry.extract.cuewords import level_cue
from summitry.extract.dateparts import reference_date, relation
from summitry.extract.model import MeetingMention
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence

#: Words that make what follows a plan: modals, arrangements, invitations, possibilities.
EN_PLAN_LEAD = (
    r"(?P<cue>\bwill|\bwould|\bis\s+to|\bare\s+to|\b(?:is|are)\s+(?:set|scheduled|expected|due"
    r"|slated|poised)\s+to|\bplans?\s+to|\bintends?\s+to|\bagreed\s+to"
    r"|\binvit(?:ed|ation)\b[^.;]{0,120}?\bto|\bpossibility\s+of)"
)
#: The visit phrase after the cue, ending right before the destination: visit X, pay a
#: state visit to X, undertake an official visit to X, travel to X, a visit to X.
EN_VISIT_PHRASE = (
    r"\s+(?:(?:also|soon|again|officially)\s+)?"
    r"(?P<verb>visit|travel\s+to|(?:pay|undertake|make|paying|undertaking|making)\s+"
    r"(?:a|an|his|her)\s+(?P<q1>\w+\s+)?(?:visit|trip)\s+to|(?:a|an)\s+(?P<q2>\w+\s+)?visit\s+to)"
    r"\s+"
)
EN_PLANNED_VISIT = re.compile(EN_PLAN_LEAD + EN_VISIT_PHRASE)
#: Qualifiers kept in a visit's name (a state visit, an official visit).
VISIT_QUALIFIERS = frozenset({"state", "official", "working", "return", "first"})
#: Parties that "will meet" each other: the cue, "meet", and a word that shows no object
#: follows ("will meet the press" or "meet targets" is no meeting).
EN_WILL_MEET = re.compile(
    r"\b(?:will|would|(?:are|were)\s+(?:set|scheduled|expected|due|slated)\s+to|plan\s+to"
    r"|are\s+to)\s+(?:(?:also|again|soon|then)\s+)?meet"
    r"(?=\s+(?:in|on|at|next|later|this|again|soon|here|there|for|to|to\s+discuss)\b|[,.;])"
)
#: A title group before the parties ("The leaders of", "Foreign ministers from"): part of
#: the name, and the level it gives.
EN_TITLE_GROUP = re.compile(
    r"(?i:(?:the\s+)?(?:[\w\-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents"
    r"|prime\s+ministers|ministers|officials|envoys|delegations)\s+(?:of|from)\s+(?:the\s+)?)$"
)
RULE_VISIT = "en.planned.visit"
RULE_MEET = "en.planned.meet"
PARTY_TYPES = frozenset({"state", "person", "organization"})


def planned_meetings(
    rd: Reader, sent: Sentence, found: list[MeetingMention]
) -> list[MeetingMention]:
    """Visits and meetings ``sent`` states as plans. English only."""
    if rd.zh:
        return []
    out: list[MeetingMention] = []
    for made in planned_visits(rd, sent) + will_meet(rd, sent):
        if any(m.start < made.end and made.start < m.end for m in found + out):
            continue
        out.append(made)
    return out


def planned_visits(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    out = []
    for hit in EN_PLANNED_VISIT.finditer(rd.text, sent.start, sent.end):
        dests = rd.v.refs_in(hit.end(), hit.end() + 40, frozenset({"state"}))
        if not dests or dests[0].start != hit.end():
            continue  # a visit to a factory, a city the text does not tie to a state
        dest = dests[0]
        visitors = rd.v.refs_in(sent.start, hit.start("verb"), frozenset({"person"}))
        visitor = visitors[-1].entity.id if visitors else None
        if visitor is not None and rd.v.state_of(visitor) == dest.entity.id:
            continue  # a host "will visit" his own country's city: no foreign visit
        qual = (hit.group("q1") or hit.group("q2") or "").strip().lower()
        words = f"{qual} visit" if qual in VISIT_QUALIFIERS else "visit"
        who = f"{rd.v.entities[visitor].name}'s " if visitor else ""
        sides = [[visitor], [dest.entity.id]] if visitor else [[dest.entity.id]]
        m = MeetingMention(
            kind="visit", sub="visit", start=hit.start("verb"), end=dest.end, sentence=sent,
            name=f"{who}{words} to {rd.v.entities[dest.entity.id].name}", sides=sides,
            participants=[i for s in sides for i in s], format_cue="in_person",
        )
        tense, cue = visit_tense(rd, sent, dest.end, hit.span("cue"))
        m.tense = tense
        m.record("kind", RULE_VISIT, hit.span("verb"))
        m.record("name", RULE_VISIT, (hit.start("verb"), dest.end))
        m.record("status", RULE_VISIT, cue)
        out.append(m)
    return out


#: How far after the destination a date still tells when the visit is (… to visit Peru in
#: May last year).
DATE_REACH = 40


def visit_tense(
    rd: Reader, sent: Sentence, pos: int, cue: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    """``plan`` from the cue, unless a date right after the destination is before the
    article's: an invitation to visit "in March last year" was taken up (recalled)."""
    ref = reference_date(rd)
    for t in rd.v.times_in(pos, min(sent.end, pos + DATE_REACH)):
        if t.value and relation(t.value, ref) == "before":
            return "recall", (t.start, t.end)
    return "plan", cue


def will_meet(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    """Two or more parties named before "will meet" in its clause meet each other."""
    out = []
    for hit in EN_WILL_MEET.finditer(rd.text, sent.start, sent.end):
        refs = rd.v.refs_in(sent.start, hit.start(), PARTY_TYPES)
        ids = list(dict.fromkeys(r.entity.id for r in refs))
        if len(ids) < 2:
            continue
        lo = refs[0].start
        title = EN_TITLE_GROUP.search(rd.text, max(sent.start, lo - 40), lo)
        lo = title.start() if title else lo
        subject = rd.v.doc.text[lo : hit.start()].strip()
        m = MeetingMention(
            kind="talks", sub="talks", start=hit.start(), end=hit.end(), sentence=sent,
            name=f"meeting of {subject[:1].lower()}{subject[1:]}", sides=[ids],
            participants=ids, level_cue=level_cue(rd, subject),
            subject_level=level_cue(rd, subject),
        )
        m.tense = "plan"
        m.record("kind", RULE_MEET, hit.span())
        m.record("name", RULE_MEET, (lo, hit.end()))
        m.record("status", RULE_MEET, hit.span())
        out.append(m)
    return out
