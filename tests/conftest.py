"""Shared test helpers: building documents by hand and locating the shared dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.document import Document
from summitry.pipeline import build

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


def run(text: str, doc_id: str = "t", stages: tuple[str, ...] = ("clean", "normalize", "language"),
        **meta: str) -> Document:
    """Run the named stages over a hand-written text."""
    return build(stages)(Document(id=doc_id, text=text, **meta))


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "dev.jsonl").exists():
        pytest.skip("../shared (the dev corpus) is not present")
    return SHARED
