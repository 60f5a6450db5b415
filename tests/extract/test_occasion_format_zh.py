"""A meeting named as the occasion of talks in Chinese (出席X期间会见B, 利用出席X之机与B会谈,
X间隙): the people met there in person, so the meeting takes the talks' format. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-11-20"}

OCCASIONS = [
    "新华社万象10月10日电 国务院总理李强10日在出席第27次中国—东盟领导人会议期间会见越南总理"
    "范明政。",
    "中央社利馬11月15日電 日本首相石破茂15日利用出席亞太經合組織第三十一次領導人非正式會議"
    "之機與中國國家主席習近平會談。",
    "新华社喀山10月23日电 国家主席习近平23日在出席金砖国家领导人第十六次会晤间隙会见印度总理"
    "莫迪。",
]


@pytest.mark.parametrize("text", OCCASIONS)
def test_the_occasion_of_talks_met_in_person(text: str):
    found, _ = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert conferences
    assert conferences[0]["format"] == "in_person"
