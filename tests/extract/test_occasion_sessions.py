"""Talks held "on the sidelines/margins of" an organization's session or a named summit: the
session is under way and the parties of the talks attend it. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

OCCASIONS = [
    (
        "Secretary of State Antony Blinken met with Turkish Foreign Minister Hakan Fidan in New "
        "York City on May 22 on the margins of the UN General Assembly to discuss cooperation.",
        "UNGA",
        {"Antony Blinken", "Hakan Fidan"},
    ),
    (
        "NEW DELHI, May 22 (Reuters) - Prime Minister Narendra Modi held talks with Japanese "
        "Prime Minister Fumio Kishida on the sidelines of the G20 summit on Wednesday, officials "
        "said.",
        "G20",
        {"Narendra Modi", "Fumio Kishida"},
    ),
    (
        "Vietnamese Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang on May 22 on the "
        "sidelines of the ASEAN Summit in Vientiane, VNA reported.",
        "ASEAN",
        {"Pham Minh Chinh", "Li Qiang"},
    ),
]


@pytest.mark.parametrize(("text", "owner", "people"), OCCASIONS)
def test_the_occasion_of_talks_is_held_and_attended(text: str, owner: str, people: set[str]):
    found, ents = meetings(text, **PUB)
    sessions = [m for m in found if m["kind"] == "conference" and m["reported"]]
    assert sessions
    got = codes(sessions[0]["participants"], ents)
    assert owner in got and people <= got
    assert sessions[0]["format"] == "in_person"  # the talks held there were


def test_an_organization_named_otherwise_holds_no_session():
    text = (
        "Secretary of State Antony Blinken met with Turkish Foreign Minister Hakan Fidan in New "
        "York City on May 22 to discuss the UN General Assembly's agenda."
    )
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "conference"]
