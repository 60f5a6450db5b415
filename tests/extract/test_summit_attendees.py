"""A summit the story is about (这次的X峰会, 本届论坛) is an event even with no verb of holding
beside it, and the leaders it lists as gathered (聚集…领袖，包括A、B; "brought together
leaders including A and B") attend it, each with his state; an organization alone does not
pay a visit. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-10-10"}

GATHERED = [
    (
        "新华社万象10月10日电 第44届东盟峰会10日在万象开幕。这次的东盟峰会聚集多国领导人，"
        "包括日本首相石破茂、中国国务院总理李强。",
        {"JPN", "CHN", "Li Qiang"},
    ),
    (
        "中央社萬象10月10日電 本屆東盟峰會匯聚十多國政要，其中包括日本首相石破茂和中國國務院"
        "總理李強。",
        {"JPN", "CHN", "Li Qiang"},
    ),
    (
        "VIENTIANE, Oct 10 (Reuters) - The 44th ASEAN Summit opened in Vientiane on Thursday "
        "and brought together regional leaders including Japanese Prime Minister Shigeru Ishiba "
        "and Chinese Premier Li Qiang.",
        {"JPN", "CHN", "Li Qiang"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), GATHERED)
def test_the_leaders_a_summit_gathered_attend_it(text: str, wanted: set[str]):
    found, ents = meetings(text, **PUB)
    summits = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert summits
    assert wanted <= codes(summits[0]["participants"], ents)


def test_a_series_named_as_a_mechanism_is_no_event():
    text = "新华社北京10月10日电 外交部发言人10日表示，中方高度重视东盟峰会机制的作用。"
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["reported"]]


def test_an_organization_does_not_visit():
    text = (
        "新华社新加坡10月10日电 新加坡外交部10日表示，欢迎东南亚国家联盟来访新加坡，"
        "双方将加强合作。"
    )
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "visit"]
