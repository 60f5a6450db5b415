"""The earlier edition a "first … since <year>" phrase (时隔N年再次, N年以来首次) points back
to; sentences written for these tests in TASS, Prensa Latina, CP, Xinhua, CNA and Zaobao
styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


def editions(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"].endswith("recalled.since")]


@pytest.mark.parametrize(("text", "name", "year"), [
    ("HANOI, June 19 (VNA) - Shoigu's trip is the first visit to Vietnam by a defence chief "
     "from Moscow since 2013.", "previous visit to Vietnam", "2013"),
    ("HAVANA, June 19 (Prensa Latina) - It is the first official visit to Cuba by a Spanish "
     "head of government since 1986.", "previous official visit to Cuba", "1986"),
    ("OSLO, June 19 (NTB) - Leaders of the eight countries gathered for their first "
     "Nordic-Baltic summit since 2017.", "previous Nordic-Baltic summit", "2017"),
    ("SEOUL, June 19 (Yonhap) - The talks were the first trilateral meeting for the first time "
     "since 2019.", "previous trilateral meeting", "2019"),
])
def test_first_since_a_year_recalls_the_previous_edition(text: str, name: str, year: str):
    found = editions(meetings(text, meta_published="2024-06-19")[0])
    assert [(m["name"], m["date"]["start"], m["status"]) for m in found] == [
        (name, year, "recalled")
    ]


@pytest.mark.parametrize(("text", "name", "year"), [
    ("新华社平壤6月19日电 俄罗斯总统普京19日抵达平壤。这是普京时隔24年再次访朝。", "普京上次访朝", "2000"),
    ("中央社东京6月19日电 这是他2015年以来首次访问韩国。", "上次访问韩国", "2015"),
    ("联合早报6月19日讯 两国外长时隔三年再次举行会谈。", "上次举行会谈", "2021"),
    ("中央社6月19日电 这是韩国总统自2012年以来时隔12年正式访问日本。", "上次访问日本", "2012"),
])
def test_a_gap_of_years_recalls_the_previous_edition(text: str, name: str, year: str):
    found = editions(meetings(text, meta_published="2024-06-19")[0])
    assert [(m["name"], m["date"]["start"], m["status"]) for m in found] == [
        (name, year, "recalled")
    ]


def test_the_news_meeting_stays_apart_from_its_previous_edition():
    text = ("ANKARA, June 19 (AA) - Chinese Foreign Minister Wang Yi paid an official visit to "
            "Turkey on Wednesday, his first trip to Turkey since 2017.")
    found = meetings(text, meta_published="2024-06-19")[0]
    assert sorted(m["status"] for m in found if m["kind"] == "visit") == ["held", "recalled"]


@pytest.mark.parametrize("text", [
    # since an event, not a year: no earlier edition is named
    "TOKYO, June 19 (Kyodo) - It was his first visit abroad since he took office in 2018.",
    "新华社北京6月19日电 这是他上任以来首次出访。",
    # a year and 以来 with no first or again: a period, not an edition
    "新华社北京6月19日电 2015年以来访问中国的外国领导人超过百位。",
    # a first with no meeting noun
    "BEIJING, June 19 (Xinhua) - Exports rose for the first time since 2019.",
    # a congress and a joint statement are no meetings of the consult family
    "HANOI, June 19 (VNA) - It was the first party congress since 2016.",
    "新华社北京6月19日电 双方时隔五年再次发表联合声明。",
])
def test_no_edition_without_a_meeting_and_a_year(text: str):
    assert editions(meetings(text, meta_published="2024-06-19")[0]) == []


@pytest.mark.parametrize("text", [
    "中央社6月19日电 这是印尼总统自2015年以来时隔9年正式访问日本。",
    "新华社6月19日电 韩国总统19日抵达东京。这是韩国总统时隔12年再次访问日本。",
])
def test_the_news_visit_stays_held_beside_its_previous_edition(text: str):
    found = meetings(text, meta_published="2024-06-19")[0]
    assert sorted(m["status"] for m in found if m["kind"] == "visit") == ["held", "recalled"]



def test_a_plan_elsewhere_in_the_article_stays_apart_from_the_news_visit():
    text = "日经中文网6月19日电 这是日本首相时隔7年正式访问中国。另据报道，李强访日定在明年5月。"
    found = meetings(text, meta_published="2024-06-19")[0]
    assert sorted(m["status"] for m in found if m["kind"] == "visit") == [
        "held", "planned", "recalled"
    ]


def test_two_phrases_for_one_earlier_visit_make_one_record():
    text = ("新华社6月19日电 这是普京时隔24年再次访朝。当年，普京首次访朝，"
            "同金正日举行会谈。")
    found = meetings(text, meta_published="2024-06-19")[0]
    recalled_visits = [m for m in found if m["kind"] == "visit" and m["status"] == "recalled"]
    assert len(recalled_visits) == 1
