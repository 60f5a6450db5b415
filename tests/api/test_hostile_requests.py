"""Hostile and malformed requests: every one is answered in the one error shape, none is a
500, and none makes the server read a body it should not (issue 17, items 1, 2, 4, 8)."""

from __future__ import annotations

import json
import socket
import sqlite3
import time

import pytest
from api_helpers import AUTH, TOKEN, assert_error, make_client
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from summitry.api import create_app
from summitry.store.database import Store

BIG = 2**63  # one past SQLite's largest integer
ARTICLE = {"id": "hostile-1", "text": "Thai and Malaysian foreign ministers met in Bangkok."}


def limited(store: Store, max_body: int = 2000, token: str | None = TOKEN) -> TestClient:
    return TestClient(create_app(store, token=token, pages=False, max_body=max_body),
                      raise_server_exceptions=False)


def chunks(total: int, size: int = 500):
    sent = 0
    while sent < total:
        yield b" " * size
        sent += size


# ---- bodies: cap, chunked bodies, token before body ---------------------------------------

def test_a_declared_body_over_the_cap_is_a_413(store: Store):
    with limited(store) as c:
        r = c.post("/api/documents", content=b"x" * 3000, headers=AUTH)
    error = assert_error(r, 413, "payload_too_large")
    assert "MB" in error["message"]


def test_a_chunked_body_over_the_cap_is_a_413(store: Store):
    with limited(store) as c:
        r = c.post("/api/documents", content=chunks(10_000),
                   headers={**AUTH, "content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert_error(r, 413, "payload_too_large")


def test_a_body_under_the_cap_is_read_whole_and_ingested(store: Store):
    body = json.dumps(ARTICLE).encode()
    with limited(store, max_body=len(body)) as c:
        r = c.post("/api/documents", content=iter([body[:10], body[10:]]),
                   headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["new"] == 1


@pytest.mark.parametrize("token, headers, status", [
    (None, AUTH, 403),                                  # a read-only server
    (TOKEN, {}, 401),                                   # no credentials
    (TOKEN, {"Authorization": "Bearer wrong-token-000000"}, 403),
])
def test_a_write_without_a_valid_token_is_refused_whatever_its_body(store: Store, token,
                                                                     headers, status):
    before = store.counts()["documents"]
    with limited(store, max_body=10**9, token=token) as c:
        r = c.post("/api/documents", content=chunks(50_000),
                   headers={**headers, "content-type": "application/json"})
    assert_error(r, status)
    assert store.counts()["documents"] == before


@pytest.fixture
def serve(store: Store):
    """Start uvicorn over the sample store on a free loopback port; stopped after the
    test. ``serve(token=…, max_body=…)`` returns the port."""
    import threading

    import uvicorn

    servers = []

    def start(**options) -> int:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(store, pages=False, **options),
                                               host="127.0.0.1", port=port,
                                               log_level="critical"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        return port

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


def post_endless_chunks(port: int, headers: bytes, chunks_before_reading: int) -> str:
    """POST a chunked body that never ends; read the answer after a few chunks."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                     + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(chunks_before_reading):
            try:
                sock.sendall(b"400\r\n" + b" " * 1024 + b"\r\n")
            except (BrokenPipeError, ConnectionResetError):
                break  # the server answered and closed: read what it said
        answer = b""
        while b'"code"' not in answer:
            part = sock.recv(65536)
            if not part:
                break
            answer += part
    return answer.decode("latin-1")


def test_a_read_only_server_answers_a_chunked_post_before_its_body_is_sent(serve):
    """The reproducer: a chunked body that never ends, to a server without a token. The
    answer comes after the headers and one chunk, without waiting for the rest."""
    answer = post_endless_chunks(serve(), b"", 1)
    assert answer.startswith("HTTP/1.1 403") and '"code":"forbidden"' in answer


def test_a_chunked_post_over_the_cap_is_refused_while_it_is_still_being_sent(serve):
    port = serve(token=TOKEN, max_body=8 * 1024)
    # Nine chunks of 1 KB: the ninth goes past the 8 KB cap. Sending more would race the
    # server's close (its answer is already on the way) and end in a reset instead.
    answer = post_endless_chunks(port, f"Authorization: Bearer {TOKEN}\r\n".encode(), 9)
    assert answer.startswith("HTTP/1.1 413") and '"code":"payload_too_large"' in answer


# ---- bodies the reader must survive --------------------------------------------------------

@pytest.mark.parametrize("body", [
    b'{"id": "d", "text": "x", "title": ' + b"[" * 1000 + b"]" * 1000 + b"}",
    b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
    b'{"id": "b", "text": "\xff\xfe"}',
    b'{"id": "\\udfff", "text": "Ministers met."}',
    b'{"id": "n", "text": "x", "title": NaN}',
    b"{{{", b"", b"null", b'"text"', b"[1, 2]",
])
def test_malformed_posts_are_4xx_in_the_one_shape(writer: TestClient, body: bytes):
    r = writer.post("/api/documents", content=body,
                    headers={**AUTH, "content-type": "application/json"})
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert_error(r, r.status_code)


def test_a_lone_surrogate_in_a_posted_title_is_replaced_and_warned(writer: TestClient):
    body = b'{"id": "sur-1", "text": "Ministers met in Vientiane.", "title": "Talks \\udfff"}'
    r = writer.post("/api/documents", content=body,
                    headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["new"] == 1 and "surrogate" in r.json()["warnings"][0]


def test_a_bad_published_drops_the_field_not_the_document(writer: TestClient):
    r = writer.post("/api/documents", json={**ARTICLE, "published": "2024-13-45"},
                    headers=AUTH)
    assert r.status_code == 200 and r.json()["new"] == 1
    assert "published" in r.json()["warnings"][0]
    assert writer.get(f"/api/documents/{ARTICLE['id']}").json()["published"] is None


def test_a_blank_document_in_a_list_is_a_skip_with_its_line(writer: TestClient):
    r = writer.post("/api/documents", headers=AUTH,
                    json=[ARTICLE, {"id": "blank", "text": "\u200b\u3000 \n"}])
    body = r.json()
    assert r.status_code == 200 and body["new"] == 1 and body["skipped"] == 1
    assert body["skips"][0]["kind"] == "EmptyDocumentError" and body["skips"][0]["line"] == 2


# ---- parameters: every one validated to its real range -------------------------------------

@pytest.mark.parametrize("url", [
    f"/api/meetings?offset={BIG}", f"/api/actors?offset={BIG}", f"/api/documents?offset={BIG}",
    f"/api/search?q=talks&offset={BIG}", f"/api/dyads?a=VNM&b=IDN&offset={BIG}",
    "/api/meetings?offset=-1", f"/api/meetings?limit={BIG}",
    "/api/meetings/99999999999999999999", f"/api/meetings/{BIG}", "/api/meetings/0",
    "/api/meetings?actor=" + "a" * 50_000, "/api/actors/" + "b" * 50_000,
    "/api/dyads?a=" + "c" * 50_000 + "&b=VNM", "/api/actors?q=" + "d" * 5000,
    "/api/meetings?since=0000", "/api/meetings?until=0000-01", "/api/meetings?since=2023-13",
    "/api/meetings?since=2023-02-30", "/api/meetings?since=20230", "/api/meetings?since=%00",
    "/api/search?q=" + "e" * 5000,
])
def test_out_of_range_parameters_are_422_in_the_one_shape(client: TestClient, url: str):
    assert_error(client.get(url), 422, "invalid_request")


@pytest.mark.parametrize("query", [
    "since=9999-12-31", "until=9999-12-31", "since=0001", "until=0001-01-01",
    "since=9999&until=9999-12", f"offset={BIG - 1}", "since=2024-02-29"])
def test_the_edges_of_every_range_are_valid(client: TestClient, query: str):
    r = client.get(f"/api/meetings?{query}")
    assert r.status_code == 200, r.text
    assert r.json()["items"] == [] or "offset" not in query


def test_a_meeting_id_at_the_64_bit_edge_is_simply_not_found(client: TestClient):
    assert_error(client.get(f"/api/meetings/{BIG - 1}"), 404, "not_found")


def test_ids_with_slashes_open_in_the_api_and_the_pages(store: Store):
    doc = {"id": "xinhua/2024/05/17-001", "text": "Ministers of two states met in Beijing."}
    with make_client(store, TOKEN) as c:
        assert c.post("/api/documents", json=doc, headers=AUTH).json()["new"] == 1
        assert c.get("/api/documents/xinhua/2024/05/17-001").json()["id"] == doc["id"]
        assert c.get("/api/documents/xinhua%2F2024%2F05%2F17-001").status_code == 200
    with TestClient(create_app(store), raise_server_exceptions=False) as pages:
        r = pages.get("/documents/xinhua/2024/05/17-001")
        assert r.status_code == 200 and "Beijing" in r.text


@pytest.mark.parametrize("url", [
    f"/meetings/{BIG}", "/meetings?actor=" + "a" * 50_000, "/meetings?since=0000",
    "/meetings?since=9999-12-31", "/meetings?until=9999-12-31", "/actors/" + "b" * 50_000,
    "/dyad?a=" + "c" * 50_000 + "&b=VNM", "/actors?q=" + "d" * 50_000,
    f"/meetings?page={BIG * 10}", f"/documents?page={BIG}", f"/search?q=x&page={BIG}"])
def test_pages_answer_bad_parameters_without_a_500(store: Store, url: str):
    with TestClient(create_app(store), raise_server_exceptions=False) as pages:
        r = pages.get(url)
    assert r.status_code < 500, (r.status_code, r.text[:300])


# ---- Host allow-list (DNS rebinding) -------------------------------------------------------

@pytest.mark.parametrize("host, ok", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True),
    ("LOCALHOST", True), ("attacker.example:8000", False), ("127.0.0.1.nip.io", False),
    ("", False)])
def test_behind_loopback_only_loopback_host_names_are_answered(store: Store, host, ok):
    app = create_app(store, pages=False,
                     allowed_hosts=["localhost", "127.0.0.1", "[::1]"])
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/stats", headers={"host": host})
    if ok:
        assert r.status_code == 200
    else:
        assert "host" in assert_error(r, 400)["message"]


def test_without_an_allow_list_any_host_is_answered(client: TestClient):
    assert client.get("/api/stats", headers={"host": "kb.example.org"}).status_code == 200


# ---- storage faults ----------------------------------------------------------------------

def test_a_storage_fault_is_a_503_that_says_what_failed(store: Store, monkeypatch):
    def full(*args, **kwargs):
        raise OperationalError("SELECT", {}, sqlite3.OperationalError(
            "database or disk is full"))

    monkeypatch.setattr(Store, "meetings", full)
    with make_client(store) as c:
        error = assert_error(c.get("/api/meetings"), 503, "unavailable")
    assert "disk is full" in error["message"]


@pytest.mark.parametrize("q", ["a%00b", "%00", "%01%02talks", "%ED%A0%80"])
def test_control_characters_in_a_search_are_read_as_spaces(client: TestClient, q: str):
    r = client.get(f"/api/search?q={q}")
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200:
        assert r.json()["total"] >= 0


def test_a_query_the_database_refuses_is_a_500_not_a_storage_fault(store: Store, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("no such column: x"))

    monkeypatch.setattr(Store, "meetings", broken)
    with make_client(store) as c:
        error = assert_error(c.get("/api/meetings"), 500, "internal_error")
    assert "no such column" not in error["message"]
