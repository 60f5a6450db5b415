"""A headline's unnumbered name for the numbered meeting the lead reports is one meeting
with it, even where the lead's owner is not linked; a headline meeting at another level
stays apart. Texts written for these tests (wire, TASS, AA styles): the first line is the
headline."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-06-12"}

SAME = [
    "OSCE Foreign Ministers meeting opens in Malta\n\n"
    "VALLETTA, June 12 (Reuters) - The 31st Ministerial Council of the Organisation for "
    "Security and Co-operation in Europe (OSCE) opened in Valletta on Wednesday.",
    "OSCE ministers meeting gets under way in Skopje\n\n"
    "SKOPJE, June 12 (TASS) - The 30th Ministerial Council of the Organisation for Security "
    "and Co-operation in Europe began its work in Skopje on Wednesday, the ministry said.",
    "OSCE Foreign Ministers meeting opens in Lodz\n\n"
    "LODZ, Poland (AA) - The 29th Ministerial Council of the Organisation for Security and "
    "Co-operation in Europe opened on Wednesday in the Polish city of Lodz.",
]


@pytest.mark.parametrize("text", SAME)
def test_the_headline_name_is_the_numbered_meeting(text: str):
    found, _ = meetings(text, **PUB)
    held = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert len(held) == 1
    assert held[0]["ordinal"] is not None


def test_a_headline_meeting_at_another_level_stays_apart():
    text = (
        "OSCE leaders' summit opens in Malta\n\n"
        "VALLETTA, June 12 (Reuters) - The 31st Ministerial Council of the Organisation for "
        "Security and Co-operation in Europe (OSCE) opened in Valletta on Wednesday."
    )
    found, _ = meetings(text, **PUB)
    assert len([m for m in found if m["kind"] == "conference"]) == 2
