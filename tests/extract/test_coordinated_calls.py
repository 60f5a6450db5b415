"""A call whose parties are the coordinated subject, with no with-phrase: "A and B spoke
by phone". Sentences written for these tests in wire, Kyodo, TASS and readout styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-06-12"}

COORDINATED_CALLS = [
    "WASHINGTON (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping spoke "
    "by phone on Tuesday, the White House said.",
    "TOKYO, June 11 (Kyodo) -- Japanese Prime Minister Fumio Kishida and South Korean "
    "President Yoon Suk Yeol talked over the phone on Tuesday.",
    "MOSCOW, June 11 (TASS) - Russian President Vladimir Putin and Turkish President Recep "
    "Tayyip Erdogan held a telephone conversation on Tuesday, the Kremlin press service said.",
]


@pytest.mark.parametrize("text", COORDINATED_CALLS)
def test_two_leaders_who_spoke_by_phone_had_a_call(text: str):
    found, ents = meetings(text, **PUB)
    calls = [m for m in found if m["kind"] == "call"]
    assert len(calls) == 1 and calls[0]["format"] == "phone"
    persons = [i for i in calls[0]["participants"] if ents[i]["type"] == "person"]
    assert len(persons) == 2


NOT_A_CALL = [
    "WASHINGTON (Reuters) - U.S. President Joe Biden spoke by phone on Tuesday, the White "
    "House said, without naming the caller.",
    "Officials said the phone lines at the ministry were busy on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_A_CALL)
def test_one_party_alone_has_no_call(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "call"]
