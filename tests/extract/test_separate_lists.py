"""Lists of counterparts met one by one: "bilateral meetings with the leaders of A, B and
C" (a list of states cut at its commas), "met A and B separately" (the split marker after
the counterparts). Sentences written for these tests in wire, Bernama and PTI styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-10-10"}

STATE_LISTS = [
    "On the sidelines of the summit in Vientiane on Thursday, Prime Minister Anwar Ibrahim "
    "held bilateral meetings with the leaders of Vietnam, Laos and Thailand.",
    "KUALA LUMPUR (Bernama) -- Anwar Ibrahim held separate talks with the prime ministers of "
    "Vietnam, Laos, and Thailand on Thursday.",
    "NEW DELHI (PTI) -- Anwar Ibrahim will hold bilateral meetings with leaders of Vietnam, "
    "Laos and Thailand on Saturday.",
]


@pytest.mark.parametrize("text", STATE_LISTS)
def test_separate_meetings_with_a_list_of_states_are_one_each(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    others = [codes(m["participants"], ents) - {"MYS", "Anwar Ibrahim"} for m in talks]
    assert sorted(sorted(o) for o in others) == [["LAO"], ["THA"], ["VNM"]]


def test_a_list_of_states_met_together_is_one_meeting():
    text = "Prime Minister Anwar Ibrahim held talks with the leaders of Vietnam, Laos and Thailand."
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1
    assert {"VNM", "LAO", "THA"} <= codes(talks[0]["participants"], ents)


def test_a_place_after_the_counterpart_is_no_list():
    text = (
        "Prime Minister Anwar Ibrahim held talks with Vietnamese Prime Minister Pham Minh Chinh "
        "in Hanoi, Vietnam, Laos and Thailand were also represented."
    )
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1
    assert "LAO" not in codes(talks[0]["participants"], ents)


SEPARATELY_AFTER = [
    "Anwar Ibrahim also met Joko Widodo and Lawrence Wong separately on Thursday.",
    "Malaysian Prime Minister Anwar Ibrahim received Indonesian President Joko Widodo and "
    "Singapore Prime Minister Lawrence Wong in turn at his office on Monday.",
]


@pytest.mark.parametrize("text", SEPARATELY_AFTER)
def test_a_split_marker_after_the_counterparts_splits(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    persons = sorted(
        sorted(ents[i]["name"] for i in m["participants"] if ents[i]["type"] == "person")
        for m in talks
    )
    assert persons == [["Anwar Ibrahim", "Joko Widodo"], ["Anwar Ibrahim", "Lawrence Wong"]]
