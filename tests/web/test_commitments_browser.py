"""The commitment timeline in a real browser, over a store holding the shared dev sets: the
2016-2020 ASEAN-Russia plan (reviewed) and its successor 2021-2025 plan (drafting), each
step linked to its meeting and evidence, as ``summitry commitments --actor ASEAN --actor
Russia`` lists them. Skipped without ../shared or without a browser, as test_browser is."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import browser, page, shoot  # noqa: F401 - fixtures and helper reused

from summitry.api import create_app
from summitry.store.commitment_queries import CommitmentFilter, commitments
from summitry.store.database import Store
from summitry.store.engine import reading

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    corpora = [SHARED / "dev.jsonl", SHARED / "dev2.jsonl"]
    if not all(p.exists() for p in corpora):
        pytest.skip("../shared (the dev corpus) is not present")
    store = Store(tmp_path_factory.mktemp("devweb") / "kb.db")
    store.ingest([str(p) for p in corpora])
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(dev_store: Store) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(dev_store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def plans(store: Store) -> dict[tuple[str | None, str | None] | None, Any]:
    ids = (store.resolve_actor("ASEAN")[0], store.resolve_actor("Russia")[0])
    with reading(store.engine) as conn:
        found = commitments(conn, CommitmentFilter(ids, kind="plan_of_action"))
    return {r.period: r for r in found}


def test_the_store_holds_the_plan_and_its_successor(dev_store: Store):
    found = plans(dev_store)
    old, new = found[("2016", "2020")], found[("2021", "2025")]
    assert (old.status, new.status) == ("reviewed", "drafting")
    assert new.follows == (old.id, old.name)
    assert all(s.meeting_id and s.evidence for s in (*old.steps, *new.steps))


def test_an_analyst_follows_the_plan_to_its_successor(page: Any, dev_store: Store):  # noqa: F811
    found = plans(dev_store)
    old, new = found[("2016", "2020")], found[("2021", "2025")]
    page.goto("/commitments?actor=ASEAN&actor=Russia")
    rows = page.locator("#commitments-table tbody tr[data-commitment]")
    assert rows.count() >= 2
    shoot(page, "11-commitments")
    page.locator(f"tr[data-commitment='{new.id}'] a.commitment-link").click()
    page.wait_for_url(f"**/commitments/{new.id}")
    assert page.locator("#commitment-status").inner_text() == "drafting"
    step = page.locator("#status-timeline li.step").first
    assert step.get_attribute("data-status") == "drafting"
    assert step.locator(".evidence .said").inner_text().find("2021-2025") >= 0
    shoot(page, "12-commitment-successor")
    page.locator("#follows a").click()
    page.wait_for_url(f"**/commitments/{old.id}")
    assert page.locator("#commitment-status").inner_text() == "reviewed"
    assert page.locator("#status-timeline li.step[data-status='reviewed']").count() >= 1
    shoot(page, "13-commitment-reviewed")
    page.locator("#status-timeline li.step a.meeting-link").first.click()
    page.wait_for_url("**/meetings/*")
    assert page.locator("#what-was-agreed").count() == 1
    assert page.locator(f"ul.agreed li[data-commitment='{old.id}']").count() == 1
    shoot(page, "14-meeting-agreed")
