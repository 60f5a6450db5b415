"""summitry: a source-linked record of who met whom, when, in what format, at what level,
who chaired, and what they agreed, read from diplomatic news."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from summitry.batch.local import extract
from summitry.document import Document, Span

if TYPE_CHECKING:
    from summitry.store.database import Store

__all__ = ["Document", "Span", "extract", "open"]
__version__ = "0.1.0"


def open(target: str | Path) -> Store:
    """Open the knowledge base at a SQLite path or database URL, creating it if needed."""
    from summitry.store.database import Store

    return Store(target)
