"""Read queries over stored documents: one document with every annotation of its extraction,
and the list of documents, newest first.

A document's offsets (entity mentions, times, meeting evidence) index its *original* text:
the input as read for a text file or a JSON line, the main text trafilatura took from a page
for HTML. That text is what :class:`~summitry.store.results.DocumentRecord` carries, so a
viewer can lay every span over it without translating offsets.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, nulls_last, select

from summitry.store.queries import NotFoundError, meetings_of
from summitry.store.results import DocumentHit, DocumentRecord, Results
from summitry.store.schema import Tables
from summitry.store.texts import body, original_text, record


def document(conn: Connection, t: Tables, doc_id: str) -> DocumentRecord:
    d, c, s = t.documents, t.cleaned, t.sources
    row = conn.execute(
        select(d.c.n, d.c.id, d.c.url, d.c.source, d.c.raw, d.c.raw_z, d.c.raw_format, d.c.text,
               d.c.encoding, c.c.title, c.c.published, c.c.lang, c.c.script, c.c.body,
               c.c.body_spans, c.c.extraction_z)
        .join(c, c.c.doc_n == d.c.n).where(d.c.id == doc_id)).first()
    if row is None:
        raise NotFoundError(f"no document {doc_id!r} in the store")
    original = original_text(row)
    cleaned_body = body(row, original)
    linked = {r.local_id: r.meeting_id for r in conn.execute(
        select(s.c.local_id, s.c.meeting_id).where(s.c.doc_n == row.n))}
    return DocumentRecord(
        id=row.id, title=row.title, published=row.published, lang=row.lang,
        script=row.script, url=row.url, source=row.source, raw_format=row.raw_format,
        encoding=row.encoding, text=original, body=cleaned_body,
        extraction=record(row, cleaned_body, original), linked=linked)


def documents(conn: Connection, t: Tables, limit: int = 50,
              offset: int = 0) -> tuple[int, Results[DocumentHit]]:
    """Documents newest first (undated last; ties by id, descending), with the meetings
    each gives an account of, and how many documents there are in all."""
    c = t.cleaned
    total = int(conn.execute(select(func.count()).select_from(c)).scalar() or 0)
    rows = conn.execute(select(c.c.doc_n, c.c.doc_id, c.c.title, c.c.published, c.c.lang)
                        # the order the index cleaned_published gives walked backwards
                        .order_by(nulls_last(c.c.published.desc()), c.c.doc_id.desc())
                        .limit(limit).offset(offset)).all()
    linked = meetings_of(conn, t, [r.doc_n for r in rows])
    return total, Results(DocumentHit(r.doc_id, r.title, r.published, r.lang,
                                      tuple(linked[r.doc_n])) for r in rows)
