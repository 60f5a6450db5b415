"""Readers: every input path of the contract, turned into Documents or recorded problems.

:func:`read_paths` yields, in input order, either a :class:`Document` or an
:class:`InputError` that names the file (and line). A bad document is an outcome, not an
exception: the caller reports it and goes on with the rest of the batch. Only regular files
are read (:mod:`summitry.ingest.files`: a FIFO or a device in a folder is reported, never
waited on); JSON Lines are read line by line from bytes (:mod:`summitry.ingest.jsonl`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from summitry.document import Document
from summitry.errors import (
    DocumentTooLargeError,
    InputError,
    MalformedRecordError,
    SourceUnavailableError,
)
from summitry.ingest.encoding import decode_bytes
from summitry.ingest.files import open_regular, walk
from summitry.ingest.jsonl import read_jsonl_file, read_jsonl_stream
from summitry.ingest.make import html_document, iso_date, text_document
from summitry.settings import DEFAULT_SETTINGS, MB, Settings

__all__ = ["ACCEPTED_SUFFIXES", "Outcome", "iso_date", "read_file", "read_jsonl_stream",
           "read_paths"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

Outcome = Document | InputError


def read_paths(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
               stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Outcome]:
    """Read files, folders (recursively, in sorted order) and ``-`` (JSON Lines on stdin,
    read as bytes so that a bad byte costs one line)."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(stdin if stdin is not None else _stdin(), "<stdin>",
                                         settings)
            continue
        from summitry.ingest.feeds import is_feed_source, read_feed_source  # RSS/Atom, OPML

        if is_feed_source(raw):
            yield from read_feed_source(raw, settings.feed_state, settings.max_document_bytes)
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # a name too long, a loop of links
            yield SourceUnavailableError(f"cannot read: {exc.strerror or exc}", source=raw)
            continue
        if is_dir:
            for item in walk(path, ACCEPTED_SUFFIXES):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from read_file(item, settings)
        elif exists:
            yield from read_file(path, settings)
        else:
            yield SourceUnavailableError("no such file or folder", source=raw)


def _stdin() -> IO[str] | IO[bytes]:
    return getattr(sys.stdin, "buffer", sys.stdin)


def read_file(path: Path, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Outcome]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from read_jsonl_file(path, settings)
        return
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        yield InputError(f"unsupported file type {path.suffix or '(none)'!r}; accepted: "
                         f"{', '.join(ACCEPTED_SUFFIXES)}", source=str(path))
        return
    try:
        yield _read_document_file(path, settings)
    except InputError as err:
        yield err
    except Exception as exc:  # a crash in decoding or page extraction costs this file only
        yield MalformedRecordError(f"file could not be read ({type(exc).__name__}: {exc})",
                                   source=str(path))


def _read_document_file(path: Path, settings: Settings) -> Document:
    source = str(path)
    with open_regular(path) as f:
        try:
            data = f.read(settings.max_document_bytes + 1)
        except OSError as exc:
            raise SourceUnavailableError(f"cannot read: {exc.strerror or exc}",
                                         source=source) from None
        if len(data) > settings.max_document_bytes:
            raise DocumentTooLargeError(_size_message(path, settings), source=source)
    decoded = decode_bytes(data, source)
    stem = _stem(path)
    if path.name.lower().endswith(HTML_SUFFIXES):
        return html_document(stem, decoded.text, source, encoding=decoded.encoding)
    return text_document(stem, decoded.text, source, encoding=decoded.encoding)


def _size_message(path: Path, settings: Settings) -> str:
    try:
        size = f"{path.stat().st_size / MB:.1f} MB"
    except OSError:
        size = "larger than that"
    return (f"document is {size}, over the {settings.max_document_bytes / MB:g} MB limit "
            f"(max_document_bytes); skipped whole, not truncated")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in ACCEPTED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
