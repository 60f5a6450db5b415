"""An English visit written with a possessive and no place ("B's first overseas visit since
…", "B's two-day official visit"): the place is the state of the host of B's talks or
reception stated before it; with no such talks there is no visit. A time at the end of a
"since …" clause dates the period, not the visit. Sentences written for these tests in
Jakarta Post, VNA, Yonhap and Kyodo styles; none is copied from an article."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings


def visits(text: str, published: str) -> list[tuple[str, str, str | None, frozenset[str]]]:
    found, ents = meetings(text, meta_published=published)
    return [(m["name"], m["status"], (m["date"] or {}).get("start"),
             frozenset(codes(m["participants"], ents)))
            for m in found if m["kind"] == "visit" and m["status"] == "held"]


@pytest.mark.parametrize(("text", "published", "name", "host"), [
    ("BOGOR, Aug 31 (The Jakarta Post) - President Joko Widodo received Australian Prime "
     "Minister Scott Morrison at the palace on Friday. It was Morrison's first overseas visit "
     "since he took office on Aug. 24.", "2018-08-31", "Visit to Indonesia by Scott Morrison",
     "IDN"),
    ("HANOI, Nov 3 (VNA) - Prime Minister Pham Minh Chinh held talks with Japanese Prime "
     "Minister Fumio Kishida in Hanoi on Friday. The talks were the highlight of Kishida's "
     "two-day official visit.", "2023-11-03", "Visit to Vietnam by Fumio Kishida", "VNM"),
    ("SEOUL, Nov 3 (Yonhap) - Japanese Prime Minister Fumio Kishida held talks with President "
     "Yoon Suk Yeol on Friday, Kishida's first state visit since 2018.", "2023-11-03",
     "Visit to South Korea by Fumio Kishida", "KOR"),
])
def test_the_host_of_the_talks_before_gives_the_place(
        text: str, published: str, name: str, host: str) -> None:
    found = visits(text, published)
    assert [(n, d) for n, _, d, _ in found] == [(name, published)]
    assert host in found[0][3]


def test_no_talks_before_no_visit() -> None:
    text = ("TOKYO, Nov 3 (Kyodo) - Kishida's first overseas trip of the year is still being "
            "planned, officials said on Friday.")
    assert visits(text, "2023-11-03") == []
