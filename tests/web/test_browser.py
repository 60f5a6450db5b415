"""The pages in a real browser: headless Chromium (Debian's package) driven by Playwright.

The app is served by uvicorn on 127.0.0.1 in a thread; the browser opens the meetings page,
filters by an actor, opens a meeting, sees the evidence highlighted, opens the dyad
timeline, and opens the article with planted markup, which must stay inert. Every page is
saved as a screenshot in ``test-artifacts/screenshots/`` (``$SUMMITRY_ARTIFACTS`` to move
it). ``make test`` installs Chromium where it can (``tools/browser-deps.sh``); where no
browser can be had, these tests are skipped and say why.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summitry.api import create_app
from summitry.store.database import Store

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("SUMMITRY_ARTIFACTS", REPO / "test-artifacts")) / "screenshots"
#: Flags for a root user's headless Chromium on a machine with no network but loopback.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str | None:
    for name in (os.environ.get("SUMMITRY_CHROMIUM"), "chromium", "chromium-browser",
                 "google-chrome"):
        if name and (found := shutil.which(name)):
            return found
    return None


@pytest.fixture(scope="module")
def server(web_store: Store) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium on this machine (make test installs Debian's chromium where "
                    "it can: tools/browser-deps.sh); browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (it is in the dev extra); browser tests "
                    "skipped")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    # bypass_csp: the test's own probes evaluate script in the page, which the app's policy
    # forbids; it also means the inert-markup test checks escaping alone, not the policy.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB",
                                  base_url=server, bypass_csp=True)
    p = context.new_page()
    p.dialogs = []
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def shoot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    return path


def test_an_analyst_filters_opens_a_meeting_sees_evidence_and_the_dyad(page: Any,
                                                                       web_store: Store):
    page.goto("/meetings")
    rows = page.locator("#meetings-table tbody tr[data-meeting]")
    assert rows.count() == len(web_store.meetings())
    shoot(page, "01-meetings")

    # filter by an actor, typed in Chinese, with the suggestions the page offers
    actor = page.locator("#filters input[name=actor]").first
    actor.fill("印度尼西亚")
    page.wait_for_function("() => document.querySelectorAll('#actor-options option').length")
    assert "Indonesia" in page.locator("#actor-options option").first.get_attribute("value")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url("**/meetings?actor=*")
    expected = {m.id for m in web_store.meetings(["Indonesia"])}
    shown = {int(r.get_attribute("data-meeting")) for r in
             page.locator("#meetings-table tbody tr[data-meeting]").all()}
    assert shown == expected
    shoot(page, "02-meetings-filtered")

    # open the talks reported by two articles and recalled by a third
    talks = web_store.meetings(["Vietnam", "Indonesia"], kind="talks")[0]
    page.locator(f"tr[data-meeting='{talks.id}'] a.meeting-link").click()
    page.wait_for_url(f"**/meetings/{talks.id}")
    assert page.locator("section.source").count() == len(talks.sources) >= 2
    evidence = page.locator("section.source .ev")
    assert evidence.count() >= 2
    assert evidence.first.evaluate("e => getComputedStyle(e).backgroundColor") not in (
        "rgba(0, 0, 0, 0)", "transparent")
    date_word = page.locator("section.source .fs[data-f~='date']").first
    before = date_word.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator("tr.field[data-field='date']").hover()
    after = date_word.evaluate("e => getComputedStyle(e).backgroundColor")
    assert after != before  # pointing at the date field lights its words in the articles
    assert page.locator("tr.field[data-field='date'] .quote .hl").count() >= 1
    shoot(page, "03-meeting")

    # the dyad timeline of the two parties
    page.locator("#dyad-link").click()
    page.wait_for_url("**/dyad?*")
    events = page.locator("#timeline li.event")
    assert events.count() == len(web_store.meetings(["Vietnam", "Indonesia"]))
    assert page.locator("#year-chart rect").count() >= 1
    shoot(page, "04-dyad")
    assert not page.errors and not page.dialogs


def test_actor_page_and_document_view_render(page: Any):
    page.goto("/actors/Russia")
    assert page.locator("#actor-name").inner_text() == "Russia"
    assert page.locator("#month-chart rect").count() >= 1
    shoot(page, "05-actor")
    page.goto("/documents/vna-zh-som?lang=zh")
    assert page.locator("#doc-text .ent").count() >= 3
    assert page.locator("#doc-text .tm").count() >= 1
    page.locator("#layers input[data-layer='ent']").uncheck()
    assert "hide-ent" in page.locator("body").get_attribute("class")
    shoot(page, "06-document")
    page.goto("/search?q=高官会")
    assert page.locator("#hits mark").count() >= 1
    shoot(page, "07-search")
    assert not page.errors


def test_a_document_with_planted_markup_stays_inert(page: Any, web_store: Store):
    talks = web_store.meetings(["Vietnam", "Laos"])[0]
    for url in ("/documents/vna-zh-xss", f"/meetings/{talks.id}", "/documents"):
        page.goto(url)
        page.wait_for_load_state("load")
        fired = page.evaluate("() => Object.keys(window).filter(k => k.startsWith('__pwned'))")
        assert fired == [], url
        assert page.locator("#doc-text img, section.source img, main script").count() == 0
    page.goto("/documents/vna-zh-xss")
    assert "<script>window.__pwned=1;alert('xss')</script>" in page.locator(
        "#doc-text").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    shoot(page, "08-xss-inert")
    assert not page.dialogs and not page.errors
