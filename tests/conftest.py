"""Shared test helpers: building documents by hand and locating the shared dev set."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from summitry.document import Document
from summitry.pipeline import build

if TYPE_CHECKING:
    from summitry.store.database import Store

REPO = Path(__file__).resolve().parents[1]
# The store's sample articles (tests/store/store_samples.py) serve the API and web tests too.
if str(REPO / "tests" / "store") not in sys.path:
    sys.path.insert(0, str(REPO / "tests" / "store"))
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


# ---- the knowledge-base store (tests/store): sample articles and a store holding them -----
@pytest.fixture
def articles(tmp_path: Path) -> Path:
    from store_samples import ARTICLES, write_jsonl

    return write_jsonl(tmp_path / "articles.jsonl", ARTICLES)


@pytest.fixture
def store(tmp_path: Path, articles: Path) -> Iterator[Store]:
    from summitry.store.database import Store

    s = Store(tmp_path / "kb.db")
    s.ingest([str(articles)])
    yield s
    s.close()
