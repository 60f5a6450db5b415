"""Writing prepared documents: new ones added, changed ones replaced, all inside the caller's
transaction (the ingestion loop commits one batch at a time).

A changed document (same id, different content hash) loses every row it contributed before
its new rows go in. Linked meetings it contributed to are reconciled again from the accounts
left, and deleted when it was their only source, so a corrected article never leaves a
ghost meeting behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import Insert

from summitry.store import fts, texts
from summitry.store.commitment_writer import CommitmentWriter
from summitry.store.linker import Linker
from summitry.store.prepare import ActorRow, Prepared
from summitry.store.schema import Tables, new_id


@dataclass
class WriteCounts:
    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0  # stored meanwhile by an earlier batch of the same run
    meetings_new: int = 0
    meetings_merged: int = 0  # accounts that joined a meeting another article had stated
    meetings_dropped: int = 0  # meetings whose only source changed and no longer states them


def insert_ignore(conn: Connection, table: Table, key: str) -> Insert:
    """``INSERT … ON CONFLICT (key) DO NOTHING`` in the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=[key])
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=[key])


class Writer:
    def __init__(self, conn: Connection, t: Tables, run_id: int | None):
        self.conn = conn
        self.t = t
        self.run_id = run_id
        self.linker = Linker(conn, t, run_id)
        self.commitments = CommitmentWriter(conn)
        self.counts = WriteCounts()
        self.fts = conn.dialect.name == "sqlite"

    def existing_hashes(self, ids: list[str]) -> dict[str, str]:
        d = self.t.documents
        return {r.id: r.content_hash
                for r in self.conn.execute(select(d.c.id, d.c.content_hash)
                                           .where(d.c.id.in_(ids)))}

    def write(self, doc: Prepared, force: bool = False) -> None:
        t = self.t
        old = self.conn.execute(select(t.documents.c.n, t.documents.c.content_hash)
                                .where(t.documents.c.id == doc.doc_id)).first()
        if old is not None and old.content_hash == doc.content_hash and not force:
            # The same document came twice (the same file given twice, a feed repeating
            # itself): the first time was written by an earlier batch of this run.
            self.counts.documents_unchanged += 1
            return
        if old is not None:
            self.remove(old.n)
            self.counts.documents_changed += 1
        else:
            self.counts.documents_new += 1
        n = new_id(self.conn.execute(insert(t.documents).values(
            **doc.document, run_id=self.run_id)))
        # SQLite cuts the body out of the text by its spans; PostgreSQL keeps it, the
        # column its search indexes are built on.
        body = doc.cleaned["body"]
        self.conn.execute(insert(t.cleaned).values(
            doc_n=n, **{**doc.cleaned, "body": None if self.fts else body}))
        if self.fts:
            fts.index(self.conn, n, doc.cleaned["title"], body)
        self.add_actors(doc.actors)
        if doc.entities:
            self.conn.execute(insert(t.doc_entities), [{"doc_n": n, **e} for e in doc.entities])
        for row in doc.accounts:
            _, match = self.linker.link(row, n)
            if match is None:
                self.counts.meetings_new += 1
            else:
                self.counts.meetings_merged += 1
        self.commitments.write(n, doc.doc_id, doc.record,
                               {e["local_id"]: e["actor_id"] for e in doc.entities})

    def add_actors(self, actors: list[ActorRow]) -> None:
        if not actors:
            return
        self.conn.execute(insert_ignore(self.conn, self.t.actors, "id"), [
            {"id": a.id, "type": a.type, "code": a.code, "name": a.name,
             "names": json.dumps(a.names, ensure_ascii=False, sort_keys=True),
             "wikidata": a.wikidata, "origin": a.origin} for a in actors])

    def remove(self, n: int) -> None:
        """Delete a document's rows; reconcile or drop the meetings it stated."""
        t = self.t
        sources = self.conn.execute(select(t.sources.c.meeting_id, t.sources.c.doc_id,
                                           t.sources.c.local_id)
                                    .where(t.sources.c.doc_n == n)).all()
        self.commitments.remove_document(n)
        self.conn.execute(delete(t.sources).where(t.sources.c.doc_n == n))
        if self.fts:
            # A contentless index forgets a row only given the values it indexed.
            for title, body in texts.titles_and_bodies(self.conn, t, [n]).values():
                fts.forget(self.conn, n, title, body)
        self.conn.execute(delete(t.documents).where(t.documents.c.n == n))
        for meeting_id in sorted({s.meeting_id for s in sources}):
            self.linker.refresh(meeting_id)
            gone = self.conn.execute(select(t.meetings.c.id).where(t.meetings.c.id == meeting_id)
                                     ).first() is None
            if gone:
                self.counts.meetings_dropped += 1
        for s in sources:
            self.linker.log("drop", s.meeting_id, s.doc_id, s.local_id)
