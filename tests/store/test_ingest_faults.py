"""Faults during ingestion: a crash on one document is a recorded skip, a crashed run is
marked failed, and bad records never stop a run nor block the next one (issue 17)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import ARTICLES, write_jsonl

from summitry.pipeline import Pipeline
from summitry.store import runs
from summitry.store.database import Store
from summitry.store.engine import reading, writing


def run_rows(store: Store) -> list[tuple[str, str | None]]:
    with reading(store.engine) as conn:
        return [(r.status, r.counts) for r in conn.execute(
            text("SELECT status, counts FROM runs ORDER BY id"))]


def crash_on(monkeypatch, doc_id: str, exc: BaseException) -> None:
    original = Pipeline.__call__

    def call(self, doc):
        if doc.id == doc_id:
            raise exc
        return original(self, doc)

    monkeypatch.setattr(Pipeline, "__call__", call)


def test_a_stage_crash_on_one_document_is_a_skip_with_file_line_and_reason(
        tmp_path, articles, monkeypatch):
    crash_on(monkeypatch, ARTICLES[1]["id"], KeyError(""))
    with Store(tmp_path / "kb.db") as store:
        summary = store.ingest([str(articles)])
        skips = store.skips(summary.run_id)
        assert summary.new == len(ARTICLES) - 1 and summary.skipped == 1
        assert run_rows(store)[-1][0] == "done"
    assert skips == [{"source": str(articles), "line": 2, "kind": "ProcessingError",
                      "message": skips[0]["message"]}]
    assert skips[0]["message"].startswith("extraction failed: KeyError")


def test_a_document_the_store_refuses_costs_only_itself(tmp_path, articles, monkeypatch):
    from summitry.store import writer

    original = writer.Writer.write

    def refusing(self, doc, force=False):
        if doc.doc_id == ARTICLES[2]["id"]:
            raise ValueError("a value the database cannot bind")
        return original(self, doc, force)

    monkeypatch.setattr(writer.Writer, "write", refusing)
    with Store(tmp_path / "kb.db") as store:
        summary = store.ingest([str(articles)])
        assert summary.new == len(ARTICLES) - 1
        skip = store.skips(summary.run_id)[0]
        assert skip["kind"] == "ProcessingError" and "storing failed" in skip["message"]
        assert ARTICLES[2]["id"] in skip["message"]


def test_bad_records_are_skipped_and_the_next_run_gets_past_them(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps(a, ensure_ascii=False).encode() for a in ARTICLES[:2]]
    path.write_bytes(b"\n".join([
        good[0],
        b'{"id": "bad-byte", "text": "\xff\xfe talks"}',
        b'{"id": "surrogate", "title": "\\udfff", "text": "Ministers of two states met."}',
        b'{"id": "deep", "text": "x", "title": ' + b"[" * 3000 + b"]" * 3000 + b"}",
        b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
        b'{"id": "bad-date", "published": "2024-13-45", "text": "Ministers met in Hanoi."}',
        good[1]]) + b"\n")
    with Store(tmp_path / "kb.db") as store:
        first = store.ingest([str(path)])
        second = store.ingest([str(path)])
        assert [s["line"] for s in store.skips(first.run_id)] == [2, 4, 5]
        assert first.new == 4 and second.unchanged == 4
        assert any("surrogate" in w for w in first.warnings)
        assert any("published" in w for w in first.warnings)
        assert [status for status, _ in run_rows(store)] == ["done", "done"]
        assert store.document("surrogate").title is not None


def test_a_run_that_raises_is_marked_failed_with_its_error(tmp_path, articles, monkeypatch):
    crash_on(monkeypatch, ARTICLES[0]["id"], KeyboardInterrupt())
    with Store(tmp_path / "kb.db") as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest([str(articles)])
        status, counts = run_rows(store)[-1]
    assert status == "failed" and "KeyboardInterrupt" in json.loads(counts)["error"]


def test_a_run_whose_process_died_is_marked_failed_by_the_next_run(tmp_path, articles):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    with Store(tmp_path / "kb.db") as store:
        with writing(store.engine) as conn:
            conn.execute(text("INSERT INTO runs (started_at, status, paths, version, counts) "
                              "VALUES ('2026-01-01', 'running', '[]', 'x', :c)"),
                         {"c": json.dumps({"owner": {**runs.owner()["owner"],
                                                     "pid": int(dead.stdout)}})})
            conn.execute(text("INSERT INTO runs (started_at, status, paths, version, counts) "
                              "VALUES ('2026-01-01', 'running', '[]', 'x', :c)"),
                         {"c": json.dumps(runs.owner())})  # this process: alive
        store.ingest([str(articles)])
        statuses = [status for status, _ in run_rows(store)]
    assert statuses == ["failed", "running", "done"]


def _state(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next((line.split()[1] for line in f if line.startswith("State:")), None)
    except OSError:
        return None


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to watch processes")
def test_a_worker_ends_when_its_parent_is_killed(tmp_path):
    child = textwrap.dedent("""
        import time
        from summitry.batch.watchdog import watch_parent
        watch_parent(poll=0.1)
        time.sleep(60)
    """)
    parent = textwrap.dedent(f"""
        import subprocess, sys, time
        p = subprocess.Popen([sys.executable, "-c", {child!r}])
        print(p.pid, flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    worker = int(proc.stdout.readline())
    time.sleep(0.5)
    assert _state(worker) not in (None, "Z")
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _state(worker) not in (None, "Z"):
        time.sleep(0.1)
    assert _state(worker) in (None, "Z")
    if _state(worker) == "Z":  # adopted by an init that does not reap: nothing left running
        with contextlib.suppress(ChildProcessError):
            os.waitpid(worker, os.WNOHANG)


def test_worker_processes_skip_a_bad_document_and_store_the_rest(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [*ARTICLES, {"id": "ws", "text": "\u200b \n"}])
    with Store(tmp_path / "kb.db") as store:
        summary = store.ingest([str(path)], workers=1, batch_size=2)
        assert summary.new == len(ARTICLES) and summary.skipped == 1
