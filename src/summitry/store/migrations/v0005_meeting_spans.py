"""How many days each meeting's date range spans (``meetings.span_days``), indexed, so that
a date filter can bound its scan from below.

A meeting is in a period when ``date_hi >= since`` and ``date_lo <= until``. The index on
``(date_lo, date_hi)`` serves only the upper bound: every meeting before the period was
read to find the few that reach into it, a scan that grew with the archive. A meeting
reaching ``since`` starts no earlier than ``since`` less its span, so ``date_lo >= since -
longest span stored`` admits the same meetings, and the longest span is one step down the
new index (:func:`summitry.store.queries.since_floor`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text


def span_days(lo: str | None, hi: str | None) -> int | None:
    """Days from ``lo`` to ``hi`` (ISO dates), None for an undated meeting."""
    if not lo or not hi:
        return None
    return (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE meetings ADD COLUMN span_days INTEGER")
    conn.exec_driver_sql("CREATE INDEX meetings_span ON meetings (span_days)")
    rows = [{"id": r.id, "span": span_days(r.date_lo, r.date_hi)} for r in conn.execute(
        text("SELECT id, date_lo, date_hi FROM meetings WHERE date_lo IS NOT NULL"))]
    if rows:
        conn.execute(text("UPDATE meetings SET span_days = :span WHERE id = :id"), rows)
