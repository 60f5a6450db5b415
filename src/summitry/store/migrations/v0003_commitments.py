"""Commitments across documents (contract v2): one record per commitment, its dated steps
(one per article that states it, with the meeting and the evidence of each), the log of
how steps were linked (with the reasons, so a merge can be explained and undone), and the
statements each article makes.

A step belongs to its document (``ON DELETE CASCADE``): a changed article replaces its
steps, and a commitment left without steps is deleted by the writer.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, ForeignKey, Index, Integer, MetaData, Table, Text


def tables(meta: MetaData) -> None:
    Table("commitments", meta,
          Column("id", Integer, primary_key=True),
          Column("name", Text, nullable=False),
          Column("name_en", Text),
          Column("name_key", Text, nullable=False),
          Column("kind", Text, nullable=False),
          Column("status", Text, nullable=False),  # the status of the latest step
          Column("period_start", Text),
          Column("period_end", Text),
          Column("parties", Text, nullable=False),  # JSON list of actor ids, sorted
          Column("follows_id", Integer, ForeignKey("commitments.id", ondelete="SET NULL")),
          Column("first_date", Text),
          Column("last_date", Text),
          sqlite_autoincrement=True)
    Table("commitment_steps", meta,
          Column("id", Integer, primary_key=True),
          Column("commitment_id", Integer, ForeignKey("commitments.id"), nullable=False),
          Column("doc_n", Integer, ForeignKey("documents.n", ondelete="CASCADE"),
                 nullable=False),
          Column("doc_id", Text, nullable=False),
          Column("local_id", Text, nullable=False),  # c1 in the document
          Column("name", Text, nullable=False),  # as this article writes it
          Column("kind", Text, nullable=False),
          Column("status", Text, nullable=False),
          Column("date", Text),  # the meeting's date, else the publication date
          Column("meeting_id", Integer),  # the linked meeting, when the step names one
          Column("meeting_local", Text),
          Column("follows_local", Text),
          Column("parties", Text, nullable=False),
          Column("evidence_start", Integer),
          Column("evidence_end", Integer),
          Column("evidence", Text),
          Column("rule", Text),
          sqlite_autoincrement=True)
    Index("commitments_kind", meta.tables["commitments"].c.kind,
          meta.tables["commitments"].c.name_key)
    Index("commitment_steps_commitment", meta.tables["commitment_steps"].c.commitment_id)
    Index("commitment_steps_doc", meta.tables["commitment_steps"].c.doc_n)
    Index("commitment_steps_meeting", meta.tables["commitment_steps"].c.meeting_id)
    Table("commitment_log", meta,
          Column("id", Integer, primary_key=True),
          Column("action", Text, nullable=False),  # new, merge, unlink
          Column("commitment_id", Integer, nullable=False),
          Column("doc_id", Text, nullable=False),
          Column("local_id", Text, nullable=False),
          Column("reasons", Text),  # JSON: name similarity, kind, parties, period
          Column("at", Text, nullable=False))
    Table("commitment_apart", meta,
          Column("id", Integer, primary_key=True),
          Column("doc_id", Text, nullable=False),
          Column("local_id", Text, nullable=False),
          Column("commitment_id", Integer, nullable=False))
    Table("statements", meta,
          Column("id", Integer, primary_key=True),
          Column("doc_n", Integer, ForeignKey("documents.n", ondelete="CASCADE"),
                 nullable=False),
          Column("local_id", Text, nullable=False),
          Column("type", Text, nullable=False),
          Column("actors", Text, nullable=False),  # JSON list of actor ids
          Column("meeting_id", Integer),
          Column("commitment_local", Text),
          Column("content", Text, nullable=False),
          Column("content_start", Integer),
          Column("content_end", Integer),
          Column("rule", Text))
    Index("statements_doc", meta.tables["statements"].c.doc_n)
    Index("statements_meeting", meta.tables["statements"].c.meeting_id)


def upgrade(conn: Connection) -> None:
    meta = MetaData()
    meta.reflect(conn, only=["documents"])
    tables(meta)
    for name in ("commitments", "commitment_steps", "commitment_log", "commitment_apart",
                 "statements"):
        meta.tables[name].create(conn)
