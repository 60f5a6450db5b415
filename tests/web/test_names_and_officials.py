"""Names in the page's language (knowledge base names) and a state's officials on its page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from summitry.store.results import ActorRef
from summitry.web.names import name_in
from summitry.web.officials import officials

VIETNAM = ActorRef("state:VNM", "state", "VNM", "Vietnam")
LOCAL = ActorRef("local:someone", "person", None, "Someone Unknown")


def test_kb_actors_are_named_in_the_page_language():
    assert name_in(VIETNAM, "zh") == "越南"
    assert name_in(VIETNAM, "en") == "Vietnam"
    russia = ActorRef("state:RUS", "state", "RUS", "Russia")
    assert name_in(russia, "zh") == "俄罗斯"


def test_actors_the_kb_does_not_know_keep_their_stored_name():
    assert name_in(LOCAL, "zh") == "Someone Unknown"
    assert name_in(LOCAL, "en") == "Someone Unknown"


def test_pages_name_actors_in_their_language(pages: TestClient):
    zh = pages.get("/meetings", params={"lang": "zh"}).text
    en = pages.get("/meetings", params={"lang": "en"}).text
    assert ">越南</a>" in zh and ">Vietnam</a>" not in zh
    assert ">Vietnam</a>" in en and ">越南</a>" not in en
    assert "<h1 id=\"actor-name\">越南</h1>" in pages.get("/actors/state:VNM",
                                                          params={"lang": "zh"}).text


def test_officials_are_the_states_office_holders_current_first():
    found = officials("VNM")
    assert found and all(o.id.startswith("person:") for o in found)
    current = [o.current for o in found]
    assert current == sorted(current, reverse=True)  # every current holder before the rest
    assert {o.title for o in found} >= {"Minister of Foreign Affairs"}
    assert officials("RUS") and not {o.id for o in officials("RUS")} & {o.id for o in found
                                                                         if o.current}
    assert officials(None) == [] and officials("XXX") == []


def test_a_state_page_lists_its_officials(pages: TestClient):
    html = pages.get("/actors/state:VNM").text
    assert 'id="officials"' in html and "Minister of Foreign Affairs" in html
    zh = pages.get("/actors/state:VNM", params={"lang": "zh"}).text
    assert "裴青山" in zh.split('id="officials"')[1]
    person = pages.get("/actors/person:bui-thanh-son").text
    assert 'id="officials"' not in person


def test_official_links_open_their_pages(pages: TestClient):
    html = pages.get("/actors/state:VNM").text.split('id="officials"')[1].split("</table>")[0]
    links = [part.split('"')[0] for part in html.split('href="')[1:]][:5]
    assert links
    for href in links:
        assert pages.get(href).status_code == 200, href
