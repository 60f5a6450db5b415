"""The tables as the migrations left them, reflected once per engine.

Queries and writers reach tables through :class:`Tables` (``t.meetings.c.date_lo``), so the
migrations stay the one definition of the schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, CursorResult, MetaData, Table

#: Every table the code reads or writes (the full-text index is reached with plain SQL).
TABLE_NAMES = ("runs", "skips", "documents", "cleaned", "actors", "doc_entities", "series",
               "meetings", "participants", "chairs", "sources", "evidence", "link_log",
               "keep_apart")


class Tables:
    """Attribute access to the reflected tables."""

    runs: Table
    skips: Table
    documents: Table
    cleaned: Table
    actors: Table
    doc_entities: Table
    series: Table
    meetings: Table
    participants: Table
    chairs: Table
    sources: Table
    evidence: Table
    link_log: Table
    keep_apart: Table

    def __init__(self, conn: Connection):
        meta = MetaData()
        meta.reflect(conn, only=list(TABLE_NAMES))
        for name in TABLE_NAMES:
            setattr(self, name, meta.tables[name])


def new_id(result: CursorResult[Any]) -> int:
    """The primary key an ``INSERT`` gave its row."""
    key = result.inserted_primary_key
    if key is None:  # pragma: no cover - every table has an integer primary key
        raise RuntimeError("the insert returned no primary key")
    return int(key[0])
