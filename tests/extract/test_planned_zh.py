"""Chinese trips planned with a travel verb (将…前往, 拟赴, 计划出访), one visit per
destination; sentences written for these tests in Xinhua, Zaobao, Sing Tao and CNA styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-06"}


def trips(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"] == "zh.planned.trip"]


@pytest.mark.parametrize(("text", "dests"), [
    ("星岛日报5月6日讯 据官方宣布，德国总理朔尔茨将在本周三动身前往越南和泰国。", [{"VNM"}, {"THA"}]),
    ("联合早报5月6日讯 印尼总统佐科拟于下月赴马来西亚出席论坛。", [{"MYS"}]),
    ("中央社5月6日电 菲律宾总统小马科斯计划下周前往新加坡、文莱。", [{"SGP"}, {"BRN"}]),
])
def test_a_planned_trip_is_one_planned_visit_per_destination(text: str, dests: list[set[str]]):
    found, ents = meetings(text, **PUB)
    made = trips(found)
    assert [m["status"] for m in made] == ["planned"] * len(dests)
    assert [codes(m["participants"], ents) & set().union(*dests) for m in made] == dests


def test_a_short_destination_names_the_visit():
    text = "新华社5月6日电 外交部发言人宣布，法国外长巴罗将于5月8日至10日赴华进行正式访问。"
    found, _ = meetings(text, **PUB)
    assert [(m["name"], m["status"]) for m in trips(found)] == [("巴罗访华", "planned")]


@pytest.mark.parametrize("text", [
    # a departure stated as news, no plan word
    "新华社5月6日电 李强已启程前往新加坡。",
    # a plan to go to a place that is no state
    "新华社5月6日电 李强将前往机场迎接来宾。",
    # a plan to go home
    "新华社5月6日电 越南总理范明政将于周三启程前往越南北部。",
    # a joint statement and a congress are no trips
    "新华社5月6日电 双方将发表联合声明。",
])
def test_no_planned_trip_without_a_plan_and_a_foreign_state(text: str):
    assert trips(meetings(text, **PUB)[0]) == []
