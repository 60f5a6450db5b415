"""Ingestion: read, skip what is unchanged, extract the rest, and write it in batches.

Idempotent and resumable by construction:

* every document is keyed by its id and the hash of its content (:func:`content_hash`); an
  unchanged document is skipped before any stage runs, a changed one replaces its old rows;
* documents are written in input order, one batch per write transaction; a run killed at
  any moment leaves the store exactly as it was after the last committed batch;
* linking depends only on the store and the document being written, so writing the
  remaining documents in the same order ends with the same store as a run never stopped.

Extraction (the slow part) runs outside the write transaction, in worker processes when
``workers > 0`` (the next batch is extracted while the writer writes this one); the one
writer keeps the input order.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Engine, insert
from sqlalchemy.exc import OperationalError

from summitry.batch.local import ProcessingError, check_date, failure, run_pipeline
from summitry.batch.watchdog import watch_parent
from summitry.document import Document
from summitry.errors import InputError, SummitryError
from summitry.ingest.readers import read_paths
from summitry.kb.store import default_kb
from summitry.pipeline import Pipeline, build
from summitry.settings import DEFAULT_SETTINGS, Settings
from summitry.store import runs
from summitry.store.engine import checkpoint, reading, writing
from summitry.store.prepare import Prepared, content_hash, prepare
from summitry.store.schema import Tables
from summitry.store.writer import WriteCounts, Writer

#: Documents per write transaction: large enough that commits are cheap, small enough that
#: a killed run loses little work.
BATCH_SIZE = 200


@dataclass
class IngestSummary:
    run_id: int
    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    meetings_new: int = 0
    meetings_merged: int = 0
    meetings_dropped: int = 0
    seconds: float = 0.0
    #: ``source: message`` for each thing the readers repaired or dropped in a document.
    warnings: list[str] = field(default_factory=list)

    def skip(self, err: SummitryError) -> None:
        self.skipped += 1
        kind = type(err).__name__
        self.reasons[kind] = self.reasons.get(kind, 0) + 1

    def counts(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if k not in ("run_id", "seconds", "warnings")}

    def report(self) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"run {self.run_id}: {self.read} document(s) read in {self.seconds:.1f} s "
                f"({rate:.0f}/s): {self.new} new, {self.changed} changed, "
                f"{self.unchanged} unchanged, {self.skipped} skipped"
                + (f" ({reasons})" if reasons else "")
                + f"\nmeetings: {self.meetings_new} new, {self.meetings_merged} merged into "
                  f"meetings already stored, {self.meetings_dropped} dropped")


#: Documents per task sent to a worker process. A task per document cost the writer's
#: process a pickling round trip, a future and a wake-up of the pool's threads for each;
#: a few per task share that, and still keep both workers busy on a batch.
TASK_DOCS = 8

Progress = Callable[[int], None]
Extracted = Prepared | SummitryError


@dataclass(frozen=True)
class _Slot:
    """One document's place in a task that extracts several."""

    task: Future[list[Extracted]]
    index: int


Outcome = Extracted | Future[Extracted] | _Slot


@dataclass
class _Batch:
    """A batch on its way: input errors, and extraction results or their futures."""

    size: int
    errors: list[InputError]
    docs: list[Document]
    outcomes: list[Outcome]


class Ingestor:
    """One ingestion run over an open store."""

    def __init__(self, engine: Engine, tables: Tables, settings: Settings = DEFAULT_SETTINGS,
                 *, batch_size: int = BATCH_SIZE, workers: int = 0, force: bool = False,
                 published: str | None = None, executor: Executor | None = None):
        self.engine = engine
        # Extraction elsewhere (a Dask cluster: summitry.batch.dask.executor) instead of
        # this machine's worker processes; its owner shuts it down.
        self.executor = executor
        self.t = tables
        self.settings = settings
        self.batch_size = max(1, batch_size)
        self.workers = max(0, workers)
        self.force = force
        self.published = check_date(published)
        self._pipeline: Pipeline | None = None
        self._pool: ProcessPoolExecutor | None = None

    def run(self, paths: list[str], *, stdin: IO[str] | IO[bytes] | None = None,
            progress: Progress | None = None) -> IngestSummary:
        started = dt.datetime.now(dt.UTC)
        summary = IngestSummary(runs.start(self.engine, self.t, paths, started))
        try:
            self._run(paths, summary, stdin, progress)
        except BaseException as exc:  # the run is marked failed, never left "running"
            runs.fail(self.engine, self.t, summary.run_id, summary.counts(), exc)
            raise
        finally:
            self._close_pool()
        summary.seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
        runs.finish(self.engine, self.t, summary.run_id, summary.counts())
        checkpoint(self.engine)
        return summary

    def _run(self, paths: list[str], summary: IngestSummary,
             stdin: IO[str] | IO[bytes] | None, progress: Progress | None) -> None:
        pending: _Batch | None = None
        # With workers, the next batch is extracted while this one is written.
        for batch, errors in _batches(read_paths(paths, self.settings, stdin=stdin),
                                      self.batch_size):
            submitted = self._submit(batch, errors, summary)
            if pending is not None:
                self._write(pending, summary, progress)
            pending = submitted
        if pending is not None:
            self._write(pending, summary, progress)

    def _open_pool(self) -> ProcessPoolExecutor | None:
        # Workers are spawned, not forked: a fork copies the parent's locks mid-state (from
        # its threads, its open database connections), which can hang a worker for good.
        if self.workers > 0 and self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(self.settings, os.getpid()))
        return self._pool

    def _close_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _submit(self, batch: list[Document], errors: list[InputError],
                summary: IngestSummary) -> _Batch:
        """Skip the unchanged documents of a batch and start extracting the others."""
        summary.read += len(batch) + len(errors)
        for err in errors:
            summary.skip(err)
        for doc in batch:
            summary.warnings.extend(f"{doc.source}: {w}" for w in doc.warnings)
        hashes = {doc.id: content_hash(doc) for doc in batch}
        with reading(self.engine) as conn:
            stored = Writer(conn, self.t, None).existing_hashes(sorted(hashes))
        todo = [d for d in batch if self.force or stored.get(d.id) != hashes[d.id]]
        summary.unchanged += len(batch) - len(todo)
        for doc in todo:
            if self.published and not doc.meta_published:
                doc.meta_published = self.published
        contents = [hashes[d.id] for d in todo]
        return _Batch(len(batch) + len(errors), list(errors), todo,
                      self._start(todo, contents))

    def _start(self, docs: list[Document], contents: list[str]) -> list[Outcome]:
        if self.executor is not None:  # a cluster's workers build their own pipeline
            out: list[Outcome] = []
            for i in range(0, len(docs), TASK_DOCS):
                task = self.executor.submit(_extract_many_lazily, docs[i:i + TASK_DOCS],
                                            contents[i:i + TASK_DOCS], self.settings)
                out.extend(_Slot(task, j) for j in range(len(docs[i:i + TASK_DOCS])))
            return out
        if self._open_pool() is None:
            return [self._extract_here(d, c) for d, c in zip(docs, contents, strict=True)]
        out = []
        for i in range(0, len(docs), TASK_DOCS):
            out.extend(self._start_task(docs[i:i + TASK_DOCS], contents[i:i + TASK_DOCS]))
        return out

    def _start_task(self, docs: list[Document], contents: list[str]) -> list[Outcome]:
        pool = self._open_pool()
        if pool is None:  # pragma: no cover - only called with workers
            raise RuntimeError("no worker processes to extract with")
        try:
            task = pool.submit(_extract_many, docs, contents)
        except BrokenProcessPool:  # a worker died (out of memory, a crash in C): start over
            self._pool = None
            return self._start_task(docs, contents)
        return [_Slot(task, i) for i in range(len(docs))]

    def _write(self, batch: _Batch, summary: IngestSummary, progress: Progress | None) -> None:
        """Write one batch in one transaction, with the documents that failed extraction.
        A document the store refuses (not a fault of the store itself) costs only itself:
        the batch is then written one document per transaction."""
        prepared: list[Prepared] = []
        failures: list[SummitryError] = list(batch.errors)
        for doc, item in zip(batch.docs, batch.outcomes, strict=True):
            outcome = _outcome(doc, item)
            if isinstance(outcome, SummitryError):
                failures.append(outcome)
                summary.skip(outcome)
            else:
                prepared.append(outcome)
        try:
            counts = self._commit(prepared, failures, summary.run_id)
        except OperationalError:
            raise  # disk full, read-only, locked: the store's fault, not the document's
        except Exception:
            counts = self._commit_each(prepared, failures, summary)
        _add_counts(summary, counts)
        if progress is not None:
            progress(batch.size)

    def _commit(self, prepared: list[Prepared], failures: list[SummitryError],
                run_id: int) -> WriteCounts:
        with writing(self.engine) as conn:
            writer = Writer(conn, self.t, run_id)
            writer.write_all(prepared, force=self.force)
            if failures:
                conn.execute(insert(self.t.skips), [
                    {"run_id": run_id, "source": e.source, "line": e.line,
                     "kind": type(e).__name__, "message": e.message} for e in failures])
        return writer.counts

    def _commit_each(self, prepared: list[Prepared], failures: list[SummitryError],
                     summary: IngestSummary) -> WriteCounts:
        total = WriteCounts()
        for doc in prepared:
            try:
                counts = self._commit([doc], [], summary.run_id)
            except OperationalError:
                raise
            except Exception as exc:
                failures.append(_store_failure(doc, exc))
                summary.skip(failures[-1])
                continue
            for name, value in counts.__dict__.items():
                setattr(total, name, getattr(total, name) + value)
        self._commit([], failures, summary.run_id)
        return total

    def _extract_here(self, doc: Document, content: str) -> Prepared | SummitryError:
        if self._pipeline is None:
            self._pipeline = build(self.settings.stages, self.settings)
        return _prepared(self._pipeline, doc, content)


def _batches(items: Iterable[Document | InputError], size: int
             ) -> Iterator[tuple[list[Document], list[InputError]]]:
    """Documents in input order, cut into batches; a document whose id is already in the
    batch starts a new one, so a later version is written after the earlier one."""
    batch: list[Document] = []
    ids: set[str] = set()
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if item.id in ids or len(batch) >= size:
            yield batch, errors
            batch, ids, errors = [], set(), []
        batch.append(item)
        ids.add(item.id)
    if batch or errors:
        yield batch, errors


def _prepared(pipeline: Pipeline, doc: Document, content: str) -> Prepared | SummitryError:
    outcome = run_pipeline(pipeline, doc)
    if isinstance(outcome, SummitryError):
        return outcome
    try:
        return prepare(outcome, content, default_kb())
    except Exception as exc:  # a bug in preparing one document must not end the run
        return failure(doc, exc, "preparing for the store")


def _outcome(doc: Document, item: Outcome) -> Extracted:
    """A finished extraction; a worker that died on this document (or on its task) makes
    it a skip."""
    if not isinstance(item, Future | _Slot):
        return item
    try:
        return item.result() if isinstance(item, Future) else item.task.result()[item.index]
    except Exception as exc:
        return failure(doc, exc, "extraction (in a worker process)")


def _store_failure(doc: Prepared, exc: Exception) -> SummitryError:
    return ProcessingError(f"storing failed: {type(exc).__name__}: {str(exc)[:300]} "
                           f"(document {doc.doc_id[:80]!r})", source=doc.document.get("source"))


def _add_counts(summary: IngestSummary, c: WriteCounts) -> None:
    summary.new += c.documents_new
    summary.changed += c.documents_changed
    summary.unchanged += c.documents_unchanged
    summary.meetings_new += c.meetings_new
    summary.meetings_merged += c.meetings_merged
    summary.meetings_dropped += c.meetings_dropped


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: Settings, parent: int) -> None:
    global _WORKER_PIPELINE
    watch_parent(parent)
    _WORKER_PIPELINE = build(settings.stages, settings)


def _extract(doc: Document, content: str) -> Prepared | SummitryError:
    if _WORKER_PIPELINE is None:  # pragma: no cover - the pool initialiser always runs first
        raise RuntimeError("extraction worker used before it was initialised")
    return _prepared(_WORKER_PIPELINE, doc, content)


def _extract_many(docs: list[Document], contents: list[str]) -> list[Extracted]:
    """One task of :data:`TASK_DOCS` documents; each still fails on its own."""
    return [_extract(d, c) for d, c in zip(docs, contents, strict=True)]


_LAZY_PIPELINES: dict[Settings, Pipeline] = {}


def _extract_many_lazily(docs: list[Document], contents: list[str], settings: Settings
                         ) -> list[Extracted]:
    """Extraction on a worker this process did not start (a Dask worker), a task of
    :data:`TASK_DOCS` documents as for local workers (a task per document cost the
    scheduler a round trip each): the pipeline is built by the first task and kept."""
    pipeline = _LAZY_PIPELINES.get(settings)
    if pipeline is None:
        pipeline = _LAZY_PIPELINES[settings] = build(settings.stages, settings)
    return [_prepared(pipeline, d, c) for d, c in zip(docs, contents, strict=True)]


def default_workers() -> int:
    """Extraction processes: every core but the writer's; none (extraction in the writer's
    process) on a single core."""
    return max(0, (os.cpu_count() or 1) - 1)
