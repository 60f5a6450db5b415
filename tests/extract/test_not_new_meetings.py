"""Phrases that name a meeting without reporting a new one: a forum's name owning a numbered
meeting, its member states or its documents (中拉论坛拉方成员国, 论坛——行动计划); a meeting
that leaders may use for talks (可能借…之机, 有望); "the meeting with B" after a named meeting.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

SERIES_OWNS_NUMBERED = [
    "中拉论坛第四届 部长级会议在北京开幕",
    "太平洋岛国论坛第五十三届 领导人会议在汤加举行",
    "亚洲相互协作与信任措施会议第六次 峰会在阿斯塔纳举行",
]


@pytest.mark.parametrize("text", SERIES_OWNS_NUMBERED)
def test_a_series_name_before_its_numbered_meeting_is_one_meeting(text: str):
    found, _ = meetings(text, **PUB)
    assert len(found) == 1
    assert found[0]["ordinal"] is not None


FORUM_AS_OWNER = [
    "新华社北京5月14日电 外交部发言人14日表示，中拉论坛拉方成员国代表将出席有关活动。",
    "新华社北京5月14日电 外交部发言人表示，双方同意落实好中非合作论坛——达喀尔行动计划。",
    "新華社北京5月14日電 外交部發言人表示，東盟地區論壇各方成員應加強溝通。",
]


@pytest.mark.parametrize("text", FORUM_AS_OWNER)
def test_a_forum_named_for_its_members_or_documents_is_no_meeting(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["reported"]]


MAY_MEET_AT = [
    "新华社北京5月14日电 两国外长有望借东盟外长会之机举行会晤。",
    "新华社北京5月14日电 中日领导人可能利用二十国集团峰会之机会面。",
    "中央社台北5月14日電 韓日領導人預計借東盟峰會之機會談，備受關注。",
]


@pytest.mark.parametrize("text", MAY_MEET_AT)
def test_a_meeting_leaders_may_use_for_talks_is_not_reported(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["reported"]]
    names = [m["name"] or "" for m in found]
    assert not any(word in n for n in names for word in ("可能", "有望", "预计", "預計", "借"))


def test_the_meeting_with_b_after_a_named_meeting_adds_b_to_it():
    text = (
        "The 56th ASEAN Foreign Ministers' Meeting opened in Jakarta on Tuesday. Indonesian "
        "Foreign Minister Retno Marsudi chaired the three-day meeting with Thai Foreign Minister "
        "Parnpree Bahiddha-nukara."
    )
    found, ents = meetings(text, **PUB)
    assert [m["kind"] for m in found] == ["conference"]
    assert "THA" in codes(found[0]["participants"], ents)


def test_held_a_meeting_with_still_states_talks():
    text = (
        "JAKARTA, May 21 (Reuters) - Indonesian Foreign Minister Retno Marsudi held a meeting "
        "with Thai Foreign Minister Parnpree Bahiddha-nukara in Jakarta on Tuesday to discuss "
        "the situation in Myanmar, the ministry said in a statement."
    )
    found, _ = meetings(text, **PUB)
    assert [m["kind"] for m in found] == ["talks"]
