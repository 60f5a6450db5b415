"""What cross-document linking compares: one document's account of a meeting, and the
linked meeting it may join.

An :class:`Account` is what one article says about one meeting (a row of the store's
``sources`` table); a :class:`LinkedMeeting` is the record built from every account linked
to it so far. Actors are global ids (``state:RUS``, ``org:ASEAN``, ``person:sergey-lavrov``,
or ``local:person:<key>`` for actors the knowledge base does not hold), so accounts from
different articles and languages compare directly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Account:
    """One article's account of one meeting."""

    doc: str  # document id
    local_id: str  # the meeting's id inside the document ("m1")
    lang: str | None
    name: str | None
    kind: str  # conference, talks, call, visit, negotiation, other
    format: str | None
    level: str | None
    ordinal: int | None
    series: str | None  # series key (see summitry.link.series), or None
    date_start: str | None  # ISO, possibly partial: 2021-01-26, 2020-11, --06-17
    date_end: str | None
    location: str | None = None
    parties: frozenset[str] = frozenset()  # states and organizations among the participants
    persons: frozenset[str] = frozenset()  # persons among the participants
    chairs: frozenset[str] = frozenset()
    reported: bool = True  # the article reports it as news (False: recalled or planned)
    published: str | None = None  # the article's publication date
    #: How the article reached its date's year (contract ``date.basis``): ``stated``,
    #: ``published``, ``dateline``, ``context`` are firm; ``weekday``, ``tenure``,
    #: ``anniversary`` are reasoned, and give way to a firm year of another account.
    date_basis: str | None = None


@dataclass(frozen=True, slots=True)
class LinkedMeeting:
    """A meeting as the store holds it now: the reconciled fields of its accounts."""

    id: int
    name: str | None
    kind: str
    format: str | None
    level: str | None
    ordinal: int | None
    series: str | None
    date_start: str | None
    date_end: str | None
    parties: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    #: Every name its accounts gave (in any language), for name similarity.
    names: tuple[str, ...] = ()
    #: Documents that already have an account of it: an article never reports one meeting
    #: twice (extraction merges within a document), so a second account from the same
    #: document is a different meeting.
    docs: frozenset[str] = frozenset()
    #: Every account that gives the year reasoned it (weekday, terms in office...): another
    #: article may still state a different one.
    date_reasoned: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """Why an account joins a linked meeting: a score in [0, 1] and a readable reason."""

    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Fields:
    """The reconciled fields of a linked meeting, from all its accounts."""

    name: str | None
    kind: str
    format: str | None
    level: str | None
    ordinal: int | None
    series: str | None
    date_start: str | None
    date_end: str | None
    location: str | None
    parties: frozenset[str]
    persons: frozenset[str]
    chairs: frozenset[str]
    reported: bool  # some article reports it as news
