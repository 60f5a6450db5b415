"""Ingestion: idempotent, changed documents replaced, bad input skipped with its reason,
batches atomic."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from store_samples import ARTICLES, dump, meeting_of, write_jsonl

from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.packing import unpack_text


def test_ingesting_the_same_documents_twice_changes_nothing(store_target, tmp_path, articles):
    with Store(store_target("kb")) as store:
        first = store.ingest([str(articles)])
        before = dump(store)
        second = store.ingest([str(articles)])
        assert dump(store) == before
    assert first.new == len(ARTICLES) and first.unchanged == 0
    assert second.new == 0 and second.unchanged == len(ARTICLES)
    assert second.meetings_new == second.meetings_merged == 0


def test_a_changed_document_replaces_its_old_facts(store_target, tmp_path, articles):
    with Store(store_target("kb")) as store:
        store.ingest([str(articles)])
        som = meeting_of(store, "vna-zh-som")
        changed = [dict(a) for a in ARTICLES if a["id"] == "wire-en-som"]
        changed[0]["text"] = changed[0]["text"].replace("May 10", "May 12")
        summary = store.ingest([str(write_jsonl(tmp_path / "fix.jsonl", changed))])
        assert summary.changed == 1 and summary.new == 0
        with reading(store.engine) as conn:
            n = conn.execute(text("SELECT count(*) FROM sources WHERE doc_id='wire-en-som'")
                             ).scalar()
        assert n == 1  # replaced, not added
        # May 12 cannot be the 19th SOM of May 10 reported by the Chinese article: the
        # corrected account now stands apart, and the old meeting keeps its other source.
        assert [s.doc for s in store.meeting(som).sources] == ["vna-zh-som"]
        assert store.meeting(meeting_of(store, "wire-en-som")).date_start == "2023-05-12"


def test_a_meeting_whose_only_source_changed_away_is_dropped(store_target, tmp_path):
    record = {"id": "x", "published": "2023-03-21", "text": ARTICLES[2]["text"]}
    path = write_jsonl(tmp_path / "a.jsonl", [record])
    with Store(store_target("kb")) as store:
        store.ingest([str(path)])
        assert len(store.meetings()) == 1
        record["text"] = "越通社河内——3月21日，河内天气晴朗。(完)"
        summary = store.ingest([str(write_jsonl(path, [record]))])
        assert summary.meetings_dropped == 1
        assert len(store.meetings()) == 0
        assert store.counts()["documents"] == 1


def test_bad_inputs_are_skipped_with_their_reasons_and_the_rest_is_stored(store_target, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(ARTICLES[0], ensure_ascii=False), "{not json", json.dumps({"id": "e"}),
             json.dumps(ARTICLES[1], ensure_ascii=False)]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "gbk.txt").write_bytes(ARTICLES[2]["text"].encode("gbk"))
    with Store(store_target("kb")) as store:
        summary = store.ingest([str(folder)])
        assert summary.new == 3  # two JSONL records and the GBK file
        assert summary.skipped == 4
        assert set(summary.reasons) >= {"MalformedRecordError", "EmptyDocumentError"}
        with reading(store.engine) as conn:
            skips = conn.execute(text("SELECT source, line, kind FROM skips")).all()
        assert any(line == 2 and kind == "MalformedRecordError" for _, line, kind in skips)
        assert any(str(source).endswith("image.txt") for source, _, _ in skips)


def test_a_batch_that_fails_to_write_leaves_no_trace(store_target, tmp_path, articles, monkeypatch):
    from summitry.store import writer

    with Store(store_target("kb")) as store:
        calls = {"n": 0}
        original = writer.Writer.write

        def failing(self, doc, force=False):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OperationalError("INSERT", {}, sqlite3.OperationalError(
                    "database or disk is full"))
            return original(self, doc, force)

        monkeypatch.setattr(writer.Writer, "write", failing)
        with pytest.raises(OperationalError):
            store.ingest([str(articles)], batch_size=4)
        monkeypatch.undo()
        # Nothing of the failed batch (documents 1-4) was committed, and the run says so.
        assert store.counts()["documents"] == 0
        with reading(store.engine) as conn:
            status, counts = conn.execute(text("SELECT status, counts FROM runs")).one()
        assert status == "failed" and "disk is full" in counts
        store.ingest([str(articles)], batch_size=4)
        assert store.counts()["documents"] == len(ARTICLES)


def test_worker_processes_give_the_same_store_as_one_process(store_target, tmp_path, articles):
    with Store(store_target("one")) as one, Store(store_target("two")) as two:
        one.ingest([str(articles)])
        two.ingest([str(articles)], workers=2, batch_size=2)
        assert one.counts()["documents"] == len(ARTICLES)
        assert dump(one) == dump(two)


def test_a_document_given_twice_in_one_run_is_stored_once(store_target, tmp_path, articles):
    with Store(store_target("kb")) as store:
        summary = store.ingest([str(articles), str(articles)])
        assert summary.new == len(ARTICLES) and summary.unchanged == len(ARTICLES)
        assert store.counts()["documents"] == len(ARTICLES)


def test_the_raw_input_is_kept_verbatim_with_its_hash(store_target, tmp_path):
    page = ("<html><head><title>越南与老挝外长会谈</title></head><body><article><h1>越南与老挝外长"
            "会谈</h1><p>越通社万象——6月1日，越南外交部长裴青山在万象同老挝外交部长沙伦赛·贡玛西举行"
            "会谈。</p><script>alert(1)</script></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with Store(store_target("kb")) as store:
        store.ingest([str(tmp_path / "page.html")])
        with reading(store.engine) as conn:
            raw, packed, fmt, digest = conn.execute(text(
                "SELECT raw, raw_z, raw_format, content_hash FROM documents")).one()
    # Kept once, compressed when that pays (store.packing), and given back verbatim.
    assert unpack_text(raw, packed) == page and fmt == "html" and len(digest) == 64


def test_the_store_path_may_be_a_url_and_a_bad_url_is_a_clear_error(tmp_path: Path):
    from summitry.errors import ConfigError

    with Store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        assert store.counts()["documents"] == 0
    with pytest.raises(ConfigError):
        Store("nosuchdialect://x")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path):
    from summitry.store.engine import StoreUnavailableError

    (tmp_path / "notes.db").write_text("just some notes, not SQLite\n" * 100)
    with pytest.raises(StoreUnavailableError, match=r"notes\.db"):
        Store(tmp_path / "notes.db")
