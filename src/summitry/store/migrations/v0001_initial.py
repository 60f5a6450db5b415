"""The first schema: documents as read and as cleaned, actors, their mentions, meetings
linked across documents with their participants and chairs, each document's account of a
meeting (``sources``) with its evidence, meeting series, the link log and its undo
constraints, and ingestion runs with what they skipped.

Documents are keyed by the input id (``seed-002``, a file stem) and carry a content hash, so
re-ingesting an unchanged document is a lookup, and a changed one replaces its old rows
(its children go with it through ``ON DELETE CASCADE``). ``n`` is an integer key used as the
full-text index's rowid. Meetings and sources use AUTOINCREMENT so that an id, once shown
to an analyst, is never reused for another meeting after deletions.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)


def tables(meta: MetaData) -> None:
    def doc_key(**kw: object) -> Column[int]:
        return Column("doc_n", Integer, ForeignKey("documents.n", ondelete="CASCADE"),
                      nullable=False, **kw)  # type: ignore[arg-type]

    Table("runs", meta,
          Column("id", Integer, primary_key=True),
          Column("started_at", Text, nullable=False),
          Column("finished_at", Text),
          Column("status", Text, nullable=False),  # running, done, failed
          Column("paths", Text, nullable=False),  # JSON list
          Column("version", Text, nullable=False),
          Column("counts", Text),  # JSON object, written when the run ends
          sqlite_autoincrement=True)
    Table("skips", meta,
          Column("id", Integer, primary_key=True),
          Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
          Column("source", Text),
          Column("line", Integer),
          Column("kind", Text, nullable=False),
          Column("message", Text, nullable=False))
    Table("documents", meta,
          Column("n", Integer, primary_key=True),
          Column("id", Text, nullable=False, unique=True),
          Column("content_hash", Text, nullable=False),
          Column("source", Text),
          Column("url", Text),
          Column("raw", Text, nullable=False),  # the input verbatim: the page or the text
          Column("raw_format", Text, nullable=False),  # text, html
          Column("encoding", Text),
          Column("meta_title", Text),
          Column("meta_published", Text),
          Column("meta_lang", Text),
          Column("text", Text),  # the text the offsets index (for HTML: its main text)
          Column("run_id", Integer),
          sqlite_autoincrement=True)
    Table("cleaned", meta,
          Column("doc_n", Integer, ForeignKey("documents.n", ondelete="CASCADE"),
                 primary_key=True, autoincrement=False),
          Column("doc_id", Text, nullable=False, unique=True),
          Column("title", Text),
          Column("published", Text),
          Column("lang", Text),
          Column("script", Text),
          Column("body", Text, nullable=False),
          Column("extraction", Text, nullable=False))  # the contract JSON of the document
    Table("actors", meta,
          Column("id", Text, primary_key=True),  # state:RUS, person:..., local:person:<key>
          Column("type", Text, nullable=False),
          Column("code", Text),
          Column("name", Text, nullable=False),
          Column("names", Text),  # JSON {lang: name}
          Column("wikidata", Text),
          Column("origin", Text, nullable=False))  # kb, local
    Index("actors_code", meta.tables["actors"].c.code)
    Index("actors_name", meta.tables["actors"].c.name)
    Table("doc_entities", meta,
          doc_key(primary_key=True),
          Column("local_id", Text, primary_key=True),
          Column("actor_id", Text, ForeignKey("actors.id"), nullable=False),
          Column("type", Text, nullable=False),
          Column("name", Text, nullable=False),
          Column("roles", Text))  # JSON list of {title, role, of (actor id)}
    Index("doc_entities_actor", meta.tables["doc_entities"].c.actor_id)
    Table("mentions", meta,
          Column("id", Integer, primary_key=True),
          doc_key(),
          Column("entity", Text, nullable=False),
          Column("start", Integer, nullable=False),
          Column("end", Integer, nullable=False),
          Column("text", Text, nullable=False))
    Index("mentions_doc", meta.tables["mentions"].c.doc_n)
    Table("series", meta,
          Column("id", Integer, primary_key=True),
          Column("key", Text, nullable=False, unique=True),
          Column("name", Text, nullable=False),
          Column("names", Text),  # JSON {lang: name}
          Column("kind", Text),
          Column("level", Text),
          sqlite_autoincrement=True)
    Table("meetings", meta,
          Column("id", Integer, primary_key=True),
          Column("name", Text),
          Column("kind", Text, nullable=False),
          Column("format", Text),
          Column("level", Text),
          Column("ordinal", Integer),
          Column("series_id", Integer, ForeignKey("series.id")),
          Column("date_start", Text),
          Column("date_end", Text),
          Column("date_lo", Text),  # earliest full day the date can mean, for range filters
          Column("date_hi", Text),
          Column("year", Integer),
          Column("month", Integer),
          Column("location", Text),
          Column("reported", Boolean, nullable=False),
          Column("n_sources", Integer, nullable=False),
          sqlite_autoincrement=True)
    meetings = meta.tables["meetings"]
    Index("meetings_dates", meetings.c.date_lo, meetings.c.date_hi)
    Index("meetings_series", meetings.c.series_id, meetings.c.ordinal)
    for role in ("participants", "chairs"):
        Table(role, meta,
              Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"),
                     primary_key=True),
              Column("actor_id", Text, ForeignKey("actors.id"), primary_key=True))
        Index(f"{role}_actor", meta.tables[role].c.actor_id, meta.tables[role].c.meeting_id)
    Table("sources", meta,
          Column("id", Integer, primary_key=True),
          Column("meeting_id", Integer, ForeignKey("meetings.id"), nullable=False),
          doc_key(),
          Column("doc_id", Text, nullable=False),
          Column("local_id", Text, nullable=False),
          Column("lang", Text),
          Column("name", Text),
          Column("name_key", Text),
          Column("kind", Text, nullable=False),
          Column("format", Text),
          Column("level", Text),
          Column("ordinal", Integer),
          Column("series_key", Text),
          Column("date_start", Text),
          Column("date_end", Text),
          Column("date_source", Text),
          Column("location", Text),
          Column("reported", Boolean, nullable=False),
          Column("published", Text),
          Column("parties", Text, nullable=False),  # JSON list of actor ids
          Column("persons", Text, nullable=False),
          Column("chairs", Text, nullable=False),
          Column("link_score", Float),  # null: the account started its meeting
          Column("link_reason", Text),
          UniqueConstraint("doc_n", "local_id"),
          sqlite_autoincrement=True)
    sources = meta.tables["sources"]
    Index("sources_meeting", sources.c.meeting_id)
    Index("sources_name", sources.c.name_key)
    Table("evidence", meta,
          Column("id", Integer, primary_key=True),
          Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"),
                 nullable=False),
          Column("start", Integer, nullable=False),
          Column("end", Integer, nullable=False),
          Column("text", Text, nullable=False))
    Index("evidence_source", meta.tables["evidence"].c.source_id)
    Table("link_log", meta,
          Column("id", Integer, primary_key=True),
          Column("run_id", Integer),
          Column("action", Text, nullable=False),  # new, merge, unlink, drop
          Column("meeting_id", Integer, nullable=False),
          Column("doc_id", Text, nullable=False),
          Column("local_id", Text, nullable=False),
          Column("score", Float),
          Column("reason", Text))
    Index("link_log_meeting", meta.tables["link_log"].c.meeting_id)
    Table("keep_apart", meta,
          Column("doc_id", Text, primary_key=True),
          Column("local_id", Text, primary_key=True),
          Column("meeting_id", Integer, primary_key=True),
          Column("reason", Text))


def upgrade(conn: Connection) -> None:
    meta = MetaData()
    tables(meta)
    meta.create_all(conn)
    if conn.dialect.name == "sqlite":
        # Trigram tokens index any script, Chinese included, without a segmenter; the rowid
        # is documents.n. Queries under three characters fall back to LIKE.
        conn.exec_driver_sql("CREATE VIRTUAL TABLE document_fts USING fts5("
                             "title, body, tokenize='trigram')")
    elif conn.dialect.name == "postgresql":
        # pg_trgm serves substring search in any script (ILIKE on trigrams, Chinese
        # included); the word index serves Latin-script words (queries.search).
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in ("title", "body"):
            conn.exec_driver_sql(f"CREATE INDEX cleaned_{column}_trgm ON cleaned "
                                 f"USING gin ({column} gin_trgm_ops)")
        conn.exec_driver_sql(f"CREATE INDEX cleaned_words ON cleaned USING gin ({WORDS})")


#: The words of a document for PostgreSQL's word search (the ``simple`` configuration: no
#: stemming or stop words, so a name is found as written, in any Latin-script language).
WORDS = "to_tsvector('simple', coalesce(title, '') || ' ' || body)"
