"""The list pages in Chromium: download links, counts, sorting by a column heading, the
series page, a state's officials and the actor's scaled month chart; each saved as a
screenshot beside the other pages' (see test_browser)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_browser import browser, server, shoot  # noqa: F401 - pytest fixtures


@pytest.fixture
def strict_page(browser: Any, server: str) -> Iterator[Any]:  # noqa: F811
    """A page under the app's own content security policy: sorting runs from app.js."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    p = context.new_page()
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def _column(page: Any, table: str, index: int) -> list[str]:
    return [t.strip() for t in page.locator(f"{table} tbody tr td:nth-child({index})")
            .all_inner_texts()]


def test_meetings_list_counts_downloads_and_sorts(strict_page: Any):
    page = strict_page
    page.goto("/meetings")
    assert page.locator("#facets dl").count() == 3
    csv_href = page.locator("#downloads a.download").first.get_attribute("href")
    assert csv_href and csv_href.startswith("/api/meetings") and "output=csv" in csv_href
    names = page.locator("#meetings-table th[data-sort]").nth(1)
    names.click()
    first = _column(page, "#meetings-table", 2)
    assert first == sorted(first, key=str)  or first == sorted(first)
    assert names.get_attribute("aria-sort") == "ascending"
    names.click()
    assert _column(page, "#meetings-table", 2) == list(reversed(first))
    assert names.get_attribute("aria-sort") == "descending"
    shoot(page, "13-meetings-counts")
    assert not page.errors


def test_series_page_and_meeting_link(strict_page: Any):
    page = strict_page
    page.goto("/series")
    page.locator("#series-table a").first.click()
    page.wait_for_selector("#series-meetings")
    assert page.locator("#series-meetings tbody tr").count() >= 1
    shoot(page, "14-series")
    page.locator("#series-meetings a.meeting-link").first.click()
    assert page.locator("#series-link").count() == 1
    assert not page.errors


def test_state_page_officials_names_and_chart(strict_page: Any):
    page = strict_page
    page.goto("/actors/state:VNM?lang=zh")
    assert page.locator("#actor-name").inner_text() == "越南"
    assert page.locator("#officials tbody tr").count() >= 3
    assert page.locator("#month-chart line.grid").count() >= 2  # a scale, not "max N"
    box = page.locator("#month-chart").bounding_box()
    for label in page.locator("#month-chart text.tick").all():
        own = label.bounding_box()
        assert own["x"] + own["width"] <= box["x"] + box["width"] + 0.5  # not cut
    shoot(page, "15-state-officials")
    assert not page.errors
