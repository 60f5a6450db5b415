"""Knowledge-base store: ingestion throughput and query latency on a large generated corpus.

    .venv/bin/python bench/bench_store.py [--docs 100000] [--workers N] [--repeat 200]

The corpus comes from ``bench/newswire.py``: news in Chinese and English where the same
meetings are reported and recalled by several articles, so linking does real work.

Ingestion (documents/s, whole run: reading, hashing, extraction, linking, writing) is set
beside its baseline measured in the same run on the first ``--baseline-docs`` articles:
extraction alone, what ``summitry extract`` does for the same documents, so the figure
shows what storing and linking add. A second ingestion of the same file measures the
unchanged-document path (hash lookups only).

Queries run against the full store, each ``--repeat`` times with varied arguments; p50 and
p95 latencies are printed beside baselines on the same database:

* meetings of a dyad (two actors, records with participants, sources and evidence) and of
  a month (date range), against the bare id query in raw ``sqlite3`` (no records built);
* full-text search (contentless trigram FTS5, candidates confirmed on the stored text)
  against a ``LIKE`` scan of every title, which is what search would cost without the
  index (bodies are no longer stored as text, only as spans into the original).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newswire

from summitry.batch.local import Tally, extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.settings import Settings
from summitry.store.database import Store
from summitry.store.ingest import default_workers


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1e3, p95 * 1e3


def timed(calls: list[Callable[[], object]]) -> list[float]:
    out = []
    for call in calls:
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def latency_line(label: str, samples: list[float], extra: str = "") -> str:
    p50, p95 = percentiles(samples)
    return f"  {label:44} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms{extra}"


def extraction_baseline(path: Path, docs: int, tmp: Path) -> tuple[int, float]:
    head = tmp / "head.jsonl"
    with path.open(encoding="utf-8") as src, head.open("w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n >= docs:
                break
            out.write(line)
    tally = Tally()
    start = time.perf_counter()
    for outcome in extract([str(head)], Settings()):
        tally.add(outcome)
        if isinstance(outcome, Document):
            json.dumps(to_contract(outcome), ensure_ascii=False)
    return tally.processed + tally.skipped, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="extraction processes for the ingestion (default: cores - 1)")
    parser.add_argument("--baseline-docs", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=200, help="runs of each query")
    parser.add_argument("--keep", metavar="DB", help="build the store here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="summitry-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        start = time.perf_counter()
        newswire.write_jsonl(corpus, args.docs, seed=3)
        print(f"corpus: {args.docs:,} generated articles, {corpus.stat().st_size / 1e6:.1f} MB "
              f"(generated in {time.perf_counter() - start:.1f} s)")

        base_docs, base_s = extraction_baseline(corpus, min(args.docs, args.baseline_docs), tmp)
        print(f"baseline, extraction only (summitry extract), first {base_docs:,} docs, "
              f"1 process: {base_docs / base_s:8,.0f} docs/s")

        db = Path(args.keep) if args.keep else tmp / "store.db"
        with Store(db) as store:
            start = time.perf_counter()
            summary = store.ingest([str(corpus)], workers=args.workers)
            took = time.perf_counter() - start
            print(f"ingest, {args.workers} extraction worker(s) + 1 writer: "
                  f"{summary.read / took:8,.0f} docs/s  ({took:.0f} s; {summary.new:,} new, "
                  f"{summary.skipped} skipped; meetings {summary.meetings_new:,} new, "
                  f"{summary.meetings_merged:,} merged)")
            start = time.perf_counter()
            again = store.ingest([str(corpus)], workers=args.workers)
            took = time.perf_counter() - start
            print(f"ingest again, all unchanged:       {again.read / took:8,.0f} docs/s  "
                  f"({took:.1f} s; {again.unchanged:,} unchanged)")
            counts = store.counts()
            size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))  # with -wal
            print("store: " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
                  + f"; {size / 1e6:.0f} MB on disk, "
                  f"{size / max(1, counts['documents']) / 1e3:.1f} KB per article "
                  "(goal: 8 KB or less)")
            queries(store, db, args.repeat)
    print(f"peak memory (max RSS of the writer process): {peak_rss_mb():.0f} MB")


def queries(store: Store, db: Path, repeat: int) -> None:
    rng = random.Random(9)
    raw = sqlite3.connect(db)
    dyads = raw.execute(
        "SELECT a.actor_id, b.actor_id FROM participants a JOIN participants b "
        "ON a.meeting_id = b.meeting_id AND a.actor_id < b.actor_id "
        "WHERE a.actor_id LIKE 'state:%' AND b.actor_id LIKE 'state:%' "
        "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 200").fetchall()
    months = [r[0] for r in raw.execute(
        "SELECT DISTINCT substr(date_lo, 1, 7) FROM meetings WHERE date_lo IS NOT NULL")]
    words = ["会谈", "举行会谈", "高官会", "通电话", "战略伙伴", "cooperation", "held talks",
             "co-chaired", "Foreign Minister", "东盟", "视频"]
    pick_dyads = [rng.choice(dyads) for _ in range(repeat)]
    pick_months = [rng.choice(months) for _ in range(repeat)]
    pick_words = [rng.choice(words) for _ in range(repeat)]
    print(f"queries ({repeat} runs each, varied arguments; {len(dyads)} dyads, "
          f"{len(months)} months to pick from):")

    sizes: list[int] = []

    def dyad(a: str, b: str) -> Callable[[], object]:
        return lambda: sizes.append(len(store.meetings([a, b])))

    print(latency_line("meetings --actor A --actor B (records)",
                       timed([dyad(a, b) for a, b in pick_dyads]),
                       f"  ({statistics.mean(sizes):.0f} meetings on average)"))
    dyad_sql = ("SELECT id FROM meetings WHERE id IN (SELECT meeting_id FROM participants "
                "WHERE actor_id = ?) AND id IN (SELECT meeting_id FROM participants WHERE "
                "actor_id = ?) ORDER BY date_lo")
    print(latency_line("  baseline: the same ids, raw sqlite3",
                       timed([lambda a=a, b=b: raw.execute(dyad_sql, (a, b)).fetchall()
                              for a, b in pick_dyads])))
    sizes.clear()

    def month(m: str) -> Callable[[], object]:
        return lambda: sizes.append(len(store.meetings(since=m, until=m)))

    print(latency_line("meetings --since M --until M (records)",
                       timed([month(m) for m in pick_months]),
                       f"  ({statistics.mean(sizes):.0f} meetings on average)"))
    month_sql = ("SELECT id FROM meetings WHERE date_hi >= ? AND date_lo <= ? "
                 "ORDER BY date_lo")
    print(latency_line("  baseline: the same ids, raw sqlite3",
                       timed([lambda m=m: raw.execute(month_sql, (m + "-01", m + "-31"))
                              .fetchall() for m in pick_months])))
    print(latency_line("search TEXT (FTS5 trigram, confirmed on the text)",
                       timed([lambda w=w: store.search(w) for w in pick_words])))
    like_sql = "SELECT doc_id FROM cleaned WHERE title LIKE ? LIMIT 20"
    print(latency_line("  baseline: LIKE scan of the titles, raw",
                       timed([lambda w=w: raw.execute(like_sql, (f"%{w}%",)).fetchall()
                              for w in pick_words[: max(10, repeat // 10)]])))
    ids = [r[0] for r in raw.execute("SELECT id FROM meetings ORDER BY random() LIMIT ?",
                                     (repeat,))]
    print(latency_line("show ID (a meeting with sources, evidence)",
                       timed([lambda i=i: store.meeting(i) for i in ids])))
    raw.close()


if __name__ == "__main__":
    main()
