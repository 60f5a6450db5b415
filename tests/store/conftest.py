"""The store tests run on SQLite and on PostgreSQL (tests/store/backends.py)."""

from __future__ import annotations

import pytest
from backends import BACKENDS


@pytest.fixture(params=BACKENDS)
def store_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
