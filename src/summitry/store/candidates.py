"""The candidate query of the linker, built once per shape and executed with parameters.

Which meetings an account may join depends on what its date gives (see
:meth:`CandidateQueries.find`): a full date range, only a month, or no date at all (then
only its numbered series or its name). Each of these shapes is one statement with bound
parameters, built the first time it is needed and kept, so that SQLAlchemy compiles it
once instead of building, keying and compiling a new expression for every account.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, bindparam, exists, or_, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from summitry.link.dates import REASONED_BASES, bounds
from summitry.link.model import Account
from summitry.names import name_key
from summitry.nlp.dates.partial import PartialDate
from summitry.store.schema import Tables

#: A statement's shape: what kind of date filter, and which of its optional parts it has.
Shape = tuple[str, bool, bool]


class CandidateQueries:
    def __init__(self, t: Tables):
        self.t = t
        self._built: dict[Shape, Select[Any]] = {}
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

    def _build(self, shape: Shape) -> Select[Any]:
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
        dated = and_(m.c.date_lo.is_not(None), m.c.date_lo <= bindparam("hi"),
                     m.c.date_hi >= bindparam("lo"))
        yearless: ColumnElement[bool] = m.c.date_lo.is_(None)
        if month_ok is not None:
            yearless = and_(yearless, month_ok)
            # A meeting whose year an article only reasoned may still be this one.
            yearless = or_(yearless, and_(month_ok, self._reasoned()))
        return or_(dated, yearless)

    def _reasoned(self) -> ColumnElement[bool]:
        """The meeting has an account whose year was reasoned: a correlated EXISTS, so that
        only the candidate rows are looked up (through the ``sources_meeting`` index)."""
        s, m = self.t.sources, self.t.meetings
        return exists().where(s.c.meeting_id == m.c.id, or_(
            *(s.c.date_source.like(f"{b}:%") for b in sorted(REASONED_BASES))))


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
    return ("span", bool(month), False), {"lo": span[0], "hi": span[1], **month}
