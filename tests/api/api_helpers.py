"""Helpers for the API tests: the token, the error-shape check and sample articles to POST.

The articles are written for these tests in the style of the Vietnam News Agency's Chinese
service and of wire English; they are not copies of real reports. They tell meetings the
sample store (tests/store/store_samples.py) does not hold: a Vietnam–Cambodia video call in
January 2024, Vietnam–Laos talks in Vientiane in February 2024, and talks with Singapore in
November 2022 that an article of March 2024 only recalls (not reported as news).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

from summitry.api import create_app
from summitry.store.database import Store

#: A token long enough for the server (at least 16 characters).
TOKEN = "api-tests-token-7f3a9c2e41b8"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

NEW_ARTICLES: list[dict[str, str]] = [
    {"id": "api-zh-video", "published": "2024-01-16", "title": "越南与柬埔寨外长举行视频会谈",
     "text": "越南与柬埔寨外长举行视频会谈\n越通社河内——1月16日，越南外交部长裴青山同柬埔寨副首相兼"
             "外交大臣布拉索昆举行视频会谈。\n双方一致同意继续加强两国睦邻友好关系，推动边境地区经贸"
             "合作。(完)"},
    {"id": "api-en-vientiane", "published": "2024-02-07",
     "title": "Vietnamese, Lao foreign ministers hold talks in Vientiane",
     "text": "Vietnamese, Lao foreign ministers hold talks in Vientiane\nVientiane (VNA) – Foreign "
             "Minister Bui Thanh Son held talks with Lao Deputy Prime Minister and Foreign "
             "Minister Saleumxay Kommasith in Vientiane on February 6.\nThe two ministers agreed "
             "to speed up the connection of transport infrastructure between the two countries./."},
    {"id": "api-zh-recall-sg", "published": "2024-03-02", "title": "越南与新加坡推动数字经济合作",
     "text": "越南与新加坡推动数字经济合作\n越通社河内——越南与新加坡正在加快落实数字经济合作协议。\n"
             "2022年11月，越南外交部长裴青山曾同新加坡外交部长维文在新加坡举行会谈。(完)"},
]

#: An article posted as a web page: the server keeps the page's main text.
HTML_ARTICLE = {
    "id": "api-en-html", "published": "2024-04-04",
    "html": "<html><head><title>Vietnam, Singapore foreign ministers hold talks</title></head>"
            "<body><nav><a href=\"/\">Home</a> | <a href=\"/politics\">Politics</a></nav>"
            "<article><h1>Vietnam, Singapore foreign ministers hold talks</h1>"
            "<p>Singapore (VNA) – Foreign Minister Bui Thanh Son held talks with Singaporean "
            "Foreign Minister Vivian Balakrishnan in Singapore on April 3.</p>"
            "<p>The two ministers agreed to deepen cooperation in the digital economy and green "
            "energy, and to hold the next round of political consultations later this "
            "year./.</p></article><footer>Copyright VNA</footer></body></html>"}

ERROR_KEYS = {"status", "code", "message", "details"}


def make_client(store: Store | Path, token: str | None = None) -> TestClient:
    """A client over the API alone (no pages).

    ``raise_server_exceptions=False``: an unexpected failure comes back as the 500 a client
    would see, so a test asserting a status fails on it with the response body.
    """
    return TestClient(create_app(store, token=token, pages=False),
                      raise_server_exceptions=False)


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """``response`` is an error of ``status`` in exactly the API's one error shape; returns
    the inner ``error`` object."""
    assert response.status_code == status, (response.status_code, response.text[:600])
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == ERROR_KEYS, error
    assert error["status"] == status, error
    assert isinstance(error["code"], str) and error["code"], error
    if code is not None:
        assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"], error
    assert error["details"] is None or isinstance(error["details"], list), error
    return error


def detail_wheres(error: dict[str, Any]) -> set[str]:
    """The parameters a 422 error's details name (``query.limit``, ``body.id``…)."""
    assert error["details"], error
    return {d["where"] for d in error["details"]}


def walk_pages(client: Any, url: str, limit: int) -> list[dict[str, Any]]:
    """Every page of a paged list, following ``next_offset`` from offset 0."""
    pages: list[dict[str, Any]] = []
    offset: int | None = 0
    sep = "&" if "?" in url else "?"
    while offset is not None:
        r = client.get(f"{url}{sep}limit={limit}&offset={offset}")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["limit"] == limit and body["offset"] == offset
        pages.append(body)
        offset = body["next_offset"]
        assert len(pages) <= 100, "next_offset never became null"
    return pages


def ingest_records(store: Store, records: list[dict[str, str]]) -> None:
    """Ingest records straight into the store (as `summitry ingest -` would)."""
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    store.ingest(["-"], stdin=io.StringIO(lines))
