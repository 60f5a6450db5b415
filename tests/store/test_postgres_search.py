"""PostgreSQL search: Latin-script words through the word index, other text through the
trigram indexes, and both answer what SQLite's trigram search answers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from summitry.store import pg_search
from summitry.store.database import Store
from summitry.store.engine import reading


@pytest.fixture
def store_backend() -> str:
    """This module is about PostgreSQL alone (SQLite's search is tested in test_queries)."""
    return "postgresql"


@pytest.fixture
def pg_store(store: Store) -> Store:
    return store


@pytest.mark.parametrize(("word", "index"), [
    ("ministers", "cleaned_words"),     # Latin letters: the word index
    ("Việt", "cleaned_words"),          # accented Latin letters too
    ("外长", "cleaned_body_trgm"),       # Chinese: trigrams
    ("2023", "cleaned_body_trgm"),      # digits: trigrams
])
def test_each_word_picks_its_index(pg_store: Store, word: str, index: str):
    c = pg_store.t.cleaned
    query = select(c.c.doc_n).where(pg_search.matches_all(c, [word]))
    with reading(pg_store.engine) as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        plan = " ".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
    assert index in plan, plan


@pytest.mark.parametrize("query", ["ministers", "MINISTERS jakarta", "外长", "高官会 Russia",
                                   "nosuchword"])
def test_word_and_trigram_search_find_what_sqlite_finds(pg_store: Store, tmp_path, articles,
                                                        query: str):
    with Store(tmp_path / "twin.db") as twin:
        twin.ingest([str(articles)])
        expected = sorted(h.doc for h in twin.search(query))
    assert sorted(h.doc for h in pg_store.search(query)) == expected
    assert pg_store.search_count(query) == len(expected)


def test_a_word_is_found_as_a_prefix_whatever_its_case(pg_store: Store):
    plural = {h.doc for h in pg_store.search("ministers")}
    assert plural and plural == {h.doc for h in pg_store.search("MINISTERS")}
    # "minister" is a prefix of "ministers" (and of "ministerial"): it finds at least those.
    assert plural <= {h.doc for h in pg_store.search("Minister")}
