"""SQLite vs PostgreSQL, and Dask with 1 and 2 workers, on one generated corpus.

    .venv/bin/python bench/bench_backends.py [--docs 3000] [--workers 1] [--repeat 100]

Printed in one run, so every figure has its baseline from the same machine state:

* extraction alone (``summitry extract``, one process): the baseline for ingestion;
* ingestion into SQLite and into PostgreSQL (a throwaway server started by
  ``tools/postgres.sh`` in a temporary folder, on a unix socket; skipped when PostgreSQL is
  not installed): documents/s, store size per article, and p50/p95 of meetings by dyad, by
  month and of search on each;
* extraction on a local Dask cluster of 1 and of 2 worker processes (skipped without Dask):
  documents/s, the speed-up of 2 over 1, and the CPU seconds of the client and of the
  workers; once as ``summitry extract --dask`` runs (records come back serialized) and once
  through ``dask.extract`` (Documents come back; the client serializes them).
  ``--dask-only`` prints only these.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newswire
from bench_store import extraction_baseline, latency_line, timed
from sqlalchemy import text

from summitry.batch import dask as dask_runner
from summitry.contract import to_contract
from summitry.document import Document
from summitry.store.database import Store
from summitry.store.engine import reading

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "postgres.sh"


def store_bytes(store: Store, target: str) -> int:
    if store.engine.dialect.name == "postgresql":
        with reading(store.engine) as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())")
                                    ).scalar() or 0)
    path = Path(target)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def ingest_and_query(label: str, target: str, corpus: Path, workers: int,
                     repeat: int, baseline: float) -> None:
    with Store(target) as store:
        start = time.perf_counter()
        summary = store.ingest([str(corpus)], workers=workers)
        took = time.perf_counter() - start
        size = store_bytes(store, target)
        rate = summary.read / took
        print(f"{label}: ingest {rate:8,.0f} docs/s ({workers} extraction "
              f"worker(s) + 1 writer; {took:.0f} s), {rate / baseline:.2f}x extraction "
              f"alone (goal with 2 workers: 1.5x); store {size / 1e6:.1f} MB, "
              f"{size / max(1, summary.new) / 1e3:.1f} KB per article (goal: 8 KB)")
        rng = random.Random(9)
        meetings = store.meetings(limit=400, evidence=False)
        dyads = [tuple(p.id for p in m.participants[:2]) for m in meetings
                 if len(m.participants) >= 2]
        months = sorted({m.date_start[:7] for m in meetings if m.date_start})
        words = ["会谈", "高官会", "cooperation", "Foreign Minister", "东盟"]
        pick_dyads = [rng.choice(dyads) for _ in range(repeat)] if dyads else []
        pick_months = [rng.choice(months) for _ in range(repeat)] if months else []
        pick_words = [rng.choice(words) for _ in range(repeat)]
        calls: dict[str, list[Callable[[], object]]] = {
            "meetings by dyad": [lambda d=d: store.meetings(list(d)) for d in pick_dyads],
            "meetings by month": [lambda m=m: store.meetings(since=m, until=m)
                                  for m in pick_months],
            "search": [lambda w=w: store.search(w) for w in pick_words],
        }
        for name, todo in calls.items():
            if todo:
                print(latency_line(f"  {label} {name}", timed(todo)))


def postgres_url(home: Path) -> str | None:
    done = subprocess.run(["bash", str(SCRIPT), "start", str(home)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        print(f"postgresql: skipped ({done.stderr.strip() or 'not installed'})")
        return None
    import psycopg

    with psycopg.connect(host=str(home), user="summitry", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute("CREATE DATABASE bench")
    return done.stdout.strip().replace("/postgres?", "/bench?")


def _cpu_seconds() -> float:
    """CPU of this process and its threads (a worker's event loop included)."""
    return time.process_time()


def _run_dask(client: Any, corpus: Path, lines: bool, partition: int) -> tuple[int, float, float,
                                                                             float]:
    """Documents, wall seconds, client CPU and workers' CPU of one timed extraction."""
    workers_before = client.run(_cpu_seconds)
    client_before = time.process_time()
    start = time.perf_counter()
    if lines:  # what summitry extract --dask does: records come back serialized
        count = sum(1 for _ in dask_runner.lines_on(client, [str(corpus)],
                                                    partition_size=partition))
    else:  # Documents back, serialized here (the API of dask.extract)
        count = 0
        for outcome in dask_runner.extract_on(client, [str(corpus)], partition_size=partition):
            if isinstance(outcome, Document):
                json.dumps(to_contract(outcome), ensure_ascii=False)
            count += 1
    wall = time.perf_counter() - start
    client_cpu = time.process_time() - client_before
    workers_after = client.run(_cpu_seconds)
    workers_cpu = sum(workers_after[w] - workers_before[w] for w in workers_after)
    return count, wall, client_cpu, workers_cpu


def dask_rates(corpus: Path, docs: int, partition: int = dask_runner.PARTITION_SIZE,
               rounds: int = 1) -> None:
    """Extraction on 1 and on 2 local workers, each warm (pipeline and models loaded by a
    first small run), with the client's and the workers' CPU seconds beside the wall time:
    the client (and, on a local cluster, the scheduler in it) shares the cores with the
    workers, and so does whatever else runs on the machine; a worker busy well under 100%
    of the wall time was waiting for a core, which is what bounds the ratio."""
    warm = corpus.with_name("warm.jsonl")
    with corpus.open(encoding="utf-8") as src:
        warm.write_text("".join(line for _, line in zip(range(40), src, strict=False)),
                        encoding="utf-8")
    for mode in ("lines", "documents"):
        rates: dict[int, list[float]] = {1: [], 2: []}
        for n in (1, 2):
            with dask_runner.dask_client(f"local:{n}") as client:
                sum(1 for _ in dask_runner.lines_on(client, [str(warm)], partition_size=5))
                for _ in range(rounds):
                    count, wall, client_cpu, workers_cpu = _run_dask(
                        client, corpus, mode == "lines", partition)
                    rates[n].append(count / wall)
                    print(f"dask ({mode} back), {n} worker(s): extraction "
                          f"{count / wall:8,.0f} docs/s ({count:,} docs, {wall:.1f} s wall; "
                          f"CPU s: client {client_cpu:.1f}, workers {workers_cpu:.1f}, "
                          f"each worker busy {workers_cpu / n / wall:.0%} of the wall time)")
        speedup = max(rates[2]) / max(rates[1])
        print(f"dask ({mode} back) speed-up, 2 workers over 1: {speedup:.2f}x (goal 1.7x; "
              f"best of {rounds})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=3_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--dask-only", action="store_true",
                        help="only the Dask figures (1 and 2 workers)")
    parser.add_argument("--partition", type=int, default=dask_runner.PARTITION_SIZE,
                        help="documents per Dask task")
    parser.add_argument("--rounds", type=int, default=1,
                        help="timed Dask runs per cluster (the best counts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summitry-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        newswire.write_jsonl(corpus, args.docs, seed=3)
        if args.dask_only:
            dask_rates(corpus, args.docs, args.partition, args.rounds)
            return
        base_docs, base_s = extraction_baseline(corpus, args.docs, tmp)
        print(f"baseline, extraction only, 1 process: {base_docs / base_s:8,.0f} docs/s "
              f"({base_docs:,} docs)")
        base = base_docs / base_s
        ingest_and_query("sqlite", str(tmp / "store.db"), corpus, args.workers, args.repeat,
                         base)
        pg_home = Path(tempfile.mkdtemp(prefix="summitry-pg-"))
        url = postgres_url(pg_home)
        try:
            if url:
                ingest_and_query("postgresql", url, corpus, args.workers, args.repeat,
                                 base)
        finally:
            subprocess.run(["bash", str(SCRIPT), "stop", str(pg_home)], check=False)
            subprocess.run(["rm", "-rf", str(pg_home)], check=False)
        dask_rates(corpus, args.docs, args.partition, args.rounds)


if __name__ == "__main__":
    main()
