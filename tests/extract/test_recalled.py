"""Recalled and planned visits written as noun phrases (X访华期间, X上次访华以来, X首次访朝,
a speaker's 我去年访问Y时); sentences written for these tests in Xinhua, Lianhe Zaobao, CNA and
Malaysian-paper styles, with sentences that must not make a visit."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-04-26"}


def recalled(found: list[dict]) -> list[dict]:
    """Visits, whichever finder read them: a phrase the visit trigger also reads (访问中国)
    is found once, by the trigger, and must still come out recalled or planned."""
    return [m for m in found if m["provenance"]["kind"]["rule"].endswith(".visit")]


@pytest.mark.parametrize(("text", "name", "status"), [
    ("外交部发言人26日宣布，智利外长范克拉韦伦访华期间，王毅将同其举行会谈。",
     "范克拉韦伦访华", "planned"),
    ("新华社北京4月26日电 巴西总统卢拉表示，我上次访华以来两国合作取得新进展。",
     "卢拉上次访华", "recalled"),
    ("联合早报4月26日讯 这是普京时隔多年再次访朝，普京首次访朝是在2000年7月。",
     "普京首次访朝", "recalled"),
    ("中央社台北4月26日電 外交部指出，匈牙利總理歐爾班去年5月訪華時兩國簽署多項協議。",
     "歐爾班去年5月訪華", "recalled"),
    ("星洲日报4月26日讯 新加坡总理黄循财下月访华期间将出席博鳌亚洲论坛。",
     "黄循财下月访华", "planned"),
    ("中新社北京4月26日电 印尼总统普拉博沃此前访问中国时，两国发表了联合声明。",
     None, "recalled"),
])
def test_a_visit_phrase_with_a_cue_is_a_mentioned_visit(text: str, name: str | None, status: str):
    found = recalled(meetings(text, **PUB)[0])
    assert found and all(m["status"] == status for m in found)
    if name is not None:
        assert name in [m["name"] for m in found]


def test_the_destination_is_a_party():
    text = "新华社北京4月26日电 法国总统马克龙表示，我去年访问中国时同中方达成重要共识。"
    found, ents = meetings(text, **PUB)
    (visit,) = recalled(found)
    assert {"CHN", "FRA"} <= codes(visit["participants"], ents)


@pytest.mark.parametrize("text", [
    # the news visit itself: no recall or plan cue, left to the triggers
    "新华社北京4月26日电 国家主席习近平26日在人民大会堂同来访的巴西总统卢拉举行会谈。卢拉访华期间，两国签署多项合作文件。",
    # a delegation, an interview, a visit to a person: no visit of a state
    "新华社北京4月26日电 卢拉此前接受访谈时表示，两国合作前景广阔。",
    "新华社北京4月26日电 王毅去年会见了访问团成员。",
    # cooperation since a year, an anniversary, an agreement: no visit
    "新华社北京4月26日电 王毅表示，自2015年以来两国合作不断深化，去年双方签署了自贸协定。",
])
def test_no_mentioned_visit_without_a_visit_phrase_and_a_cue(text: str):
    assert recalled(meetings(text, **PUB)[0]) == []


@pytest.mark.parametrize("text", [
    "外交部发言人26日宣布，哥伦比亚外长穆里略访华期间，王毅将同其举行会谈。",
    "新华社北京4月26日电 发言人介绍，巴基斯坦总理夏巴兹访华期间，国务院总理李强将与其举行会谈。",
])
def test_talks_with_the_visitor_inside_a_planned_visit_are_planned_talks(text: str):
    found, _ = meetings(text, **PUB)
    talks = [m for m in found if m["provenance"]["kind"]["rule"] == "zh.recalled.framed_talks"]
    assert [m["status"] for m in talks] == ["planned"]
    assert len(talks[0]["participants"]) >= 2


def test_no_framed_talks_without_a_pronoun_for_the_visitor():
    text = "外交部发言人26日宣布，哥伦比亚外长穆里略访华期间，两国将签署合作文件。"
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "talks"]


@pytest.mark.parametrize(("text", "date"), [
    ("新华社北京电 两国关系源远流长。2001年7月，时任国家主席江泽民访俄。", "2001-07"),
    ("联合早报讯 两国建交已久。2014年11月，时任总理李显龙访华。", "2014-11"),
    ("REUTERS - Ties warmed in 2009, when then-President Barack Obama's visit to China drew "
     "crowds.", "2009"),
])
def test_a_then_title_or_a_heading_date_recalls_the_visit(text: str, date: str):
    found, _ = meetings(text)
    visits = [m for m in found if m["kind"] == "visit"]
    assert [(m["status"], m["date"]["start"]) for m in visits] == [("recalled", date)]


def test_a_visit_without_a_then_title_or_an_earlier_date_stays_the_news():
    text = "新华社北京6月19日电 国家主席习近平19日对越南进行国事访问。"
    found, _ = meetings(text, meta_published="2024-06-19")
    assert [m["status"] for m in found if m["kind"] == "visit"] == ["held"]


@pytest.mark.parametrize(("text", "status", "date"), [
    ("日经中文网4月26日电 分析人士认为，李强访日定在2025年5月较为可能。", "planned", "2025-05"),
    ("联合早报4月26日讯 据报道，佐科访华将安排在今年6月。", "planned", "2024-06"),
    ("星岛日报4月26日讯 文在寅访朝是在2018年9月。", "recalled", "2018-09"),
])
def test_a_date_later_in_the_clause_places_a_visit_phrase(text: str, status: str, date: str):
    found = recalled(meetings(text, **PUB)[0])
    assert [(m["status"], m["date"]["start"]) for m in found] == [(status, date)]
