"""The commitment pages over a store of the commitment sample articles: the list, one
commitment's timeline with each step linked to its meeting and article, and "what was
agreed" on the meeting page; article text stays escaped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from commitment_samples import AGREEMENT, CHAIN, SUCCESSION
from fastapi.testclient import TestClient
from store_samples import write_jsonl

from summitry.api import create_app
from summitry.store.database import Store

PLANTED = {"id": "planted", "published": "2024-01-05", "title": "越南与泰国外长举行会谈",
           "text": "越南与泰国外长举行会谈\n越通社河内——1月5日，越南外交部长裴青山在河内同泰国外交部长"
                   "举行会谈。\n双方同意建立<script>alert(1)</script>两国外长年度对话机制。(完)"}


@pytest.fixture(scope="module")
def cstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder: Path = tmp_path_factory.mktemp("cweb")
    store = Store(folder / "c.db")
    store.ingest([str(write_jsonl(folder / "a.jsonl", [*CHAIN, *SUCCESSION, PLANTED]))])
    yield store
    store.close()


@pytest.fixture(scope="module")
def web(cstore: Store) -> Iterator[TestClient]:
    with TestClient(create_app(cstore), raise_server_exceptions=False) as client:
        yield client


def test_list_filters_by_actor(web: TestClient):
    html = web.get("/commitments", params={"actor": "Singapore"}).text
    assert AGREEMENT in html and "东盟—新西兰行动计划" not in html
    assert web.get("/commitments", params={"actor": "Atlantis"}).status_code == 404


def test_commitment_page_shows_the_timeline_linked_to_meetings_and_articles(web: TestClient):
    html = web.get("/commitments", params={"actor": "Singapore"}).text
    cid = int(html.split('data-commitment="')[1].split('"')[0])
    page = web.get(f"/commitments/{cid}").text
    order = [page.index(f'data-status="{s}"') for s in ("proposed", "agreed", "signed",
                                                        "reviewed")]
    assert order == sorted(order)
    for article in CHAIN:
        assert f'href="/documents/{article["id"]}"' in page
    assert page.count('class="meeting-link" href="/meetings/') == 4


def test_successor_page_links_its_predecessor(web: TestClient):
    html = web.get("/commitments", params={"actor": ["ASEAN", "New Zealand"]}).text
    assert "东盟—新西兰行动计划(2021-2025年)" in html
    rows = html.split("<tr data-commitment=")[1:]
    new = next(r for r in rows if "2026-2030年" in r.split("</a>")[0])
    cid = int(new.split('"')[1])
    page = web.get(f"/commitments/{cid}").text
    assert 'id="follows"' in page and "东盟—新西兰行动计划(2021-2025年)" in page


def test_meeting_page_says_what_was_agreed_and_escapes_text(web: TestClient, cstore: Store):
    meeting = next(m for m in cstore.meetings() if any(s.doc == "planted" for s in m.sources))
    page = web.get(f"/meetings/{meeting.id}").text
    assert 'id="what-was-agreed"' in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
