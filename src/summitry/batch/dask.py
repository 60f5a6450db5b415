"""The Dask runner: extraction on the workers of a Dask cluster, over partitions of the input.

``summitry extract --dask ADDRESS`` and ``summitry ingest --dask ADDRESS`` connect to a
running ``dask scheduler`` (``tcp://host:8786``); ``--dask local:N`` starts a cluster of N
worker processes on this machine for the run. The input is read here (files, folders,
JSONL, JSONL.gz, Parquet, stdin: whatever the readers take) and cut into partitions in
input order; each partition runs through the pipeline on a worker, which builds the
pipeline once and keeps it. The reader does only bytes: JSON Lines records travel as raw
lines and Parquet rows as Arrow batches, parsed on the worker, and the worker sends back
each document's contract record already serialized (:mod:`summitry.batch.work`), or writes
it to its own Parquet file (``--parquet``), so the client's share of the CPU stays small
beside the workers'. Results come back in input order, with at most a few partitions per
worker in flight, so memory stays flat over any input size. Every worker needs summitry
installed (the same version): only records and settings travel, never code.

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
from summitry.batch.parquet_out import PartTarget
from summitry.batch.work import Result, extract_items, partitions, worker_pipeline
from summitry.document import Document
from summitry.errors import ConfigError, InputError
from summitry.ingest.readers import read_items, read_paths
from summitry.settings import DEFAULT_SETTINGS, Settings

__all__ = ["executor", "extract", "extract_lines", "extract_on", "lines_on", "partitions",
           "worker_pipeline"]

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


def extract_lines(paths: Iterable[str], address: str, settings: Settings = DEFAULT_SETTINGS,
                  published: str | None = None, stdin: IO[bytes] | None = None,
                  partition_size: int = PARTITION_SIZE, parquet: str | None = None
                  ) -> Iterator[Result]:
    """What ``summitry extract --dask`` writes: a :class:`~summitry.batch.work.Line` or a
    skip per document, in input order. ``parquet``: a folder every worker can write (see
    :mod:`summitry.batch.parquet_out`), one file per partition written by its worker."""
    published = check_date(published)
    with dask_client(address) as client:
        yield from lines_on(client, paths, settings, published, stdin, partition_size,
                            parquet)


def lines_on(client: Any, paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
             published: str | None = None, stdin: IO[bytes] | None = None,
             partition_size: int = PARTITION_SIZE, parquet: str | None = None
             ) -> Iterator[Result]:
    """:func:`extract_lines` through an open client (a benchmark reuses one warm cluster)."""
    # The settings go to every worker once, not with every task.
    shared = client.scatter(settings, broadcast=True, hash=False)
    in_flight: deque[Any] = deque()
    limit = IN_FLIGHT_PER_WORKER * workers_of(client)
    items = read_items(paths, settings, stdin=stdin, raw=True)
    for index, part in enumerate(partitions(items, partition_size)):
        target = PartTarget(parquet, index) if parquet else None
        in_flight.append(client.submit(extract_items, part, shared, published, target,
                                       pure=False))
        if len(in_flight) >= limit:
            yield from in_flight.popleft().result()
    while in_flight:
        yield from in_flight.popleft().result()


def _merge(part: list[Document | InputError], future: Any) -> Iterator[Outcome]:
    """A partition's outcomes in input order, its input errors where they were read."""
    results = iter(future.result())
    for item in part:
        yield item if isinstance(item, InputError) else next(results)


def extract_partition(docs: list[Document], settings: Settings) -> list[Outcome]:
    """Runs on a worker: one partition through the pipeline, failures as outcomes."""
    pipeline = worker_pipeline(settings)
    return [run_pipeline(pipeline, doc) for doc in docs]


@contextmanager
def executor(address: str) -> Iterator[Executor]:
    """The cluster as a ``concurrent.futures`` executor, for the ingestion loop."""
    with dask_client(address) as client:
        yield client.get_executor(pure=False)
