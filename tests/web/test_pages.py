"""The server-rendered pages, read as HTML through an HTTP test client."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient
from web_samples import XSS_MARKERS

from summitry.store.database import Store


def text_of(html: str) -> str:
    """The visible text of a page: tags dropped, entities decoded, spaces folded."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def meeting_id(store: Store, *actors: str, kind: str | None = None) -> int:
    return store.meetings(list(actors), kind=kind)[0].id


def test_home_leads_to_the_meetings_table(pages: TestClient):
    r = pages.get("/", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/meetings"


def test_meetings_page_lists_every_meeting_with_links(pages: TestClient, web_store: Store):
    r = pages.get("/meetings?lang=en")
    assert r.status_code == 200
    for m in web_store.meetings():
        assert f'href="/meetings/{m.id}"' in r.text
    assert f"{len(web_store.meetings())} meetings" in text_of(r.text)


def test_meetings_page_filters_by_actor_names_in_any_language(pages: TestClient,
                                                               web_store: Store):
    both = {m.id for m in web_store.meetings(["Vietnam", "Indonesia"])}
    r = pages.get("/meetings", params=[("actor", "越南"), ("actor", "Indonesia")])
    shown = {int(i) for i in re.findall(r'data-meeting="(\d+)"', r.text)}
    assert shown == both and len(both) >= 2  # the talks and the phone call at least
    assert 'id="dyad-link"' in r.text


def test_meetings_page_filters_by_kind_format_and_dates(pages: TestClient, web_store: Store):
    r = pages.get("/meetings?kind=call")
    shown = {int(i) for i in re.findall(r'data-meeting="(\d+)"', r.text)}
    assert shown == {m.id for m in web_store.meetings(kind="call")} != set()
    r = pages.get("/meetings?since=2023-05&until=2023-05")
    shown = {int(i) for i in re.findall(r'data-meeting="(\d+)"', r.text)}
    assert shown == {m.id for m in web_store.meetings(since="2023-05", until="2023-05")}
    assert selected(r.text, "kind") is None


def selected(html: str, name: str) -> str | None:
    select = re.search(rf'<select name="{name}">(.*?)</select>', html, re.S)
    assert select
    chosen = re.search(r'<option value="([^"]*)" selected>', select.group(1))
    return chosen.group(1) if chosen else None


def test_a_bad_filter_is_explained_on_the_page_not_a_crash(pages: TestClient):
    r = pages.get("/meetings?since=last+spring")
    assert r.status_code == 400 and 'class="problem"' in r.text and "last spring" in r.text
    r = pages.get("/meetings?actor=Atlantis")
    assert r.status_code == 404 and "Atlantis" in text_of(r.text)
    r = pages.get("/meetings?format=telepathy")
    assert r.status_code == 400 and "telepathy" in text_of(r.text)


def test_meeting_page_shows_each_field_with_the_words_that_state_it(pages: TestClient,
                                                                     web_store: Store):
    som = meeting_id(web_store, "ASEAN", "Russia")
    r = pages.get(f"/meetings/{som}?lang=en")
    assert r.status_code == 200
    rows = dict(re.findall(r'<tr class="field" data-field="(\w+)".*?<td class="quotes">(.*?)</td>',
                           r.text, re.S))
    # the date as the Chinese report writes it, highlighted inside its sentence
    assert re.search(r'<span class="fs hl">2023年5月10日</span>', rows["date"])
    assert re.search(r'<span class="fs hl">May 10</span>', rows["date"])
    # the ordinal, the chairs' names and the co-chairing cue
    assert '<span class="fs hl">第十九次</span>' in rows["ordinal"]
    assert "杜雄越" in text_of(rows["chairs"]) and "共同主持" in text_of(rows["chairs"])
    assert "Andrey Rudenko" in text_of(rows["participants"])
    # both source articles, with their evidence marked
    assert r.text.count('<section class="source"') == 2
    assert 'class="ev"' in r.text and 'data-f="date"' in r.text


def test_meeting_page_lists_reports_and_recalls_of_the_same_meeting(pages: TestClient,
                                                                     web_store: Store):
    talks = meeting_id(web_store, "Vietnam", "Indonesia", kind="talks")
    r = pages.get(f"/meetings/{talks}?lang=en")
    sources = re.findall(r'<section class="source" id="src-([\w-]+)"', r.text)
    assert set(sources) == {s.doc for s in web_store.meeting(talks).sources}
    assert len(sources) >= 3  # two reports and the later recall
    assert "recalls or announces" in text_of(r.text) and "reports" in text_of(r.text)


def test_a_meeting_told_by_many_articles_shows_the_first_ones_in_full(
        pages: TestClient, web_store: Store, monkeypatch):
    from summitry.web import pages as module

    monkeypatch.setattr(module, "FULL_SOURCES", 1)
    talks = web_store.meetings(["Vietnam", "Indonesia"], kind="talks")[0]
    html = pages.get(f"/meetings/{talks.id}").text
    assert html.count('<div class="text article">') == 1
    assert html.count('<section class="source"') == len(talks.sources) >= 3


def test_an_unknown_meeting_is_a_404_page(pages: TestClient):
    r = pages.get("/meetings/999999")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "999999" in text_of(r.text)


def test_actor_page_has_offices_a_month_chart_and_counterparts(pages: TestClient):
    r = pages.get("/actors/Bui Thanh Son?lang=en")
    assert r.status_code == 200
    assert 'id="office-chart"' in r.text and "Minister of Foreign Affairs" in r.text
    assert 'id="month-chart"' in r.text
    assert re.search(r"<title>2023-03: 2</title>", r.text)  # talks and call in March 2023
    assert "Retno Marsudi" in text_of(r.text.split("Main counterparts")[1])


def test_dyad_page_is_a_timeline_of_every_meeting_between_two_actors(pages: TestClient,
                                                                      web_store: Store):
    r = pages.get("/dyad?a=越南&b=印度尼西亚&lang=en")
    assert r.status_code == 200
    expected = [m.id for m in web_store.meetings(["Vietnam", "Indonesia"])]
    shown = [int(i) for i in re.findall(r'<li class="event[^"]*" data-meeting="(\d+)"', r.text)]
    assert shown == expected  # every meeting, in date order
    assert 'id="year-chart"' in r.text


def test_a_long_dyad_timeline_comes_in_pages(pages: TestClient, web_store: Store,
                                             monkeypatch):
    from summitry.web import pages as module

    monkeypatch.setattr(module, "DYAD_PAGE_SIZE", 1)
    expected = [m.id for m in web_store.meetings(["Vietnam", "Indonesia"])]
    shown = []
    for number in range(1, len(expected) + 1):
        html = pages.get(f"/dyad?a=Vietnam&b=Indonesia&page={number}").text
        shown += [int(i) for i in re.findall(r'<li class="event[^"]*" data-meeting="(\d+)"', html)]
        assert ('rel="next"' in html) == (number < len(expected))
    assert shown == expected


def test_dyad_page_without_actors_shows_the_form(pages: TestClient):
    r = pages.get("/dyad")
    assert r.status_code == 200 and 'name="a"' in r.text and 'id="timeline"' not in r.text


def test_search_page_marks_the_match_and_links_meetings(pages: TestClient):
    r = pages.get("/search", params={"q": "高官会"})
    assert r.status_code == 200
    assert "<mark>高官会</mark>" in r.text and 'href="/documents/vna-zh-som"' in r.text
    assert re.search(r'href="/meetings/\d+">#\d+', r.text)


def test_document_page_lays_every_annotation_over_the_original_text(pages: TestClient,
                                                                    web_store: Store):
    r = pages.get("/documents/vna-zh-som")
    assert r.status_code == 200
    assert re.search(r'<span class="ent t-state[^"]*" data-e="e\d+"[^>]* title="Russia \(state\)">俄罗斯', r.text)
    assert re.search(r'class="tm[^"]*"[^>]*title="2023-05-10">2023年5月10日', r.text)
    assert 'class="mev' in r.text or 'mev"' in r.text
    # the article text comes back whole once the markup is dropped
    article = re.search(r'<article class="text document" id="doc-text">(.*?)</article>',
                        r.text, re.S)
    assert article and unescape(re.sub(r"<[^>]+>", "", article.group(1))) == \
        web_store.document("vna-zh-som").text


def test_pages_speak_chinese_or_english_and_remember_the_choice(pages: TestClient):
    r = pages.get("/meetings?lang=zh")
    assert "会晤" in text_of(r.text) and r.cookies.get("summitry_lang") == "zh"
    pages.cookies.set("summitry_lang", "zh")
    assert "行为体" in pages.get("/actors").text
    pages.cookies.clear()
    assert "Actors" in pages.get("/actors", headers={"accept-language": "en-GB"}).text
    assert "行为体" in pages.get("/actors", headers={"accept-language": "zh-CN,zh"}).text


def test_planted_markup_in_an_article_is_shown_as_text_on_every_page(pages: TestClient,
                                                                     web_store: Store):
    m = web_store.meetings(["Vietnam", "Laos"])[0].id
    for url in (f"/meetings/{m}", "/documents/vna-zh-xss", "/documents", "/meetings",
                "/search?q=pwned", "/dyad?a=Vietnam&b=Laos"):
        html = pages.get(url).text
        assert "<script>window" not in html, url
        assert "<img src=x" not in html and 'href="javascript:' not in html, url
        assert "onerror=" not in html.replace("onerror=&#34;", "").replace(
            "onerror=&quot;", ""), url
    html = pages.get(f"/meetings/{m}").text
    assert "&lt;script&gt;window.__pwned=1" in html
    assert unescape(XSS_MARKERS[0]) in text_of(html)


def test_pages_forbid_inline_scripts(pages: TestClient):
    csp = pages.get("/meetings").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_reference_page_lists_the_api_endpoints(pages: TestClient):
    r = pages.get("/reference")
    for path in ("/api/meetings", "/api/meetings/{meeting_id}", "/api/dyads", "/api/search",
                 "/api/documents/{doc_id}", "/api/actors/{ref}"):
        assert f"<code>{path}</code>" in r.text


def test_static_files_are_served(pages: TestClient):
    assert "actorSuggestions" in pages.get("/static/app.js").text
    assert pages.get("/static/app.css").status_code == 200
