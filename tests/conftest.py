"""Shared test helpers: building documents by hand and locating the shared dev set."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A scratch PostgreSQL server for the session (see tests/store/backends.py)."""
    from backends import PostgresServer, postgres_missing

    why = postgres_missing()
    if why:
        pytest.skip(f"PostgreSQL backend: {why}")
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def store_backend() -> str:
    """The backend of the ``store`` fixture; tests/store and tests/api run both."""
    return "sqlite"


@pytest.fixture
def store_target(request: pytest.FixtureRequest, store_backend: str,
                 tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Makes empty stores by name: SQLite files in tmp_path, or fresh PostgreSQL databases."""
    if store_backend == "sqlite":
        yield lambda name: str(tmp_path / f"{name}.db")
        return
    server = request.getfixturevalue("postgres_server")
    made: list[str] = []

    def make(_name: str) -> str:
        made.append(server.database())
        return made[-1]

    yield make
    for url in made:
        server.drop(url)


@pytest.fixture
def store(request: pytest.FixtureRequest, store_backend: str,
          store_target: Callable[[str], str], articles: Path) -> Iterator[Store]:
    from summitry.store.database import Store

    if store_backend == "postgresql":
        server = request.getfixturevalue("postgres_server")
        url = server.ingested(articles)
        s = Store(url)
        yield s
        s.close()
        server.drop(url)
        return
    s = Store(store_target("kb"))
    s.ingest([str(articles)])
    yield s
    s.close()
