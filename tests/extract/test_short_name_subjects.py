"""English copy names a leader in full once and later by one part of the name; a later
"<surname> sat down with his <nationality> counterpart" still has its subject and its
counterpart state. Sentences written for these tests (Yonhap, Kyodo, VNA, wire styles)."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-06-12"}

SHORT_SUBJECT = [
    (
        "SEOUL (Yonhap) -- South Korean President Yoon Suk Yeol left for Europe on Monday. "
        "On Tuesday, Yoon sat down with his Australian counterpart and discussed supply chains.",
        "AUS",
    ),
    (
        "TOKYO, June 11 (Kyodo) -- Prime Minister Fumio Kishida arrived in Rome on Monday. "
        "Kishida sat down for talks with his Italian counterpart on Tuesday.",
        "ITA",
    ),
    (
        "HANOI (VNA) - Prime Minister Pham Minh Chinh began a visit to Laos on Monday. "
        "Chinh met with his Lao counterpart in Vientiane on Tuesday.",
        "LAO",
    ),
]


@pytest.mark.parametrize(("text", "other"), SHORT_SUBJECT)
def test_a_short_name_is_the_subject_named_before(text: str, other: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks" and other in codes(m["participants"], ents)]
    assert len(talks) == 1
    persons = [i for i in talks[0]["participants"] if ents[i]["type"] == "person"]
    assert len(persons) == 1


def test_an_ambiguous_short_name_gives_no_subject():
    text = (
        "North Korean leader Kim Jong Un and South Korean President Kim Dae-jung were named "
        "in the report. On Tuesday, Kim sat down with his Australian counterpart."
    )
    found, ents = meetings(text, **PUB)
    assert not [m for m in found if "AUS" in codes(m["participants"], ents)]


def test_sitting_down_to_dinner_is_no_meeting():
    text = (
        "WASHINGTON (Reuters) - President Joe Biden returned to the White House on Monday. "
        "Biden sat down to dinner with his family on Tuesday."
    )
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "talks"]
