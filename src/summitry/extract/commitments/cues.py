"""The commitment rules as data: head nouns (what kind of undertaking a name ends in), status
verbs (what a clause does to it), modal verbs that turn an action into a proposal, an
agreement or a study, future markers, nominal cues after the name, and the words that
stand for "both sides".

One :class:`CommitmentCues` per language (``cues_zh``, ``cues_en``). Every word the
extractor looks for is listed in those tables; the code only knows the shape of the prose
(a status verb governing a named undertaking, within one clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class StatusCue:
    """A verb (or verbal noun) that puts a commitment at ``status``; ``statement`` is the
    statement type it makes (``sign``, ``adopt``...)."""

    pattern: str
    status: str
    statement: str


# eq=False: a table is hashed by identity, so the caches keyed on it (compiled patterns)
# cost nothing per lookup.
@dataclass(frozen=True, eq=False)
class CommitmentCues:
    lang: str
    #: (head-noun pattern, kind), longest first: a name's kind is its head noun's.
    heads: tuple[tuple[str, str], ...]
    #: Heads that name a commitment on their own (``联合声明`` issued at the meeting).
    bare_heads: frozenset[str]
    #: Heads that count only when a status verb governs them (a mechanism merely named,
    #: a relationship merely named, are not commitments).
    needs_verb: frozenset[str]
    #: Status verbs, before the name (``签署《…》``, ``signed the …``).
    before: tuple[StatusCue, ...]
    #: Nominal cues right after the name (``…的成立``, ``…取得的成效``, ``…谈判进程``).
    after: tuple[StatusCue, ...]
    #: Matrix verbs that govern an action verb: ``考虑建立`` is ``considered``.
    modals: tuple[StatusCue, ...]
    #: Future or expectation: a signing, adoption or launch still to come is ``drafting``.
    future: str
    #: Statements that need no commitment (welcome, concern, support...).
    stances: tuple[StatusCue, ...]
    #: "both sides", "the leaders": resolve to the meeting's parties.
    both_sides: str
    #: Modifiers that carry no name (``重要共识`` alone is no commitment).
    generic: str
    #: Words and characters a Chinese name does not extend left over.
    boundaries: frozenset[str] = frozenset()
    #: Words a name is not (forums and meeting series, principles cited).
    not_names: str = r"(?!)"
    #: Heads of relationships: they count only when made, agreed or upgraded.
    relations: frozenset[str] = frozenset()
    #: After a relationship's name: it is recalled, not made (``建立…伙伴关系10周年``).
    recalled: str = r"(?!)"
    #: Nominal cues after the name that override any verb: the text is a draft.
    drafts: str = r"(?!)"
    #: Programmes named by a quoted term after a verb, with no head noun
    #: (``共建“…”``): (pattern with the name as group 1, kind, status, statement).
    programmes: tuple[tuple[str, str, str, str], ...] = ()
    #: Two characters that make one word across a boundary (``对接``, ``和平``): the
    #: first is no function word there.
    glue: frozenset[str] = frozenset()
    #: What stands between two coordinated names (``、``, ``以及``, ", and the"): the verb
    #: of the first governs the second.
    coordination: str = r"(?!)"
    #: A mechanism named as the body a meeting belongs to is the meeting's series, not an
    #: undertaking: before the name (``the 24th meeting of the``, an ordinal) and after it
    #: (``第三次会议``).
    meeting_before: str = r"(?!)"
    meeting_after: str = r"(?!)"
    #: An ordinal among the name's modifiers: a round of the mechanism, a meeting.
    meeting_ordinal: str = r"(?!)"
    #: A participle opening a name's complement (" reached at …", " signed in …").
    participles: tuple[StatusCue, ...] = ()
    #: What cites a treaty or declaration as a principle rather than making or keeping it
    #: (``根据《联合国宪章》``, "in line with the Treaty of …"), read just before the name.
    principles: str = r"(?!)"
    #: Set phrases a head is part of, read up to the head (``in the framework of``).
    idioms: str = r"(?!)"
    #: A modifier that counts documents (``12项``, "10", "some 70"): a bundle, one
    #: commitment when a verb signs or adopts it.
    bundle: str = r"(?!)"
    #: A modifier that ends in examples (``…等``, "such as …"): a kind, not one undertaking.
    examples: str = r"(?!)"
    #: What opens a list of the things the clause before introduced (``包括：``,
    #: "including").
    listing: str = r"(?!)"
    #: Words an English name does not extend left over (verbs, prepositions).
    left_stops: frozenset[str] = frozenset()

    def compiled(self, attr: str) -> list[tuple[re.Pattern[str], StatusCue]]:
        return _compile(self, attr)

    def rx(self, attr: str) -> re.Pattern[str]:
        """The pattern field ``attr`` compiled once (case-insensitive for English)."""
        return _rx(self, attr)


@lru_cache(maxsize=128)
def _rx(cues: CommitmentCues, attr: str) -> re.Pattern[str]:
    return re.compile(getattr(cues, attr), re.I if cues.lang == "en" else 0)


@lru_cache(maxsize=64)
def _compile(cues: CommitmentCues, attr: str) -> list[tuple[re.Pattern[str], StatusCue]]:
    flags = re.I if cues.lang == "en" else 0
    table: tuple[StatusCue, ...] = getattr(cues, attr)
    return [(re.compile(c.pattern, flags), c) for c in table]


def cues_for(lang: str | None) -> CommitmentCues | None:
    from summitry.extract.commitments.cues_en import EN
    from summitry.extract.commitments.cues_zh import ZH

    base = (lang or "").split("-")[0]
    return {"zh": ZH, "en": EN}.get(base)
