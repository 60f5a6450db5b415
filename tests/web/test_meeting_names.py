"""A meeting's name in the page's language, from its sources' accounts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from fastapi.testclient import TestClient

from summitry.store.results import ActorRef, MeetingRecord, SourceRef
from summitry.web.meeting_names import meeting_name


def _meeting(name: str, docs: tuple[str, ...]) -> MeetingRecord:
    sources = tuple(SourceRef(i, d, True, None, None, None, None, None, None)
                    for i, d in enumerate(docs, 1))
    return MeetingRecord(id=7, name=name, kind="talks", format=None, level=None,
                         ordinal=None, series=None, date_start=None, date_end=None,
                         location=None, reported=True, chairs=(),
                         participants=(ActorRef("state:VNM", "state", "VNM", "Vietnam"),),
                         sources=sources, evidence=())


def _doc(meetings: list[dict[str, Any]], linked: dict[str, int]) -> Any:
    return SimpleNamespace(extraction={"meetings": meetings}, linked=linked)


# Written for this test (Xinhua-style Chinese, wire-style English), not from any article.
ZH = _doc([{"id": "m1", "name": "中越外长会谈", "name_en": "China-Vietnam Foreign Ministers' Talks"},
           {"id": "m2", "name": "另一场会议", "name_en": "Another Meeting"}], {"m1": 7, "m2": 8})
EN = _doc([{"id": "m1", "name": "Vietnam-China foreign ministers' talks"}], {"m1": 7})


def test_an_english_page_takes_an_english_account_first():
    m = _meeting("中越外长会谈", ("zh-doc", "en-doc"))
    assert meeting_name(m, {"zh-doc": ZH, "en-doc": EN}, "en") == \
        "Vietnam-China foreign ministers' talks"


def test_without_an_english_account_the_name_en_of_the_linked_meeting_is_used():
    m = _meeting("中越外长会谈", ("zh-doc",))
    assert meeting_name(m, {"zh-doc": ZH}, "en") == "China-Vietnam Foreign Ministers' Talks"


def test_a_chinese_page_keeps_a_chinese_name_and_finds_one_for_an_english_meeting():
    assert meeting_name(_meeting("中越外长会谈", ("zh-doc",)), {"zh-doc": ZH}, "zh") == \
        "中越外长会谈"
    m = _meeting("Vietnam-China foreign ministers' talks", ("en-doc", "zh-doc"))
    assert meeting_name(m, {"zh-doc": ZH, "en-doc": EN}, "zh") == "中越外长会谈"


def test_no_fitting_account_keeps_the_stored_name():
    m = _meeting("Vietnam-China foreign ministers' talks", ("en-doc",))
    assert meeting_name(m, {"en-doc": EN}, "zh") == "Vietnam-China foreign ministers' talks"
    assert meeting_name(m, {}, "en") == "Vietnam-China foreign ministers' talks"


def test_the_meeting_page_shows_the_stored_name_under_another(pages: TestClient):
    for mid in range(1, 5):
        en = pages.get(f"/meetings/{mid}", params={"lang": "en"}).text
        title = en.split('id="meeting-title">')[1].split("<")[0]
        if 'id="stored-name"' in en:
            assert en.split('id="stored-name">')[1].split("<")[0] != title
