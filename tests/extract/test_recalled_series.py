"""Chinese sessions of a series named without an actor, placed off the news: by number
(第二次峰会, 第三次领导人会议) or by host city (撒马尔罕峰会); sentences written for these tests
in Xinhua, CNS and VNA styles, with sentences that must not make a session."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-04-26"}


def sessions(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"].endswith("recalled.session")]


@pytest.mark.parametrize(("text", "name", "status"), [
    ("2010年6月11日，第十次峰会在塔什干举行，各国元首签署了宣言。", "第十次峰会", "recalled"),
    ("新华社万象4月26日电 会议旨在落实第三次领导人会议成果，并为第四次领导人会议做准备。",
     "第四次领导人会议", "planned"),
    ("中新社北京4月26日电 双方回顾了第二届外长会议以来机制建设的进展。", "第二届外长会议", "recalled"),
])
def test_a_bare_numbered_session_placed_off_the_news_is_mentioned(text: str, name: str, status: str):
    found = sessions(meetings(text, **PUB)[0])
    assert name in [m["name"] for m in found]
    assert all(m["status"] in ("recalled", "planned") for m in found)
    assert [m["status"] for m in found if m["name"] == name] == [status]


@pytest.mark.parametrize("text", [
    # the meeting the clause is about, described by its number
    "新华社万象4月26日电 本届外长会议是共同体成立后召开的首次外长会议。",
    # a bare session with no cue: left alone (it may be the news)
    "新华社万象4月26日电 第十次峰会26日在万象举行。",
    # numbers that are no session
    "新华社北京4月26日电 这是两国第三次签署合作协议，第二次联合声明于去年发表。",
])
def test_no_bare_session_without_a_cue_or_a_session_noun(text: str):
    assert sessions(meetings(text, **PUB)[0]) == []


def place(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"].endswith("place_summit")]


@pytest.mark.parametrize(("text", "name"), [
    ("新华社阿斯塔纳4月26日电 元首们回顾了撒马尔罕峰会以来各领域合作成果。", "撒马尔罕峰会"),
    ("新华社北京4月26日电 与会部长积极评价达喀尔峰会后续行动落实情况。", "达喀尔峰会"),
    ("中新社北京4月26日电 双方同意共同落实里约峰会成果。", "里约峰会"),
])
def test_a_summit_named_by_its_city_and_recalled_for_its_outcomes(text: str, name: str):
    found = place(meetings(text, **PUB)[0])
    assert [(m["name"], m["status"]) for m in found] == [(name, "recalled")]


@pytest.mark.parametrize("text", [
    # generic qualifiers, not a city
    "新华社北京4月26日电 双方回顾了本届峰会以来的合作成果。",
    "新华社北京4月26日电 各方共同落实历届峰会成果。",
    # a city summit with no cue: it may be the news
    "新华社北京4月26日电 各国领导人在杭州峰会上发表讲话。",
])
def test_no_city_summit_without_a_city_like_stem_and_a_cue(text: str):
    assert place(meetings(text, **PUB)[0]) == []


def test_a_pair_abbreviation_is_no_host_city():
    text = "新华社北京4月26日电 双方同意共同落实中非峰会成果。"
    assert place(meetings(text, **PUB)[0]) == []


@pytest.mark.parametrize(("text", "status"), [
    ("中新社北京4月26日电 王毅表示，中方愿同各方共同努力，办好本届部长级会议。", "planned"),
    ("新华社万象4月26日电 双方同意落实上届峰会共识。", "recalled"),
    ("越通社河内4月26日电 各方同意加强协调，筹办下届外长会。", "planned"),
])
def test_this_last_and_next_sessions_are_placed_by_their_word_or_hosting(text: str, status: str):
    found = sessions(meetings(text, **PUB)[0])
    assert [m["status"] for m in found] == [status]


def test_this_session_without_a_cue_is_left_alone():
    text = "新华社万象4月26日电 本届外长会26日在万象开幕。"
    assert sessions(meetings(text, **PUB)[0]) == []


@pytest.mark.parametrize(("text", "name", "status"), [
    ("中新社4月26日电 文件草案将提交各国领导人在利马峰会上审议。", "利马峰会", "planned"),
    ("越通社4月26日电 成果文件将由与会领导人在万象峰会期间签署。", "万象峰会", "planned"),
])
def test_a_city_summit_after_its_forum_or_under_a_modal(text: str, name: str, status: str):
    found = place(meetings(text, **PUB)[0])
    assert [(m["name"], m["status"]) for m in found] == [(name, status)]


@pytest.mark.parametrize(("text", "name"), [
    ("新华社4月26日电 双方同意落实上海合作组织阿斯塔纳峰会成果。", "上海合作组织阿斯塔纳峰会"),
    ("新华社4月26日电 埃方赞赏中方为落实中非合作论坛约翰内斯堡峰会成果所作努力。",
     "中非合作论坛约翰内斯堡峰会"),
])
def test_a_city_summit_keeps_the_forum_named_before_it(text: str, name: str):
    found = meetings(text, **PUB)[0]
    assert [(m["name"], m["status"]) for m in found] == [(name, "recalled")]


@pytest.mark.parametrize("text", [
    # 将军 (a general) is no modal
    "新华社4月26日电 该国将军在仰光峰会结束后表示支持。",
])
def test_no_modal_plan_from_a_rank(text: str):
    assert [m["status"] for m in place(meetings(text, **PUB)[0])] != ["planned"]


def test_a_session_after_the_series_back_reference_keeps_it_in_its_name():
    text = "新华社4月26日电 高官会总结了论坛第五届部长级会议以来的工作。"
    found = sessions(meetings(text, **PUB)[0])
    assert [(m["name"], m["status"]) for m in found] == [("论坛第五届部长级会议", "recalled")]
