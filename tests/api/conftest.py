"""Fixtures for the REST API tests: test clients over the sample store (tests/store;
tests/conftest.py makes its samples importable). tests/api is put on ``sys.path`` for
``api_helpers``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from api_helpers import NEW_ARTICLES, TOKEN, ingest_records, make_client  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

if TYPE_CHECKING:
    from summitry.store.database import Store


@pytest.fixture(params=("sqlite", "postgresql"))
def store_backend(request: pytest.FixtureRequest) -> str:
    """The API runs over both store backends (tests/store/backends.py)."""
    return str(request.param)


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    """A read-only app (no token) over the sample store."""
    with make_client(store) as c:
        yield c


@pytest.fixture
def writer(store: Store) -> Iterator[TestClient]:
    """An app that takes writes bearing TOKEN, over the sample store."""
    with make_client(store, TOKEN) as c:
        yield c


@pytest.fixture
def extended(store: Store) -> Iterator[TestClient]:
    """A read-only app over the sample store plus NEW_ARTICLES (one meeting only recalled)."""
    ingest_records(store, NEW_ARTICLES)
    with make_client(store) as c:
        yield c
