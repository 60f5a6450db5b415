"""A passive reception ("A was received by B") is B receiving A, and "on a state visit to X"
states a visit. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

PASSIVE = [
    (
        "Vietnamese Foreign Minister Bui Thanh Son was received by Cambodian Prime Minister "
        "Hun Manet in Phnom Penh on May 22.",
        "Hun Manet",
        "Bui Thanh Son",
    ),
    (
        "Indonesian President Joko Widodo was warmly welcomed by Japanese Prime Minister Fumio "
        "Kishida at the Kantei on Wednesday.",
        "Fumio Kishida",
        "Joko Widodo",
    ),
    (
        "TOKYO, May 22 (Kyodo) - Australian Prime Minister Anthony Albanese has been received "
        "by Prime Minister Fumio Kishida for talks on regional security.",
        "Fumio Kishida",
        "Anthony Albanese",
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), PASSIVE)
def test_the_party_after_by_receives_the_subject(text: str, host: str, guest: str):
    found, ents = meetings(text, **PUB)
    receptions = [m for m in found if host in codes(m["participants"], ents)]
    assert receptions
    assert guest in codes(receptions[0]["participants"], ents)
    assert receptions[0]["name"].startswith(host)  # the host receives


def test_a_proposal_welcomed_by_a_leader_is_no_reception():
    text = "The ceasefire proposal was welcomed by Prime Minister Fumio Kishida on Wednesday."
    found, _ = meetings(text, **PUB)
    assert not found


ON_A_VISIT = [
    (
        "Cambodian Prime Minister Hun Manet, on a three-day official visit to Vietnam, held "
        "talks with Prime Minister Pham Minh Chinh in Hanoi on Monday.",
        "VNM",
    ),
    (
        "Prime Minister Narendra Modi arrived in Tokyo on Monday on a state visit to Japan.",
        "JPN",
    ),
    (
        "President Joko Widodo landed in Canberra on Tuesday on an official working visit to "
        "Australia, his office said.",
        "AUS",
    ),
]


@pytest.mark.parametrize(("text", "place"), ON_A_VISIT)
def test_on_a_visit_to_states_a_visit(text: str, place: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits and place in codes(visits[0]["participants"], ents)


def test_commenting_on_a_visit_is_no_visit():
    text = "Foreign Minister Penny Wong commented on the visit to China by a trade delegation."
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "visit"]
