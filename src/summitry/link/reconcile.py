"""A linked meeting's fields, from every account linked to it.

Each field is settled by its own rule, below; all rules have in common that the accounts
are sorted first, so the record is the same whatever order the articles were ingested in
(re-ingesting must change nothing), and that an article reporting the meeting as news is
trusted over one recalling or announcing it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from summitry.errors import SummitryError
from summitry.link.dates import reconcile as reconcile_dates
from summitry.link.dates import refine_years
from summitry.link.model import Account, Fields
from summitry.link.series import series_level
from summitry.names import name_key

_T = TypeVar("_T", str, int)


class NoAccountsError(SummitryError, ValueError):
    """A linked meeting was reconciled from no accounts: it has nothing to be made of."""


def reconcile(accounts: Sequence[Account]) -> Fields:
    """The fields of the meeting ``accounts`` report.

    - date: the most precise date the accounts agree on (:func:`summitry.link.dates.reconcile`),
      after a reasoned year gives way to one another article read (:func:`refine_years`);
    - name: a reporting account's if any has one, the longest (the most specific: it keeps
      the ordinal and the qualifiers), then the first in sorted order;
    - kind, level, format, ordinal, series, location: the value most accounts give (null
      ignored, so a ``virtual`` from one account beats silence from the others); ties to the
      value more reporting accounts give, then to the first in sorted order; a series key
      without a level counts only when no account's key has one;
    - parties, persons, chairs: everything any account names;
    - reported: whether any account reports it as news.
    """
    if not accounts:
        raise NoAccountsError("a linked meeting needs at least one account")
    ordered = sorted(accounts, key=lambda a: (a.doc, a.local_id))
    start, end = reconcile_dates(refine_years([(a.date_start, a.date_end, a.date_basis)
                                               for a in ordered]))
    kind = _vote(ordered, lambda a: a.kind)
    return Fields(
        name=_name(ordered),
        kind=kind if kind is not None else "other",
        format=_vote(ordered, lambda a: a.format),
        level=_vote(ordered, lambda a: a.level),
        ordinal=_vote(ordered, lambda a: a.ordinal),
        series=_series(ordered),
        date_start=start,
        date_end=end,
        location=_vote(ordered, lambda a: a.location),
        parties=frozenset().union(*(a.parties for a in ordered)),
        persons=frozenset().union(*(a.persons for a in ordered)),
        chairs=frozenset().union(*(a.chairs for a in ordered)),
        reported=any(a.reported for a in ordered),
    )


def _vote(accounts: Sequence[Account], field: Callable[[Account], _T | None]) -> _T | None:
    """The value most accounts give; ties to more reporting accounts, then the smallest."""
    given = Counter(v for a in accounts if (v := field(a)) is not None)
    if not given:
        return None
    reporting = Counter(v for a in accounts if a.reported and (v := field(a)) is not None)
    return min(given, key=lambda v: (-given[v], -reporting[v], v))


def _series(accounts: Sequence[Account]) -> str | None:
    """Keys whose level is unknown only echo a key that knows it (an article's name need
    not say the level): the vote is among keys with a level when there are any."""
    with_level = [a for a in accounts if a.series is not None and series_level(a.series)]
    return _vote(with_level or accounts, lambda a: a.series)


def _name(accounts: Sequence[Account]) -> str | None:
    named = [a for a in accounts if a.name]
    pool = [a for a in named if a.reported] or named
    names = [a.name for a in pool if a.name]
    if not names:
        return None
    return min(names, key=lambda n: (-len(name_key(n)), n))
