"""The Dask runner: extraction on the workers of a Dask cluster, over partitions of the input.

``summitry extract --dask ADDRESS`` and ``summitry ingest --dask ADDRESS`` connect to a
running ``dask scheduler`` (``tcp://host:8786``); ``--dask local:N`` starts a cluster of N
worker processes on this machine for the run. The input is read here (files, folders,
JSONL, JSONL.gz, stdin: whatever the readers take), cut into partitions of documents in
input order, and each partition runs through the pipeline on a worker, which builds the
pipeline once and keeps it. Results come back in input order, with at most a few partitions
per worker in flight, so memory stays flat over any input size. Every worker needs summitry
installed (the same version): only documents and settings travel, never code.

Ingestion uses the cluster through :meth:`runner.executor` (a ``concurrent.futures``
executor): the store writer stays in this process, so a SQLite store keeps its one writer
and a PostgreSQL store may be written by several such runs at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import IO, Any

from summitry.batch.local import Outcome, check_date, run_pipeline
from summitry.document import Document
from summitry.errors import ConfigError, InputError
from summitry.ingest.readers import read_paths
from summitry.pipeline import Pipeline, build
from summitry.settings import DEFAULT_SETTINGS, Settings

#: Documents per task: enough that a task's overhead (a few ms) is small beside its work.
PARTITION_SIZE = 50
#: Partitions in flight per worker: one running, one queued, one coming back.
IN_FLIGHT_PER_WORKER = 3


@contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A client of the cluster at ``address``, or of a local one for ``local:N``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'summitry[dask]'") from None
    if address.startswith("local:"):
        try:
            n = int(address.removeprefix("local:"))
        except ValueError:
            raise ConfigError(f"--dask local:N needs a number of workers, got {address!r}"
                              ) from None
        if n < 1:
            raise ConfigError(f"--dask local:N needs at least one worker, got {address!r}")
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    try:
        client = Client(address, timeout="30s")  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from None
    with client:
        yield client


def workers_of(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def extract(paths: Iterable[str], address: str, settings: Settings = DEFAULT_SETTINGS,
            published: str | None = None, stdin: IO[str] | None = None,
            partition_size: int = PARTITION_SIZE) -> Iterator[Outcome]:
    """:func:`summitry.batch.local.extract` on a Dask cluster: the same outcomes, in the
    same order."""
    published = check_date(published)
    with dask_client(address) as client:
        yield from extract_on(client, paths, settings, published, stdin, partition_size)


def extract_on(client: Any, paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
               published: str | None = None, stdin: IO[str] | None = None,
               partition_size: int = PARTITION_SIZE) -> Iterator[Outcome]:
    """:func:`extract` through an open client (a benchmark reuses one warm cluster)."""
    in_flight: deque[Any] = deque()
    limit = IN_FLIGHT_PER_WORKER * workers_of(client)
    for part in partitions(read_paths(paths, settings, stdin=stdin), partition_size):
        docs = [d for d in part if isinstance(d, Document)]
        for doc in docs:
            if published and not doc.meta_published:
                doc.meta_published = published
        in_flight.append((part, client.submit(extract_partition, docs, settings,
                                              pure=False)))
        if len(in_flight) >= limit:
            yield from _merge(*in_flight.popleft())
    while in_flight:
        yield from _merge(*in_flight.popleft())


def partitions(items: Iterable[Document | InputError], size: int
               ) -> Iterator[list[Document | InputError]]:
    """The input in order, ``size`` documents a partition (input errors ride along)."""
    part: list[Document | InputError] = []
    count = 0
    for item in items:
        part.append(item)
        if isinstance(item, Document):
            count += 1
            if count >= size:
                yield part
                part, count = [], 0
    if part:
        yield part


def _merge(part: list[Document | InputError], future: Any) -> Iterator[Outcome]:
    """A partition's outcomes in input order, its input errors where they were read."""
    results = iter(future.result())
    for item in part:
        yield item if isinstance(item, InputError) else next(results)


_PIPELINES: dict[Settings, Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings`` in this worker process, built on first use (loading
    the knowledge base and models takes seconds; every later task reuses it)."""
    pipeline = _PIPELINES.get(settings)
    if pipeline is None:
        pipeline = _PIPELINES[settings] = build(settings.stages, settings)
    return pipeline


def extract_partition(docs: list[Document], settings: Settings) -> list[Outcome]:
    """Runs on a worker: one partition through the pipeline, failures as outcomes."""
    pipeline = worker_pipeline(settings)
    return [run_pipeline(pipeline, doc) for doc in docs]


@contextmanager
def executor(address: str) -> Iterator[Executor]:
    """The cluster as a ``concurrent.futures`` executor, for the ingestion loop."""
    with dask_client(address) as client:
        yield client.get_executor(pure=False)
