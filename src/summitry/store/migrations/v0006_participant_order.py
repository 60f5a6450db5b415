"""Each participant row carries its meeting's place in the listing order
(``participants.meeting_day``), indexed with the actor, so that an actor's meetings in date
order, page N, is a range of one index read up to its LIMIT.

Meetings are listed dated first, by ``date_lo``, then undated, ties by id
(:func:`summitry.store.queries.meeting_ids`). Before this version a listing by actor found
the actor's meetings through ``participants (actor_id, meeting_id)`` and sorted all of them
to show fifty: a state in 36,000 meetings cost 130 ms a page, growing with the archive. The
key is the day number of ``date_lo`` (:func:`meeting_day`; an undated meeting
:data:`UNDATED`, after every date), so ``(meeting_day, meeting_id)`` orders exactly as
``(date_lo IS NULL, date_lo, id)`` does on either backend. The linker writes it with the
participants and rewrites it when a merge moves the meeting's date
(:mod:`summitry.store.linker`). The index replaces ``participants_actor``, whose columns
it starts with and which it serves in every lookup.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text

#: The key of an undated meeting: above the day number of 9999-12-31 (3,652,059), so
#: undated meetings come after every dated one, and small enough for three bytes on SQLite.
UNDATED = 8_000_000


def meeting_day(date_lo: str | None) -> int:
    """The listing key of a meeting whose earliest day is ``date_lo`` (an ISO date)."""
    if not date_lo:
        return UNDATED
    return dt.date.fromisoformat(date_lo).toordinal()


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE participants ADD COLUMN meeting_day INTEGER NOT NULL "
                         f"DEFAULT {UNDATED}")
    rows = [{"mid": r.id, "day": meeting_day(r.date_lo)} for r in conn.execute(
        text("SELECT id, date_lo FROM meetings WHERE date_lo IS NOT NULL"))]
    if rows:
        conn.execute(text("UPDATE participants SET meeting_day = :day "
                          "WHERE meeting_id = :mid"), rows)
    conn.exec_driver_sql("DROP INDEX participants_actor")
    conn.exec_driver_sql("CREATE INDEX participants_actor_day ON participants "
                         "(actor_id, meeting_day, meeting_id)")
