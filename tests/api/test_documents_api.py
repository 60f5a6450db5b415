"""Documents: GET /api/documents, /api/documents/{id}, POST /api/documents, /api/search and
/api/stats."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from api_helpers import AUTH, HTML_ARTICLE, NEW_ARTICLES, assert_error, detail_wheres, walk_pages
from fastapi.testclient import TestClient
from store_samples import ARTICLES

ARTICLE = {a["id"]: a for a in ARTICLES}


def spans_of(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span the document carries: entity mentions, times, meeting evidence, dateline."""
    out = [m for e in doc["entities"] for m in e["mentions"]]
    out += list(doc["times"])
    out += [e for m in doc["meetings"] for e in m["evidence"]]
    if doc["dateline"]:
        out.append(doc["dateline"])
    return out


def assert_spans_index_text(doc: dict[str, Any]) -> None:
    text = doc["text"]
    for span in spans_of(doc):
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span


# ---- list ---------------------------------------------------------------------------------
def test_documents_are_listed_newest_first_with_their_meetings(client: TestClient):
    body = client.get("/api/documents").json()
    assert body["total"] == 6 and body["next_offset"] is None
    items = body["items"]
    assert [d["doc"] for d in items] == ["vna-zh-recall", "wire-en-som", "vna-zh-som",
                                         "vna-zh-call", "wire-en-talks", "vna-zh-talks"]
    published = [d["published"] for d in items]
    assert published == sorted(published, reverse=True)
    assert {d["lang"] for d in items} == {"zh", "en"}
    by_doc = {d["doc"]: d for d in items}
    assert len(by_doc["vna-zh-recall"]["meetings"]) == 2  # reports one, recalls another
    assert by_doc["vna-zh-som"]["meetings"] == by_doc["wire-en-som"]["meetings"]
    assert by_doc["vna-zh-talks"]["title"] == ARTICLE["vna-zh-talks"]["title"]


@pytest.mark.parametrize("limit", [1, 4, 5])
def test_document_pages_do_not_overlap_and_together_give_every_document(client: TestClient,
                                                                        limit: int):
    everything = [d["doc"] for d in client.get("/api/documents").json()["items"]]
    ids = [d["doc"] for p in walk_pages(client, "/api/documents", limit) for d in p["items"]]
    assert ids == everything and len(ids) == 6


# ---- one document -------------------------------------------------------------------------
@pytest.mark.parametrize("doc_id", [a["id"] for a in ARTICLES])
def test_a_document_has_its_original_text_and_every_span_indexes_it(client: TestClient,
                                                                    doc_id: str):
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200, r.text[:400]
    doc = r.json()
    assert doc["id"] == doc_id and doc["raw_format"] == "text"
    assert doc["text"] == ARTICLE[doc_id]["text"]
    assert doc["title"] == ARTICLE[doc_id]["title"]
    assert doc["published"] == ARTICLE[doc_id]["published"]
    assert doc["entities"] and doc["meetings"]
    assert_spans_index_text(doc)


def test_a_chinese_document_carries_entities_times_roles_and_linked_meetings(
        client: TestClient):
    doc = client.get("/api/documents/vna-zh-som").json()
    assert doc["lang"] == "zh" and doc["script"] == "Hans"
    assert doc["dateline"]["agency"] == "越通社" and doc["dateline"]["place"] == "河内"
    names = {e["names"].get("zh"): e for e in doc["entities"]}
    assert names["俄罗斯"]["code"] == "RUS"
    assert names["杜雄越"]["roles"][0]["role"] == "deputy_foreign_minister"
    assert [t["value"] for t in doc["times"]] == ["2023-05-10"]
    [meeting] = doc["meetings"]
    assert meeting["ordinal"] == 19 and meeting["linked_meeting"] is not None
    local = {e["id"] for e in doc["entities"]}
    assert set(meeting["chairs"]) <= local and set(meeting["participants"]) <= local


def test_document_meetings_link_to_store_meetings_that_cite_the_document(client: TestClient):
    for article in ARTICLES:
        doc = client.get(f"/api/documents/{article['id']}").json()
        for m in doc["meetings"]:
            linked = client.get(f"/api/meetings/{m['linked_meeting']}").json()
            assert article["id"] in {s["doc"] for s in linked["sources"]}


def test_an_unknown_document_is_a_404(client: TestClient):
    error = assert_error(client.get("/api/documents/no-such-article"), 404, "not_found")
    assert "no-such-article" in error["message"]


def test_a_document_id_is_matched_exactly_not_as_a_pattern(client: TestClient):
    for pattern in ("vna-zh-%", "vna-zh-_alk_", "VNA-ZH-TALKS"):
        assert_error(client.get(f"/api/documents/{quote(pattern)}"), 404)


# ---- search -------------------------------------------------------------------------------
def test_search_finds_chinese_text_and_marks_the_match_in_the_snippet(client: TestClient):
    body = client.get(f"/api/search?q={quote('高官会')}").json()
    assert body["total"] == 1
    [hit] = body["items"]
    assert hit["doc"] == "vna-zh-som" and hit["lang"] == "zh"
    assert "[高官会]" in hit["snippet"]
    listed = {d["doc"]: d for d in client.get("/api/documents").json()["items"]}
    assert hit["meetings"] == listed["vna-zh-som"]["meetings"] != []


def test_search_finds_english_words_in_any_case(client: TestClient):
    body = client.get("/api/search", params={"q": "senior officials"}).json()
    assert [h["doc"] for h in body["items"]] == ["wire-en-som"]
    assert "[Senior]" in body["items"][0]["snippet"]
    assert client.get("/api/search?q=FISHERIES").json()["items"][0]["doc"] == "wire-en-talks"


def test_search_needs_every_word(client: TestClient):
    assert client.get("/api/search", params={"q": "Jakarta fisheries"}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "Hanoi fisheries"}).json()["total"] == 0


def test_search_results_are_paged_without_overlap(client: TestClient):
    everything = client.get(f"/api/search?q={quote('会谈')}").json()
    assert everything["total"] >= 2
    docs = [h["doc"] for p in walk_pages(client, f"/api/search?q={quote('会谈')}", 1)
            for h in p["items"]]
    assert docs == [h["doc"] for h in everything["items"]]
    assert {"vna-zh-talks", "vna-zh-recall"} <= set(docs)


@pytest.mark.parametrize("q", ["nothing like this", '"; DROP TABLE cleaned; --', "高官会 OR",
                               "*", "a\"b", "NEAR(x y)"])
def test_search_for_unmatched_or_odd_text_is_an_answer_not_an_error(client: TestClient,
                                                                    q: str):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text[:400]
    assert r.json()["total"] == len(r.json()["items"])
    assert client.get("/api/stats").json()["cleaned"] == 6


def test_search_needs_a_query(client: TestClient):
    assert detail_wheres(assert_error(client.get("/api/search"), 422)) == {"query.q"}
    assert detail_wheres(assert_error(client.get("/api/search?q="), 422)) == {"query.q"}


# ---- stats --------------------------------------------------------------------------------
def test_stats_count_the_rows_of_each_table(client: TestClient):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 6 and stats["cleaned"] == 6
    assert stats["meetings"] == 4 and stats["sources"] == 7 and stats["series"] == 1
    assert all(isinstance(v, int) and v >= 0 for v in stats.values())


# ---- POST /api/documents ------------------------------------------------------------------
def test_posted_documents_are_ingested_readable_and_their_meetings_listed(writer: TestClient):
    r = writer.post("/api/documents", json=NEW_ARTICLES, headers=AUTH)
    assert r.status_code == 200, r.text[:400]
    result = r.json()
    assert (result["read"], result["new"], result["skipped"]) == (3, 3, 0)
    assert result["meetings_new"] == 3 and result["skips"] == []
    assert isinstance(result["run_id"], int)

    for article in NEW_ARTICLES:
        doc = writer.get(f"/api/documents/{article['id']}").json()
        assert doc["text"] == article["text"] and doc["title"] == article["title"]
        assert_spans_index_text(doc)
    laos = writer.get("/api/meetings?actor=Laos").json()
    assert laos["total"] == 1
    [m] = laos["items"]
    assert m["date"]["start"] == "2024-02-06" and m["location"] == "Vientiane"
    assert [s["doc"] for s in m["sources"]] == ["api-en-vientiane"]
    assert writer.get("/api/meetings?actor=柬埔寨").json()["items"][0]["format"] == "virtual"
    assert writer.get("/api/documents").json()["items"][0]["doc"] == "api-zh-recall-sg"
    stats = writer.get("/api/stats").json()
    assert stats["documents"] == 9 and stats["meetings"] == 7
    assert writer.get(f"/api/search?q={quote('视频会谈')}").json()["items"][0]["doc"] == \
        "api-zh-video"


def test_one_article_may_be_posted_as_an_object_not_a_list(writer: TestClient):
    r = writer.post("/api/documents", json=NEW_ARTICLES[1], headers=AUTH)
    assert r.status_code == 200, r.text[:400]
    assert r.json()["new"] == 1
    assert writer.get("/api/documents/api-en-vientiane").status_code == 200


def test_a_posted_account_of_a_stored_meeting_is_merged_into_it(writer: TestClient):
    meeting = writer.get("/api/meetings?format=phone").json()["items"][0]
    wire = {"id": "api-en-call", "published": "2023-03-21",
            "title": "Vietnamese, Indonesian foreign ministers hold phone talks",
            "text": "Vietnamese, Indonesian foreign ministers hold phone talks\nHanoi (VNA) – "
                    "Foreign Minister Bui Thanh Son held phone talks with his Indonesian "
                    "counterpart Retno Marsudi on March 20.\nThe two ministers exchanged views "
                    "on regional issues of mutual concern./."}
    result = writer.post("/api/documents", json=[wire], headers=AUTH).json()
    assert result["new"] == 1 and result["meetings_merged"] == 1 and result["meetings_new"] == 0
    after = writer.get(f"/api/meetings/{meeting['id']}").json()
    assert {s["doc"] for s in after["sources"]} == {"vna-zh-call", "api-en-call"}
    assert writer.get("/api/meetings").json()["total"] == 4


def test_reposting_the_same_document_changes_nothing(writer: TestClient):
    first = writer.post("/api/documents", json=NEW_ARTICLES, headers=AUTH).json()
    again = writer.post("/api/documents", json=NEW_ARTICLES, headers=AUTH).json()
    assert again["run_id"] != first["run_id"]
    assert (again["read"], again["new"], again["unchanged"]) == (3, 0, 3)
    assert writer.get("/api/meetings").json()["total"] == 7


def test_a_posted_web_page_keeps_its_main_text_and_offsets_index_it(writer: TestClient):
    r = writer.post("/api/documents", json=HTML_ARTICLE, headers=AUTH)
    assert r.status_code == 200 and r.json()["new"] == 1, r.text[:400]
    doc = writer.get("/api/documents/api-en-html").json()
    assert doc["raw_format"] == "html"
    assert "Vivian Balakrishnan" in doc["text"] and "<p>" not in doc["text"]
    assert "Copyright" not in doc["text"]
    assert_spans_index_text(doc)
    assert doc["meetings"][0]["date"]["start"] == "2024-04-03"


def test_a_record_without_text_or_html_is_reported_in_skips_not_a_crash(writer: TestClient):
    good = NEW_ARTICLES[0]
    r = writer.post("/api/documents", json=[{"id": "api-no-text", "title": "无正文"}, good],
                    headers=AUTH)
    assert r.status_code == 200, r.text[:400]
    result = r.json()
    assert (result["read"], result["new"], result["skipped"]) == (2, 1, 1)
    [skip] = result["skips"]
    assert set(skip) == {"source", "line", "kind", "message"}
    assert "api-no-text" in skip["message"]
    assert_error(writer.get("/api/documents/api-no-text"), 404)
    assert writer.get(f"/api/documents/{good['id']}").status_code == 200


def test_an_empty_text_is_reported_in_skips(writer: TestClient):
    result = writer.post("/api/documents", json={"id": "api-empty", "text": ""},
                         headers=AUTH).json()
    assert result["skipped"] == 1 and result["new"] == 0 and len(result["skips"]) == 1


def test_an_empty_list_ingests_nothing(writer: TestClient):
    result = writer.post("/api/documents", json=[], headers=AUTH).json()
    assert (result["read"], result["new"], result["skips"]) == (0, 0, [])
    assert writer.get("/api/stats").json()["documents"] == 6


@pytest.mark.parametrize("body", [
    {"text": "越通社河内——没有编号的稿件。"},  # no id
    {"id": "", "text": "Hanoi (VNA) – An article with an empty id./."},
    {"id": 12, "text": "Hanoi (VNA) – An id that is a number./."},
    {"id": "api-x", "text": ["not", "a", "string"]},
    "just a string",
    [{"id": "api-ok", "text": "fine"}, {"title": "no id"}],
], ids=["no-id", "empty-id", "numeric-id", "text-list", "string", "one-bad-in-list"])
def test_a_malformed_body_is_a_422_and_ingests_nothing(writer: TestClient, body: Any):
    error = assert_error(writer.post("/api/documents", json=body, headers=AUTH), 422,
                         "invalid_request")
    assert error["details"] and all(d["where"].startswith("body") for d in error["details"])
    assert writer.get("/api/stats").json()["documents"] == 6


def test_a_body_that_is_not_json_is_a_422(writer: TestClient):
    r = writer.post("/api/documents", content=b'{"id": "api-x", "text": ',
                    headers={**AUTH, "Content-Type": "application/json"})
    assert_error(r, 422, "invalid_request")


def test_more_than_1000_documents_in_one_post_is_a_413(writer: TestClient):
    batch = [{"id": f"api-bulk-{i}", "text": "Hanoi (VNA) – Bulk./."} for i in range(1001)]
    error = assert_error(writer.post("/api/documents", json=batch, headers=AUTH), 413,
                         "payload_too_large")
    assert "1000" in error["message"]
    assert writer.get("/api/stats").json()["documents"] == 6


def test_a_search_counts_to_its_page_and_says_when_its_total_is_a_lower_bound(
        client: TestClient):
    whole = client.get("/api/search", params={"q": "越南", "limit": 500}).json()
    assert whole["total_is_lower_bound"] is False and whole["next_offset"] is None
    assert whole["total"] == len(whole["items"]) >= 3
    # One hit a page: each page counts up to one past itself, so it knows a next page
    # exists without counting every match, and says its total is only a lower bound.
    seen, offset = [], 0
    while offset is not None:
        body = client.get("/api/search", params={"q": "越南", "limit": 1,
                                                 "offset": offset}).json()
        assert body["total"] <= whole["total"]
        if body["next_offset"] is not None:
            assert body["total"] > offset + 1 or body["total_is_lower_bound"] is False
        seen.extend(body["items"])
        offset = body["next_offset"]
    assert seen == whole["items"]
    first = client.get("/api/search", params={"q": "越南", "limit": 1}).json()
    assert first["total_is_lower_bound"] is True and first["next_offset"] == 1
    exact = client.get("/api/search", params={"q": "高官会"}).json()
    assert exact["total_is_lower_bound"] is False
