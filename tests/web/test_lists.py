"""List pages: download links (the same filtered rows as CSV or JSON from the API), counts
by kind, level and year, the "year unknown" filter, sortable columns, series pages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from store_samples import ARTICLES

from summitry.api import create_app
from summitry.store.database import Store
from summitry.web.downloads import download_links


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The sample articles, with one meeting's date taken away (as when no source dates
    it), so the year-unknown filter has something to find."""
    folder = tmp_path_factory.mktemp("lists")
    corpus = folder / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                      encoding="utf-8")
    store = Store(folder / "kb.db")
    store.ingest([str(corpus)], workers=0)
    m = store.t.meetings
    with store.engine.begin() as conn:
        conn.execute(update(m).where(m.c.id == 2).values(date_start=None, date_end=None,
                                                         date_lo=None, date_hi=None,
                                                         year=None))
    yield store
    store.close()


@pytest.fixture(scope="module")
def site(undated_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(undated_store)) as client:
        yield client


def test_links_translate_page_filters_to_the_api():
    links = download_links("/meetings", [("actor", "Vietnam"), ("reported", "1"),
                                         ("page", "2"), ("lang", "zh"), ("level", "")])
    assert links["csv"].startswith("/api/meetings?")
    assert "actor=Vietnam" in links["csv"] and "reported=true" in links["csv"]
    assert "page=" not in links["csv"] and "lang=" not in links["csv"]
    assert "level=" not in links["csv"] and links["csv"].endswith("output=csv")
    assert download_links("/meetings/3", []) == {}


@pytest.mark.parametrize("path", ["/meetings?actor=Vietnam&reported=1&lang=zh", "/actors?q=Viet",
                                  "/documents", "/search?q=ASEAN",
                                  "/dyad?a=Vietnam&b=Indonesia", "/commitments"])
def test_every_list_offers_downloads_that_work(site: TestClient, path: str):
    html = site.get(path).text
    assert 'id="downloads"' in html, path
    for fmt in ("csv", "json"):
        href = html.split('href="/api/')[1 if fmt == "csv" else 2].split('"')[0]
        r = site.get("/api/" + href.replace("&amp;", "&"))
        assert r.status_code == 200, (path, href, r.text[:200])
        kind = "text/csv" if fmt == "csv" else "application/json"
        assert r.headers["content-type"].startswith(kind)


def test_the_meetings_csv_link_holds_the_filtered_rows(site: TestClient):
    html = site.get("/meetings", params={"level": "ministerial"}).text
    href = html.split('class="download" download href="')[1].split('"')[0].replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO(site.get(href).text)))
    assert rows and {r["level"] for r in rows} == {"ministerial"}
    assert all(r["source_titles"] for r in rows)


def test_the_meetings_page_counts_by_kind_level_and_year(site: TestClient, undated_store: Store):
    html = site.get("/meetings").text
    assert 'id="facets"' in html
    kinds: dict[str, int] = {}
    for m in undated_store.meetings(evidence=False):
        kinds[m.kind] = kinds.get(m.kind, 0) + 1
    for kind, n in kinds.items():
        assert f'kind={kind}">' in html and f'<span class="num">{n}</span>' in html
    assert 'id="facet-year-unknown"' in html


def test_the_year_unknown_filter_lists_only_undated_meetings(site: TestClient):
    html = site.get("/meetings", params={"year": "unknown"}).text
    assert 'data-meeting="2"' in html
    assert html.count('data-meeting="') == 1
    assert 'id="year-unknown" checked' in html
    every = site.get("/meetings").text
    assert every.count('data-meeting="') > 1


def test_list_tables_are_sortable(site: TestClient):
    for path in ("/meetings", "/actors", "/documents", "/series"):
        assert 'class="' in (html := site.get(path).text) and "sortable" in html, path
        assert 'data-sort="' in html, path


def test_series_pages_list_every_session(site: TestClient, undated_store: Store):
    listing = site.get("/series").text
    href = listing.split('href="/series/')[1].split('"')[0]
    page = site.get(f"/series/{href}")
    assert page.status_code == 200
    named = [m for m in undated_store.meetings(evidence=False) if m.series]
    assert named and named[0].series in page.text
    assert f'data-meeting="{named[0].id}"' in page.text
    meeting = site.get(f"/meetings/{named[0].id}").text
    assert f'id="series-link" href="/series/{href}"' in meeting
    assert site.get("/series/999999").status_code == 404


def test_pages_without_a_list_endpoint_offer_no_downloads():
    assert download_links("/map", [("actor", "x")]) == {}
