"""v0004 converts a store written by the previous schema (v0003): each text once, records
packed, mentions dropped, the search index contentless, and every document reads back as
it did."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, text
from store_samples import ARTICLES, write_jsonl

from summitry.store import migrations
from summitry.store.database import Store
from summitry.store.engine import create_store_engine, reading, writing
from summitry.store.migrations import migrate
from summitry.store.packing import pack_text


def _old_store(path: str, new: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A v0003 store holding the documents of ``new`` as the old writer stored them: the
    text as ``raw``, the body and the whole record as text, mentions as rows, and an FTS
    table with its own content."""
    real = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: real[:3])
    engine = create_store_engine(path)
    migrate(engine)
    monkeypatch.undo()
    with writing(engine) as conn:
        for i, doc_id in enumerate(sorted(a["id"] for a in ARTICLES), start=1):
            d = new.document(doc_id)
            conn.execute(text(
                "INSERT INTO documents (n, id, content_hash, raw, raw_format, text) "
                "VALUES (:n, :id, :h, :raw, 'text', NULL)"),
                {"n": i, "id": doc_id, "h": f"h{i}", "raw": d.text})
            conn.execute(text(
                "INSERT INTO cleaned (doc_n, doc_id, title, published, lang, script, body, "
                "extraction) VALUES (:n, :id, :title, :pub, :lang, :script, :body, :x)"),
                {"n": i, "id": doc_id, "title": d.title, "pub": d.published, "lang": d.lang,
                 "script": d.script, "body": d.body,
                 "x": json.dumps(d.extraction, ensure_ascii=False)})
            for e in d.extraction["entities"]:
                for m in e["mentions"]:
                    conn.execute(text(
                        'INSERT INTO mentions (doc_n, entity, start, "end", text) '
                        "VALUES (:n, :e, :s, :t, :x)"),
                        {"n": i, "e": e["id"], "s": m["start"], "t": m["end"], "x": m["text"]})
            if conn.dialect.name == "sqlite":
                conn.execute(text("INSERT INTO document_fts(rowid, title, body) "
                                  "VALUES (:n, :t, :b)"),
                             {"n": i, "t": d.title or "", "b": d.body})
    engine.dispose()


def test_a_v0003_store_is_converted_and_reads_back_the_same(store_target, tmp_path,
                                                            monkeypatch):
    with Store(store_target("new")) as new:
        new.ingest([str(write_jsonl(tmp_path / "a.jsonl", ARTICLES))], workers=0)
        old_target = store_target("old")
        _old_store(old_target, new, monkeypatch)
        with Store(old_target) as old:  # opening migrates it
            sqlite = old.engine.dialect.name == "sqlite"
            for a in ARTICLES:
                before, after = new.document(a["id"]), old.document(a["id"])
                assert (after.text, after.body, after.title) == (before.text, before.body,
                                                                 before.title)
                assert after.extraction == before.extraction
            assert {h.doc for h in old.search("会谈")} == {h.doc for h in new.search("会谈")}
            assert old.search_count("senior officials") == 1
            with reading(old.engine) as conn:
                tables = set(inspect(conn).get_table_names())
                packed = conn.execute(text("SELECT count(*) FROM documents "
                                           "WHERE raw_z IS NOT NULL")).scalar()
                kept = conn.execute(text("SELECT count(*) FROM cleaned "
                                         "WHERE body IS NOT NULL")).scalar()
    assert "mentions" not in tables and "cleaned_v4" not in tables
    # SQLite cuts every body out of its text; PostgreSQL keeps it for its search indexes
    assert kept == (0 if sqlite else len(ARTICLES))
    # compressed exactly where that pays
    assert packed == sum(pack_text(a["text"])[1] is not None for a in ARTICLES)
