"""Fixtures for the web tests: the store tests' sample articles plus an article carrying
planted markup, and a test client over the app with its pages."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # web_samples
    sys.path.insert(0, str(HERE))

from fastapi.testclient import TestClient  # noqa: E402
from store_samples import ARTICLES  # noqa: E402
from web_samples import XSS_ARTICLE  # noqa: E402

from summitry.api import create_app  # noqa: E402
from summitry.store.database import Store  # noqa: E402


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The store tests' sample articles and the planted-markup article, ingested once for
    the module (the pages only read)."""
    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                              for a in [*ARTICLES, XSS_ARTICLE]), encoding="utf-8")
    store = Store(folder / "kb.db")
    store.ingest([str(corpus)])
    yield store
    store.close()


@pytest.fixture(scope="module")
def pages(web_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(web_store), raise_server_exceptions=False) as client:
        yield client
