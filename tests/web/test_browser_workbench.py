"""The workbench pages in Chromium: the network, the map and the actor's ego network, each
saved as a screenshot beside the other pages' (see test_browser)."""

from __future__ import annotations

from typing import Any

from test_browser import browser, page, server, shoot  # noqa: F401 - pytest fixtures

from summitry.store.database import Store


def test_network_map_and_ego_network_render(page: Any, web_store: Store):  # noqa: F811
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
    assert fill not in ("rgb(204, 204, 204)", "", "none")  # shaded, not the map's grey
    shoot(page, "10-map")

    page.goto("/actors/Vietnam")
    assert page.locator("#ego-network circle.center").count() == 1
    assert page.locator("#ego-network circle.node").count() >= 2
    shoot(page, "11-actor-network")
    assert not page.errors
