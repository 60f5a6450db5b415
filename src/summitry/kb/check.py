"""Consistency checks of the persons in the knowledge base.

Offices are typed by hand, so terms go stale and slips creep in: a minister left in office
after a successor took over, two people holding one state's single office at once, a person
holding two offices that cannot go together. These checks find them; ``tools/check_kb.py``
prints them (and is what a reviewer runs after editing ``persons.json``).

- *clash*: one person holds two offices that cannot be held at once (rules in
  ``INCOMPATIBLE``: the same role in two states, a minister and his own deputy, ...);
- *shared*: two persons hold the same single-holder office (``SINGLE_HOLDER``) of the same
  state or organization over overlapping periods — usually a term that was never closed;
- *unsourced*: a person with neither a ``wikidata`` id nor a ``sources`` list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

#: Offices one person at a time holds for a state or organization.
SINGLE_HOLDER = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "legislature_head", "party_leader", "secretary_general",
})

#: Pairs of roles one person cannot hold at once for the same state.
INCOMPATIBLE = frozenset({
    frozenset({"foreign_minister", "deputy_foreign_minister"}),
    frozenset({"defence_minister", "deputy_defence_minister"}),
    frozenset({"head_of_state", "vice_head_of_state"}),
    frozenset({"head_of_government", "deputy_head_of_government"}),
    frozenset({"head_of_government", "legislature_head"}),
})


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # "clash", "shared", "unsourced"
    persons: tuple[str, ...]
    detail: str


def _bounds(office: dict[str, Any]) -> tuple[str, str]:
    """An office's start and end as comparable ISO strings, read to give the benefit of
    the doubt: a partial start as the end of its period, a partial end as its beginning,
    so a handover given to the month ("..2025-05", "2025-05..") is no overlap."""
    start = office.get("start") or "0000"
    return start + "~" if len(start) < 10 else start, office.get("end") or "9999"


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two offices were held on a common day (a handover day does not count)."""
    sa, ea = _bounds(a)
    sb, eb = _bounds(b)
    return sa < eb and sb < ea


def _label(o: dict[str, Any]) -> str:
    return f"{o.get('role')} of {o.get('of')} {o.get('start')}..{o.get('end') or 'now'}"


def clashes(person: dict[str, Any]) -> Iterable[Finding]:
    for a, b in combinations(person.get("offices") or (), 2):
        if not overlap(a, b):
            continue
        same_of = a.get("of") == b.get("of")
        roles = frozenset({a.get("role"), b.get("role")})
        twice = (a.get("role") == b.get("role") and not same_of
                 and _single_key(a) is not None and _single_key(b) is not None)
        acting = any("acting" in (o.get("title") or "").lower() for o in (a, b))
        if twice or (same_of and roles in INCOMPATIBLE and not acting):
            yield Finding("clash", (person["id"],), f"{_label(a)} / {_label(b)}")


def _single_key(o: dict[str, Any]) -> tuple[str, str, str] | None:
    """The office a single person holds at a time, or None. Acting holders stand beside a
    suspended one; the title tells two chambers' speakers (Duma and Federation Council) and
    a second minister (Brunei's Minister of Foreign Affairs II) apart."""
    title = o.get("title") or ""
    if o.get("role") not in SINGLE_HOLDER or not o.get("of") or "acting" in title.lower():
        return None
    return o["role"], o["of"], title


def shared_offices(persons: list[dict[str, Any]]) -> Iterable[Finding]:
    holders: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = {}
    for p in persons:
        for o in p.get("offices") or ():
            if (key := _single_key(o)) is not None:
                holders.setdefault(key, []).append((p["id"], o))
    for (role, of, _title), held in sorted(holders.items()):
        for (pa, a), (pb, b) in combinations(held, 2):
            if pa != pb and overlap(a, b):
                yield Finding("shared", (pa, pb),
                              f"{role} of {of}: {a.get('start')}..{a.get('end') or 'now'} and "
                              f"{b.get('start')}..{b.get('end') or 'now'}")


def check_persons(persons: list[dict[str, Any]]) -> list[Finding]:
    """Every finding, clashes first, then shared offices, then persons without a source."""
    out = [f for p in persons for f in clashes(p)]
    out.extend(shared_offices(persons))
    out.extend(Finding("unsourced", (p["id"],), "no wikidata id and no sources")
               for p in persons if not p.get("wikidata") and not p.get("sources"))
    return out
