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
from summitry.store.pending import Pending
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
    """Writes the documents of one transaction; :meth:`write_all` is the way in (it reads
    the stored versions of the whole batch at once and inserts the queued rows at the end).
    """

    def __init__(self, conn: Connection, t: Tables, run_id: int | None):
        self.conn = conn
        self.t = t
        self.run_id = run_id
        self.pending = Pending(conn)
        self.linker = Linker(conn, t, run_id, self.pending)
        self.commitments = CommitmentWriter(conn, self.pending)
        self.counts = WriteCounts()
        self.fts = conn.dialect.name == "sqlite"
        self._insert_document = insert(t.documents)
        self._insert_cleaned = insert(t.cleaned)
        self._insert_entities = insert(t.doc_entities)
        self._insert_actors = insert_ignore(conn, t.actors, "id")
        self._prefetched: dict[str, tuple[int, str]] = {}
        self._unstored: set[str] = set()
        self._batched = False
        # Actors this transaction has inserted (or found stored): inserting one again would
        # change nothing, as the first row of an actor id is the one kept.
        self._actors: set[str] = set()

    def existing_hashes(self, ids: list[str]) -> dict[str, str]:
        return {i: h for i, (_, h) in self._stored(ids).items()}

    def _stored(self, ids: list[str]) -> dict[str, tuple[int, str]]:
        d = self.t.documents
        return {r.id: (r.n, r.content_hash)
                for r in self.conn.execute(select(d.c.id, d.c.n, d.c.content_hash)
                                           .where(d.c.id.in_(ids)))}

    def write_all(self, docs: list[Prepared], force: bool = False) -> None:
        """Write documents in order, then insert every queued row. The stored versions of
        the whole list are read in one query first (a second version of an id in the list
        is looked up when its turn comes, finding the first one written)."""
        self._prefetched = self._stored(sorted({d.doc_id for d in docs}))
        self._unstored = {d.doc_id for d in docs} - set(self._prefetched)
        self._batched = True
        try:
            for doc in docs:
                self.write(doc, force)
        finally:
            self._batched = False
        self.pending.flush()

    def write(self, doc: Prepared, force: bool = False) -> None:
        """Write one document; alone, its queued rows go in at once, within
        :meth:`write_all` when the list is written."""
        self._write(doc, force)
        if not self._batched:
            self.pending.flush()

    def _write(self, doc: Prepared, force: bool) -> None:
        if doc.doc_id in self._prefetched:
            old: tuple[int, str] | None = self._prefetched.pop(doc.doc_id)
        elif doc.doc_id in self._unstored:
            old = None
            self._unstored.discard(doc.doc_id)
        else:
            old = self._stored([doc.doc_id]).get(doc.doc_id)
        if old is not None and old[1] == doc.content_hash and not force:
            # The same document came twice (the same file given twice, a feed repeating
            # itself): the first time was written by an earlier batch of this run.
            self.counts.documents_unchanged += 1
            return
        if old is not None:
            self.remove(old[0])
            self.counts.documents_changed += 1
        else:
            self.counts.documents_new += 1
        n = new_id(self.conn.execute(self._insert_document, {**doc.document,
                                                             "run_id": self.run_id}))
        # SQLite cuts the body out of the text by its spans; PostgreSQL keeps it, the
        # column its search indexes are built on.
        body = doc.cleaned["body"]
        self.pending.add(self._insert_cleaned, {
            "doc_n": n, **{**doc.cleaned, "body": None if self.fts else body}})
        if self.fts:
            self.pending.add(fts.INDEX, fts.index_row(n, doc.cleaned["title"], body))
        self.add_actors(doc.actors)
        if doc.entities:
            self.pending.add(self._insert_entities, [{"doc_n": n, **e} for e in doc.entities])
        meetings: dict[str, int] = {}
        for row in doc.accounts:
            meetings[row.account.local_id], match = self.linker.link(row, n)
            if match is None:
                self.counts.meetings_new += 1
            else:
                self.counts.meetings_merged += 1
        self.commitments.write(n, doc.doc_id, doc.record,
                               {e["local_id"]: e["actor_id"] for e in doc.entities}, meetings)

    def add_actors(self, actors: list[ActorRow]) -> None:
        new = [a for a in actors if a.id not in self._actors]
        if not new:
            return
        self._actors.update(a.id for a in new)
        self.conn.execute(self._insert_actors, [
            {"id": a.id, "type": a.type, "code": a.code, "name": a.name,
             "names": json.dumps(a.names, ensure_ascii=False, sort_keys=True),
             "wikidata": a.wikidata, "origin": a.origin} for a in new])

    def remove(self, n: int) -> None:
        """Delete a document's rows; reconcile or drop the meetings it stated."""
        t = self.t
        self.pending.flush()  # the rows queued so far are read and deleted like the others
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
