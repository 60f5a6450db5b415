"""A partial or shared name lists the actors it may mean instead of choosing one
(store, CLI, API). Articles written for this test: two persons sharing a family name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.store.database import Store

ARTICLES = [
    {"id": "kim-a", "published": "2024-05-02",
     "text": "Seoul (Yonhap) -- Foreign Minister Kim Sung-ho met Deputy Foreign Minister "
             "Kim Ha-neul of the Philippines in Seoul on May 2.\nThey agreed to expand trade."},
    {"id": "kim-b", "published": "2024-06-10",
     "text": "Manila (PNA) -- Deputy Foreign Minister Kim Ha-neul held talks with Foreign "
             "Minister Maria Soledad Reyes of the Philippines on June 10.\nThe two sides "
             "agreed to hold the next round in 2025."},
]


@pytest.fixture
def kims(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "kims.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    s = Store(tmp_path / "kims.db")
    s.ingest([str(path)])
    yield s
    s.close()


def test_a_family_name_two_persons_share_lists_both(kims: Store):
    names = {c.name for c in kims.actor_candidates("Kim")}
    assert {"Kim Sung-ho", "Kim Ha-neul"} <= names


def test_a_whole_name_or_a_code_is_one_actor(kims: Store):
    assert [c.name for c in kims.actor_candidates("Kim Ha-neul")] == ["Kim Ha-neul"]
    assert [c.code for c in kims.actor_candidates("PHL")] == ["PHL"]
    assert kims.actor_candidates("Nobody") == []


def test_the_cli_lists_the_candidates_and_does_not_choose(kims: Store, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]):
    from summitry.cli import main

    kims.close()
    code = main(["actor", "--db", str(tmp_path / "kims.db"), "Kim"])
    out = capsys.readouterr().out
    assert code == 2
    assert "Kim Sung-ho" in out and "Kim Ha-neul" in out


def test_the_api_answers_300_with_the_candidates(kims: Store):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from summitry.api.app import create_app

    client = TestClient(create_app(kims))
    answer = client.get("/api/actors/Kim")
    assert answer.status_code == 300
    assert {"Kim Sung-ho", "Kim Ha-neul"} <= {c["name"] for c in answer.json()["candidates"]}


def test_the_web_page_of_a_shared_name_is_the_list_of_its_actors(kims: Store):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from summitry.api.app import create_app

    client = TestClient(create_app(kims))
    answer = client.get("/actors/Kim", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/actors?q=Kim"
    listing = client.get("/actors?q=Kim")
    assert "Kim Sung-ho" in listing.text and "Kim Ha-neul" in listing.text
