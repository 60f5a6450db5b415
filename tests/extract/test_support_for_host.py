"""Support for a host (支持X国承办…大会, "backed Brazil's hosting of the summit") speaks of a
meeting still to come: planned, not reported. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2025-01-22"}

SUPPORT = [
    "新华社北京1月22日电 外交部长王毅22日同阿联酋外长阿卜杜拉会谈。王毅说，中国愿支持"
    "阿联酋承办第二十八届联合国气候变化大会。",
    "王毅说，中方支持马来西亚主办第47届东盟峰会。",
    "Wang Yi said China supports Brazil's hosting of the BRICS Summit this year.",
]


@pytest.mark.parametrize("text", SUPPORT)
def test_a_meeting_a_host_is_supported_for_is_not_reported(text: str):
    found, _ = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences
    assert all(not m["reported"] for m in conferences)


def test_a_meeting_held_with_support_words_elsewhere_stays_reported():
    text = (
        "新华社北京1月22日电 第十届东盟防长会议22日在吉隆坡举行。会议支持各方加强合作。"
    )
    found, _ = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences and conferences[0]["reported"]
