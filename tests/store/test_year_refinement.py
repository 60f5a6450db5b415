"""A meeting's year, reasoned by one article, refined when another article states it; the
meeting page shows the reasoning.

The articles were written for these tests in the style of VNA and wire English; none is
copied from an article. The stated year is made to differ from the reasoned one on purpose,
to show which one the store keeps.
"""

from __future__ import annotations

from pathlib import Path

from store_samples import write_jsonl

from summitry.store.database import Store

REASONED = {
    "id": "wire-reasoned", "lang": "en",
    "text": "Vietnam, Russia foreign ministers hold talks\n\nMOSCOW (VNA) - Vietnamese Minister "
            "of Foreign Affairs Bui Thanh Son held talks with his Russian counterpart Sergey "
            "Lavrov in Moscow on Tuesday, November 14.\nThe two ministers discussed trade and "
            "energy cooperation.\n",
}
STATED = {
    "id": "wire-stated", "lang": "en", "published": "2024-11-20",
    "text": "Ministers review ties\n\nHANOI (VNA) - Foreign Minister Bui Thanh Son held talks "
            "with Russian Foreign Minister Sergey Lavrov in Moscow on November 14, 2024, and "
            "the two agreed to expand trade and energy cooperation.\n",
}


def ingest(tmp_path: Path, *records: dict[str, str]) -> Store:
    store = Store(tmp_path / "kb.db")
    store.ingest([str(write_jsonl(tmp_path / "a.jsonl", list(records)))])
    return store


def test_a_reasoned_year_is_kept_and_explained(tmp_path: Path) -> None:
    store = ingest(tmp_path, REASONED)
    try:
        [meeting] = store.meetings()
        assert meeting.date_start == "2023-11-14"
        [source] = meeting.sources
        assert source.date_basis is not None
        assert source.date_basis.startswith("2023 — from the weekday (Tuesday) and Bui Thanh Son")
    finally:
        store.close()


def test_a_later_article_stating_the_year_refines_it(tmp_path: Path) -> None:
    store = ingest(tmp_path, REASONED, STATED)
    try:
        [meeting] = [m for m in store.meetings() if len(m.sources) == 2]
        assert meeting.date_start == "2024-11-14"
        assert {s.doc for s in meeting.sources} == {"wire-reasoned", "wire-stated"}
    finally:
        store.close()


def test_the_meeting_page_shows_how_the_year_was_reached(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from summitry.api import create_app

    store = ingest(tmp_path, REASONED)
    try:
        [meeting] = store.meetings()
        with TestClient(create_app(store)) as client:
            page = client.get(f"/meetings/{meeting.id}").text
        assert "year-basis" in page
        assert "2023 — from the weekday (Tuesday) and Bui Thanh Son" in page
    finally:
        store.close()
