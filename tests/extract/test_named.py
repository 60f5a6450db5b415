"""Named meetings: name, ordinal, level, format, date and chairs from the sentence that
names them; sentences written for these tests (Xinhua, Kyodo, CNA, government readouts)."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings


def test_a_numbered_leaders_meeting_chaired_by_the_host():
    text = ("新华社雅加达9月6日电 第二十六次中国—东盟领导人会议6日在印度尼西亚雅加达举行，"
            "印度尼西亚总统佐科主持会议。")
    found, ents = meetings(text, meta_published="2023-09-06")
    (m,) = [x for x in found if x["kind"] == "conference"]
    assert (m["ordinal"], m["level"], m["date"]["start"]) == (26, "summit", "2023-09-06")
    assert {"ASEAN", "CHN"} <= codes(m["participants"], ents)
    assert m["provenance"]["ordinal"]["rule"] == "zh.ordinal.name"


def test_an_online_ministerial_meeting_co_chaired_by_two_states():
    text = ("東京（共同社）7月12日電 第二十五屆東協—日本外長會議12日以視訊方式舉行，"
            "由日本與寮國共同主持。")
    found, _ = meetings(text, meta_published="2024-07-12")
    conferences = [x for x in found if x["kind"] == "conference"]
    assert conferences and conferences[0]["format"] == "virtual"
    assert conferences[0]["level"] == "ministerial"


def test_an_english_readout_with_a_chair_after_the_name():
    text = ("JAKARTA, Sept. 5 (Reuters) - The 43rd ASEAN Summit opened in Jakarta on Tuesday, "
            "chaired by Indonesian President Joko Widodo.")
    found, ents = meetings(text, meta_published="2023-09-05")
    (m,) = [x for x in found if x["kind"] == "conference"]
    assert (m["ordinal"], m["level"], m["status"]) == (43, "summit", "held")
    assert "Joko Widodo" in codes(m["chairs"], ents)


def test_a_back_reference_brings_its_chairs_to_the_meeting_named_before():
    text = ("新华社万象7月25日电 东盟与中日韩外长会25日在老挝万象举行。"
            "老挝外长沙伦赛和中国外长王毅共同主持了会议。")
    found, ents = meetings(text, meta_published="2024-07-25")
    (m,) = [x for x in found if x["kind"] == "conference"]
    assert len(m["evidence"]) == 2
    assert "Wang Yi" in codes(m["chairs"], ents)


@pytest.mark.parametrize("text", [
    "ISE-SHIMA, Japan (AP) - The G7 summit opened in Japan on Thursday.",
    "BRUSSELS (Reuters) - A NATO summit began in Brussels on Thursday.",
    "KAZAN (TASS) - The BRICS summit is being held in Kazan on Thursday.",
])
def test_an_organization_then_a_lower_case_summit_names_its_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-05-23")
    assert [(m["kind"], m["level"], m["status"]) for m in found] == [
        ("conference", "summit", "held")]


def test_attendees_after_attended_by_and_a_chair_in_apposition():
    text = ("KAZAN (TASS) - As chair of the BRICS summit, Russian President Vladimir Putin "
            "opened the meeting on Thursday. The meeting was attended by Chinese President "
            "Xi Jinping and Indian Prime Minister Narendra Modi.")
    found, ents = meetings(text, meta_published="2024-05-23")
    (m,) = found
    assert "Vladimir Putin" in codes(m["chairs"], ents)
    assert {"Xi Jinping", "Narendra Modi"} <= codes(m["participants"], ents)


def test_the_host_of_the_summit_in_apposition_chairs_it():
    text = ("XIAMEN (Xinhua) - The BRICS summit opened on Thursday. The host of the summit, "
            "Chinese President Xi Jinping, welcomed the leaders.")
    found, ents = meetings(text, meta_published="2024-05-23")
    assert any("Xi Jinping" in codes(m["chairs"], ents) for m in found)


def test_an_all_capitals_headline_is_not_a_meeting_name():
    text = ("TRILATERAL SUMMIT TO BE HELD\n"
            "Seoul (KBS) - President Yoon Suk Yeol will attend the NATO summit in Madrid.")
    found, _ = meetings(text, meta_published="2024-05-23")
    assert all("TRILATERAL" not in (m["name"] or "") for m in found)


def test_a_meeting_later_on_the_article_day_is_news():
    text = ("SEOUL, May 23 (Yonhap) - President Yoon Suk Yeol will hold talks with Japanese Prime "
            "Minister Fumio Kishida on May 23 in Madrid.")
    found, _ = meetings(text, meta_published="2024-05-23")
    assert [m["status"] for m in found if m["kind"] == "talks"] == ["held"]


@pytest.mark.parametrize("text", [
    "新华社北京7月24日电 第二十五届中国—东盟外长会24日举行。会议在哈萨克斯坦阿斯塔纳开幕。",
    "KAZAN (TASS) - The 16th BRICS summit was held on Wednesday. The summit opened in Kazan "
    "with a plenary session.",
])
def test_a_later_sentence_that_sets_the_meeting_somewhere_makes_it_in_person(text: str):
    found, _ = meetings(text, meta_published="2024-07-24")
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences and conferences[0]["format"] == "in_person"


def test_a_virtual_meeting_stays_virtual_whatever_the_place():
    text = ("新华社北京7月24日电 第二十五届中国—东盟外长会24日以视频方式举行。"
            "中国外长王毅在北京出席会议。")
    found, _ = meetings(text, meta_published="2024-07-24")
    assert [m["format"] for m in found if m["kind"] == "conference"] == ["virtual"]


@pytest.mark.parametrize(("text", "ordinal"), [
    ("新华社约翰内斯堡8月21日电 国家主席习近平21日抵达约翰内斯堡，出席金砖国家领导人第十五次会晤"
     "并对南非进行国事访问。", 15),
    ("新华社北京12月19日电 国务院总理李强19日同俄罗斯总理米舒斯京举行中俄总理第二十八次定期会晤。", 28),
])
def test_a_numbered_leaders_meeting_written_with_huiwu_is_named(text: str, ordinal: int):
    found, _ = meetings(text, meta_published="2023-12-19")
    assert ordinal in [m["ordinal"] for m in found]


def test_a_leaders_meeting_attended_on_a_visit_is_in_person_and_dated_to_its_month():
    text = ("新华社约翰内斯堡8月21日电 国家主席习近平21日抵达约翰内斯堡，出席金砖国家领导人第十五次会晤"
            "并对南非进行国事访问。")
    found, ents = meetings(text, meta_published="2023-08-21")
    (summit,) = [m for m in found if m["kind"] == "conference"]
    assert (summit["format"], summit["date"]["start"]) == ("in_person", "2023-08")
    assert "BRICS" not in codes(next(m for m in found if m["kind"] == "visit")["participants"], ents)


def test_an_announced_visit_without_a_publication_date_stays_planned():
    text = ("新华社北京8月18日电 外交部发言人18日宣布：国家主席习近平将于8月21日至24日出席"
            "在南非约翰内斯堡举行的金砖国家领导人第十五次会晤并对南非进行国事访问。")
    found, _ = meetings(text)
    assert found and all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize("text", [
    # a forum's name after what a speaker thinks of it: the mechanism, not a session
    "新华社北京3月2日电 外交部长王毅2日在北京会见智利外长。智利方面高度重视中拉论坛，愿同中方密切协调。",
    # a state takes over the rotating chair of a forum
    "新华社北京5月8日电 外交部长王毅8日会见秘鲁外长。王毅祝贺秘鲁接任中拉论坛轮值主席国。",
    # the forum as the frame of an action plan
    "新华社开罗6月4日电 中阿双方将继续落实中阿合作论坛相关行动计划，深化各领域合作。",
    # traditional script, a forum that has run for years
    "中央社台北10日電 外交部長會見斐濟外長，雙方表示太平洋島國論壇正式運行多年，成效顯著。",
])
def test_a_forum_named_as_a_mechanism_is_no_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-05-08")
    assert not [m for m in found if m["kind"] == "conference"], found


@pytest.mark.parametrize("text", [
    "新华社北京12月10日电 中拉论坛第四届部长级会议10日在北京举行。",
    "新华社利马5月3日电 第三届中国—拉共体论坛部长级会议3日在利马开幕，外长王毅出席。",
    "新华社北京5月30日电 中阿合作论坛第十届部长级会议30日在北京举行。",
])
def test_a_numbered_session_of_a_forum_is_a_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-05-30")
    assert [m for m in found if m["kind"] == "conference"], found
