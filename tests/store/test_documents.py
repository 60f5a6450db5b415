"""Stored documents: one with its extraction, and the listing newest first."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import event

from summitry.store.database import Store
from summitry.store.engine import reading


def test_a_document_carries_its_original_text_and_every_span(store: Store):
    doc = store.document("vna-zh-som")
    for e in doc.extraction["entities"]:
        for m in e["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
    linked = {m["id"]: m["linked_meeting"] for m in doc.to_json()["meetings"]}
    assert linked and all(isinstance(v, int) for v in linked.values())


def test_documents_list_newest_first_with_undated_last(store_target, tmp_path: Path):
    records = [{"id": "a-undated", "text": "越通社河内——越南外交部长裴青山会见老挝驻越南大使。(完)"},
               {"id": "b-old", "published": "2021-04-02",
                "text": "越通社河内——4月1日，越南外交部长裴青山会见老挝驻越南大使。(完)"},
               {"id": "c-new", "published": "2024-09-10",
                "text": "越通社河内——9月9日，越南外交部长裴青山会见老挝驻越南大使。(完)"}]
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    with Store(store_target("kb")) as store:
        store.ingest([str(corpus)])
        total, hits = store.documents(limit=10)
        assert total == 3
        assert [h.doc for h in hits] == ["c-new", "b-old", "a-undated"]
        assert [h.doc for h in store.documents(limit=1, offset=1)[1]] == ["b-old"]


def test_the_listing_walks_the_date_index_instead_of_sorting_every_document(store: Store):
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "FROM cleaned" in statement and "ORDER BY" in statement:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        store.documents(limit=50)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert len(seen) == 1
    statement, parameters = seen[0]
    with reading(store.engine) as conn:
        if store.engine.dialect.name == "postgresql":
            # A handful of rows fit one page, which a scan reads faster than any index:
            # the planner is told scans cost too much, to see whether the index can serve.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            conn.exec_driver_sql("SET LOCAL enable_sort = off")
            plan = " ".join(str(r[0]) for r in conn.exec_driver_sql(
                "EXPLAIN " + statement, parameters))
            assert "cleaned_published" in plan and "Sort" not in plan
            return
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters))
    assert "cleaned_published" in plan and "TEMP B-TREE" not in plan


def test_a_search_count_stops_past_its_cap(store: Store):
    full = store.search_count("越南")  # under three characters: counted by a scan
    assert full >= 3
    assert store.search_count("越南", cap=1) == 2
    assert store.search_count("越南", cap=full) == full
