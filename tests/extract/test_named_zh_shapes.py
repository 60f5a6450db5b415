"""Chinese named meetings on sentences written for these tests (Xinhua, China News Service,
Lianhe Zaobao and HK traditional-script styles): a byline before the name, a count word
that sums up several meetings, and a series named bare after its numbered form."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-10-24"}

BYLINES = [
    "新华社喀山10月23日电(记者 李明、王芳)金砖国家领导人第十六次会晤23日在喀山举行。",
    "中新社万象10月10日电（记者 张强）第44届东盟峰会10日在万象开幕。",
    "新华社万象10月10日电(记者 陈、刘)第27届东盟-中国领导人会议10日在万象举行。",
]


@pytest.mark.parametrize("text", BYLINES)
def test_a_byline_in_brackets_is_not_part_of_the_name(text: str):
    found, _ = meetings(text, **PUB)
    assert found
    assert all("记者" not in m["name"] and not m["name"].startswith(("陈", "张", "王", ")")) for m in found)
    assert all(m["name"].startswith("第") or m["name"].startswith("金砖") for m in found)


COLLECTIVES = [
    "东盟峰会结束后,各方还举行了多次东亚合作领导人会议。",
    "新加坡今年作为东盟轮值主席国,举办了两次东盟峰会。",
    "会议期间举行了一系列部长级会议。",
]


@pytest.mark.parametrize("text", COLLECTIVES)
def test_a_count_word_before_a_meeting_noun_names_no_meeting(text: str):
    found, _ = meetings(text, **PUB)
    assert not any(
        m["name"].endswith(("东亚合作领导人会议", "两次东盟峰会", "部长级会议")) for m in found
    )


def test_the_series_named_bare_after_its_numbered_form_is_the_same_meeting():
    text = (
        "第44届东盟峰会10日在老挝万象开幕。东盟峰会期间,各国领导人就区域合作交换意见。"
        "老挝总理宋赛·西潘敦主持东盟峰会。"
    )
    found, _ = meetings(text, **PUB)
    summits = [m for m in found if "东盟峰会" in m["name"]]
    assert len(summits) == 1 and summits[0]["ordinal"] == 44


def test_a_bare_series_of_another_level_stays_apart():
    text = "第44届东盟峰会10日在老挝万象开幕。此前一天,东盟外长会议在万象举行。"
    found, _ = meetings(text, **PUB)
    assert len([m for m in found if "东盟" in m["name"]]) == 2


SPEAKERS_BEFORE_A_VISIT = [
    "外交部长王毅21日介绍国务院总理李强对新西兰进行正式访问的安排。",
    "外交部发言人毛宁宣布,国家主席习近平将对哈萨克斯坦进行国事访问。",
]


@pytest.mark.parametrize("text", SPEAKERS_BEFORE_A_VISIT)
def test_the_speaker_of_a_visit_is_not_its_visitor(text: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits
    names = {ents[i]["name"] for i in visits[0]["participants"] if ents[i]["type"] == "person"}
    assert len(names) == 1 and names & {"Li Qiang", "Xi Jinping"}


FIRST_STATED_BY_A_TIME_CLAUSE = [
    "外交部长王毅18日在莫斯科同俄罗斯外长拉夫罗夫会谈时表示,双方合作不针对第三方。",
    "国家主席习近平10日在北京同法国总统马克龙会晤时指出,中法关系具有战略意义。",
    "國務院總理李強18日在北京與新加坡總理黃循財會談時表示,兩國合作前景廣闊。",
]


@pytest.mark.parametrize("text", FIRST_STATED_BY_A_TIME_CLAUSE)
def test_a_meeting_first_stated_in_a_time_clause_is_reported(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1
    assert len([i for i in talks[0]["participants"] if ents[i]["type"] == "person"]) == 2


def test_a_time_clause_after_its_meeting_refers_back():
    text = (
        "国家主席习近平10日在北京同法国总统马克龙举行会谈。"
        "习近平同马克龙会谈时指出,中法关系具有战略意义。"
    )
    found, _ = meetings(text, **PUB)
    assert len([m for m in found if m["kind"] == "talks"]) == 1


def test_a_time_clause_without_a_counterpart_is_no_meeting():
    text = "习近平在会谈时指出,中法关系具有战略意义。"
    found, _ = meetings(text, **PUB)
    assert not found


VISITS_WITH_TALKS = [
    "应南非总统拉马福萨邀请,国家主席习近平22日抵达约翰内斯堡,对南非进行国事访问。"
    "当天下午,习近平同拉马福萨举行会谈。",
    "俄罗斯总统普京19日抵达平壤,对朝鲜进行国事访问。普京同金正恩举行会谈。",
]


@pytest.mark.parametrize("text", VISITS_WITH_TALKS)
def test_the_host_of_talks_during_a_visit_takes_part_in_the_visit(text: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert len(visits) == 1
    persons = [i for i in visits[0]["participants"] if ents[i]["type"] == "person"]
    assert len(persons) == 2


def test_a_reception_by_another_leader_does_not_join_the_visit():
    text = (
        "俄罗斯总统普京19日抵达平壤,对朝鲜进行国事访问。普京同金正恩举行会谈。"
        "朝鲜最高人民会议常任委员会委员长崔龙海会见了普京。"
    )
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    names = {ents[i]["name"] for i in visits[0]["participants"] if ents[i]["type"] == "person"}
    assert len(names) == 2


VISITS_TO_A_CITY = [
    "菲律宾总统小马科斯正在华府进行4天的正式工作访问,并于1日与美国总统拜登举行会谈。",
    "Philippine President Ferdinand Marcos Jr. is on a four-day official visit to the capital "
    "and held talks with U.S. President Joe Biden on Monday.",
]


@pytest.mark.parametrize("text", VISITS_TO_A_CITY)
def test_a_visit_to_an_unknown_place_goes_to_the_state_of_its_talks_partner(text: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert len(visits) == 1
    assert "USA" in {ents[i]["code"] for i in visits[0]["participants"]}
