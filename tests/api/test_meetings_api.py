"""GET /api/meetings, /api/meetings/{id} and /api/dyads: contents, pagination, filters."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from api_helpers import assert_error, detail_wheres, walk_pages
from fastapi.testclient import TestClient
from store_samples import ARTICLES, meeting_of

from summitry.store.database import Store

TEXTS = {a["id"]: a["text"] for a in ARTICLES}
SOURCE_FIELDS = {"id", "doc", "reported", "title", "published", "name", "date", "score",
                 "reason"}


def dates(body: dict) -> list[str]:
    return [m["date"]["start"] for m in body["items"]]


# ---- the list and one meeting --------------------------------------------------------------
def test_meetings_list_every_stored_meeting_in_date_order(client: TestClient, store: Store):
    body = client.get("/api/meetings").json()
    assert body["total"] == 4 == len(body["items"])
    assert [m["id"] for m in body["items"]] == [m.id for m in store.meetings()]
    assert dates(body) == sorted(dates(body))
    assert dates(body) == ["2023-03-14", "2023-03-20", "2023-05-10", "2023-09-05"]
    assert (body["limit"], body["offset"], body["next_offset"]) == (50, 0, None)


def test_listed_meetings_carry_actor_objects_and_every_source_in_full(client: TestClient):
    items = client.get("/api/meetings").json()["items"]
    talks = next(m for m in items if m["date"]["start"] == "2023-03-14")
    assert {a["id"] for a in talks["participants"]} >= {"state:VNM", "state:IDN",
                                                         "person:bui-thanh-son",
                                                         "person:retno-marsudi"}
    assert all(set(a) == {"id", "type", "code", "name"} for a in talks["participants"])
    assert {s["doc"] for s in talks["sources"]} == {"vna-zh-talks", "wire-en-talks",
                                                    "vna-zh-recall"}
    for s in talks["sources"]:
        assert set(s) == SOURCE_FIELDS
        assert isinstance(s["id"], int) and s["title"] and s["published"]
    recall = next(s for s in talks["sources"] if s["doc"] == "vna-zh-recall")
    assert recall["reported"] is False and recall["date"] == "2023-03"
    assert recall["score"] is not None and recall["reason"]


def test_meeting_evidence_offsets_index_the_original_articles(client: TestClient):
    items = client.get("/api/meetings").json()["items"]
    assert all(m["evidence"] for m in items)
    for m in items:
        for e in m["evidence"]:
            assert TEXTS[e["doc"]][e["start"]:e["end"]] == e["text"], e


def test_one_meeting_has_its_sources_evidence_chairs_and_link_history(client: TestClient,
                                                                      store: Store):
    mid = meeting_of(store, "vna-zh-som")
    r = client.get(f"/api/meetings/{mid}")
    assert r.status_code == 200, r.text
    m = r.json()
    assert m["id"] == mid and m["kind"] == "conference" and m["ordinal"] == 19
    assert m["level"] == "senior_officials" and m["date"] == {"start": "2023-05-10",
                                                                "end": "2023-05-10"}
    assert {c["id"] for c in m["chairs"]} == {"person:do-hung-viet", "person:andrey-rudenko"}
    assert {s["doc"] for s in m["sources"]} == {"vna-zh-som", "wire-en-som"}
    assert {e["doc"] for e in m["evidence"]} == {"vna-zh-som", "wire-en-som"}
    history = m["history"]
    assert history[0]["action"] == "new"
    assert "merge" in {h["action"] for h in history}
    assert {h["doc_id"] for h in history} == {"vna-zh-som", "wire-en-som"}


def test_one_meeting_equals_its_entry_in_the_list(client: TestClient):
    for listed in client.get("/api/meetings").json()["items"]:
        one = client.get(f"/api/meetings/{listed['id']}").json()
        assert {k: v for k, v in one.items() if k != "history"} == listed


def test_an_unknown_meeting_is_a_404(client: TestClient):
    error = assert_error(client.get("/api/meetings/999"), 404, "not_found")
    assert "999" in error["message"]


@pytest.mark.parametrize("bad", ["0", "-3", "abc", "1.5"])
def test_a_meeting_id_that_is_not_a_positive_integer_is_a_422(client: TestClient, bad: str):
    error = assert_error(client.get(f"/api/meetings/{bad}"), 422, "invalid_request")
    assert detail_wheres(error) == {"path.meeting_id"}


# ---- pagination ---------------------------------------------------------------------------
@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5])
def test_meeting_pages_do_not_overlap_and_together_give_every_meeting(client: TestClient,
                                                                      limit: int):
    everything = [m["id"] for m in client.get("/api/meetings").json()["items"]]
    pages = walk_pages(client, "/api/meetings", limit)
    ids = [m["id"] for p in pages for m in p["items"]]
    assert ids == everything  # same order, no repeats, nothing missing
    assert all(p["total"] == 4 for p in pages)
    assert all(len(p["items"]) == limit for p in pages[:-1])
    assert len(pages) == -(-4 // limit)


def test_next_offset_points_to_the_next_page_and_is_null_on_the_last(client: TestClient):
    first = client.get("/api/meetings?limit=3").json()
    assert first["next_offset"] == 3 and len(first["items"]) == 3
    last = client.get("/api/meetings?limit=3&offset=3").json()
    assert last["next_offset"] is None and len(last["items"]) == 1
    exact = client.get("/api/meetings?limit=2&offset=2").json()
    assert exact["next_offset"] is None and len(exact["items"]) == 2  # ends exactly at total


def test_an_offset_past_the_end_is_an_empty_last_page(client: TestClient):
    body = client.get("/api/meetings?offset=10").json()
    assert body == {"total": 4, "limit": 50, "offset": 10, "next_offset": None,
                    "total_is_lower_bound": False, "items": []}


@pytest.mark.parametrize("url", ["/api/meetings", "/api/actors", "/api/documents",
                                 "/api/search?q=会谈", "/api/dyads?a=VNM&b=IDN"])
@pytest.mark.parametrize("limit", ["0", "501", "-1", "ten"])
def test_a_limit_outside_1_to_500_is_a_422_naming_limit(client: TestClient, url: str,
                                                         limit: str):
    sep = "&" if "?" in url else "?"
    error = assert_error(client.get(f"{url}{sep}limit={limit}"), 422, "invalid_request")
    assert detail_wheres(error) == {"query.limit"}


@pytest.mark.parametrize("url", ["/api/meetings", "/api/actors", "/api/documents",
                                 "/api/search?q=会谈"])
def test_limits_of_1_and_500_are_accepted(client: TestClient, url: str):
    sep = "&" if "?" in url else "?"
    for limit in (1, 500):
        r = client.get(f"{url}{sep}limit={limit}")
        assert r.status_code == 200, r.text
        assert r.json()["limit"] == limit


def test_a_negative_offset_is_a_422_naming_offset(client: TestClient):
    error = assert_error(client.get("/api/meetings?offset=-1"), 422)
    assert detail_wheres(error) == {"query.offset"}


# ---- filters ------------------------------------------------------------------------------
def test_repeated_actor_means_meetings_involving_all_of_them(client: TestClient):
    both = client.get("/api/meetings?actor=Vietnam&actor=Russia").json()
    assert both["total"] == 1 and both["items"][0]["ordinal"] == 19
    pair = client.get("/api/meetings?actor=Vietnam&actor=Indonesia").json()
    assert pair["total"] == 3
    for m in pair["items"]:
        assert {"state:VNM", "state:IDN"} <= {a["id"] for a in m["participants"]}
    none = client.get("/api/meetings?actor=Indonesia&actor=Russia").json()
    assert none["total"] == 0 and none["items"] == []
    three = client.get("/api/meetings?actor=VNM&actor=IDN&actor=person:retno-marsudi").json()
    assert three["total"] == 2  # the talks and the call; not the ambassador's call


@pytest.mark.parametrize("ref", ["Russia", "RUS", "state:RUS", "俄罗斯", "rus"])
def test_the_actor_filter_takes_an_id_a_code_or_a_name_in_any_language(client: TestClient,
                                                                        ref: str):
    body = client.get(f"/api/meetings?actor={quote(ref)}").json()
    assert [m["ordinal"] for m in body["items"]] == [19], ref


def test_the_actor_filter_matches_chinese_names_of_people(client: TestClient):
    body = client.get("/api/meetings", params={"actor": ["裴青山", "印度尼西亚"]}).json()
    assert body["total"] == 3
    assert {m["kind"] for m in body["items"]} == {"talks", "call"}


def test_an_unknown_actor_in_the_filter_is_a_404_not_an_empty_page(client: TestClient):
    error = assert_error(client.get("/api/meetings?actor=Atlantis"), 404, "not_found")
    assert "Atlantis" in error["message"]


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2023-03", "2023-03", ["2023-03-14", "2023-03-20"]),
    ("2023-05-10", "2023-05-10", ["2023-05-10"]),
    ("2023-03-15", None, ["2023-03-20", "2023-05-10", "2023-09-05"]),
    (None, "2023-04", ["2023-03-14", "2023-03-20"]),
    ("2023", "2023", ["2023-03-14", "2023-03-20", "2023-05-10", "2023-09-05"]),
    ("2024", None, []),
    (None, "2022", []),
    ("2023-06", "2023-04", []),
])
def test_since_and_until_take_partial_dates_and_include_their_whole_span(
        client: TestClient, since: str | None, until: str | None, expected: list[str]):
    params = {k: v for k, v in (("since", since), ("until", until)) if v}
    body = client.get("/api/meetings", params=params).json()
    assert dates(body) == expected
    assert body["total"] == len(expected)


def test_format_level_and_kind_filters_keep_only_matching_meetings(client: TestClient):
    phone = client.get("/api/meetings?format=phone").json()["items"]
    assert [(m["kind"], m["format"]) for m in phone] == [("call", "phone")]
    som = client.get("/api/meetings?level=senior_officials").json()["items"]
    assert [m["ordinal"] for m in som] == [19]
    conf = client.get("/api/meetings?kind=conference").json()
    assert conf["total"] == 1 and all(m["kind"] == "conference" for m in conf["items"])
    talks = client.get("/api/meetings?kind=talks&format=in_person").json()
    assert talks["total"] == 2
    assert client.get("/api/meetings?format=virtual").json()["total"] == 0


def test_filters_combine_with_actors_and_pagination(client: TestClient):
    body = client.get("/api/meetings?actor=越南&actor=印度尼西亚&format=phone").json()
    assert body["total"] == 1 and body["items"][0]["date"]["start"] == "2023-03-20"
    page = client.get("/api/meetings?actor=VNM&since=2023-03&limit=1&offset=1").json()
    assert page["total"] == 4 and page["next_offset"] == 2
    assert dates(page) == ["2023-03-20"]


def test_the_reported_filter_keeps_only_meetings_some_article_reports(extended: TestClient):
    everything = extended.get("/api/meetings").json()
    assert everything["total"] == 7
    recalled = [m for m in everything["items"] if m["date"]["start"] == "2022-11"]
    assert len(recalled) == 1 and recalled[0]["reported"] is False
    reported = extended.get("/api/meetings?reported=true").json()
    assert reported["total"] == 6
    assert all(m["reported"] for m in reported["items"])
    assert recalled[0]["id"] not in {m["id"] for m in reported["items"]}
    # reported=false asks for the other side: meetings articles only recall (issue 20).
    only_recalled = extended.get("/api/meetings?reported=false").json()
    assert [m["id"] for m in only_recalled["items"]] == [recalled[0]["id"]]


def test_the_virtual_format_filter_finds_a_video_call(extended: TestClient):
    body = extended.get("/api/meetings?format=virtual").json()
    assert body["total"] == 1
    assert {a["id"] for a in body["items"][0]["participants"]} >= {"state:KHM",
                                                                    "person:prak-sokhonn"}


@pytest.mark.parametrize(("param", "value"), [("format", "zoom"), ("level", "head_of_state"),
                                              ("kind", "meeting"), ("reported", "maybe"),
                                              ("format", "PHONE")])
def test_an_invalid_enum_value_is_a_422_naming_the_parameter(client: TestClient, param: str,
                                                             value: str):
    error = assert_error(client.get(f"/api/meetings?{param}={value}"), 422, "invalid_request")
    assert detail_wheres(error) == {f"query.{param}"}
    assert param in error["message"]


@pytest.mark.parametrize("param", ["since", "until"])
@pytest.mark.parametrize("value", ["March", "2023-3", "14/03/2023", "20230314", "2023-03-14T10"])
def test_a_malformed_date_is_a_422_naming_the_parameter(client: TestClient, param: str,
                                                        value: str):
    error = assert_error(client.get("/api/meetings", params={param: value}), 422,
                         "invalid_request")
    assert detail_wheres(error) == {f"query.{param}"}


# Regression: found while writing these tests, a date of the right shape but out of range
# (2023-13) passed the route's pattern and the store refused it as a SummitryError (400
# bad_request, details null), while the store clamped 2023-12-32 and 2023-02-30 to the
# month's last day and answered 200. routes.real_date now refuses them as a 422.
@pytest.mark.parametrize("param", ["since", "until"])
@pytest.mark.parametrize("value", ["2023-13", "2023-00", "2023-12-32", "2023-02-30",
                                   "2023-02-29", "2023-04-31"])
def test_an_impossible_date_is_a_422_naming_the_parameter(client: TestClient, param: str,
                                                          value: str):
    error = assert_error(client.get("/api/meetings", params={param: value}), 422,
                         "invalid_request")
    assert detail_wheres(error) == {f"query.{param}"}


def test_a_leap_day_is_a_real_date(client: TestClient):
    r = client.get("/api/meetings?since=2024-02-29")
    assert r.status_code == 200, r.text[:400]
    assert r.json()["total"] == 0


def test_dyad_filters_refuse_invalid_values_like_the_meeting_list(client: TestClient):
    error = assert_error(client.get("/api/dyads?a=VNM&b=IDN&kind=summit"), 422)
    assert detail_wheres(error) == {"query.kind"}


# ---- dyads --------------------------------------------------------------------------------
def test_a_dyad_gives_both_actors_meetings_per_year_and_their_meetings(client: TestClient):
    r = client.get("/api/dyads?a=Vietnam&b=Indonesia")
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["a"] == {"id": "state:VNM", "type": "state", "code": "VNM", "name": "Vietnam"}
    assert d["b"]["id"] == "state:IDN"
    assert d["per_year"] == {"2023": 3}
    page = d["meetings"]
    assert page["total"] == 3 and page["next_offset"] is None and page["limit"] == 200
    assert dates(page) == ["2023-03-14", "2023-03-20", "2023-09-05"]
    for m in page["items"]:
        assert {"state:VNM", "state:IDN"} <= {a["id"] for a in m["participants"]}


def test_a_dyad_takes_chinese_names_and_codes_in_either_order(client: TestClient):
    zh = client.get(f"/api/dyads?a={quote('印度尼西亚')}&b={quote('越南')}").json()
    en = client.get("/api/dyads?a=VNM&b=idn").json()
    assert zh["a"]["id"] == "state:IDN" and zh["b"]["id"] == "state:VNM"
    assert [m["id"] for m in zh["meetings"]["items"]] == [m["id"] for m in en["meetings"]["items"]]


def test_a_dyad_applies_the_meeting_filters_to_meetings_and_per_year(client: TestClient):
    d = client.get("/api/dyads?a=VNM&b=IDN&format=phone").json()
    assert d["per_year"] == {"2023": 1} and d["meetings"]["total"] == 1
    assert d["meetings"]["items"][0]["kind"] == "call"
    empty = client.get("/api/dyads?a=VNM&b=IDN&since=2024").json()
    assert empty["per_year"] == {} and empty["meetings"]["total"] == 0


def test_a_dyad_of_actors_that_never_met_is_empty(client: TestClient):
    d = client.get("/api/dyads?a=Indonesia&b=Russia").json()
    assert d["meetings"]["total"] == 0 and d["meetings"]["items"] == [] and d["per_year"] == {}


def test_dyad_meeting_pages_do_not_overlap_and_give_every_meeting(client: TestClient):
    first = client.get("/api/dyads?a=VNM&b=IDN&limit=2").json()["meetings"]
    assert first["total"] == 3 and first["next_offset"] == 2 and len(first["items"]) == 2
    second = client.get("/api/dyads?a=VNM&b=IDN&limit=2&offset=2").json()["meetings"]
    assert second["next_offset"] is None and len(second["items"]) == 1
    everything = client.get("/api/dyads?a=VNM&b=IDN").json()["meetings"]["items"]
    assert [m["id"] for m in first["items"] + second["items"]] == [m["id"] for m in everything]


def test_a_dyad_with_an_unknown_actor_is_a_404(client: TestClient):
    error = assert_error(client.get("/api/dyads?a=Vietnam&b=Atlantis"), 404, "not_found")
    assert "Atlantis" in error["message"]


@pytest.mark.parametrize(("query", "missing"), [("a=Vietnam", "query.b"), ("b=Vietnam", "query.a"),
                                                ("a=&b=Vietnam", "query.a")])
def test_a_dyad_needs_both_actors(client: TestClient, query: str, missing: str):
    error = assert_error(client.get(f"/api/dyads?{query}"), 422, "invalid_request")
    assert detail_wheres(error) == {missing}


def test_the_filter_types_are_the_contract_vocabularies():
    from typing import get_args

    from summitry.api import routes
    from summitry.records import FORMATS, KINDS, LEVELS

    assert get_args(routes.Kind) == KINDS
    assert get_args(routes.Format) == FORMATS
    assert get_args(routes.Level) == LEVELS
