"""Whether one article's account of a meeting is a linked meeting already in the store.

Two stages, in the order an analyst would reason:

1. **Vetoes.** Facts that make one meeting impossible return None at once: the meeting
   already has an account from the same document (extraction merged within it), the dates
   conflict, the ordinals or series differ, the kinds, levels or formats are incompatible, or
   the two share neither a party nor a person. An account without a usable date (absent, or
   sharing no part with the meeting's: ``2020`` vs ``--06-17``) is vetoed too unless it names
   the same series and ordinal, or its name is nearly the meeting's, one side's parties
   contain the other's, and neither alone has an ordinal: an undated ``东盟—俄罗斯外长会``
   could be any year's, and an unnumbered one cannot pick an instance of a numbered series.
2. **Evidence.** What agrees earns points (:data:`POINTS`), and the score is their sum over
   100, capped at 1. For bilateral kinds, parties or persons that differ on both sides
   (``Wang Yi–Lavrov`` vs ``Wang Yi–Minh``) cost points: two different talks, not one.

The weights are set so that no single kind of evidence reaches :data:`THRESHOLD` alone
(series and ordinal, 60, come closest: any other agreement completes them), and the traps
stay below it: see :data:`THRESHOLD`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summitry.link.dates import REASONED_BASES, Agreement, compatible, yearless
from summitry.link.dates import reconcile as reconcile_dates
from summitry.link.model import Account, LinkedMeeting, Match
from summitry.link.series import same_series
from summitry.names import dice

#: The score at or above which an account joins a meeting (the sum of points over 100).
#: Calibrated on the cases an analyst must get right, conservatively (a missed merge leaves
#: a duplicate to merge by hand; a wrong merge silently corrupts two records):
#:
#: - same day, same parties, same kind, and nothing else: 35 + 25 + 5 = 65, joins;
#: - a recalled account dated to the month, with the same parties, level, format and kind:
#:   20 + 25 + 10 + 5 + 5 = 65, joins; with the level or format unknown (55 or 60) it needs a
#:   similar name, because another meeting of the same parties may fall in that month;
#: - year only: 5 + 25 + 10 + 5 + 5 = 50, joins only with a near-identical name;
#: - same day but only one shared party (``{CHN}`` inside ``{CHN, RUS}``): 35 + 12 + 5 = 52,
#:   does not join without persons, level or format to back it.
THRESHOLD = 0.62

#: Points for each kind of agreement. Series and ordinal together name one instance of a
#: recurring meeting, near-certain on their own; an ordinal without a series is weaker
#: (``17th`` of what?).
POINTS = {
    "series_ordinal": 60,
    "ordinal": 20,
    "date_day": 35,
    "date_month": 20,
    "date_year": 5,
    "parties_equal": 25,
    "parties_contained": 20,  # the smaller set (two or more) inside the other
    "parties_contained_one": 12,  # a single party inside the other set
    "parties_partial": 10,  # times the Jaccard index
    "persons_equal": 15,
    "persons_contained": 12,
    "persons_partial": 5,  # times the Jaccard index
    "level": 10,
    "format": 5,
    "kind": 5,
    "name": 20,  # at name similarity 1, nothing at or below NAME_FLOOR
    "bilateral_mismatch": -20,  # per set (parties, persons) that differs on both sides
}

#: Dice similarity below which two names are no evidence: short Chinese names of different
#: meetings share most bigrams (``中越外长会谈`` vs ``中俄外长会谈``: 0.6).
NAME_FLOOR = 0.4
#: Name similarity an undated account needs (with contained parties) to join at all.
NAME_UNDATED = 0.8

#: Kinds that may be one meeting although they differ: a negotiation round is reported as
#: talks, or (multilateral) as a conference. A conference never joins talks, a call or a
#: visit; a call joins only a call.
_KIND_PAIRS = frozenset(
    {frozenset({"talks", "negotiation"}), frozenset({"conference", "negotiation"})}
)
#: Kinds between two sides, where an extra party or person on each side means other talks.
_BILATERAL = frozenset({"talks", "call", "visit", "negotiation"})
#: Formats that cannot both describe one meeting. ``virtual`` and ``phone`` can (a video
#: call is reported as a call), ``hybrid`` and either in-person or virtual can (each article
#: sees one side of it).
_FORMAT_CLASHES = frozenset(
    {
        frozenset({"phone", "in_person"}),
        frozenset({"virtual", "in_person"}),
        frozenset({"phone", "hybrid"}),
    }
)
_LOCAL = "local:"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class _Overlap:
    """How two actor sets relate: equal, one inside the other, or only partly shared."""

    shared: frozenset[str]
    relation: str  # equal, contained, partial, none, absent (a side gives none)
    jaccard: float
    #: Each side names a knowledge-base actor the other lacks. Local ids
    #: (``local:person:<key>``) are left out: their keys depend on the article's language,
    #: so one person reported in Chinese and in English has two.
    differ_on_both_sides: bool = False


def kinds_compatible(a: str, b: str) -> bool:
    """Whether meetings of kinds ``a`` and ``b`` can be one meeting."""
    return a == b or frozenset({a, b}) in _KIND_PAIRS


def formats_clash(a: str | None, b: str | None) -> bool:
    """Whether two given formats rule out one meeting (phone vs in person, and so on)."""
    return a is not None and b is not None and frozenset({a, b}) in _FORMAT_CLASHES


def match(account: Account, meeting: LinkedMeeting) -> Match | None:
    """The evidence that ``account`` reports ``meeting``, or None when it cannot."""
    agreement = compatible(
        account.date_start, account.date_end, meeting.date_start, meeting.date_end
    )
    if agreement is Agreement.CONFLICT and (account.date_basis in REASONED_BASES
                                            or meeting.date_reasoned):
        # A reasoned year is not evidence against a stated one: compare month and day.
        agreement = compatible(yearless(account.date_start), yearless(account.date_end),
                               yearless(meeting.date_start), yearless(meeting.date_end))
    if _vetoed(account, meeting, agreement):
        return None
    parties = _overlap(account.parties, meeting.parties)
    persons = _overlap(account.persons, meeting.persons)
    if not parties.shared and not persons.shared:
        return None
    instance = _same_instance(account, meeting)
    similarity = name_similarity(account.name, meeting.names)
    if not agreement.agrees and not instance and (
        similarity < NAME_UNDATED
        or parties.relation not in ("equal", "contained")
        or (account.ordinal is None) != (meeting.ordinal is None)
    ):
        return None  # undated: only the same instance or a near-identical name may join

    evidence: list[tuple[int, str]] = []
    if instance:
        evidence.append((POINTS["series_ordinal"], f"same series and ordinal ({account.ordinal})"))
    elif account.ordinal is not None and account.ordinal == meeting.ordinal:
        evidence.append((POINTS["ordinal"], f"same ordinal ({account.ordinal})"))
    evidence.extend(_date_evidence(account, meeting, agreement))
    evidence.extend(_actor_evidence("parties", parties, account.kind, meeting.kind))
    evidence.extend(_actor_evidence("persons", persons, account.kind, meeting.kind))
    if account.level is not None and account.level == meeting.level:
        evidence.append((POINTS["level"], f"same level ({account.level})"))
    if account.format is not None and account.format == meeting.format:
        evidence.append((POINTS["format"], f"same format ({account.format})"))
    if account.kind == meeting.kind:
        evidence.append((POINTS["kind"], f"same kind ({account.kind})"))
    if similarity > NAME_FLOOR:
        share = (similarity - NAME_FLOOR) / (1 - NAME_FLOOR)
        evidence.append((round(POINTS["name"] * share), f"name similarity {similarity:.2f}"))

    total = sum(points for points, _ in evidence)
    score = max(0.0, min(1.0, total / 100))
    return Match(score=score, reason="; ".join(text for _, text in evidence))


def best(
    account: Account, meetings: Iterable[LinkedMeeting]
) -> tuple[LinkedMeeting, Match] | None:
    """The meeting ``account`` most likely reports, if any scores at least :data:`THRESHOLD`.

    Ties go to the lowest id (the meeting stored first), so the answer never depends on the
    order ``meetings`` come in.
    """
    found: tuple[LinkedMeeting, Match] | None = None
    for meeting in meetings:
        result = match(account, meeting)
        if result is None or result.score < THRESHOLD:
            continue
        if found is None or (result.score, -meeting.id) > (found[1].score, -found[0].id):
            found = (meeting, result)
    return found


def name_similarity(name: str | None, names: Iterable[str]) -> float:
    """The best Dice similarity of ``name`` to the names in the same script: a Chinese and an
    English name share no bigrams, so comparing them would only ever say "unlike"."""
    if not name:
        return 0.0
    script = _script(name)
    return max((dice(name, other) for other in names if _script(other) == script), default=0.0)


# ---- helpers --------------------------------------------------------------------------


def _vetoed(account: Account, meeting: LinkedMeeting, agreement: Agreement) -> bool:
    return (
        account.doc in meeting.docs
        or agreement is Agreement.CONFLICT
        or _differ(account.ordinal, meeting.ordinal)
        or (
            account.series is not None
            and meeting.series is not None
            and not same_series(account.series, meeting.series)
        )
        or not kinds_compatible(account.kind, meeting.kind)
        or _differ(account.level, meeting.level)
        or formats_clash(account.format, meeting.format)
    )


def _differ(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b


def _same_instance(account: Account, meeting: LinkedMeeting) -> bool:
    return (
        account.series is not None
        and meeting.series is not None
        and same_series(account.series, meeting.series)
        and account.ordinal is not None
        and account.ordinal == meeting.ordinal
    )


def _script(text: str) -> str:
    return "han" if _HAN.search(text) else "other"


def _overlap(a: frozenset[str], b: frozenset[str]) -> _Overlap:
    shared = a & b
    if not a or not b:
        return _Overlap(shared, "absent", 0.0)
    jaccard = len(shared) / len(a | b)
    if a == b:
        relation = "equal"
    elif a <= b or b <= a:
        relation = "contained"
    else:
        relation = "partial" if shared else "none"
    only_a, only_b = (
        {x for x in side - shared if not x.startswith(_LOCAL)} for side in (a, b)
    )
    return _Overlap(shared, relation, jaccard, bool(only_a and only_b))


def _actor_evidence(
    what: str, overlap: _Overlap, kind_a: str, kind_b: str
) -> list[tuple[int, str]]:
    shown = ", ".join(sorted(_short(x) for x in overlap.shared))
    if overlap.relation == "equal":
        return [(POINTS[f"{what}_equal"], f"{what} {shown} shared")]
    if overlap.relation == "contained":
        one = what == "parties" and len(overlap.shared) == 1
        points = POINTS["parties_contained_one" if one else f"{what}_contained"]
        return [(points, f"{what} {shown} shared (one side names more)")]
    evidence: list[tuple[int, str]] = []
    if overlap.relation == "partial":
        points = round(POINTS[f"{what}_partial"] * overlap.jaccard)
        evidence.append((points, f"{what} {shown} shared, others differ"))
    if overlap.differ_on_both_sides and {kind_a, kind_b} <= _BILATERAL:
        evidence.append((POINTS["bilateral_mismatch"], f"{what} differ on both sides"))
    return evidence


def _date_evidence(
    account: Account, meeting: LinkedMeeting, agreement: Agreement
) -> list[tuple[int, str]]:
    if not agreement.agrees:
        return []
    mine = _show_date(account.date_start, account.date_end)
    theirs = _show_date(meeting.date_start, meeting.date_end)
    shown = mine if mine == theirs else f"{mine} and {theirs}"
    points = POINTS[f"date_{agreement.value}"]
    return [(points, f"dates agree on the {agreement.value} ({shown})")]


def _show_date(start: str | None, end: str | None) -> str:
    start, end = reconcile_dates([(start, end)])  # the contract's form, a single day once
    return f"{start}" if end in (None, start) else f"{start}..{end}"


def _short(actor: str) -> str:
    """``state:RUS`` -> ``RUS``, ``local:person:le-van-a`` -> ``le-van-a``: enough to read."""
    return actor.rsplit(":", 1)[-1]
