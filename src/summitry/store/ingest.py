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
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Engine, insert, update

from summitry.batch.local import check_date, run_pipeline
from summitry.document import Document
from summitry.errors import InputError, SummitryError
from summitry.ingest.readers import read_paths
from summitry.kb.store import default_kb
from summitry.pipeline import Pipeline, build
from summitry.settings import DEFAULT_SETTINGS, Settings
from summitry.store.engine import reading, writing
from summitry.store.prepare import Prepared, content_hash, prepare
from summitry.store.schema import Tables, new_id
from summitry.store.writer import Writer

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

    def skip(self, err: SummitryError) -> None:
        self.skipped += 1
        kind = type(err).__name__
        self.reasons[kind] = self.reasons.get(kind, 0) + 1

    def counts(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("run_id", "seconds")}

    def report(self) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"run {self.run_id}: {self.read} document(s) read in {self.seconds:.1f} s "
                f"({rate:.0f}/s): {self.new} new, {self.changed} changed, "
                f"{self.unchanged} unchanged, {self.skipped} skipped"
                + (f" ({reasons})" if reasons else "")
                + f"\nmeetings: {self.meetings_new} new, {self.meetings_merged} merged into "
                  f"meetings already stored, {self.meetings_dropped} dropped")


Progress = Callable[[int], None]


@dataclass
class _Batch:
    """A batch on its way: input errors, and extraction results or their futures."""

    size: int
    errors: list[InputError]
    outcomes: list[Prepared | SummitryError] | list[Future[Prepared | SummitryError]]


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

    def run(self, paths: list[str], *, stdin: IO[str] | None = None,
            progress: Progress | None = None) -> IngestSummary:
        started = dt.datetime.now(dt.UTC)
        summary = IngestSummary(self._start(paths, started))
        # Workers are spawned, not forked: a fork copies the parent's locks mid-state (from
        # its threads, its open database connections), which can hang a worker for good.
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker,
                                   initargs=(self.settings,)) if self.workers > 0 else None
        if self.executor is not None:
            pool = None
        pending: _Batch | None = None
        try:
            # With workers, the next batch is extracted while this one is written.
            for batch, errors in _batches(read_paths(paths, self.settings, stdin=stdin),
                                          self.batch_size):
                submitted = self._submit(batch, errors, summary, self.executor or pool)
                if pending is not None:
                    self._write(pending, summary, progress)
                pending = submitted
            if pending is not None:
                self._write(pending, summary, progress)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        summary.seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
        self._finish(summary)
        return summary

    def _submit(self, batch: list[Document], errors: list[InputError], summary: IngestSummary,
                pool: Executor | None) -> _Batch:
        """Skip the unchanged documents of a batch and start extracting the others."""
        summary.read += len(batch) + len(errors)
        for err in errors:
            summary.skip(err)
        hashes = {doc.id: content_hash(doc) for doc in batch}
        with reading(self.engine) as conn:
            stored = Writer(conn, self.t, None).existing_hashes(sorted(hashes))
        todo = [d for d in batch if self.force or stored.get(d.id) != hashes[d.id]]
        summary.unchanged += len(batch) - len(todo)
        for doc in todo:
            if self.published and not doc.meta_published:
                doc.meta_published = self.published
        contents = [hashes[d.id] for d in todo]
        outcomes: list[Prepared | SummitryError] | list[Future[Prepared | SummitryError]]
        if pool is self.executor and pool is not None:
            outcomes = [pool.submit(_extract_lazily, d, c, self.settings)
                        for d, c in zip(todo, contents, strict=True)]
        elif pool is not None:
            outcomes = [pool.submit(_extract, d, c) for d, c in zip(todo, contents, strict=True)]
        else:
            outcomes = list(map(self._extract_here, todo, contents))
        return _Batch(len(batch) + len(errors), list(errors), outcomes)

    def _write(self, batch: _Batch, summary: IngestSummary, progress: Progress | None) -> None:
        """Write one batch in one transaction, with the documents that failed extraction."""
        prepared: list[Prepared] = []
        failures: list[SummitryError] = list(batch.errors)
        for item in batch.outcomes:
            outcome = item.result() if isinstance(item, Future) else item
            if isinstance(outcome, SummitryError):
                failures.append(outcome)
                summary.skip(outcome)
            else:
                prepared.append(outcome)
        with writing(self.engine) as conn:
            writer = Writer(conn, self.t, summary.run_id)
            for doc in prepared:
                writer.write(doc, force=self.force)
            if failures:
                conn.execute(insert(self.t.skips), [
                    {"run_id": summary.run_id, "source": e.source, "line": e.line,
                     "kind": type(e).__name__, "message": e.message} for e in failures])
        c = writer.counts
        summary.new += c.documents_new
        summary.changed += c.documents_changed
        summary.unchanged += c.documents_unchanged
        summary.meetings_new += c.meetings_new
        summary.meetings_merged += c.meetings_merged
        summary.meetings_dropped += c.meetings_dropped
        if progress is not None:
            progress(batch.size)

    def _extract_here(self, doc: Document, content: str) -> Prepared | SummitryError:
        if self._pipeline is None:
            self._pipeline = build(self.settings.stages, self.settings)
        return _prepared(self._pipeline, doc, content)

    def _start(self, paths: list[str], started: dt.datetime) -> int:
        from summitry import __version__

        with writing(self.engine) as conn:
            return new_id(conn.execute(insert(self.t.runs).values(
                started_at=started.isoformat(timespec="seconds"), status="running",
                paths=json.dumps(paths, ensure_ascii=False), version=__version__,
            )))

    def _finish(self, summary: IngestSummary) -> None:
        with writing(self.engine) as conn:
            conn.execute(update(self.t.runs).where(self.t.runs.c.id == summary.run_id).values(
                finished_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                status="done", counts=json.dumps(summary.counts(), sort_keys=True)))


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
    return prepare(outcome, content, default_kb())


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = build(settings.stages, settings)


def _extract(doc: Document, content: str) -> Prepared | SummitryError:
    if _WORKER_PIPELINE is None:  # pragma: no cover - the pool initialiser always runs first
        raise RuntimeError("extraction worker used before it was initialised")
    return _prepared(_WORKER_PIPELINE, doc, content)


_LAZY_PIPELINES: dict[Settings, Pipeline] = {}


def _extract_lazily(doc: Document, content: str, settings: Settings
                    ) -> Prepared | SummitryError:
    """Extraction on a worker this process did not start (a Dask worker): the pipeline is
    built by the first task and kept for the rest."""
    pipeline = _LAZY_PIPELINES.get(settings)
    if pipeline is None:
        pipeline = _LAZY_PIPELINES[settings] = build(settings.stages, settings)
    return _prepared(pipeline, doc, content)


def default_workers() -> int:
    """Extraction processes: every core but the writer's; none (extraction in the writer's
    process) on a single core."""
    return max(0, (os.cpu_count() or 1) - 1)
