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


@pytest.mark.parametrize(("text", "verb"), [
    ("聯合早報北京3月5日電 美國國務卿布林肯5日與印尼總統佐科維多多會面。", "會面"),
    ("新华社北京3月5日电 国务院总理李强5日在人民大会堂与法国总统马克龙会面。", "会面"),
    ("日經中文網北京3月5日電 日本首相安倍晉三5日在人民大會堂與李克強進行了暢談。", "暢談"),
])
def test_meeting_verbs_beyond_talks_and_names_in_the_texts_own_script(text: str, verb: str):
    found, _ = meetings(text, meta_published="2024-03-05")
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and talks[0]["name"].endswith(verb)


def test_a_body_named_by_its_officer_is_not_a_meeting():
    text = "新华社莫斯科2月21日电 王毅21日在莫斯科同俄罗斯联邦安全会议秘书帕特鲁舍夫举行会谈。"
    found, _ = meetings(text, meta_published="2023-02-21")
    assert [m["kind"] for m in found] == ["talks"]


def test_a_planned_headline_does_not_keep_the_held_body_meeting_undated():
    text = ("王毅将与俄外长拉夫罗夫举行会谈\n"
            "新华社莫斯科2月22日电 王毅22日抵达莫斯科，与俄罗斯外长拉夫罗夫举行会谈。")
    found, _ = meetings(text, meta_published="2023-02-22")
    (talks,) = [m for m in found if m["kind"] == "talks"]
    assert (talks["status"], talks["date"]["start"]) == ("held", "2023-02-22")


@pytest.mark.parametrize("text", [
    "新华社北京7月24日电 王毅说，上海合作组织成员国元首理事会第二十四次会议取得丰硕成果。",
    "中央社台北7月24日電 發言人表示，第四次亞信峰會是亞洲安全領域最大的多邊論壇。",
])
def test_a_meeting_named_in_reported_speech_is_not_the_news(text: str):
    found, _ = meetings(text, **PUB)
    assert found and all(m["status"] != "held" for m in found)


def test_a_forum_named_as_a_mechanism_is_no_meeting():
    text = "新华社北京7月24日电 中方愿同所方在联合国、太平洋岛国论坛等多边机制内加强沟通和合作。"
    found, _ = meetings(text, **PUB)
    assert found == []


def test_a_meeting_tomorrow_is_planned():
    text = "新华社纽约7月24日电 联合国大会明天将审议一项决议草案。"
    found, _ = meetings(text, **PUB)
    assert all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize("text", [
    "新华社北京7月24日电 国务委员王毅24日在北京会见法国外长。\n上一篇：王毅会见贝宁外长阿贝农西",
    "新华社北京7月24日电 国务委员王毅24日在北京会见法国外长。\n相关新闻：习近平会见越南国家主席",
])
def test_navigation_and_teasers_never_create_meetings(text: str):
    found, _ = meetings(text, **PUB)
    assert all("贝宁" not in m["name"] and "越南" not in m["name"] for m in found)


@pytest.mark.parametrize("text", [
    "新华社亚的斯亚贝巴1月8日电 埃塞俄比亚总理阿比8日会见中共中央政治局委员、外交部长王毅。",
    "新华社河内1月8日电 越南国家主席梁强8日会见中国国务院总理李强。",
    "新华社北京1月8日电 国务院总理李强8日同中方邀请的越南政府总理范明政举行会谈。",
])
def test_a_counterpart_whose_name_opens_with_zhong_is_still_met(text: str):
    found, _ = meetings(text, meta_published="2026-01-08")
    assert [m["kind"] for m in found] == ["talks"]


@pytest.mark.parametrize(("text", "name"), [
    ("新华社北京1月8日电 双方同意共同落实中非合作论坛北京峰会成果。", "中非合作论坛北京峰会"),
    ("新华社北京1月8日电 53个中非合作论坛成员出席第九届部长级会议。", None),
])
def test_verbs_and_counted_nouns_end_a_name(text: str, name: str | None):
    found, _ = meetings(text, meta_published="2026-01-08")
    assert all(not m["name"].startswith(("落实", "53个")) for m in found)
    if name:
        assert all(m["name"] == name for m in found)
