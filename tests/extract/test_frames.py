"""Frames: who is the guest and who the host of a visit, whatever side the text states it
from; sentences written for these tests in Xinhua, VNA, CNA and wire styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

GUEST_PHRASES = [
    # (text, guest state, host person)
    ("新华社北京3月5日电 3月5日，国家主席习近平在人民大会堂同来华进行国事访问的法国总统马克龙举行会谈。",
     "FRA", "Xi Jinping"),
    ("新华社北京3月5日电 国家主席习近平5日在北京会见来华进行正式访问的越南政府总理范明政。",
     "VNM", "Xi Jinping"),
    ("新华社北京3月5日电 国务院总理李强5日在人民大会堂同正在中国进行国事访问的巴西总统卢拉举行会谈。",
     "BRA", "Li Qiang"),
    ("越通社河内3月5日电 3月5日，越南政府总理范明政在河内会见来越进行正式访问的老挝总理宋赛·西潘敦。",
     "LAO", "Pham Minh Chinh"),
    ("中央社台北3月5日電 習近平5日在北京與來華進行國事訪問的法國總統馬克宏舉行會談。",
     "FRA", "Xi Jinping"),
]


@pytest.mark.parametrize(("text", "guest", "host"), GUEST_PHRASES)
def test_the_guest_of_an_attributive_visit_visits_the_host(text: str, guest: str, host: str):
    found, ents = meetings(text, meta_published="2024-03-05")
    visits = [m for m in found if m["kind"] == "visit"]
    for v in visits:
        # never the host visiting the guest's country
        assert v["name_en"] is None or not v["name_en"].startswith(
            f"Visit of {host}")
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and guest in codes(talks[0]["participants"], ents)
    for v in visits:
        assert guest in codes(v["participants"], ents)


def test_a_visit_by_the_subject_goes_to_the_object_state():
    text = "越通社万象3月5日电 应老挝国家主席通伦·西苏里的邀请，越南国家主席梁强3月5日对老挝进行国事访问。"
    found, _ = meetings(text, meta_published="2024-03-05")
    (visit,) = [m for m in found if m["kind"] == "visit"]
    assert visit["name_en"] == "Visit of Luong Cuong to Laos"


def test_a_repost_stamp_does_not_date_the_news():
    text = ("习近平同巴西总统卢拉举行会谈\n"
            "新华社北京4月14日电 4月14日下午，国家主席习近平在人民大会堂同来华进行国事访问的"
            "巴西总统卢拉举行会谈。")
    found, _ = meetings(text, meta_published="2024-11-21")
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1 and talks[0]["status"] == "held"
    assert talks[0]["date"]["start"] in ("--04-14", "2024-04-14")


def test_the_publication_day_dates_the_news_when_the_dateline_agrees():
    text = "新华社北京4月14日电 4月14日下午，国家主席习近平在人民大会堂同巴西总统卢拉举行会谈。"
    found, _ = meetings(text, meta_published="2025-04-14")
    assert [(m["date"]["start"], m["status"]) for m in found] == [("2025-04-14", "held")]


def test_the_dateline_day_dates_a_held_meeting_that_gives_none():
    text = ("BEIJING, May 11 (Xinhua) -- Chinese President Xi Jinping held talks Thursday with "
            "French President Emmanuel Macron, who is on a state visit to China.")
    found, _ = meetings(text, meta_lang="en")
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and talks[0]["date"]["start"].endswith("05-11")
    assert talks[0]["provenance"]["date"]["rule"] == "en.time.dateline"


def test_the_dateline_does_not_date_a_planned_meeting():
    text = "新华社北京7月24日电 第十届东盟—中国外长会将于下月在河内召开。"
    found, _ = meetings(text, meta_published="2024-07-24")
    assert [m["status"] for m in found] == ["planned"]
    assert found[0]["date"]["start"] != "2024-07-24"


def test_talks_stated_as_over_before_a_press_meeting_are_held():
    text = ("新华社比勒陀利亚8月22日电 当地时间8月22日中午，国家主席习近平在比勒陀利亚总统府"
            "同南非总统拉马福萨会谈后共同会见记者。")
    found, _ = meetings(text, meta_published="2023-08-22")
    assert [(m["kind"], m["status"]) for m in found] == [("talks", "held")]


def test_without_a_publication_date_a_later_day_of_the_story_is_still_news():
    text = ("新华社约翰内斯堡8月21日电 国家主席习近平21日抵达约翰内斯堡，对南非进行国事访问。\n"
            "8月22日，习近平在比勒陀利亚同南非总统拉马福萨举行会谈。")
    found, _ = meetings(text)
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and talks[0]["status"] == "held"
