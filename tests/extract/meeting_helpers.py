"""Running the meeting stage on hand-written sentences and reading its contract output."""

from __future__ import annotations

from typing import Any

from conftest import run
from summitry.contract import to_contract

STAGES = ("clean", "normalize", "language", "dates", "entities", "meetings")


def meetings(text: str, **meta: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The contract meetings of ``text`` and its entities by id; every evidence and
    provenance span is checked to lie inside the text."""
    doc = run(text, stages=STAGES, **meta)
    record = to_contract(doc)
    for m in record["meetings"]:
        for ev in m["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
        for prov in m["provenance"].values():
            for span in prov["spans"]:
                assert 0 <= span["start"] < span["end"] <= len(text)
    return record["meetings"], {e["id"]: e for e in record["entities"]}


def codes(ids: list[str], ents: dict[str, dict[str, Any]]) -> set[str]:
    return {ents[i]["code"] or ents[i]["name"] for i in ids}
