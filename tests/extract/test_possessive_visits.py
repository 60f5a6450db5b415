"""An English visit written with a possessive names its visitor: in "A held talks with B
during B's visit to X" the visitor is B, not the clause's subject A. Sentences written for
these tests in Kyodo, VNA and wire styles; none is copied from an article."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-04-26"}


def visit_names(text: str) -> list[str]:
    found, _ = meetings(text, **PUB)
    return [m["name"] for m in found if m["kind"] == "visit"]


@pytest.mark.parametrize(("text", "name"), [
    ("TOKYO, April 26 (Kyodo) - Prime Minister Fumio Kishida held talks with Australian Prime "
     "Minister Anthony Albanese in Tokyo on Friday during Albanese's three-day visit to Japan.",
     "Visit to Japan by Anthony Albanese"),
    ("HANOI, April 26 (VNA) - Prime Minister Pham Minh Chinh met Japanese Foreign Minister "
     "Yoko Kamikawa on Friday as part of Kamikawa's official visit to Vietnam.",
     "Visit to Vietnam by Yoko Kamikawa"),
    ("JAKARTA, April 26 (Reuters) - Indonesian President Joko Widodo hosted Singapore's Prime "
     "Minister Lee Hsien Loong at the palace on Friday, the highlight of Lee's visit to Indonesia.",
     "Visit to Indonesia by Lee Hsien Loong"),
])
def test_the_possessor_is_the_visitor(text: str, name: str) -> None:
    names = visit_names(text)
    assert name in names
    assert not any(", " in n for n in names)


def test_a_visit_without_possessive_keeps_the_subject() -> None:
    text = ("CANBERRA, April 26 (AAP) - Prime Minister Anthony Albanese paid an official visit "
            "to Japan on Friday and held talks with Prime Minister Fumio Kishida.")
    assert "Visit to Japan by Anthony Albanese" in visit_names(text)


# "A received visiting B": a visit by B to A's state, told from the host's side.
@pytest.mark.parametrize(("text", "name"), [
    ("MOSCOW, April 26 (TASS) - Russian President Vladimir Putin on Friday met with visiting "
     "Chinese Foreign Minister Wang Yi in the Kremlin.", "Visit to Russia by Wang Yi"),
    ("JAKARTA, April 26 (Reuters) - Indonesian President Joko Widodo received visiting "
     "Australian Prime Minister Anthony Albanese at the palace on Friday.",
     "Visit to Indonesia by Anthony Albanese"),
    ("HANOI, April 26 (VNA) - Vietnamese Prime Minister Pham Minh Chinh hosted visiting "
     "Japanese Foreign Minister Yoko Kamikawa in Hanoi on Friday.",
     "Visit to Vietnam by Yoko Kamikawa"),
])
def test_visiting_guest_visits_the_hosts_state(text: str, name: str) -> None:
    assert name in visit_names(text)


@pytest.mark.parametrize("text", [
    "JAKARTA, April 26 - President Joko Widodo met a visiting professor from Australia on Friday.",
    "JAKARTA, April 26 - President Joko Widodo received the visiting Australian delegation on "
    "Friday.",
    "JAKARTA, April 26 - Visiting hours at the palace were extended on Friday, President Joko "
    "Widodo's office said.",
])
def test_visiting_without_a_named_guest_states_no_visit(text: str) -> None:
    assert visit_names(text) == []
