"""The workbench pages in Chromium: the network, the map and the actor's ego network, each
saved as a screenshot beside the other pages' (see test_browser)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_browser import browser, server, shoot  # noqa: F401 - pytest fixtures

from summitry.store.database import Store


@pytest.fixture
def strict_page(browser: Any, server: str) -> Iterator[Any]:  # noqa: F811
    """A page under the app's own content security policy (no bypass): the map and the
    network must draw without inline style or script."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    p = context.new_page()
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def test_network_map_and_ego_network_render(strict_page: Any, web_store: Store):
    page = strict_page
    page.goto("/network")
    assert page.locator("#network-graph circle.node").count() >= 3
    assert page.locator("#network-graph line.edge").count() >= 2
    assert page.locator("#pairs tbody tr").count() == page.locator(
        "#network-graph line.edge").count()
    shoot(page, "09-network")

    page.goto("/map")
    host = page.locator("#places tbody tr[data-country]").first.get_attribute("data-country")
    assert host
    fill = page.locator(f"#world g.{host.lower()}").first.evaluate(
        "e => getComputedStyle(e).fill")
    assert fill.startswith("rgb(") and fill != "rgb(217, 217, 217)"  # shaded, not grey
    other = page.locator("#world g.country:not(.hosted)").first.evaluate(
        "e => getComputedStyle(e).fill")
    assert other == "rgb(217, 217, 217)"
    assert page.locator("#world circle.place").count() >= 1
    shoot(page, "10-map")

    page.goto("/actors/Vietnam")
    assert page.locator("#ego-network circle.center").count() == 1
    assert page.locator("#ego-network circle.node").count() >= 2
    shoot(page, "11-actor-network")
    assert not page.errors


def test_docs_run_offline_under_the_pages_policy(strict_page: Any):
    page = strict_page
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
    page.goto("/docs")
    page.wait_for_selector("#swagger-ui .opblock", timeout=15000)
    assert page.locator("#swagger-ui .opblock").count() >= 5
    shoot(page, "12-docs")
    assert not outside and not page.errors
