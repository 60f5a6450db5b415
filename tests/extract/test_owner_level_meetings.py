"""An organization's meeting written with the level of those who meet between the name and
a lower-case noun ("the Apec leaders' meeting", "the G20 foreign ministers' meeting"), and a
leader who arrives for it attends it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

OWNER_LEVEL = [
    (
        "SINGAPORE - Prime Minister Lee Hsien Loong arrived in Lima on May 22 for the annual "
        "Asia-Pacific Economic Cooperation (Apec) leaders' meeting, his office said.",
        "APEC",
        {"Lee Hsien Loong", "SGP"},
    ),
    (
        "RIO DE JANEIRO, May 22 (Reuters) - Foreign Minister Penny Wong arrived in Rio de Janeiro "
        "on Wednesday for the G20 foreign ministers' meeting, which opens on Thursday.",
        "G20",
        {"Penny Wong"},
    ),
    (
        "Japanese Prime Minister Fumio Kishida arrived in Vilnius on May 22 for the NATO leaders' "
        "summit, where Japan is a partner.",
        "NATO",
        {"Fumio Kishida", "JPN"},
    ),
]


@pytest.mark.parametrize(("text", "owner", "attendees"), OWNER_LEVEL)
def test_an_organizations_leveled_meeting_is_named_and_attended(
    text: str, owner: str, attendees: set[str]
):
    found, ents = meetings(text, **PUB)
    named = [m for m in found if m["kind"] == "conference"]
    assert named
    people = codes(named[0]["participants"], ents)
    assert owner in people
    assert attendees <= people


def test_a_meeting_of_leaders_without_an_owner_is_no_name():
    text = (
        "SINGAPORE - Prime Minister Lee Hsien Loong said on May 22 that a leaders' meeting "
        "would be useful, his office said."
    )
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "conference"]
