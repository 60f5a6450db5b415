"""SQLite's search: a contentless trigram index gives candidates, the stored text confirms
them (summitry.store.fts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import write_jsonl

from summitry.store.database import Store
from summitry.store.engine import reading

ARTICLES = [
    {"id": "kyodo-en", "published": "2024-02-01", "title": "Japan, Philippines hold talks",
     "text": "Japan, Philippines hold talks\nTOKYO (Kyodo) -- Foreign Minister Yoko Kamikawa "
             "held talks with her Philippine counterpart Enrique Manalo in Tokyo on "
             "Thursday.\nThey agreed to deepen defence ties."},
    {"id": "hk-hant", "published": "2024-02-02", "title": "東盟外長會議在新加坡舉行",
     "text": "東盟外長會議在新加坡舉行\n新加坡——東盟外長會議2月2日在新加坡舉行，各國外長就地區局勢"
             "交換意見。"},
    {"id": "tass-en", "published": "2024-02-03", "title": "Lavrov, Wang Yi talk by phone",
     "text": "Lavrov, Wang Yi talk by phone\nMOSCOW, February 3. /TASS/. Russian Foreign "
             "Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi held a telephone "
             "conversation on Saturday, the Russian Foreign Ministry said."},
]


@pytest.fixture
def fts_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "kb.db")
    store.ingest([str(write_jsonl(tmp_path / "a.jsonl", ARTICLES))], workers=0)
    return store


def docs(store: Store, query: str) -> set[str]:
    return {h.doc for h in store.search(query)}


def test_words_of_any_length_are_found_in_titles_and_bodies_any_case(fts_store: Store):
    assert docs(fts_store, "telephone conversation") == {"tass-en"}
    assert docs(fts_store, "LAVROV") == {"tass-en"}
    assert docs(fts_store, "外長") == {"hk-hant"}  # two characters
    assert docs(fts_store, "舉行") == {"hk-hant"}  # the title's last two characters too
    assert docs(fts_store, "talks") == {"kyodo-en"}
    assert fts_store.search_count("Foreign Minister") == 2


def test_trigrams_found_apart_are_not_a_match(fts_store: Store):
    # Every trigram of "mines" (Minister, Chinese) and "hele" (held, telephone) is in the
    # TASS text, the words are not: the text rules them out.
    assert docs(fts_store, "Lavrov Wang") == {"tass-en"}  # words in any order
    assert docs(fts_store, "mines") == set()
    assert docs(fts_store, "hele") == set()
    assert docs(fts_store, "Sergey Wang Yi Kamikawa") == set()  # no article has all
    assert docs(fts_store, "hold talkss") == set()
    assert docs(fts_store, "Philippine Tokyo") == {"kyodo-en"}
    assert docs(fts_store, "Tokyo Philippinesx") == set()


def test_a_changed_document_leaves_no_stale_index_entry(fts_store: Store, tmp_path: Path):
    changed = [{**ARTICLES[2], "text": ARTICLES[2]["text"].replace("telephone", "video")}]
    fts_store.ingest([str(write_jsonl(tmp_path / "b.jsonl", changed))], workers=0)
    assert docs(fts_store, "telephone") == set()
    assert docs(fts_store, "video conversation") == {"tass-en"}
    with reading(fts_store.engine) as conn:
        conn.execute(text("INSERT INTO document_fts(document_fts) VALUES ('integrity-check')"))


def test_search_pages_count_and_snippets(fts_store: Store):
    first = fts_store.search("Minister", limit=1)
    second = fts_store.search("Minister", limit=1, offset=1)
    assert len(first) == len(second) == 1 and first[0].doc != second[0].doc
    assert fts_store.search_count("Minister", cap=1) == 2  # capped: cap + 1
    assert "[Minister]" in first[0].snippet


def test_candidates_confirmed_in_growing_chunks_give_the_same_pages(fts_store: Store,
                                                                    monkeypatch):
    from summitry.store import fts

    queries = ("Foreign Minister", "held talks", "Minister", "talk", "外長會議")
    whole = {q: [h.doc for h in fts_store.search(q)] for q in queries}
    counts = {q: fts_store.search_count(q) for q in queries}
    monkeypatch.setattr(fts, "FIRST_CHUNK", 1)
    monkeypatch.setattr(fts, "CHUNK", 2)  # chunks of 1, 2, 2: every boundary crossed
    for q in queries:
        assert [h.doc for h in fts_store.search(q)] == whole[q], q
        assert fts_store.search_count(q) == counts[q], q
        assert [h.doc for h in fts_store.search(q, 1, 1)] == whole[q][1:2], q
    assert counts["Foreign Minister"] == 2 and whole["Minister"]
