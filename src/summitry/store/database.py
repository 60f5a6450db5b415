"""The Python API over a store: ``summitry.open(path)``.

The CLI is a thin shell over this class. Results are typed records
(:mod:`summitry.store.results`); lists of them export to JSON Lines, CSV, pandas and
Parquet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import DatabaseError, OperationalError

from summitry.settings import DEFAULT_SETTINGS, Settings
from summitry.store import documents, params, queries, runs
from summitry.store.engine import (
    StoreUnavailableError,
    create_store_engine,
    describe_storage_error,
    read_only_url,
    reading,
    writing,
)
from summitry.store.ingest import BATCH_SIZE, Ingestor, IngestSummary
from summitry.store.linker import Linker, account_of
from summitry.store.migrations import available, current_version, migrate
from summitry.store.queries import MeetingFilter, NotFoundError
from summitry.store.results import (
    ActorHit,
    ActorProfile,
    ActorRef,
    DocumentHit,
    DocumentRecord,
    MeetingRecord,
    Results,
    SearchHit,
)
from summitry.store.schema import Tables


class Store:
    """A knowledge base of linked meetings in SQLite (or any SQLAlchemy URL)."""

    def __init__(self, target: str | Path, *, read_only: bool = False):
        """Open (creating and migrating as needed) the store. A SQLite file that cannot be
        written (a read-only file, folder or medium) opens read-only: queries and serving
        work, ingestion says why it cannot. ``read_only``: open it so on purpose."""
        self.target = str(target)
        self.read_only = read_only
        if read_only:
            self._open_read_only()
            return
        self.engine = create_store_engine(target)
        try:
            migrate(self.engine)
            with reading(self.engine) as conn:
                self.t = Tables(conn)
        except (OperationalError, DatabaseError) as exc:
            self.engine.dispose()
            if not (_unwritable(exc) and _is_file(self.target)):
                raise StoreUnavailableError(f"cannot open the store {self.target}: "
                                            f"{describe_storage_error(exc)}") from None
            self._open_read_only()

    def _open_read_only(self) -> None:
        if not _is_file(self.target):
            raise StoreUnavailableError(f"cannot open the store {self.target} read-only: "
                                        f"no such SQLite file")
        problem = ""
        for immutable in (False, True):
            self.engine = create_store_engine(self.target,
                                              read_only_url(self.target, immutable))
            try:
                with reading(self.engine) as conn:
                    if current_version(conn) < len(available()):
                        raise StoreUnavailableError(
                            f"the store {self.target} is read-only and needs upgrading to "
                            f"this version of summitry: open it once where it can be written")
                    self.t = Tables(conn)
                self.read_only = True
                return
            except (OperationalError, DatabaseError) as exc:
                self.engine.dispose()
                problem = describe_storage_error(exc)
        raise StoreUnavailableError(f"cannot open the store {self.target}: {problem}")

    # ---- writing --------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str], settings: Settings = DEFAULT_SETTINGS, *,
               batch_size: int = BATCH_SIZE, workers: int = 0, force: bool = False,
               published: str | None = None, stdin: IO[str] | IO[bytes] | None = None,
               progress: Callable[[int], None] | None = None,
               executor: Executor | None = None) -> IngestSummary:
        """Ingest files, folders or ``-``; see :mod:`summitry.store.ingest`. ``workers``:
        extraction processes beside the writer (0: extract in this process); ``executor``:
        extract there instead (a Dask cluster, :func:`summitry.batch.dask.executor`)."""
        self._writable()
        ingestor = Ingestor(self.engine, self.t, settings, batch_size=batch_size,
                            workers=workers, force=force, published=published,
                            executor=executor)
        return ingestor.run(list(paths), stdin=stdin, progress=progress)

    def unlink(self, source_id: int) -> int:
        """Undo a merge: the account ``source_id`` leaves its meeting for a meeting of its
        own, and later linking keeps it apart from that meeting. Returns the new meeting id.
        """
        self._writable()
        t = self.t
        if not params.storable_id(source_id):
            raise NotFoundError(f"no source {source_id} in the store")
        with writing(self.engine) as conn:
            row = conn.execute(select(t.sources).where(t.sources.c.id == source_id)).first()
            if row is None:
                raise NotFoundError(f"no source {source_id} in the store")
            others = conn.execute(select(t.sources.c.id).where(
                t.sources.c.meeting_id == row.meeting_id, t.sources.c.id != source_id)).first()
            if others is None:
                raise NotFoundError(f"source {source_id} is the only account of meeting "
                                    f"{row.meeting_id}; there is no merge to undo")
            linker = Linker(conn, t, None)
            meeting_id = linker.new_meeting(account_of(row))
            conn.execute(update(t.sources).where(t.sources.c.id == source_id).values(
                meeting_id=meeting_id, link_score=None, link_reason=None))
            conn.execute(insert(t.keep_apart).values(
                doc_id=row.doc_id, local_id=row.local_id, meeting_id=row.meeting_id,
                reason="unlinked by an analyst"))
            linker.log("unlink", row.meeting_id, row.doc_id, row.local_id)
            linker.log("new", meeting_id, row.doc_id, row.local_id)
            linker.refresh(row.meeting_id)
        return meeting_id

    def _writable(self) -> None:
        if self.read_only:
            raise StoreReadOnlyError(f"the store {self.target} is open read-only (the file, "
                                     f"its folder or its medium cannot be written)")

    # ---- reading --------------------------------------------------------------------------
    def meetings(self, actors: Sequence[str] = (), *, since: str | None = None,
                 until: str | None = None, format: str | None = None,
                 level: str | None = None, kind: str | None = None,
                 reported_only: bool = False, limit: int | None = None,
                 offset: int = 0, evidence: bool = True,
                 recalled_only: bool = False) -> Results[MeetingRecord]:
        """Meetings involving every actor named (ids, codes or names), in date order."""
        with reading(self.engine) as conn:
            f = self._filter(conn, actors, since, until, format, level, kind, reported_only,
                             limit, offset, recalled_only=recalled_only)
            return Results() if f is None else queries.meetings(conn, self.t, f,
                                                                 evidence=evidence)

    def count_meetings(self, actors: Sequence[str] = (), *, since: str | None = None,
                       until: str | None = None, format: str | None = None,
                       level: str | None = None, kind: str | None = None,
                       reported_only: bool = False, recalled_only: bool = False) -> int:
        """How many meetings :meth:`meetings` gives for the same filters, unpaged."""
        with reading(self.engine) as conn:
            f = self._filter(conn, actors, since, until, format, level, kind, reported_only,
                             recalled_only=recalled_only)
            return 0 if f is None else queries.meeting_count(conn, self.t, f)

    def meeting_years(self, actors: Sequence[str] = (), *, since: str | None = None,
                      until: str | None = None, format: str | None = None,
                      level: str | None = None, kind: str | None = None,
                      reported_only: bool = False,
                      recalled_only: bool = False) -> dict[str, int]:
        """Meetings per year for the same filters as :meth:`meetings`."""
        with reading(self.engine) as conn:
            f = self._filter(conn, actors, since, until, format, level, kind, reported_only,
                             recalled_only=recalled_only)
            return {} if f is None else queries.meeting_years(conn, self.t, f)

    def _filter(self, conn: Connection, actors: Sequence[str], since: str | None,
                until: str | None, format: str | None, level: str | None, kind: str | None,
                reported_only: bool, limit: int | None = None,
                offset: int = 0, recalled_only: bool = False) -> MeetingFilter | None:
        """The checked filter, or None when no stored meeting can match it."""
        params.count(limit, "limit")
        params.count(offset, "offset")
        lo, hi, possible = params.period(since, until)
        ids = tuple(queries.actor_or_fail(conn, self.t, params.name(a)) for a in actors)
        if not possible:
            return None
        return MeetingFilter(ids, lo, hi, format, level, kind, reported_only, limit, offset,
                             recalled_only=recalled_only)

    def run(self, run_id: int | None = None) -> dict[str, Any] | None:
        """An ingestion run (the latest when ``run_id`` is None): id, started_at,
        finished_at, status (running, done, failed), paths and counts; None if there is
        none."""
        if run_id is not None and not params.storable_id(run_id):
            return None
        return runs.describe(self.engine, self.t, run_id)

    def skips(self, run_id: int) -> list[dict[str, object]]:
        """What an ingestion run skipped, with the file, line and reason."""
        with reading(self.engine) as conn:
            return queries.skips(conn, self.t, run_id)

    def meeting(self, meeting_id: int) -> MeetingRecord:
        if not params.storable_id(meeting_id):
            raise NotFoundError(f"no meeting {meeting_id} in the store")
        with reading(self.engine) as conn:
            return queries.meeting(conn, self.t, meeting_id)

    def link_history(self, meeting_id: int) -> list[dict[str, object]]:
        if not params.storable_id(meeting_id):
            return []
        with reading(self.engine) as conn:
            return queries.link_history(conn, self.t, meeting_id)

    def actor(self, name: str) -> ActorProfile:
        params.name(name)
        with reading(self.engine) as conn:
            return queries.profile(conn, self.t, queries.actor_or_fail(conn, self.t, name))

    def actor_ref(self, name: str) -> ActorRef:
        """The actor ``name`` names (id, code or any name), without building its profile."""
        params.name(name)
        with reading(self.engine) as conn:
            actor_id = queries.actor_or_fail(conn, self.t, name)
            return queries.actor_refs(conn, self.t, [actor_id])[actor_id]

    def actor_candidates(self, name: str) -> list[ActorRef]:
        """The actors a partial or shared name may mean (one for a whole name or code)."""
        params.name(name)
        with reading(self.engine) as conn:
            return queries.actor_candidates(conn, self.t, name)

    def resolve_actor(self, name: str) -> list[str]:
        params.name(name)
        with reading(self.engine) as conn:
            return queries.resolve_actor(conn, self.t, name)

    def actors(self, query: str = "", limit: int = 20,
               offset: int = 0) -> tuple[int, Results[ActorHit]]:
        """Actors matching ``query`` (id, code, any name), most meetings first, with the
        number that match."""
        params.name(query, "the actor query")
        params.count(limit, "limit")
        params.count(offset, "offset")
        with reading(self.engine) as conn:
            return queries.find_actors(conn, self.t, query, limit, offset)

    def search(self, text: str, limit: int = 20, offset: int = 0,
               marks: tuple[str, str] = ("[", "]")) -> Results[SearchHit]:
        """Documents containing every word of ``text``; ``marks`` wrap each match in the
        snippet."""
        params.count(limit, "limit")
        params.count(offset, "offset")
        with reading(self.engine) as conn:
            return queries.search(conn, self.t, params.words(text), limit, offset, marks)

    def search_count(self, text: str, cap: int | None = None) -> int:
        """How many documents :meth:`search` finds; past ``cap`` the count stops and
        answers ``cap + 1``."""
        with reading(self.engine) as conn:
            return queries.search_count(conn, self.t, params.words(text), cap)

    def document(self, doc_id: str) -> DocumentRecord:
        """One document with its original text and every annotation of its extraction."""
        with reading(self.engine) as conn:
            return documents.document(conn, self.t, doc_id)

    def documents(self, limit: int = 50, offset: int = 0) -> tuple[int, Results[DocumentHit]]:
        """Documents newest first, with how many there are in all."""
        params.count(limit, "limit")
        params.count(offset, "offset")
        with reading(self.engine) as conn:
            return documents.documents(conn, self.t, limit, offset)

    def counts(self) -> dict[str, int]:
        with reading(self.engine) as conn:
            return queries.counts(conn, self.t)

    # ---- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at a path or database URL."""
    return Store(target, read_only=read_only)


class StoreReadOnlyError(StoreUnavailableError):
    """A write was asked of a store opened read-only."""

    retryable = False


#: Words of SQLite's messages for a file that cannot be written.
UNWRITABLE = ("readonly", "read-only", "unable to open database file")


def _unwritable(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in text for word in UNWRITABLE)


def _is_file(target: str) -> bool:
    return "://" not in target and Path(target).expanduser().is_file()
