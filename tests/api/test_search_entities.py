"""Entity-aware search: a query that names an actor in one language finds the articles
about it in the others; snippets are word-level."""

from __future__ import annotations

from fastapi.testclient import TestClient

from summitry.store.database import Store
from summitry.store.search_workbench import named_actors, search


def test_a_name_in_any_language_finds_articles_in_every_language(client: TestClient):
    for query in ("东盟", "ASEAN", "東協"):
        hits = client.get("/api/search", params={"q": query}).json()["items"]
        assert {h["lang"] for h in hits} >= {"zh", "en"}, query


def test_ordinary_words_name_no_actor():
    assert named_actors("and") == () and named_actors("talks") == ()
    assert named_actors("俄罗斯") == named_actors("Russia") == ("state:RUS",)


def test_text_hits_come_first_and_none_is_repeated(store: Store):
    found = search(store, "ASEAN", limit=50)
    docs = [h.doc for h in found.hits]
    assert len(docs) == len(set(docs)) == found.total
    with_word = [i for i, h in enumerate(found.hits) if "[ASEAN]" in h.snippet
                 and h.lang == "en"]
    assert with_word and with_word[0] == 0


def test_pages_of_a_mixed_search_add_up(store: Store):
    every = [h.doc for h in search(store, "东盟", limit=50).hits]
    paged = [h.doc for offset in range(len(every))
             for h in search(store, "东盟", limit=1, offset=offset).hits]
    assert paged == every


def test_the_snippet_marks_whole_words_only(client: TestClient):
    for hit in client.get("/api/search", params={"q": "and"}).json()["items"]:
        snippet = hit["snippet"]
        at = snippet.find("[and]")
        assert at >= 0
        assert at == 0 or not snippet[at - 1].isalnum()
