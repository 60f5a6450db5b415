"""GET /api/commitments, /api/commitments/{id} and /api/meetings/{id}/commitments over a
store of the commitment sample articles (tests/store/commitment_samples.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import assert_error, make_client
from commitment_samples import AGREEMENT, CHAIN, SUCCESSION
from fastapi.testclient import TestClient
from store_samples import write_jsonl

from summitry.store.database import Store


@pytest.fixture(scope="module")
def cclient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder: Path = tmp_path_factory.mktemp("capi")
    store = Store(folder / "c.db")
    store.ingest([str(write_jsonl(folder / "a.jsonl", CHAIN + SUCCESSION))])
    with make_client(store) as client:
        yield client
    store.close()


def test_list_filters_by_actors_and_pages(cclient: TestClient):
    body = cclient.get("/api/commitments", params={"actor": ["ASEAN", "New Zealand"]}).json()
    names = {c["name"] for c in body["items"]}
    assert {"东盟—新西兰行动计划(2021-2025年)", "东盟—新西兰行动计划(2026-2030年)"} <= names
    assert AGREEMENT not in names
    first = cclient.get("/api/commitments", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next_offset"] == 1


def test_one_commitment_has_its_timeline_and_successor(cclient: TestClient):
    items = cclient.get("/api/commitments", params={"kind": "plan_of_action"}).json()["items"]
    new = next(c for c in items if c["period"] == {"start": "2026", "end": "2030"})
    body = cclient.get(f"/api/commitments/{new['id']}").json()
    assert body["status"] == "drafting"
    assert body["follows"]["name"] == "东盟—新西兰行动计划(2021-2025年)"
    assert body["steps"][0]["evidence"] and body["steps"][0]["meeting_id"]


def test_what_was_agreed_at_a_meeting(cclient: TestClient):
    items = cclient.get("/api/commitments", params={"status": "reviewed"}).json()["items"]
    chain = next(c for c in items if c["name"] == AGREEMENT)
    signed = next(s for s in chain["steps"] if s["status"] == "signed")
    body = cclient.get(f"/api/meetings/{signed['meeting_id']}/commitments").json()
    assert [c["status_here"] for c in body["commitments"]] == ["signed"]


def test_errors_have_the_one_shape(cclient: TestClient):
    assert_error(cclient.get("/api/commitments/999"), 404)
    assert_error(cclient.get("/api/commitments", params={"status": "ratified"}), 422)
    assert_error(cclient.get("/api/commitments", params={"actor": "Atlantis"}), 404)
    assert_error(cclient.get("/api/meetings/999/commitments"), 404)
