"""What a clause does to a named commitment: its status at this article, and the statement
type that states it.

The cascade, each step only when the one before found nothing:

1. the status verb nearest before the name in its clause (``尽快草拟…``, ``signed the…``);
2. a nominal cue right after the name (``…的成立``, ``…取得的成效``, ``… entered into force``);
3. the status verb nearest before the name in the sentence's earlier clauses (a list of
   objects governed by one verb: ``签署《A》《B》，批准《C》``).

Then two adjustments: a matrix verb before the action (``考虑建立``, ``agreed to launch``,
``提议设立``) makes a launch, signing or adoption ``considered``, ``agreed`` or ``proposed``
(a proposal or a study to draft, ``提议商签``, is a proposal too; an agreement to draft stays
``drafting``);
and a signing, adoption or launch still to come (``将签署``, ``will be adopted``) is
``drafting``: the text is being prepared, as the gold guide rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summitry.extract.commitments.cues import CommitmentCues, StatusCue

#: Statuses stated after the name that win whatever verb came before: the end of its
#: story (``宣布…正式闭幕``, ``… entered into force``) and a review of how it is carried out
#: (``讨论…的执行情况``).
TERMINAL = frozenset({"expired", "in_force", "reviewed"})
#: Statuses a matrix verb or the future turns into something weaker.
ACTIONS = frozenset({"launched", "signed", "adopted"})
#: How far before the name (characters) a verb still governs it in Chinese/English.
REACH = {"zh": 24, "en": 90}


@dataclass(frozen=True)
class StatusFinding:
    status: str
    statement: str
    rule: str
    span: tuple[int, int]  # the cue, in original offsets


@lru_cache(maxsize=4)
def _compiled(cues: CommitmentCues) -> dict[str, list[tuple[re.Pattern[str], StatusCue]]]:
    return {a: cues.compiled(a) for a in ("before", "after", "modals", "stances")}


_TITLES = re.compile(r"《[^《》]*》")


def _last_match(table: list[tuple[re.Pattern[str], StatusCue]], text: str, lo: int,
                hi: int) -> tuple[int, int, StatusCue] | None:
    """The cue nearest before ``hi``; words inside a title (``《…倡议》``) are no verbs."""
    best: tuple[int, int, StatusCue] | None = None
    titles = [(m.start(), m.end()) for m in _TITLES.finditer(text, lo, hi)]
    for pattern, cue in table:
        for m in pattern.finditer(text, lo, hi):
            if any(a < m.start() < b for a, b in titles):
                continue
            if best is None or m.end() > best[1] or (m.end() == best[1] and m.start() < best[0]):
                best = (m.start(), m.end(), cue)
    return best


def find_status(cues: CommitmentCues, text: str, sentence: tuple[int, int],
                clause: tuple[int, int], name: tuple[int, int],
                list_start: int = -1) -> StatusFinding | None:
    table = _compiled(cues)
    reach = REACH.get(cues.lang, 40)
    draft = cues.rx("drafts").search(text[name[1]:min(sentence[1], name[1] + 90)])
    if draft:
        s = name[1] + draft.start()
        return StatusFinding("drafting", "agree", f"{cues.lang}.status.draft",
                             (s, name[1] + draft.end()))
    final = _after(table["after"], text, name[1], clause[1])
    if final is not None and final[2].status in TERMINAL:
        return StatusFinding(final[2].status, final[2].statement, f"{cues.lang}.status.after",
                             (final[0], final[1]))
    head = list_start if 0 <= list_start < name[0] else name[0]
    lo = max(clause[0] if head == name[0] else sentence[0], head - reach)
    # A title's opening bracket stays in view, for verbs that need it (``通过《``).
    hit = _last_match(table["before"], text, lo, head + 1 if text[head:head + 1] == "《" else head)
    rule = "before"
    if hit is None:
        hit = _after(table["after"], text, name[1], clause[1])
        rule = "after"
    if hit is None:
        hit = _last_match(table["before"], text, max(sentence[0], name[0] - 2 * reach),
                          clause[0])
        # A clause that lists what the one before introduced (``设有多个委员会，包括：…``)
        # is governed by that clause's verb as directly as by its own.
        listed = cues.rx("listing").search(text[max(sentence[0], clause[0] - 6):clause[0]])
        rule = "list" if listed else "sentence"
    if hit is None:
        return None
    s, e, cue = hit
    status, statement = cue.status, cue.statement
    # A matrix verb governs the action in its own clause (``提议设立…``), or in the earlier
    # clauses when the action itself was found there.
    floor = sentence[0] if rule == "sentence" else clause[0]
    modal = _last_match(table["modals"], text, max(floor, s - reach), s)
    weaker = ACTIONS | {"drafting"} if modal and modal[2].status != "agreed" else ACTIONS
    if modal is not None and status in weaker and rule != "after":
        status, statement = modal[2].status, modal[2].statement
        rule += "+modal"
    elif status in ACTIONS and cues.rx("future").search(
            text[max(sentence[0], s - reach):s + 40] if cues.lang == "en" else text[sentence[0]:s]):
        status = "drafting"
        rule += "+future"
    return StatusFinding(status, statement, f"{cues.lang}.status.{rule}", (s, e))


#: One verb, two words by kind: a document is adopted, an initiative or a body launched
#: (``宣布…举措``, ``announced a fund``; ``发表联合声明``, ``launched a joint statement``).
DOCUMENTS = frozenset({"agreement", "treaty", "mou", "joint_statement", "declaration"})
BODIES = frozenset({"initiative", "mechanism", "fund"})


def by_kind(status: str, kind: str) -> str:
    if status == "adopted" and kind in BODIES:
        return "launched"
    if status == "launched" and kind in DOCUMENTS:
        return "adopted"
    return status


def _after(table: list[tuple[re.Pattern[str], StatusCue]], text: str, pos: int,
           end: int) -> tuple[int, int, StatusCue] | None:
    while pos < end and text[pos] in "》”」":
        pos += 1
    rest = text[pos:min(end, pos + 30)]
    for pattern, cue in table:
        m = pattern.search(rest)
        if m:
            return pos + m.start(), pos + m.end(), cue
    return None


def find_stances(cues: CommitmentCues, text: str, clause: tuple[int, int]
                 ) -> list[tuple[int, int, StatusCue]]:
    """Stance verbs in a clause (welcome, support, concern...), for statements."""
    pattern, table = _stance_regex(cues)
    return [(m.start(), m.end(), table[m.lastgroup or ""])
            for m in pattern.finditer(text, clause[0], clause[1])]


def first_stance(cues: CommitmentCues, text: str, clause: tuple[int, int]
                 ) -> list[tuple[int, int, StatusCue]]:
    """The first stance verb in a clause (what ``find_stances`` lists first), or none: one
    search instead of every match."""
    pattern, table = _stance_regex(cues)
    m = pattern.search(text, clause[0], clause[1])
    return [(m.start(), m.end(), table[m.lastgroup or ""])] if m else []


@lru_cache(maxsize=4)
def _stance_regex(cues: CommitmentCues) -> tuple[re.Pattern[str], dict[str, StatusCue]]:
    """The stance cues as one alternation (one scan per clause), a named group each."""
    table = {f"s{i}": cue for i, cue in enumerate(cues.stances)}
    alts = "|".join(f"(?P<{k}>{c.pattern})" for k, c in table.items())
    return re.compile(alts, re.I if cues.lang == "en" else 0), table
