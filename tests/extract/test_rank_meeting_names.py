"""A lower-case meeting noun after an organization and the rank that meets, the rank
written in capitals or not ("the APEC Economic Leaders' meeting", "the Apec leaders'
meeting"). Sentences written for these tests in wire, Xinhua and Singapore-paper styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-11-12"}

NAMED = [
    "LIMA, Nov 11 (Reuters) - Chinese President Xi Jinping arrived in Lima on Monday to "
    "attend the 31st Asia-Pacific Economic Cooperation (APEC) Economic Leaders' meeting.",
    "President Joe Biden flew to Lima on Monday for the annual Asia-Pacific Economic "
    "Cooperation Economic Leaders’ meeting, the White House said.",
    "Prime Minister Lawrence Wong arrived in Lima yesterday for the Asia-Pacific Economic "
    "Cooperation (APEC) Leaders' meeting.",
]


@pytest.mark.parametrize("text", NAMED)
def test_the_rank_in_capitals_still_names_the_meeting(text: str):
    found, ents = meetings(text, **PUB)
    named = [
        m for m in found if m["kind"] == "conference" and "APEC" in codes(m["participants"], ents)
    ]
    assert len(named) == 1
    assert named[0]["name"].endswith("meeting")


def test_a_rank_without_an_organization_is_no_name():
    text = (
        "TOKYO, Nov 11 (Kyodo) -- Economic Leaders of the region held a meeting in Tokyo on "
        "Monday, organizers said."
    )
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "conference" and "Leaders" in (m["name"] or "")]
