"""Each text stored once: the original compressed where it pays, the cleaned body as spans
into it, the contract record compressed without the body, no separate mention rows, and
on SQLite a contentless search index (:mod:`summitry.store.packing`,
:mod:`summitry.store.fts`).

Before this version a text document was stored four times (``documents.raw``,
``cleaned.body``, the body inside ``cleaned.extraction``, the search index's own copy) and
its mentions twice (the ``mentions`` table, which nothing read, and the record): about
20 KB an article. The conversion rewrites every existing document in place:

- ``documents.raw_z`` holds the original zlib-compressed when that saves a fifth or more
  (``raw`` is then empty: the column stays NOT NULL, as the first schema made it);
- ``cleaned`` is rebuilt with ``body_spans`` (the body's segments in the text),
  ``extraction_z`` (the compressed record) and ``body`` kept only where it is needed:
  on PostgreSQL, whose trigram and word indexes are built on that column, and on SQLite
  for a body that cannot be cut out of its text (none is known; kept rather than lost);
- ``mentions`` is dropped (the record holds every mention with its offsets);
- SQLite's ``document_fts`` is rebuilt contentless, without positions (:mod:`.fts`).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    select,
    update,
)

from summitry.store import fts
from summitry.store.migrations.v0001_initial import WORDS
from summitry.store.packing import pack_record, pack_text, spans_json, spans_of

#: Documents converted per round trip.
CHUNK = 500


def cleaned_table(meta: MetaData, name: str = "cleaned") -> Table:
    return Table(name, meta,
                 Column("doc_n", Integer, ForeignKey("documents.n", ondelete="CASCADE"),
                        primary_key=True, autoincrement=False),
                 Column("doc_id", Text, nullable=False, unique=True),
                 Column("title", Text),
                 Column("published", Text),
                 Column("lang", Text),
                 Column("script", Text),
                 Column("body", Text),  # null where body_spans cut it out of the text
                 Column("body_spans", Text),  # JSON [[start, end], …] into the text
                 Column("extraction_z", LargeBinary, nullable=False))  # packing.pack_record


def upgrade(conn: Connection) -> None:
    sqlite = conn.dialect.name == "sqlite"
    conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN raw_z "
                         + ("BLOB" if sqlite else "BYTEA"))
    meta = MetaData()
    meta.reflect(conn, only=["documents", "cleaned"])
    new = cleaned_table(meta, "cleaned_v4")
    new.create(conn)
    if sqlite:
        conn.exec_driver_sql("DROP TABLE document_fts")
        conn.exec_driver_sql(fts.CREATE)
        conn.exec_driver_sql(fts.CREATE_VOCAB)
    last = -1
    while rows := _chunk(conn, meta, last):
        _convert(conn, meta, new, rows, keep_body=not sqlite)
        last = rows[-1].doc_n
    conn.exec_driver_sql("DROP TABLE cleaned")
    conn.exec_driver_sql("ALTER TABLE cleaned_v4 RENAME TO cleaned")
    conn.exec_driver_sql("DROP TABLE mentions")
    _indexes(conn, sqlite)


def _chunk(conn: Connection, meta: MetaData, after: int) -> list[Any]:
    d, c = meta.tables["documents"], meta.tables["cleaned"]
    return list(conn.execute(
        select(c, d.c.raw, d.c.text.label("main_text"))
        .join(d, d.c.n == c.c.doc_n).where(c.c.doc_n > after)
        .order_by(c.c.doc_n).limit(CHUNK)).all())


def _convert(conn: Connection, meta: MetaData, new: Table, rows: list[Any],
             keep_body: bool) -> None:
    d = meta.tables["documents"]
    out = []
    for r in rows:
        original = r.main_text if r.main_text is not None else r.raw
        spans = spans_of(original, r.body)
        out.append({"doc_n": r.doc_n, "doc_id": r.doc_id, "title": r.title,
                    "published": r.published, "lang": r.lang, "script": r.script,
                    "body": r.body if keep_body or spans is None else None,
                    "body_spans": spans_json(spans) if spans is not None else None,
                    "extraction_z": pack_record(json.loads(r.extraction), original)})
        plain, packed = pack_text(r.raw)
        if packed is not None:
            conn.execute(update(d).where(d.c.n == r.doc_n).values(raw=plain, raw_z=packed))
        if not keep_body:
            fts.index(conn, r.doc_n, r.title, r.body)
    conn.execute(new.insert(), out)


def _indexes(conn: Connection, sqlite: bool) -> None:
    """The indexes the old ``cleaned`` carried (v0001, v0002), on the new one."""
    if sqlite:
        conn.exec_driver_sql("CREATE INDEX cleaned_published ON cleaned (published, doc_id)")
        return
    conn.exec_driver_sql("CREATE INDEX cleaned_published ON cleaned "
                         "(published DESC NULLS LAST, doc_id DESC)")
    for column in ("title", "body"):
        conn.exec_driver_sql(f"CREATE INDEX cleaned_{column}_trgm ON cleaned "
                             f"USING gin ({column} gin_trgm_ops)")
    conn.exec_driver_sql(f"CREATE INDEX cleaned_words ON cleaned USING gin ({WORDS})")
