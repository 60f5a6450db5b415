"""Chinese status cues: plans written after the meetings they plan, recalls, and the news;
sentences written for these tests in Xinhua, CNS, VNA and Taiwan CNA styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-07-24"}


@pytest.mark.parametrize("text", [
    "新华社万象7月24日电 中国—东盟外长会、东盟与中日韩外长会和东亚峰会外长会也将在万象陆续举行。",
    "越通社河内7月24日电 第十届东盟—中国外长会将于下月在河内召开。",
    "中央社台北7月24日電 第十屆瀾湄合作外長會定於8月在北京舉行。",
    "中新社北京7月24日电 上海合作组织成员国外长理事会会议即将在阿斯塔纳举行。",
])
def test_a_plan_after_the_meeting_name_makes_it_planned(text: str):
    found, _ = meetings(text, **PUB)
    assert found and all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize("text", [
    "新华社万象7月24日电 第57届东盟外长会议24日在老挝万象开幕。",
    "越通社万象7月24日电 第57届东盟外长会议于7月24日在万象举行，会议为期两天。",
])
def test_the_meeting_reported_today_is_held(text: str):
    found, _ = meetings(text, **PUB)
    assert [m["status"] for m in found] == ["held"]


def test_a_byline_before_a_name_is_not_part_of_it():
    text = "(记者 张三)第57届东盟外长会议24日在老挝万象开幕。"
    found, _ = meetings(text, **PUB)
    assert [m["name"] for m in found] == ["第57届东盟外长会议"]
