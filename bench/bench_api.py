"""REST API and web pages: request latency on a large generated store, against the Python API.

    .venv/bin/python bench/bench_api.py [--docs 100000] [--repeat 200] [--db PATH] [--workers N]

The store holds ``--docs`` articles of ``bench/newswire.py`` (built in a temporary folder, or
at ``--db``: an existing store there is reused as it is, a missing one is built there and
kept). The app of ``summitry.api.app.create_app`` is served by uvicorn in a separate process
on 127.0.0.1 (a free port, loopback only; one process, access log off) and stopped at the
end, also on error or Ctrl-C. An ``httpx.Client`` with keep-alive sends ``--repeat`` GET
requests to each endpoint, with arguments drawn from the store itself: meeting, document and
actor ids, dyads that really met (pairs from the participants table, so frequent pairs come
up more often), months with meetings, actor names and codes, and words of three characters
or more cut from article bodies (the trigram full-text index; shorter words fall back to a
scan and would measure that instead).

Each endpoint's p50 and p95 (ms, whole round trip, body read) are printed beside a baseline
measured in the same run on the same arguments: the Store calls the endpoint makes, made
directly in this process (no HTTP, no validation, no JSON). The difference is what the web
layer adds: HTTP parsing on both ends, routing, parameter validation, the thread-pool hop,
building the JSON objects, response-model validation and serialization. A request and its
baseline alternate (which goes first alternates too), so both see the same cache state. The
"HTTP floor" line is an unknown ``/api`` path: a round trip and an error body, no store.

The HTML pages (``/meetings``, ``/meetings/{id}``, ``/dyad``, ``/actors/{id}``,
``/documents/{id}``) are timed the same way if the server has them; a page that answers 404
is skipped and said so. Their baseline is the Store calls the page makes (those of
``summitry/web/pages.py`` when this was written: a meeting's page also reads the document of
every source; lists carry no evidence), rendering left out.
Finally the peak RSS of the server process (``VmHWM`` in ``/proc/PID/status``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import newswire
from bench_store import percentiles

from summitry.store.database import Store
from summitry.store.ingest import default_workers
from summitry.web.pages import DYAD_PAGE_SIZE, FULL_SOURCES

HOST = "127.0.0.1"  # loopback only: the benchmark never listens on another address


# ---- the server ---------------------------------------------------------------------------
def serve(db: str, port: int) -> None:
    """Child process: the app over ``db`` on 127.0.0.1:``port`` until SIGTERM."""
    import uvicorn

    from summitry.api.app import create_app

    app = create_app(db, pages=True)
    print("pages: mounted", file=sys.stderr, flush=True)
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn in a child process; a context manager that always stops it."""

    def __init__(self, db: Path, log: Path):
        self.db, self.log_path = db, log
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", str(self.db),
             "--port", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self.wait_ready()
        except BaseException:
            self.__exit__()
            raise
        return self

    def wait_ready(self, seconds: float = 120) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + seconds
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited ({self.proc.returncode}):\n"
                                   + self.log_path.read_text(errors="replace"))
            try:
                httpx.get(self.base + "/api/-", timeout=5)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not answer within {seconds:.0f} s"
                                       ) from None
                time.sleep(0.2)

    def note(self) -> str:
        text = self.log_path.read_text(errors="replace")
        return next((line for line in text.splitlines() if line.startswith("pages:")), "")

    def last_error(self) -> str:
        """The last exception line of the server's log, if any: "; server log: …"."""
        lines = [line for line in self.log_path.read_text(errors="replace").splitlines()
                 if re.match(r"[\w.]+(Error|Exception)\b", line)]
        return f"; server log: {lines[-1][:300]}" if lines else ""

    def peak_rss_mb(self) -> float | None:
        if self.proc is None:
            return None
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return None
        found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
        return int(found.group(1)) / 1e3 if found else None

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


# ---- the store ----------------------------------------------------------------------------
def open_store(args: argparse.Namespace, tmp: Path) -> tuple[Store, Path]:
    db = Path(args.db) if args.db else tmp / "store.db"
    if db.exists():
        print(f"store: reusing {db} (--docs ignored)")
        return Store(db), db
    corpus = tmp / "corpus.jsonl"
    start = time.perf_counter()
    newswire.write_jsonl(corpus, args.docs, seed=3)
    print(f"corpus: {args.docs:,} generated articles, {corpus.stat().st_size / 1e6:.1f} MB "
          f"(generated in {time.perf_counter() - start:.1f} s)", flush=True)
    store = Store(db)
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        before, done = done, done + n
        if done // 10_000 != before // 10_000:
            print(f"  ingested {done:,} documents ({time.perf_counter() - start:.0f} s)",
                  file=sys.stderr, flush=True)

    start = time.perf_counter()
    summary = store.ingest([str(corpus)], workers=args.workers, progress=progress)
    took = time.perf_counter() - start
    print(f"ingest, {args.workers} extraction worker(s) + 1 writer: {summary.read:,} documents "
          f"in {took:.0f} s ({summary.read / took:,.0f} docs/s)"
          + (f"; kept at {db}" if args.db else ""), flush=True)
    return store, db


@dataclass
class Picks:
    """Arguments drawn from the store, ``n`` of each kind (deterministic for one store)."""

    meetings: list[int]
    documents: list[str]
    actors: list[str]  # weighted by participation
    dyads: list[tuple[str, str]]
    months: list[str]
    actor_queries: list[str]
    words: list[str]


def draw(db: Path, n: int, seed: int = 11) -> Picks:
    rng = random.Random(seed)
    with closing(sqlite3.connect(db)) as raw:

        def column(sql: str) -> list[Any]:
            return [r[0] for r in raw.execute(sql)]

        meeting_ids = column("SELECT id FROM meetings ORDER BY id")
        doc_ids = column("SELECT id FROM documents ORDER BY n")
        roles = column("SELECT actor_id FROM participants ORDER BY meeting_id, actor_id")
        months = column("SELECT DISTINCT substr(date_lo, 1, 7) FROM meetings "
                        "WHERE date_lo IS NOT NULL ORDER BY 1")
        pairs: list[tuple[str, str]] = []
        for _ in range(50 * n):  # meetings drawn at random; one pair of each that has two
            mid = rng.choice(meeting_ids)
            who = column(f"SELECT actor_id FROM participants WHERE meeting_id = {int(mid)} "
                         "ORDER BY actor_id")
            if len(who) >= 2:
                a, b = rng.sample(who, 2)
                pairs.append((a, b))
                if len(pairs) == n:
                    break
        actors = [rng.choice(roles) for _ in range(n)]
        queries = []
        for actor in (rng.choice(roles) for _ in range(n)):
            code, name, names = raw.execute(
                "SELECT code, name, names FROM actors WHERE id = ?", (actor,)).fetchone()
            options = [code, name, name.split()[0] if name.split() else None,
                       *(json.loads(names).values() if names else ())]
            queries.append(rng.choice([o for o in options if o]))
        words = []
        while len(words) < n:
            doc = rng.choice(doc_ids)
            body = raw.execute("SELECT body FROM cleaned WHERE doc_id = ?", (doc,)).fetchone()
            if body is None:
                continue
            tokens = re.findall(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{3,}", body[0])
            if not tokens:
                continue
            token = rng.choice(tokens)
            if token[0] >= "\u4e00":  # a Chinese run: a slice of 3 or 4 characters
                size = min(len(token), rng.choice((3, 4)))
                at = rng.randrange(len(token) - size + 1)
                token = token[at:at + size]
            words.append(token)
    return Picks([rng.choice(meeting_ids) for _ in range(n)],
                 [rng.choice(doc_ids) for _ in range(n)], actors, pairs,
                 [rng.choice(months) for _ in range(n)], queries, words)


# ---- one endpoint -------------------------------------------------------------------------
@dataclass
class Case:
    label: str
    urls: list[str]
    baseline: list[Callable[[], object]]  # the Store calls, one per URL
    page: bool = False


def segment(value: str) -> str:
    return quote(value, safe=":")


def cases(store: Store, p: Picks) -> list[Case]:
    """The endpoints; each baseline makes the Store calls of ``summitry.api.routes``."""

    def actor_id(ref: str) -> str:  # as the dyad endpoint and page resolve an actor
        return store.actor_ref(ref).id

    def meetings_page(actors: Sequence[str] = (), limit: int = 50,
                      **kw: Any) -> Callable[[], object]:
        return lambda: (store.count_meetings(actors, **kw),
                        store.meetings(actors, limit=limit, offset=0, **kw))

    def meeting(i: int) -> Callable[[], object]:
        return lambda: (store.meeting(i), store.link_history(i))

    def dyad(a: str, b: str) -> Callable[[], object]:
        def call() -> object:
            pair = [actor_id(a), actor_id(b)]
            return (store.meeting_years(pair), store.count_meetings(pair),
                    store.meetings(pair, limit=200, offset=0))
        return call

    def actor(ref: str) -> Callable[[], object]:
        return lambda: store.actor(ref)

    def document(doc: str) -> Callable[[], object]:
        return lambda: store.document(doc)

    n = len(p.meetings)
    meetings_urls = ["/api/meetings"] * n
    meetings_calls = [meetings_page() for _ in range(n)]
    meeting_urls = [f"/api/meetings/{i}" for i in p.meetings]
    meeting_calls = [meeting(i) for i in p.meetings]
    dyad_urls = ["/api/dyads?" + urlencode({"a": a, "b": b}) for a, b in p.dyads]
    dyad_calls = [dyad(a, b) for a, b in p.dyads]
    actor_urls = [f"/api/actors/{segment(a)}" for a in p.actors]
    actor_calls = [actor(a) for a in p.actors]
    doc_urls = [f"/api/documents/{segment(d)}" for d in p.documents]
    doc_calls = [document(d) for d in p.documents]
    out = [
        Case("HTTP floor: unknown /api path (404)", ["/api/-"] * n, [lambda: None] * n),
        Case("GET /api/meetings (first page of 50)", meetings_urls, meetings_calls),
        Case("GET /api/meetings?actor=A", [
            "/api/meetings?" + urlencode({"actor": a}) for a in p.actors],
            [meetings_page([a]) for a in p.actors]),
        Case("GET /api/meetings?since=M&until=M", [
            "/api/meetings?" + urlencode({"since": m, "until": m}) for m in p.months],
            [meetings_page(since=m, until=m) for m in p.months]),
        Case("GET /api/meetings/{id}", meeting_urls, meeting_calls),
        Case("GET /api/dyads?a=&b=", dyad_urls, dyad_calls),
        Case("GET /api/actors?q=", ["/api/actors?" + urlencode({"q": q})
                                    for q in p.actor_queries],
             [lambda q=q: store.actors(q, 50, 0) for q in p.actor_queries]),
        Case("GET /api/actors/{id}", actor_urls, actor_calls),
        Case("GET /api/search?q=", ["/api/search?" + urlencode({"q": w}) for w in p.words],
             [lambda w=w: (store.search(w, 20, 0), store.search_count(w, cap=20))
              for w in p.words]),
        Case("GET /api/documents/{id}", doc_urls, doc_calls),
    ]
    # The pages' baselines are the Store calls of summitry/web/pages.py: no evidence on
    # lists, the documents of the first FULL_SOURCES sources on a meeting's page, a dyad's
    # timeline a page of DYAD_PAGE_SIZE meetings.
    def meeting_page(i: int) -> Callable[[], object]:
        def call() -> object:
            m = store.meeting(i)
            docs = {s.doc: store.document(s.doc) for s in m.sources[:FULL_SOURCES]}
            return m, docs, store.link_history(i)
        return call

    def dyad_page(a: str, b: str) -> Callable[[], object]:
        def call() -> object:
            pair = [actor_id(a), actor_id(b)]
            return (store.meeting_years(pair),
                    store.meetings(pair, evidence=False, limit=DYAD_PAGE_SIZE, offset=0))
        return call

    for case in (
        Case("page /meetings", [u.removeprefix("/api") for u in meetings_urls],
             [lambda: (store.count_meetings(), store.meetings(limit=50, evidence=False))
              for _ in range(n)]),
        Case("page /meetings/{id}", [u.removeprefix("/api") for u in meeting_urls],
             [meeting_page(i) for i in p.meetings]),
        Case("page /dyad?a=&b=", [u.replace("/api/dyads", "/dyad") for u in dyad_urls],
             [dyad_page(a, b) for a, b in p.dyads]),
        Case("page /actors/{id}", [u.removeprefix("/api") for u in actor_urls], actor_calls),
        Case("page /documents/{id}", [u.removeprefix("/api") for u in doc_urls], doc_calls),
    ):
        case.page = True
        out.append(case)
    return out


def get(client: httpx.Client, url: str) -> httpx.Response:
    """An untimed GET, tried again once if the server dropped the kept-alive connection
    (uvicorn closes it after an unhandled exception)."""
    try:
        return client.get(url)
    except httpx.TransportError:
        return client.get(url)


def run(client: httpx.Client, case: Case, server: Server) -> str:
    floor = case.urls[0] == "/api/-"
    expect = 404 if floor else 200
    first = get(client, case.urls[0])
    if first.status_code != expect:
        if case.page and first.status_code == 404:
            return f"  {case.label:40} skipped: the server answers 404 (no such page yet)"
        what = "skipped" if case.page else "FAILED"
        return (f"  {case.label:40} {what}: {case.urls[0]} answered {first.status_code}"
                + server.last_error())
    for url, call in list(zip(case.urls, case.baseline, strict=True))[:5]:  # warm-up
        get(client, url)
        call()
    http: list[float] = []
    py: list[float] = []
    size = 0
    for i, (url, call) in enumerate(zip(case.urls, case.baseline, strict=True)):
        for step in ((0, 1) if i % 2 == 0 else (1, 0)):
            if step == 0:
                start = time.perf_counter()
                try:
                    r = client.get(url)
                except httpx.TransportError as exc:
                    return f"  {case.label:40} FAILED: {url}: {exc!r}"
                http.append(time.perf_counter() - start)
                if r.status_code != expect:
                    return (f"  {case.label:40} FAILED: {url} answered {r.status_code}"
                            + server.last_error())
                size += len(r.content)
            else:
                start = time.perf_counter()
                call()
                py.append(time.perf_counter() - start)
    h50, h95 = percentiles(http)
    b50, b95 = percentiles(py)
    base = "(no store call)" if floor else f"(Python API p50 {b50:7.2f}  p95 {b95:7.2f})"
    return (f"  {case.label:40} p50 {h50:7.2f} ms  p95 {h95:7.2f} ms   {base}"
            f"  {size / len(http) / 1e3:6.1f} kB")


# ---- main ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000,
                        help="generated articles in the store built (default 100000)")
    parser.add_argument("--repeat", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--db", metavar="PATH",
                        help="reuse the store at PATH; if missing, build it there and keep it")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="extraction processes when building the store (default: "
                             "cores - 1)")
    parser.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port)
        return 0

    # A SIGTERM unwinds like Ctrl-C, so the server is stopped and the temporary folder goes.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    failed = False
    with tempfile.TemporaryDirectory(prefix="summitry-bench-api-") as tmp_name:
        tmp = Path(tmp_name)
        store, db = open_store(args, tmp)
        with store:
            counts = store.counts()
            print(f"store: {counts['documents']:,} documents, {counts['meetings']:,} meetings "
                  f"({counts['actors']:,} actors, {counts['sources']:,} sources); "
                  f"{db.stat().st_size / 1e6:.0f} MB on disk", flush=True)
            picks = draw(db, args.repeat)
            with Server(db, tmp / "server.log") as server, \
                    httpx.Client(base_url=server.base, timeout=300) as client:
                print(f"server: uvicorn, 1 process, {server.base}; {server.note()}")
                print(f"latency, {args.repeat} requests per endpoint (keep-alive), "
                      "beside the same Store calls in this process:", flush=True)
                for case in cases(store, picks):
                    line = run(client, case, server)
                    failed = failed or ("FAILED" in line and not case.page)
                    print(line, flush=True)
                rss = server.peak_rss_mb()
                if rss is not None:
                    print(f"peak memory of the server process (VmHWM): {rss:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
