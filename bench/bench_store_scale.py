"""Query latency as a SQLite store grows: p50/p95 of meetings by actor, by dyad and by month
and of search, at 10,000, 100,000 and 300,000 articles, with the store size at each.

    .venv/bin/python bench/bench_store_scale.py [--seed-docs 500] [--sizes 10000 100000 300000]

How the store is built (ingesting 300,000 articles would take hours on this machine): a seed
of ``--seed-docs`` generated articles (``bench/newswire.py``) is ingested normally, with
extraction and linking; the store then grows by copies of the seed's rows written directly
in SQL (documents, cleaned, entities, meetings, participants, chairs, sources, evidence),
each copy with new keys and its meeting dates (``date_lo``/``date_hi``, ``year``/``month``)
moved by three days per copy, so that copies spread over the years as a real archive does
and a month holds the meetings of a few copies; each copy's texts go into the search index
as the writer puts them. Linking does not run between copies: every copy's meetings are
meetings of their own, so actor and dyad queries find ever more meetings, as in a growing
archive. Queries ask for one page (50 meetings, 20 search hits), as the API does (a search
confirms its matches to the end of the page and one past it, which says whether there is a
next page: ``summitry.api.routes``). The baseline on each line, measured in the same run,
is the plain way to the same page: the meeting ids filtered, all sorted, then cut (raw
sqlite3, bare ids), and for search the count to 1,000 the API made before.
The copies are written in transactions of :data:`COPIES_PER_COMMIT`, the write-ahead log
emptied after each, so that the 300,000 point needs no more disk than the store itself.
After the last point a line per query gives its p95 growth from the smallest size to the
largest beside the growth of log(size).
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newswire
from bench_store import latency_line, percentiles, timed

from summitry.store import fts
from summitry.store.database import Store
from summitry.store.engine import checkpoint
from summitry.store.migrations.v0006_participant_order import UNDATED
from summitry.store.texts import titles_and_bodies

#: Copies written per transaction (a few hundred MB of write-ahead log at most).
COPIES_PER_COMMIT = 40
#: Meetings and search hits per page, as the API's default pages.
PAGE, SEARCH_PAGE = 50, 20
#: Calls of each query made untimed before it is timed, at every size alike: the first
#: call of a statement compiles it, which would weigh on the smallest size only.
WARM_UP = 5
#: What the API counted a search's matches up to before it counted only to its page.
OLD_SEARCH_CAP = 1000

#: Tables copied, and for each the columns that change per copy (SQL over the seed row,
#: with :k the copy number and :d, :m, :s, :e the key offsets of one copy).
SHIFTS: dict[str, dict[str, str]] = {
    "documents": {"n": "n + :k * :d", "id": "id || '~' || :k",
                  "content_hash": "content_hash || :k"},
    "cleaned": {"doc_n": "doc_n + :k * :d", "doc_id": "doc_id || '~' || :k"},
    "doc_entities": {"doc_n": "doc_n + :k * :d"},
    "meetings": {"id": "id + :k * :m",
                 "date_lo": "date(date_lo, '+' || (3 * :k) || ' days')",
                 "date_hi": "date(date_hi, '+' || (3 * :k) || ' days')",
                 "year": "coalesce(CAST(strftime('%Y', date(date_lo, '+' || (3 * :k) "
                         "|| ' days')) AS INTEGER), year)",
                 "month": "coalesce(CAST(strftime('%m', date(date_lo, '+' || (3 * :k) "
                          "|| ' days')) AS INTEGER), month)"},
    "participants": {"meeting_id": "meeting_id + :k * :m",
                     "meeting_day": f"CASE WHEN meeting_day = {UNDATED} THEN meeting_day "
                                    "ELSE meeting_day + 3 * :k END"},
    "chairs": {"meeting_id": "meeting_id + :k * :m"},
    "sources": {"id": "id + :k * :s", "meeting_id": "meeting_id + :k * :m",
                "doc_n": "doc_n + :k * :d", "doc_id": "doc_id || '~' || :k"},
    "evidence": {"id": "id + :k * :e", "source_id": "source_id + :k * :s"},
}


def copy_statements(db: sqlite3.Connection) -> list[str]:
    out = []
    for table, shifts in SHIFTS.items():
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        exprs = ", ".join(shifts.get(c, f'"{c}"') for c in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        out.append(f"INSERT INTO main.{table} ({names}) SELECT {exprs} FROM seed.{table}")
    return out


def grow(db_path: Path, seed_path: Path, first: int, last: int,
         texts: dict[int, tuple[str | None, str]]) -> None:
    """Copies ``first`` .. ``last - 1`` of the seed into the store."""
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute(f"ATTACH DATABASE '{seed_path}' AS seed")
    offsets = {key: (db.execute(f"SELECT coalesce(max({col}), 0) + 1 FROM seed.{table}")
                     .fetchone()[0]) for key, table, col in
               (("d", "documents", "n"), ("m", "meetings", "id"), ("s", "sources", "id"),
                ("e", "evidence", "id"))}
    statements = copy_statements(db)
    db.execute("BEGIN")
    for shared in ("actors", "series"):  # one set for every copy
        db.execute(f"INSERT OR IGNORE INTO main.{shared} SELECT * FROM seed.{shared}")
    for k in range(first, last):
        for sql in statements:
            db.execute(sql, {"k": k, **offsets})
        db.executemany("INSERT INTO document_fts(rowid, title, body) VALUES (?, ?, ?)",
                       [(n + k * offsets["d"], (t or "") + fts.PAD, b + fts.PAD)
                        for n, (t, b) in texts.items()])
        if (k + 1 - first) % COPIES_PER_COMMIT == 0:
            db.execute("COMMIT")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("BEGIN")
    db.execute("COMMIT")
    db.execute("DETACH DATABASE seed")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


#: The plain page: every meeting the filter admits, all sorted, then cut.
PLAIN_ORDER = " ORDER BY date_lo IS NULL, date_lo, id LIMIT ?"
PLAIN_ACTOR = ("SELECT id FROM meetings WHERE id IN (SELECT meeting_id FROM participants "
               "WHERE actor_id = ?)")
PLAIN_DYAD = PLAIN_ACTOR + (" AND id IN (SELECT meeting_id FROM participants "
                            "WHERE actor_id = ?)")
PLAIN_MONTH = ("SELECT id FROM meetings WHERE date_hi >= ? || '-01' AND date_lo <= ? || '-31'")


def measure(store: Store, db_path: Path, repeat: int) -> dict[str, float]:
    """Prints each query's p50/p95 beside its baseline; returns the p95s by query."""
    rng = random.Random(9)
    raw = sqlite3.connect(db_path)
    actors = [r[0] for r in raw.execute(
        "SELECT actor_id FROM participants WHERE actor_id LIKE 'state:%' GROUP BY 1 "
        "ORDER BY count(*) DESC LIMIT 30")]
    dyads = raw.execute(
        "SELECT a.actor_id, b.actor_id FROM participants a JOIN participants b "
        "ON a.meeting_id = b.meeting_id AND a.actor_id < b.actor_id "
        "WHERE a.meeting_id < 5000 AND a.actor_id LIKE 'state:%' AND b.actor_id LIKE 'state:%' "
        "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 100").fetchall()
    months = [r[0] for r in raw.execute(
        "SELECT DISTINCT substr(date_lo, 1, 7) FROM meetings WHERE date_lo IS NOT NULL")]
    words = ["会谈", "举行会谈", "高官会", "通电话", "cooperation", "held talks", "co-chaired",
             "东盟", "视频"]
    pick_actors = [rng.choice(actors) for _ in range(repeat)]
    pick_dyads = [rng.choice(dyads) for _ in range(repeat)]
    pick_months = [rng.choice(months) for _ in range(repeat)]
    pick_words = [rng.choice(words) for _ in range(repeat)]

    def plain(sql: str, *args: object) -> Callable[[], object]:
        return lambda: raw.execute(sql + PLAIN_ORDER, (*args, PAGE)).fetchall()

    calls: list[tuple[str, list[Callable[[], object]], list[Callable[[], object]]]] = [
        ("meetings --actor A (a page)",
         [lambda a=a: store.meetings([a], limit=PAGE) for a in pick_actors],
         [plain(PLAIN_ACTOR, a) for a in pick_actors]),
        ("meetings --actor A --actor B (a page)",
         [lambda d=d: store.meetings(list(d), limit=PAGE) for d in pick_dyads],
         [plain(PLAIN_DYAD, *d) for d in pick_dyads]),
        ("meetings --since M --until M (a page)",
         [lambda m=m: store.meetings(since=m, until=m, limit=PAGE) for m in pick_months],
         [plain(PLAIN_MONTH, m, m) for m in pick_months]),
        ("search TEXT (a page, counted one past it)",
         [lambda w=w: (store.search(w, SEARCH_PAGE),
                       store.search_count(w, cap=SEARCH_PAGE)) for w in pick_words],
         [lambda w=w: store.search_count(w, cap=OLD_SEARCH_CAP) for w in pick_words]),
    ]
    out = {}
    for label, todo, baseline in calls:
        timed(todo[:WARM_UP] + baseline[:WARM_UP])  # statements compiled, pages cached
        samples = timed(todo)
        base50, base95 = percentiles(timed(baseline))
        print(latency_line(label, samples,
                           f"   (baseline p50 {base50:7.2f} ms, p95 {base95:7.2f} ms)"))
        out[label] = percentiles(samples)[1]
    raw.close()
    return out


def growth(p95s: dict[int, dict[str, float]]) -> None:
    """Each query's p95 at the largest size over the smallest, beside log(size)'s growth."""
    small, large = min(p95s), max(p95s)
    if small == large:
        return
    log_growth = math.log(large) / math.log(small)
    print(f"growth {small:,} -> {large:,} articles (log(size) grows {log_growth:.2f}x):")
    for label, p95 in p95s[large].items():
        print(f"  {label:44} p95 {p95s[small][label]:7.2f} -> {p95:7.2f} ms: "
              f"{p95 / p95s[small][label]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed-docs", type=int, default=500)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summitry-scale-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "seed.jsonl"
        newswire.write_jsonl(corpus, args.seed_docs, seed=3)
        seed_db, db = tmp / "seed.db", tmp / "store.db"
        start = time.perf_counter()
        with Store(seed_db) as seed:
            seed.ingest([str(corpus)], workers=args.workers)
            per_copy = seed.counts()["documents"]
        print(f"seed: {per_copy:,} articles ingested in {time.perf_counter() - start:.0f} s")
        with Store(db) as store:  # the schema, empty
            pass
        with Store(seed_db) as seed, seed.engine.connect() as conn:
            ns = [r[0] for r in conn.exec_driver_sql("SELECT n FROM documents")]
            texts = titles_and_bodies(conn, seed.t, ns)
        copies = 0
        p95s: dict[int, dict[str, float]] = {}
        for size in sorted(args.sizes):
            want = max(copies, -(-size // per_copy))
            start = time.perf_counter()
            grow(db, seed_db, copies, want, texts)
            copies = want
            with Store(db) as store:
                checkpoint(store.engine)
                n = store.counts()["documents"]
                mb = db.stat().st_size / 1e6
                print(f"{n:,} articles (copies written in {time.perf_counter() - start:.0f} s):"
                      f" {mb:,.0f} MB, {mb * 1e3 / n:.1f} KB per article")
                p95s[n] = measure(store, db, args.repeat)
        growth(p95s)


if __name__ == "__main__":
    main()
