"""A person's state takes part with the person even when the English text never names it
("President A met …"): the office the knowledge base gives for the article's date names it,
and it enters the document as a state entity with no mention of its own. Sentences written
for these tests in TASS, PTI and Yonhap styles; none is copied from an article."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings


def parties(text: str, published: str) -> list[frozenset[str]]:
    found, ents = meetings(text, meta_published=published)
    return [frozenset(codes(m["participants"], ents)) for m in found]


@pytest.mark.parametrize(
    ("text", "published", "state"),
    [
        (
            "MOSCOW, April 26 (TASS) - President Vladimir Putin met Chinese Foreign Minister Wang Yi "
            "in the Kremlin on Friday.",
            "2024-04-26",
            "RUS",
        ),
        (
            "NEW DELHI, May 31 (PTI) - Prime Minister Narendra Modi held talks with Sri Lankan "
            "President Maithripala Sirisena on Friday.",
            "2019-05-31",
            "IND",
        ),
        (
            "SEOUL, April 26 (Yonhap) - President Yoon Suk Yeol met Japanese Prime Minister Fumio "
            "Kishida on Friday.",
            "2024-04-26",
            "KOR",
        ),
    ],
)
def test_the_office_names_the_unwritten_state(text: str, published: str, state: str) -> None:
    found = parties(text, published)
    assert found and all(state in p for p in found)


def test_the_implied_state_has_no_mention() -> None:
    text = (
        "MOSCOW, April 26 (TASS) - President Vladimir Putin met Chinese Foreign Minister "
        "Wang Yi in the Kremlin on Friday."
    )
    _, ents = meetings(text, meta_published="2024-04-26")
    russia = [e for e in ents.values() if e.get("code") == "RUS"]
    assert len(russia) == 1 and russia[0]["mentions"] == []


def test_no_office_on_the_date_implies_nothing() -> None:
    # out of office on the article's date: no state is implied for him
    text = (
        "WASHINGTON, June 1 (Reuters) - Donald Trump met Japanese Prime Minister Fumio "
        "Kishida at his resort on Wednesday."
    )
    found = parties(text, "2022-06-01")
    assert all("USA" not in p for p in found)
