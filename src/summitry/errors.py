"""The summitry error family.

Every error the package raises on purpose derives from :class:`SummitryError`, so callers
can catch one type. Errors carry where they happened (``source``, ``line``) as data rather
than only in the message, say whether retrying can help (``retryable``), and survive
pickling, because batch runners move them between worker processes.
"""

from __future__ import annotations

from typing import Any


class SummitryError(Exception):
    """Base of every error summitry raises on purpose."""

    #: Whether trying the same operation again may succeed (I/O hiccups: yes; bad bytes: no).
    retryable: bool = False

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles only ``args`` by default; keyword-only fields would be lost.
        return (_rebuild, (type(self), self.message, self.source, self.line))

    @property
    def where(self) -> str:
        """``path:line`` (or just ``path``) for messages that name the input."""
        if self.source is None:
            return "<input>"
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.source is not None else self.message


def _rebuild(cls: type[SummitryError], message: str, source: str | None,
             line: int | None) -> SummitryError:
    err = cls.__new__(cls)
    SummitryError.__init__(err, message, source=source, line=line)
    return err


class InputError(SummitryError):
    """A document could not be read; the batch skips it and goes on."""


class DecodeError(InputError):
    """The bytes are not text in any encoding we accept."""


class BinaryInputError(InputError):
    """The file is binary (an image, an archive, a PDF), not an article."""


class EmptyDocumentError(InputError):
    """The document holds no text at all (or only white space)."""


class DocumentTooLargeError(InputError):
    """The document exceeds the configured size limit; it is skipped whole, never truncated."""


class MalformedRecordError(InputError):
    """A JSON Lines record is not valid JSON or lacks the fields the contract requires."""


class NotRegularFileError(InputError):
    """A FIFO, socket or device where a file was expected: skipped without reading it (a
    FIFO would block the batch for ever)."""


class SourceUnavailableError(InputError):
    """The path could not be opened (missing, permissions, a transient I/O failure)."""

    retryable = True


class PipelineError(SummitryError):
    """A pipeline was assembled wrongly; raised when it is built, never mid-batch."""


class ConfigError(SummitryError):
    """Settings or arguments are invalid."""
