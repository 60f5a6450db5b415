"""Strict query parameters (an unknown one is refused, named) and CSV downloads of lists."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from summitry.export.tables import MEETING_COLUMNS

LISTS = ("/api/meetings", "/api/actors", "/api/documents", "/api/search?q=talks",
         "/api/dyads?a=Vietnam&b=Indonesia", "/api/commitments")


@pytest.mark.parametrize("path", [*LISTS, "/api/meetings/1", "/api/stats",
                                  "/api/actors/Vietnam", "/api/meetings/1/commitments"])
def test_an_unknown_parameter_is_refused_by_name(client: TestClient, path: str):
    joiner = "&" if "?" in path else "?"
    r = client.get(f"{path}{joiner}levle=summit")
    assert r.status_code == 422, path
    body = r.json()["error"]
    assert body["code"] == "invalid_request"
    assert "'levle'" in body["message"]
    assert [d["where"] for d in body["details"]] == ["query.levle"]


def test_the_message_lists_what_the_endpoint_takes(client: TestClient):
    r = client.get("/api/meetings", params={"actors": "Vietnam", "since": "2023"})
    message = r.json()["error"]["message"]
    assert r.status_code == 422 and "'actors'" in message
    for name in ("actor", "since", "level", "reported", "limit", "output"):
        assert name in message  # the shared filters' parameters are declared, not copied


def test_declared_parameters_still_pass(client: TestClient):
    ok = {"actor": "Vietnam", "since": "2020", "until": "2030", "level": "ministerial",
          "reported": "true", "limit": 5, "offset": 0, "output": "json"}
    assert client.get("/api/meetings", params=ok).status_code == 200
    assert client.get("/api/meetings/1", params={"output": "csv"}).status_code == 422


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_meetings_as_csv_carry_their_sources(client: TestClient):
    as_json = client.get("/api/meetings", params={"limit": 3}).json()
    r = client.get("/api/meetings", params={"limit": 3, "output": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="meetings.csv"' in r.headers["content-disposition"]
    assert r.headers["x-total-count"] == str(as_json["total"])
    rows = _rows(r.text)
    assert list(rows[0]) == list(MEETING_COLUMNS)
    assert [int(row["id"]) for row in rows] == [m["id"] for m in as_json["items"]]
    first = as_json["items"][0]
    assert rows[0]["docs"].split("; ") == [s["doc"] for s in first["sources"]]
    assert rows[0]["source_titles"]  # the articles' titles, to cite them
    if as_json["total"] > 3:
        assert 'rel="next"' in r.headers["link"] and "offset=3" in r.headers["link"]


def test_accept_text_csv_asks_for_csv_and_output_overrides_it(client: TestClient):
    r = client.get("/api/meetings", headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    r = client.get("/api/meetings", params={"output": "json"},
                   headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("application/json")
    # a browser's Accept (html first, */* later) keeps JSON
    r = client.get("/api/meetings", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.headers["content-type"].startswith("application/json")


def test_filters_apply_to_the_csv(client: TestClient):
    ministerial = client.get("/api/meetings", params={"level": "ministerial"}).json()
    rows = _rows(client.get("/api/meetings", params={"level": "ministerial",
                                                     "output": "csv"}).text)
    assert len(rows) == len(ministerial["items"])
    assert {row["level"] for row in rows} <= {"ministerial"}


@pytest.mark.parametrize("path", LISTS)
def test_every_list_downloads_as_csv(client: TestClient, path: str):
    joiner = "&" if "?" in path else "?"
    r = client.get(f"{path}{joiner}output=csv")
    assert r.status_code == 200, path
    assert r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0]  # a header row at least


def test_documents_csv_names_url_and_outlet(client: TestClient):
    rows = _rows(client.get("/api/documents", params={"output": "csv"}).text)
    assert rows and {"doc", "title", "published", "url", "outlet"} <= set(rows[0])


def test_an_unknown_output_is_refused(client: TestClient):
    r = client.get("/api/meetings", params={"output": "xlsx"})
    assert r.status_code == 422 and "output" in r.json()["error"]["message"]
