"""Small API items: reported=false, a dyad of one actor, HEAD /, the favicon, offline /docs."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import update

from summitry.store.database import Store


def test_reported_false_keeps_only_recalled_meetings(client: TestClient, store: Store):
    # One meeting becomes one that articles only recall (as a backgrounder's would be).
    with store.engine.begin() as conn:
        conn.execute(update(store.t.meetings).where(store.t.meetings.c.id == 1)
                     .values(reported=False))
    every = client.get("/api/meetings").json()["total"]
    news = client.get("/api/meetings", params={"reported": "true"}).json()
    recalled = client.get("/api/meetings", params={"reported": "false"}).json()
    assert news["total"] >= 1
    assert news["total"] + recalled["total"] == every
    assert all(not m["reported"] for m in recalled["items"])
    assert all(m["reported"] for m in news["items"])
    assert [m["id"] for m in recalled["items"]] == [1]
    assert recalled["total"] == len([m for m in store.meetings() if not m.reported])


def test_a_dyad_of_one_actor_is_refused(client: TestClient):
    for a, b in (("Vietnam", "Vietnam"), ("Vietnam", "越南"), ("state:VNM", "VNM")):
        r = client.get("/api/dyads", params={"a": a, "b": b})
        assert r.status_code == 422, (a, b)
        assert "two different actors" in r.json()["error"]["message"]
    assert client.get("/api/dyads", params={"a": "Vietnam", "b": "Indonesia"}).status_code == 200


def test_head_root_and_favicon(client: TestClient):
    r = client.head("/", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/meetings"
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg")


def test_docs_are_served_offline(client: TestClient):
    r = client.get("/docs")
    assert r.status_code == 200
    assert "http" not in r.text.replace('href="/', "").split("<body>")[0].split(
        "<title>")[0].replace("<!doctype html>", "")
    assert "<script>" not in r.text  # no inline script: the policy forbids it
    for src in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css",
                "/docs/init.js"):
        assert src in r.text
        asset = client.get(src)
        assert asset.status_code == 200 and len(asset.content) > 100, src
    assert "//" not in client.get("/docs/init.js").text.split("window.ui")[1]
