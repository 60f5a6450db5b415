"""Whether a meeting's year was only reasoned by an article (``meetings.year_reasoned``),
indexed, so that the linker finds such meetings without reading every meeting of an actor.

A year reasoned from a weekday, a term of office or an anniversary
(:data:`summitry.link.dates.REASONED_BASES`) is not evidence against a stated one: a
meeting with such an account stays a candidate for accounts of its month in any year. The
linker asked for it with a correlated look into ``sources`` for each meeting of the
account's actors, a walk that grew with the archive; the flag, kept by the linker whenever
it writes a meeting's fields, makes it one step down an index of few rows.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from summitry.link.dates import REASONED_BASES


def is_reasoned(bases: list[str | None]) -> bool | None:
    """The flag for a meeting whose accounts have these year bases: True, or None (not
    False, so the index holds only the few flagged meetings' entries worth walking)."""
    return True if any(b in REASONED_BASES for b in bases) else None


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE meetings ADD COLUMN year_reasoned BOOLEAN")
    conn.exec_driver_sql("CREATE INDEX meetings_reasoned ON meetings (year_reasoned, month)")
    backfill(conn)


def backfill(conn: Connection) -> None:
    """Flag the meetings with an account whose year was reasoned, from ``sources``."""
    flagged: set[int] = set()
    for meeting_id, source in conn.execute(text(
            "SELECT meeting_id, date_source FROM sources WHERE date_source IS NOT NULL")):
        basis = source.split(":", 1)[0]
        if is_reasoned([basis]):
            flagged.add(meeting_id)
    if flagged:
        conn.execute(text("UPDATE meetings SET year_reasoned = :flag WHERE id = :id"),
                     [{"flag": True, "id": i} for i in sorted(flagged)])
