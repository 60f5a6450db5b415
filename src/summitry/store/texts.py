"""Reading a stored document's texts back: its original text (from ``documents``, packed or
plain), its cleaned body (kept in ``cleaned.body`` where the database indexes it, else cut
out of the text by the spans) and its contract record (see :mod:`.packing`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from summitry.store.packing import body_of, unpack_record, unpack_text
from summitry.store.schema import Tables


def original_text(row: Any) -> str:
    """The text the offsets index, from a row with ``raw``, ``raw_z`` and ``text``."""
    if row.text is not None:
        return str(row.text)
    return unpack_text(row.raw, row.raw_z)


def body(row: Any, original: str) -> str:
    """The cleaned body, from a row with ``body`` and ``body_spans``."""
    if row.body is not None:
        return str(row.body)
    return body_of(original, row.body_spans or "[]")


def record(row: Any, cleaned_body: str, original: str) -> dict[str, Any]:
    return unpack_record(row.extraction_z, cleaned_body, original)


def titles_and_bodies(conn: Connection, t: Tables,
                      doc_ns: Sequence[int]) -> dict[int, tuple[str | None, str]]:
    """Title and cleaned body of each document, by ``documents.n``."""
    d, c = t.documents, t.cleaned
    out: dict[int, tuple[str | None, str]] = {}
    for row in conn.execute(select(d.c.n, d.c.raw, d.c.raw_z, d.c.text, c.c.title, c.c.body,
                                   c.c.body_spans)
                            .join(c, c.c.doc_n == d.c.n).where(d.c.n.in_(list(doc_ns)))):
        out[row.n] = (row.title, body(row, original_text(row)))
    return out
