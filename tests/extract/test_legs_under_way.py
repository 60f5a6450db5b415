"""A tour announced as a plan whose first stop the article already reports: the visitor
met the host's leader there, so that leg is under way (held), and the talks are part of
it; the other legs stay planned. Sentences written for these tests (Xinhua, HK01 and wire
styles)."""

from __future__ import annotations

from meeting_helpers import codes, meetings


def test_the_leg_whose_host_was_met_is_held_and_holds_the_talks():
    text = (
        "新华社吉隆坡6月3日电 日本首相岸田文雄3日抵达吉隆坡，开始东南亚之行。他此次将访问"
        "马来西亚、泰国和菲律宾。\n\n岸田文雄当天在吉隆坡同马来西亚总理安瓦尔会面。"
    )
    found, ents = meetings(text, meta_published="2024-06-03")
    visits = {frozenset(codes(m["participants"], ents)) & {"MYS", "THA", "PHL"}: m
              for m in found if m["kind"] == "visit"}
    malaysia = visits[frozenset({"MYS"})]
    assert malaysia["status"] == "held"
    assert visits[frozenset({"THA"})]["status"] == "planned"
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and talks[0]["part_of"] == malaysia["id"]


def test_talks_elsewhere_before_a_dated_trip_leave_it_planned():
    text = (
        "共同社东京6月3日电 日本首相岸田文雄将于7月访问马来西亚。\n\n岸田文雄3日在东京同"
        "马来西亚总理安瓦尔会面。"
    )
    found, _ = meetings(text, meta_published="2024-06-03")
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits and all(v["status"] == "planned" for v in visits)


def test_a_plan_with_no_talks_reported_stays_planned():
    text = "日本首相岸田文雄此次将访问马来西亚、泰国和菲律宾。"
    found, _ = meetings(text, meta_published="2024-06-03")
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits and all(v["status"] == "planned" for v in visits)
