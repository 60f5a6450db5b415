"""One-on-one talks "with leaders of A, B and C" are one meeting per state; talks with the
leaders of several states, not said to be one-on-one, stay one meeting. Sentences written
for these tests in Yonhap, AP and VNA styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-06-12"}

ONE_ON_ONE = [
    (
        "MADRID (Yonhap) -- South Korean President Yoon Suk Yeol held one-on-one talks with "
        "leaders of the Netherlands, Canada and Poland on Wednesday.",
        {"NLD", "CAN", "POL"},
    ),
    (
        "BRUSSELS (AP) - Japanese Prime Minister Fumio Kishida had one-on-one meetings with "
        "the leaders of Germany and Italy on Thursday.",
        {"DEU", "ITA"},
    ),
    (
        "NEW YORK (VNA) - Prime Minister Pham Minh Chinh held one-to-one meetings with leaders "
        "of Japan and Australia on the sidelines of the UN General Assembly on June 11.",
        {"JPN", "AUS"},
    ),
]


@pytest.mark.parametrize(("text", "others"), ONE_ON_ONE)
def test_one_meeting_per_state(text: str, others: set[str]):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == len(others)
    assert {frozenset(codes(m["participants"], ents) & others) for m in talks} == {
        frozenset({o}) for o in others
    }


def test_talks_with_leaders_together_stay_one():
    text = (
        "BRUSSELS (AP) - Japanese Prime Minister Fumio Kishida held talks with the leaders of "
        "Germany and Italy on Thursday."
    )
    found, _ = meetings(text, **PUB)
    assert len([m for m in found if m["kind"] == "talks"]) == 1
