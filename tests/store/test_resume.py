"""A killed ingestion, started again, ends with the store an uninterrupted run gives.

20,000 generated articles (``bench/newswire.py``: the same meetings reported and recalled
by several articles, in Chinese and English, with a few broken records) are ingested once
without interruption, and once by a process killed with SIGKILL at random moments several
times and restarted each time. Every fact table must be identical, row for row: nothing
lost, nothing doubled, the same ids. This is the slowest test of the suite (two full
ingestions, with two extraction workers each).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_samples import dump

from summitry.store.database import Store

REPO = Path(__file__).resolve().parents[2]
DOCS = 20_000
KILLS = 4


def _generate(path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import newswire
    finally:
        sys.path.pop(0)
    newswire.write_jsonl(path, DOCS, seed=5)


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    # A new session, so that SIGKILL reaches the extraction workers too (killpg).
    return subprocess.Popen(
        [sys.executable, "-m", "summitry.cli", "ingest", str(corpus), "--db", str(db),
         "--quiet", "--workers", "2", "--batch", "100"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def test_ingestion_killed_at_random_points_and_resumed_equals_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _generate(corpus)
    reference, resumed = tmp_path / "reference.db", tmp_path / "resumed.db"

    started = time.monotonic()
    proc = _ingest(corpus, reference)
    _, err = proc.communicate(timeout=1800)
    assert proc.returncode == 0, err.decode()
    full = time.monotonic() - started

    rng = random.Random(2026)
    kills = 0
    while kills < KILLS:
        proc = _ingest(corpus, resumed)
        time.sleep(rng.uniform(0.05, 0.9) * full / KILLS)
        if proc.poll() is not None:
            break  # it finished before the kill came: the remaining work was small
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
    proc = _ingest(corpus, resumed)
    _, err = proc.communicate(timeout=1800)
    assert proc.returncode == 0, err.decode()
    assert kills >= 2, "the run should have been killed several times"

    with Store(reference) as a, Store(resumed) as b:
        counts = a.counts()
        assert counts["documents"] > 0.95 * DOCS
        assert counts["meetings"] < counts["sources"]  # linking merged accounts
        assert b.counts() == counts
        assert dump(b) == dump(a)
