"""Queries the analyst's workbench pages need beyond the store's own: counts of the
filtered meetings by kind, level and year, the meetings whose year is unknown, and the
meetings of one series.

Kept apart from :mod:`summitry.store.queries` (shared, changed by other work) and built on
its filter, so a count and its list always agree with the meetings list for the same
filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from summitry.store import queries
from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.queries import MeetingFilter, NotFoundError, load_meetings
from summitry.store.results import MeetingRecord

#: The label of meetings without a year in the counts by year.
UNKNOWN_YEAR = "unknown"


@dataclass(frozen=True, slots=True)
class Facets:
    """How many of the filtered meetings fall in each kind, level and year."""

    kind: dict[str, int] = field(default_factory=dict)
    level: dict[str, int] = field(default_factory=dict)
    year: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Series:
    id: int
    name: str
    kind: str | None
    level: str | None
    meetings: tuple[MeetingRecord, ...]


def _filter(store: Store, conn: Any, actors: Sequence[str], kw: dict[str, Any]
            ) -> MeetingFilter | None:
    return store._filter(conn, actors, kw.get("since"), kw.get("until"), kw.get("format"),
                         kw.get("level"), kw.get("kind"), bool(kw.get("reported_only")),
                         recalled_only=bool(kw.get("recalled_only")))


def meeting_facets(store: Store, actors: Sequence[str] = (), **kw: Any) -> Facets:
    """Counts by kind, level and year (``unknown`` last) of what the filters admit."""
    m = store.t.meetings
    with reading(store.engine) as conn:
        f = _filter(store, conn, actors, kw)
        if f is None:
            return Facets()
        sub = queries._filtered(store.t, f, conn).subquery()
        out: dict[str, dict[str, int]] = {}
        for name, column in (("kind", m.c.kind), ("level", m.c.level), ("year", m.c.year)):
            rows = conn.execute(select(column, func.count()).join(sub, sub.c.id == m.c.id)
                                .group_by(column).order_by(column.is_(None), column)).all()
            out[name] = {str(v) if v is not None else UNKNOWN_YEAR if name == "year"
                         else "unknown": int(n) for v, n in rows}
    return Facets(**out)


def undated_meetings(store: Store, actors: Sequence[str] = (), *, limit: int = 50,
                     offset: int = 0, **kw: Any) -> tuple[int, list[MeetingRecord]]:
    """The filtered meetings no source gives a year for: (total, one page)."""
    m = store.t.meetings
    with reading(store.engine) as conn:
        f = _filter(store, conn, actors, {**kw, "since": None, "until": None})
        if f is None:
            return 0, []
        q = queries._filtered(store.t, f).where(m.c.year.is_(None))
        total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
        ids = [r[0] for r in conn.execute(q.order_by(m.c.id).limit(limit).offset(offset))]
        return total, list(load_meetings(conn, store.t, ids, evidence=False))


def series(store: Store, series_id: int) -> Series:
    """One series (every session of a named mechanism) with its meetings in date order."""
    se, m = store.t.series, store.t.meetings
    with reading(store.engine) as conn:
        row = conn.execute(select(se.c.id, se.c.name, se.c.kind, se.c.level)
                           .where(se.c.id == series_id)).first()
        if row is None:
            raise NotFoundError(f"no series {series_id} in the store")
        ids = [r[0] for r in conn.execute(
            select(m.c.id).where(m.c.series_id == series_id)
            .order_by(m.c.date_lo.is_(None), m.c.date_lo, m.c.ordinal, m.c.id))]
        found = load_meetings(conn, store.t, ids, evidence=False)
    return Series(row.id, row.name, row.kind, row.level, tuple(found))


def series_list(store: Store) -> list[tuple[int, str, int]]:
    """Every series with its number of meetings: (id, name, meetings), most first."""
    se, m = store.t.series, store.t.meetings
    with reading(store.engine) as conn:
        rows = conn.execute(select(se.c.id, se.c.name, func.count(m.c.id))
                            .join(m, m.c.series_id == se.c.id)
                            .group_by(se.c.id, se.c.name)
                            .order_by(func.count(m.c.id).desc(), se.c.name)).all()
    return [(int(i), str(n), int(c)) for i, n, c in rows]


def series_id(store: Store, name: str | None) -> int | None:
    """The id of the series a meeting record names (records carry the name only)."""
    if not name:
        return None
    se = store.t.series
    with reading(store.engine) as conn:
        found = conn.execute(select(se.c.id).where(se.c.name == name)
                             .order_by(se.c.id).limit(1)).scalar()
    return int(found) if found is not None else None


def stored_actors(store: Store, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` the store holds (and so has a page for)."""
    if not ids:
        return set()
    a = store.t.actors
    with reading(store.engine) as conn:
        return {str(r[0]) for r in conn.execute(select(a.c.id).where(a.c.id.in_(list(ids))))}
