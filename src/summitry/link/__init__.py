"""Cross-document linking: one real meeting, however many articles (in whatever language)
report or recall it, becomes one linked meeting. Each article's :class:`Account` is scored
against the linked meetings it could be (:func:`match`, :func:`best`: vetoes first, then
agreeing evidence against a conservative :data:`THRESHOLD`, because a wrong merge is worse
than a missed one), and a linked meeting's fields are reconciled from all its accounts
(:func:`reconcile`) independently of the order they arrived in. Dates of differing
precision are compared and combined by :mod:`summitry.link.dates`; recurring meetings are
keyed across languages by :mod:`summitry.link.series`. Everything here is pure: the store
calls it and keeps the results.
"""

from summitry.link.dates import Agreement, bounds, compatible
from summitry.link.dates import reconcile as reconcile_dates
from summitry.link.model import Account, Fields, LinkedMeeting, Match
from summitry.link.reconcile import reconcile
from summitry.link.score import THRESHOLD, best, match
from summitry.link.series import same_series, series_key, series_name

__all__ = [
    "THRESHOLD",
    "Account",
    "Agreement",
    "Fields",
    "LinkedMeeting",
    "Match",
    "best",
    "bounds",
    "compatible",
    "match",
    "reconcile",
    "reconcile_dates",
    "same_series",
    "series_key",
    "series_name",
]
