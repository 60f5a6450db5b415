"""The candidate query of the linker, built once per shape and executed with parameters.

Which meetings an account may join depends on what its date gives (see
:meth:`CandidateQueries.find`): a full date range, only a month, or no date at all (then
only its numbered series or its name). Each of these shapes is one statement with bound
parameters, built the first time it is needed and kept, so that SQLAlchemy compiles it
once instead of building, keying and compiling a new expression for every account.

A dated account's statement is a union of index walks, each kept to the meetings one of
its actors takes part in: meetings of a short span starting near the account's range (the
date index from its start less :data:`SHORT_SPAN`), meetings of a longer span (a month or
a year only: their own index, and few), undated meetings (the end of each actor's range
of ``participants.meeting_day``), and meetings whose year an article reasoned
(``meetings.year_reasoned``). One
statement driven by the actors read every meeting of each of them instead: for a state in
most of the store's meetings, a scan that grew with the archive and made the linker most of
the writer's time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, and_, bindparam, exists, or_, select, union
from sqlalchemy.sql import CompoundSelect, Select
from sqlalchemy.sql.elements import ColumnElement

from summitry.link.dates import REASONED_BASES, bounds
from summitry.link.model import Account
from summitry.names import name_key
from summitry.nlp.dates.partial import PartialDate
from summitry.store.migrations.v0006_participant_order import UNDATED
from summitry.store.schema import Tables

#: A statement's shape: what kind of date filter, and which of its optional parts it has.
Shape = tuple[str, bool, bool]
#: Days a meeting's range may span and still be found along the date index from the
#: account's start less this many days (a day, a summit's week, a month). Longer spans (a
#: year given alone) are looked up through ``meetings.span_days``.
SHORT_SPAN = 31


class CandidateQueries:
    def __init__(self, t: Tables):
        self.t = t
        self._built: dict[Shape, Select[Any] | CompoundSelect[Any]] = {}
        ka = t.keep_apart
        self._kept = select(ka.c.meeting_id).where(ka.c.doc_id == bindparam("doc"),
                                                   ka.c.local_id == bindparam("local"))
        self._any_kept: bool | None = None

    def find(self, conn: Connection, account: Account) -> list[int]:
        """Ids of the meetings that share an actor with the account and whose date can
        agree with it, less those an analyst kept apart from it; sorted."""
        actors = sorted(account.parties | account.persons)
        if not actors:
            return []
        shaped = _shape(account)
        if shaped is None:  # undated, with neither a series number nor a name
            return []
        shape, params = shaped
        query = self._built.get(shape)
        if query is None:
            query = self._built[shape] = self._build(shape)
        ids = set(conn.execute(query, {"actors": actors, **params}).scalars())
        if self._has_kept(conn):
            kept = conn.execute(self._kept, {"doc": account.doc, "local": account.local_id})
            ids -= set(kept.scalars())
        return sorted(ids)

    def _has_kept(self, conn: Connection) -> bool:
        """Whether an analyst kept any account apart at all: asked once (these queries
        live for one write transaction; unlinking is a transaction of its own)."""
        if self._any_kept is None:
            ka = self.t.keep_apart
            self._any_kept = conn.execute(select(ka.c.doc_id).limit(1)).first() is not None
        return self._any_kept

    def _build(self, shape: Shape) -> Select[Any] | CompoundSelect[Any]:
        if shape[0] == "span":
            return self._dated(month=shape[1])
        m, p = self.t.meetings, self.t.participants
        query = (select(p.c.meeting_id).distinct().join(m, m.c.id == p.c.meeting_id)
                 .where(p.c.actor_id.in_(bindparam("actors", expanding=True))))
        date_filter = self._date_filter(shape)
        return query if date_filter is None else query.where(date_filter)

    def _date_filter(self, shape: Shape) -> ColumnElement[bool] | None:
        m = self.t.meetings
        kind, first, second = shape
        if kind == "undated":
            # Only a meeting of the same numbered series, or one of the same name.
            s, series = self.t.sources, self.t.series
            same: list[ColumnElement[bool]] = []
            if first:
                numbered = select(series.c.id).where(series.c.key == bindparam("series"))
                same.append(and_(m.c.series_id.in_(numbered),
                                 m.c.ordinal == bindparam("ordinal")))
            if second:
                named = select(s.c.meeting_id).where(s.c.name_key == bindparam("name_key"))
                same.append(m.c.id.in_(named))
            return or_(*same)
        month_ok = (or_(m.c.month.is_(None), m.c.month == bindparam("month"))
                    if first else None)
        if kind == "month":
            # The year is unknown, or only reasoned: compare the month where both give it.
            return month_ok
        return month_ok

    def _dated(self, month: bool) -> CompoundSelect[Any]:
        """A dated account's candidates: meetings whose range meets ``lo..hi``, undated
        meetings (of its month when it gives one), and meetings whose year an article
        reasoned (of its month), each walked along an index and kept when an actor of the
        account takes part."""
        m, p = self.t.meetings, self.t.participants
        takes_part = exists().where(p.c.meeting_id == m.c.id,
                                    p.c.actor_id.in_(bindparam("actors", expanding=True)))
        meets = and_(m.c.date_lo <= bindparam("hi"), m.c.date_hi >= bindparam("lo"))
        month_ok = or_(m.c.month.is_(None), m.c.month == bindparam("month"))
        undated: ColumnElement[bool] = m.c.date_lo.is_(None)
        parts = [
            select(m.c.id).where(m.c.date_lo >= bindparam("floor"), meets, takes_part),
            select(m.c.id).where(m.c.span_days > SHORT_SPAN, meets, takes_part),
            # Undated meetings through the actors' rows kept last in their listing order
            # (``participants.meeting_day``): a range of that index per actor.
            select(p.c.meeting_id).join(m, m.c.id == p.c.meeting_id).where(
                p.c.actor_id.in_(bindparam("actors", expanding=True)),
                p.c.meeting_day == UNDATED, and_(undated, month_ok) if month else undated),
        ]
        if month:
            # A meeting whose year an article only reasoned may still be this one.
            parts.append(select(m.c.id).where(m.c.year_reasoned.is_(True), month_ok,
                                              takes_part))
        return union(*parts)


def _shape(account: Account) -> tuple[Shape, dict[str, Any]] | None:
    """The statement shape an account needs and its parameters; None when no meeting can
    be a candidate."""
    date = PartialDate.parse(account.date_start)
    if date is None:
        numbered = account.series is not None and account.ordinal is not None
        named = bool(account.name)
        if not numbered and not named:
            return None
        return ("undated", numbered, named), {
            "series": account.series, "ordinal": account.ordinal,
            "name_key": name_key(account.name) if account.name else None}
    month = {"month": date.month} if date.month else {}
    span = bounds(account.date_start, account.date_end)
    if span is None or account.date_basis in REASONED_BASES:
        return ("month", bool(month), False), month
    floor = (dt.date.fromisoformat(span[0]) - dt.timedelta(days=SHORT_SPAN)).isoformat()
    return ("span", bool(month), False), {"lo": span[0], "hi": span[1], "floor": floor,
                                          **month}
