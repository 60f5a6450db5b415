"""Several ingest processes writing one PostgreSQL store at once give the store one process
gives (the writers take turns on an advisory lock: store/engine.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store_samples import ARTICLES, write_jsonl

from summitry.store.database import Store
from summitry.store.engine import reading


def canonical(store: Store) -> dict[str, Any]:
    """The store's facts without the keys that depend on who wrote first: documents by id,
    each meeting as the accounts that make it up with its fields and participants."""
    t = store.t
    with reading(store.engine) as conn:
        docs = sorted(conn.execute(select(t.documents.c.id, t.documents.c.content_hash)).all())
        accounts: dict[int, list[tuple[str, str]]] = {}
        for mid, doc, local in conn.execute(select(t.sources.c.meeting_id, t.sources.c.doc_id,
                                                   t.sources.c.local_id)):
            accounts.setdefault(mid, []).append((doc, local))
        roles: dict[int, list[str]] = {}
        for mid, actor in conn.execute(select(t.participants.c.meeting_id,
                                              t.participants.c.actor_id)):
            roles.setdefault(mid, []).append(actor)
        fields = [c for c in t.meetings.c if c.name not in ("id", "series_id")]
        meetings = sorted(
            (tuple(sorted(accounts.get(r.id, []))), tuple(sorted(roles.get(r.id, []))),
             tuple(r[1:]))
            for r in conn.execute(select(t.meetings.c.id, *fields)))
        actors = sorted(conn.execute(select(t.actors.c.id, t.actors.c.name)).all())
    return {"documents": docs, "meetings": meetings, "actors": actors,
            "counts": store.counts()}


def _ingest(url: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "summitry.cli", "ingest", str(path),
                             "--db", url, "--batch", "1", "--workers", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_three_processes_ingesting_at_once_give_the_store_of_one(postgres_server: Any,
                                                                  tmp_path: Path):
    # Each process reads the input in the same order (three machines over one feed): whoever
    # reaches a document first writes it; the others find it stored.
    corpus = write_jsonl(tmp_path / "articles.jsonl", ARTICLES * 2)
    alone, shared = postgres_server.database(), postgres_server.database()
    with Store(alone) as store:
        store.ingest([str(corpus)])
    with Store(shared):  # created before the race, as a deployment would
        pass
    procs = [_ingest(shared, corpus) for _ in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with Store(alone) as a, Store(shared) as b:
        assert canonical(a) == canonical(b)
        assert b.counts()["documents"] == len(ARTICLES)
    postgres_server.drop(alone)
    postgres_server.drop(shared)


@pytest.mark.parametrize("n", [3])
def test_processes_opening_a_new_store_at_once_migrate_it_once(postgres_server: Any, n: int,
                                                                tmp_path: Path):
    url = postgres_server.database()
    code = "import sys, summitry; summitry.open(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE,
                              text=True) for _ in range(n)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Store(url) as store:
        assert store.counts()["documents"] == 0
    postgres_server.drop(url)
