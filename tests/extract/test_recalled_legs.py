"""A recalled or planned tour of several states is one visit per state (X将访问A和B,
X曾对A、B进行正式访问, "will visit A and B"). Sentences written for these tests in Xinhua,
Kyodo-in-Chinese, CNA (traditional script) and Singapore-paper styles; none is copied from
an article."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-04-26"}


def visits(text: str) -> list[tuple[str, str, frozenset[str]]]:
    found, ents = meetings(text, **PUB)
    return [(m["name"], m["status"], frozenset(codes(m["participants"], ents)))
            for m in found if m["kind"] == "visit"]


@pytest.mark.parametrize(("text", "hosts"), [
    ("新华社北京4月26日电 外交部发言人宣布，国务院总理李强将于5月3日至8日访问新西兰和澳大利亚。",
     ["NZL", "AUS"]),
    ("联合早报4月26日讯 据日本媒体报道，日本首相岸田文雄下月将访问越南、老挝、柬埔寨。",
     ["VNM", "LAO", "KHM"]),
    ("中央社台北4月26日電 外交部表示，美國國務卿布林肯將於下週訪問日本和韓國。", ["JPN", "KOR"]),
])
def test_each_host_has_its_own_leg(text: str, hosts: list[str]) -> None:
    found = visits(text)
    assert len(found) == len(hosts)
    for (name, status, parts), host in zip(found, hosts, strict=True):
        assert status == "planned"
        assert host in parts and not (set(hosts) - {host}) & parts
        assert "、" not in name and "和" not in name.split("访问")[-1]


def test_one_host_stays_one_visit() -> None:
    text = "新华社北京4月26日电 外交部发言人宣布，国务院总理李强将于5月3日至8日访问新西兰。"
    assert len(visits(text)) == 1


def test_a_tour_reported_as_news_stays_one_record() -> None:
    # which leg is the news depends on the dateline: left to the structure stage
    text = "新华社河内4月26日电 国家主席习近平26日起对越南、老挝进行国事访问。"
    assert len(visits(text)) == 1


@pytest.mark.parametrize(("text", "held", "legs"), [
    ("塔斯社4月26日电 俄罗斯外长拉夫罗夫抵达印尼。拉夫罗夫除访问印尼外，还将访问越南和老挝。",
     "IDN", ["VNM", "LAO"]),
    ("中央社4月26日电 日本首相岸田文雄抵达菲律宾。岸田文雄结束访问菲律宾后，将访问马来西亚和泰国。",
     "PHL", ["MYS", "THA"]),
])
def test_the_country_the_traveller_is_in_is_no_visitor_of_the_next_legs(
    text: str, held: str, legs: list[str]
):
    found, ents = meetings(text, **PUB)
    planned = [codes(m["participants"], ents) for m in found
               if m["kind"] == "visit" and m["status"] == "planned"]
    assert len(planned) == len(legs)
    assert all(held not in p for p in planned)
    assert [next(iter(p & set(legs))) for p in planned] == legs
