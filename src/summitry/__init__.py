"""summitry: a source-linked record of who met whom, when, in what format, at what level,
who chaired, and what they agreed, read from diplomatic news."""

from summitry.batch.local import extract
from summitry.document import Document, Span

__all__ = ["Document", "Span", "extract"]
__version__ = "0.1.0"
