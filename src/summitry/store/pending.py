"""Rows a write transaction inserts at its end, many per statement, instead of one
statement per row as they come.

Only rows nothing reads back while the transaction writes go here (logs, evidence, the
cleaned text and its index, entities, commitment steps and statements): each statement's
rows keep the order they came in, so every row gets the id it would have got at once, and
the store is the same as when each was inserted on the spot. A write that must read such
rows (removing a changed document) flushes first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql import Executable


class Pending:
    def __init__(self, conn: Connection):
        self.conn = conn
        self._rows: dict[Executable, list[dict[str, Any]]] = {}

    def add(self, statement: Executable, rows: dict[str, Any] | list[dict[str, Any]]) -> None:
        """Queue ``rows`` for ``statement`` (always the same statement object for a table;
        every row of it with the same keys)."""
        queued = self._rows.setdefault(statement, [])
        if isinstance(rows, dict):
            queued.append(rows)
        else:
            queued.extend(rows)

    def flush(self) -> None:
        """Insert everything queued, one ``executemany`` per statement."""
        for statement, rows in self._rows.items():
            if rows:
                self.conn.execute(statement, rows)
        self._rows.clear()


def insert_now_or_later(conn: Connection, pending: Pending | None, statement: Executable,
                        rows: dict[str, Any] | list[dict[str, Any]]) -> None:
    """Insert at once without a :class:`Pending` (an analyst's single edit), else queue."""
    if pending is None:
        conn.execute(statement, rows)
    else:
        pending.add(statement, rows)
