"""After an ingestion run a SQLite store is one file of its real size: the write-ahead log
is folded in and truncated."""

from __future__ import annotations

from store_samples import ARTICLES, write_jsonl

from summitry.store.database import Store


def test_the_write_ahead_log_is_empty_after_a_run_and_the_store_reads_back(tmp_path):
    db = tmp_path / "kb.db"
    with Store(db) as store:
        store.ingest([str(write_jsonl(tmp_path / "a.jsonl", ARTICLES))], workers=0)
        wal = tmp_path / "kb.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        assert store.counts()["documents"] == len(ARTICLES)
    with Store(db) as again:
        assert {h.doc for h in again.search("会谈")} >= {"vna-zh-talks"}
