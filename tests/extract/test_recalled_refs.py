"""English back-references to another encounter by place or partner (the recent meeting in
X, his previous talks with Y, her planned meeting with Z); sentences written for these tests
in TASS, Xinhua, dpa, Reuters, Kyodo and Bernama styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2022-09-01"}


def refs(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"].startswith("en.recalled.")
            and m["provenance"]["kind"]["rule"].endswith("_ref")]


@pytest.mark.parametrize(("text", "status"), [
    ("MOSCOW, Sept 1 (TASS) - Putin received Mirziyoyev in the Kremlin. The two presidents "
     "reviewed the decisions of their recent bilateral meeting in Samarkand.", "recalled"),
    ("KUALA LUMPUR, Sept 1 (Bernama) - Anwar said the previous consultations in Vientiane had "
     "set the agenda.", "recalled"),
    ("BERLIN, Sept 1 (dpa) - Scholz and Macron will prepare the next ministerial meeting in "
     "Paris.", "planned"),
    ("GENEVA, Sept 1 (Reuters) - Progress since their last round of talks was slow, the envoy "
     "said, referring to the last talks in Geneva.", "recalled"),
])
def test_an_encounter_named_by_order_and_place(text: str, status: str):
    found = refs(meetings(text, **PUB)[0])
    assert [m["status"] for m in found] == [status]
    assert found[0]["location"]


@pytest.mark.parametrize(("text", "status", "date"), [
    ("BEIJING, Sept 1 (Xinhua) - Xi Jinping held talks with Pham Minh Chinh on Thursday. "
     "Recalling his talks with Pham Minh Chinh in June 2021, Xi Jinping praised the "
     "progress.", "recalled", "2021-06"),
    ("TOKYO, Sept 1 (Kyodo) - Kishida welcomed Anthony Albanese. Recalling their previous "
     "talks with Fumio Kishida, Albanese thanked Japan.", "recalled", None),
    ("LONDON, Sept 1 (Reuters) - Keir Starmer hopes to settle it at his next phone call with "
     "Donald Trump.", "planned", None),
])
def test_an_encounter_named_by_its_partner(text: str, status: str, date: str | None):
    found = refs(meetings(text, **PUB)[0])
    assert [m["status"] for m in found] == [status]
    assert (found[0]["date"] or {}).get("start") == date


@pytest.mark.parametrize("text", [
    # the news meeting itself: no order word, date or recall verb
    "BERLIN, Sept 1 (dpa) - During his meeting with Emmanuel Macron, Olaf Scholz raised "
    "defence spending.",
    # talks with no person
    "TOKYO, Sept 1 (Kyodo) - He spoke to reporters after his talks with the press corps.",
    # an order word before no encounter noun, or a room, or a congress
    "HANOI, Sept 1 (VNA) - The last congress in Hanoi elected the new leadership.",
    "SEOUL, Sept 1 (Yonhap) - The delegates met in the previous meeting room in Seoul.",
    # a joint statement
    "BEIJING, Sept 1 (Xinhua) - Their recent joint statement in Beijing was welcomed.",
])
def test_no_reference_without_an_encounter_and_a_cue(text: str):
    assert refs(meetings(text, **PUB)[0]) == []
