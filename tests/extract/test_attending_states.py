"""States listed with a shared title before an attendance verb (甲、乙以及丙外长也应邀出席)
attend the meeting named before; states without a title (journalists, companies of those
states) do not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-07-10"}

TITLED = [
    (
        "新华社雅加达7月10日电 第57届东盟外长会议10日在雅加达开幕。东盟各成员国外长出席开幕式，"
        "东帝汶和挪威外长也应邀出席。",
        {"TLS", "NOR"},
    ),
    (
        "中央社雅加達7月10日電 第57屆東盟外長會議10日在雅加達開幕。東帝汶、巴西以及土耳其外長"
        "應邀出席。",
        {"TLS", "BRA", "TUR"},
    ),
    (
        "新华社惠灵顿7月10日电 第53届太平洋岛国论坛领导人会议10日在努库阿洛法开幕。新西兰和"
        "澳大利亚总理出席。",
        {"NZL", "AUS"},
    ),
]


@pytest.mark.parametrize(("text", "states"), TITLED)
def test_states_with_a_shared_title_attend(text: str, states: set[str]):
    found, ents = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert conferences
    assert states <= codes(conferences[0]["participants"], ents)


def test_states_without_a_title_do_not_attend():
    text = (
        "新华社雅加达7月10日电 第57届东盟外长会议10日在雅加达开幕。越南和老挝的记者出席了"
        "开幕式。"
    )
    found, ents = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert conferences
    assert not {"VNM", "LAO"} & codes(conferences[0]["participants"], ents)
