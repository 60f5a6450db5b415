"""Counterparts written as a counted plural and named by a list after it ("met several
leaders. Among them were A and B"; 会见了多国领导人，其中包括A、B): one meeting per listed
counterpart. Sentences written for these tests in wire, Singapore-paper and Xinhua styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-11-16"}


def counterparts(found: list[dict], ents: dict, subject: str) -> set[frozenset[str]]:
    out = set()
    for m in found:
        names = {ents[i]["name"] for i in m["participants"] if ents[i]["type"] == "person"}
        if subject in names:
            out.add(frozenset(names - {subject}))
    return out


LISTED = [
    (
        "LIMA (Reuters) - Singapore Prime Minister Lawrence Wong met a number of leaders on "
        "Friday on the fringe of the gathering. Among them were Malaysian Prime Minister "
        "Anwar Ibrahim and Indonesian President Prabowo Subianto.",
        "Lawrence Wong",
    ),
    (
        "Prime Minister Lawrence Wong held talks with several of his regional counterparts "
        "on Friday. They included Anwar Ibrahim of Malaysia, as well as Indonesia's "
        "President Prabowo Subianto, who took office last month.",
        "Lawrence Wong",
    ),
]


@pytest.mark.parametrize(("text", "subject"), LISTED)
def test_a_list_after_a_counted_plural_names_one_meeting_each(text: str, subject: str):
    found, ents = meetings(text, **PUB)
    pairs = counterparts(found, ents, subject)
    assert frozenset({"Anwar Ibrahim"}) in pairs
    assert frozenset({"Prabowo Subianto"}) in pairs


def test_chinese_list_after_a_counted_plural():
    text = (
        "新华社利马11月15日电 国家主席习近平15日在利马会见了多国领导人，其中包括"
        "马来西亚总理安瓦尔、印度尼西亚总统普拉博沃。"
    )
    found, ents = meetings(text, **PUB)
    pairs = counterparts(found, ents, "Xi Jinping")
    assert frozenset({"Anwar Ibrahim"}) in pairs
    assert len([p for p in pairs if len(p) == 1]) >= 2


NOT_LISTED = [
    # the next sentence says what they did, it names no one met
    "Prime Minister Lawrence Wong met several of his counterparts on Friday. They discussed "
    "trade and the South China Sea, Malaysian Prime Minister Anwar Ibrahim said later.",
    # a named counterpart: the list that follows is of something else
    "Prime Minister Lawrence Wong met Malaysian Prime Minister Anwar Ibrahim on Friday. They "
    "included trade and energy among the priorities.",
]


@pytest.mark.parametrize("text", NOT_LISTED)
def test_no_list_no_extra_counterparts(text: str):
    found, ents = meetings(text, **PUB)
    pairs = counterparts(found, ents, "Lawrence Wong")
    assert frozenset({"Prabowo Subianto"}) not in pairs
    assert all(len(p) <= 1 for p in pairs)
    if "Anwar Ibrahim met" in text:
        assert not pairs


def test_an_organisation_owning_the_occasion_is_not_a_party():
    text = (
        "Prime Minister Lawrence Wong arrived in Lima on Thursday for the annual Asia-Pacific "
        "Economic Cooperation (APEC) leaders' meeting, and met Malaysian Prime Minister Anwar "
        "Ibrahim."
    )
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks
    kinds = {ents[i]["type"] for m in talks for i in m["participants"]}
    assert "organization" not in kinds


PAIRS_AND_ALL = [
    "韩国总统尹锡悦13日在金边同美国总统拜登和日本首相岸田文雄举行双边和三边会谈。",
    "Japanese Prime Minister Fumio Kishida held bilateral and trilateral meetings with US "
    "President Joe Biden and South Korean President Yoon Suk-yeol in Phnom Penh on Sunday.",
    "PHNOM PENH, Nov. 13 (Yonhap) -- Yoon Suk-yeol had trilateral and bilateral talks "
    "with Joe Biden and Fumio Kishida on Sunday.",
]


@pytest.mark.parametrize("text", PAIRS_AND_ALL)
def test_bilateral_and_trilateral_talks_are_each_pair_and_all_three(text: str):
    found, ents = meetings(text, meta_published="2022-11-13")
    sets = []
    for m in found:
        if m["kind"] == "talks":
            sets.append(frozenset(i for i in m["participants"] if ents[i]["type"] == "person"))
    sizes = sorted(len(s) for s in sets)
    assert sizes == [2, 2, 3]
    assert len(set(sets)) == 3


def test_bilateral_talks_alone_stay_one_meeting():
    text = "美国总统拜登13日在金边同日本首相岸田文雄举行双边会谈。"
    found, _ = meetings(text, meta_published="2022-11-13")
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1
