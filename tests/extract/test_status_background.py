"""Meetings named as background, not as the news: a habitual statement about a series
(每次/通常/不定期), a session as the place where a result was reached ("the consensus reached
at the X"), a meeting closed by a future time ("the dialogue in Washington next week"), and a
mechanism named as an actor with a role (论坛为…发挥作用). Sentences written for these tests
in Xinhua, CNA, HK-paper, wire, Kyodo-style and government-readout styles; each class has
sentences where the same name is the news and must stay held."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


def statuses(text: str, word: str, published: str) -> list[str]:
    found, _ = meetings(text, meta_published=published)
    return [m["status"] for m in found if word in (m["name"] or "")]


@pytest.mark.parametrize("text", [
    "新华社北京3月2日电 按照惯例，每次东亚峰会召开前，各方会不定期举行高官会议。",
    "中央社台北3月2日電 東協通常在每年年底舉行外長會議，由輪值主席國主辦。",
    "本报讯 历届上海合作组织峰会都通过了联合宣言。",
])
def test_a_habitual_statement_about_a_series_is_not_held_news(text: str):
    got = statuses(text, "会", "2024-03-02") + statuses(text, "會", "2024-03-02")
    assert got and "held" not in got


@pytest.mark.parametrize("text", [
    "新华社万象3月2日电 第五十七届东盟外长会议2日在万象举行。",
    "中央社雅加達3月2日電 東協外長會議2日在雅加達登場。",
])
def test_a_session_held_today_stays_held(text: str):
    got = statuses(text, "外长会议", "2024-03-02") + statuses(text, "外長會議", "2024-03-02")
    assert got == ["held"]


@pytest.mark.parametrize("text", [
    "TOKYO, March 2 (Kyodo) - The ministers pledged to implement the consensus reached at the "
    "ASEAN Regional Forum.",
    "HANOI, March 2 (VNA) - Both sides agreed to carry out the agreements adopted during the "
    "Mekong-Lancang Cooperation Foreign Ministers' Meeting.",
    "The two ministers welcomed the reaffirmation of the strategic partnership by both leaders "
    "at the East Asia Summit.",
])
def test_a_session_named_as_the_source_of_a_result_is_background(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    named = [m for m in found if m["kind"] != "talks" and m["name"]
             and ("Forum" in m["name"] or "Meeting" in m["name"] or "Summit" in m["name"])]
    assert all(m["status"] != "held" for m in named)


@pytest.mark.parametrize("text", [
    "JAKARTA, March 2 (Reuters) - Leaders signed a declaration at the East Asia Summit held in "
    "Jakarta on Saturday.",
    "JAKARTA, March 2 - Leaders hailed the consensus reached at today's East Asia Summit in "
    "Jakarta.",
])
def test_a_session_that_is_the_news_stays_held(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    summits = [m for m in found if "Summit" in (m["name"] or "")]
    assert summits and all(m["status"] == "held" for m in summits)


@pytest.mark.parametrize("text", [
    "Pak-Afghan Joint Commission in Kabul next week",
    "WASHINGTON, March 2 (AP) - India and the United States will convene the Trade Policy "
    "Forum in New Delhi later this month.",
    "SINGAPORE - The Shangri-La Dialogue in Singapore next week will draw defence chiefs.",
])
def test_a_meeting_closed_by_a_future_time_is_not_held(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    named = [m for m in found if m["name"] and any(
        w in m["name"] for w in ("Commission", "Forum", "Dialogue"))]
    assert all(m["status"] != "held" for m in named)


def test_a_meeting_held_this_week_with_a_plan_in_another_clause_stays_held():
    text = ("BANGKOK, March 2 (Reuters) - The Mekong-Lancang Cooperation Foreign Ministers' "
            "Meeting opened in Bangkok on Saturday, and the leaders will meet next week.")
    found, _ = meetings(text, meta_published="2024-03-02")
    named = [m for m in found if "Meeting" in (m["name"] or "")]
    assert named and named[0]["status"] == "held"


@pytest.mark.parametrize("text", [
    "新华社北京3月2日电 外方表示，中国—东盟博览会为促进地区合作发挥了重要作用。",
    "中央社台北3月2日電 他說，太平洋島國論壇在區域事務中發揮著關鍵作用。",
    "本报讯 他表示，中非合作论坛作为南南合作的重要平台，意义重大。",
])
def test_a_mechanism_named_with_its_role_is_not_a_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    assert all(m["status"] != "held" for m in found if "论坛" in (m["name"] or "")
               or "論壇" in (m["name"] or "") or "博览会" in (m["name"] or ""))


def test_a_mechanism_session_opening_today_stays_held():
    text = "新华社北京3月2日电 中非合作论坛第九届部长级会议2日在北京开幕。"
    got = statuses(text, "部长级会议", "2024-03-02")
    assert got == ["held"]


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 2 (Reuters) - Vice President Kamala Harris flew to Jakarta to attend "
    "the East Asia Summit.",
    "LIMA, March 2 (AP) - Chinese President Xi Jinping left for Lima to take part in the APEC "
    "Economic Leaders' Meeting.",
    "HANOI, March 2 (VNA) - Prime Minister Pham Minh Chinh landed in Vientiane to participate "
    "in the ASEAN Summit.",
])
def test_a_meeting_a_leader_travels_to_attend_is_planned(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    named = [m for m in found if m["name"] and any(
        w in m["name"] for w in ("Dialogue", "Meeting", "Summit"))]
    assert named and all(m["status"] == "planned" for m in named)


def test_a_summit_travelled_to_that_opened_today_stays_held():
    text = ("JAKARTA, March 2 (Reuters) - Leaders arrived in Jakarta to attend the East Asia "
            "Summit, which opened on Saturday, March 2.")
    found, _ = meetings(text, meta_published="2024-03-02")
    summits = [m for m in found if "Summit" in (m["name"] or "")]
    assert summits and all(m["status"] == "held" for m in summits)


@pytest.mark.parametrize("text", [
    "中央社雅加達3月2日電 今年東協系列會議以韌性與成長為主軸，各方對此表示歡迎。",
    "新华社北京3月2日电 今年东盟系列会议的重点议题包括数字经济。",
    "星岛日报3月2日讯 今年东盟系列会议聚焦南海问题。",
])
def test_a_years_chain_of_meetings_without_a_verb_of_holding_is_not_a_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    assert not [m for m in found if "系列" in (m["name"] or "")]


@pytest.mark.parametrize("text", [
    "新华社万象3月2日电 外交部长王毅2日在万象出席东盟系列会议。",
    "联合早报3月2日讯 今年东盟系列会议在雅加达举行，各国外长出席。",
])
def test_a_chain_of_meetings_attended_or_held_stays_held(text: str):
    found, _ = meetings(text, meta_published="2024-03-02")
    chain = [m for m in found if "系列" in (m["name"] or "")]
    assert [m["status"] for m in chain] == ["held"]
