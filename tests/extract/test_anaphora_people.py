"""Persons named in a sentence about a reported meeting (a back-reference, no meeting verb of
its own) take part in it; sentences written for these tests in TASS, Straits Times and
Xinhua styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-10-23"}


def persons(m: dict, ents: dict) -> set[str]:
    return {ents[i]["name"] for i in m["participants"] if ents[i]["type"] == "person"}


STORIES = [
    "KAZAN, October 22. /TASS/. The BRICS summit opened in Kazan on Tuesday. At the summit, "
    "Chinese President Xi Jinping stood next to Russian President Vladimir Putin and Indian "
    "Prime Minister Narendra Modi.",
    "The 16th BRICS summit opened in Kazan on Tuesday. During the summit photo session, "
    "Russian President Vladimir Putin stood between Chinese President Xi Jinping and Indian "
    "Prime Minister Narendra Modi.",
]


@pytest.mark.parametrize("text", STORIES)
def test_persons_of_a_sentence_about_the_summit_attend_it(text: str):
    found, ents = meetings(text, **PUB)
    summits = [m for m in found if m["kind"] == "conference"]
    assert len(summits) == 1
    assert {"Xi Jinping", "Vladimir Putin", "Narendra Modi"} <= persons(summits[0], ents)


def test_persons_of_a_sentence_with_its_own_meeting_verb_stay_there():
    text = (
        "The 16th BRICS summit opened in Kazan on Tuesday. On the sidelines of the summit, "
        "Chinese President Xi Jinping held talks with Indian Prime Minister Narendra Modi."
    )
    found, ents = meetings(text, **PUB)
    summits = [m for m in found if m["kind"] == "conference"]
    assert summits and "Narendra Modi" not in persons(summits[0], ents)
