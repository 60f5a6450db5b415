"""A person's state is the one the knowledge base gives for his office on the article's date,
not a state a dateline sets before his title ("CITY (State) - Prime Minister A …"), nor the
state of the city he is in. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

DATELINED = [
    (
        "PHNOM PENH (Cambodia) • Prime Minister Anthony Albanese met Japanese Prime Minister "
        "Fumio Kishida on the sidelines of the summit on May 21, a spokesman said. Australia "
        "and Japan agreed to deepen their defence ties.",
        "AUS",
        "KHM",
    ),
    (
        "BANGKOK (Thailand) - Prime Minister Narendra Modi held talks with Chinese Premier Li "
        "Qiang on May 21 on the sidelines of the regional summit. India and China agreed to "
        "keep talking.",
        "IND",
        "THA",
    ),
    (
        "VIENTIANE, Laos — President Joko Widodo held talks with Philippine President Ferdinand "
        "Marcos Jr. on May 21 at the regional summit, and Indonesia and the Philippines agreed "
        "to expand trade.",
        "IDN",
        "LAO",
    ),
]


@pytest.mark.parametrize(("text", "own", "dateline"), DATELINED)
def test_the_office_on_the_day_outranks_the_dateline_state(text: str, own: str, dateline: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks
    states = codes(talks[0]["participants"], ents)
    assert own in states
    assert dateline not in states
