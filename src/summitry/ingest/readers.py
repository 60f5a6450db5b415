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
from dataclasses import dataclass
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
from summitry.ingest.jsonl import RawLine, raw_lines, read_jsonl_file, read_jsonl_stream
from summitry.ingest.make import html_document, iso_date, text_document
from summitry.ingest.parquet import PARQUET_SUFFIXES, RawRows, read_parquet_file
from summitry.settings import DEFAULT_SETTINGS, MB, Settings

__all__ = ["ACCEPTED_SUFFIXES", "Outcome", "RawFile", "RawItem", "iso_date", "parse_file",
           "read_file", "read_items", "read_jsonl_stream", "read_paths"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + PARQUET_SUFFIXES

Outcome = Document | InputError


@dataclass(frozen=True)
class RawFile:
    """A text or HTML file's bytes, read but not decoded nor extracted yet (a distributed
    run decodes and extracts the page on the worker, with :func:`parse_file`)."""

    source: str
    data: bytes


#: What :func:`read_paths` yields with ``raw=True``: records read as bytes and not parsed
#: yet (JSON Lines lines, Parquet batches, text and HTML files), for a worker to parse.
RawItem = Outcome | RawLine | RawRows | RawFile


def read_paths(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
               stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Outcome]:
    """Read files, folders (recursively, in sorted order) and ``-`` (JSON Lines on stdin,
    read as bytes so that a bad byte costs one line)."""
    yield from read_items(paths, settings, stdin)  # type: ignore[misc]


def read_items(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
               stdin: IO[str] | IO[bytes] | None = None, raw: bool = False
               ) -> Iterator[RawItem]:
    """:func:`read_paths`; with ``raw``, JSON Lines records come as :class:`RawLine`,
    Parquet rows as :class:`RawRows` batches and text and HTML files as :class:`RawFile`
    (parsed where they are extracted: ``summitry.batch.work``)."""
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else _stdin()
            yield from (raw_lines(stream, "<stdin>", settings) if raw
                        else read_jsonl_stream(stream, "<stdin>", settings))
            continue
        from summitry.ingest.feeds import is_feed_source, read_feed_source  # RSS/Atom, OPML

        if is_feed_source(name):
            yield from read_feed_source(name, settings.feed_state, settings.max_document_bytes)
            continue
        path = Path(name)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # a name too long, a loop of links
            yield SourceUnavailableError(f"cannot read: {exc.strerror or exc}", source=name)
            continue
        if is_dir:
            for item in walk(path, ACCEPTED_SUFFIXES):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from read_file(item, settings, raw)
        elif exists:
            yield from read_file(path, settings, raw)
        else:
            yield SourceUnavailableError("no such file or folder", source=name)


def _stdin() -> IO[str] | IO[bytes]:
    return getattr(sys.stdin, "buffer", sys.stdin)


def read_file(path: Path, settings: Settings = DEFAULT_SETTINGS, raw: bool = False
              ) -> Iterator[RawItem]:
    """One file's documents (``raw``: see :func:`read_items`)."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from read_jsonl_file(path, settings, raw)
        return
    if name.endswith(PARQUET_SUFFIXES):
        yield from read_parquet_file(path, settings, raw)
        return
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        yield InputError(f"unsupported file type {path.suffix or '(none)'!r}; accepted: "
                         f"{', '.join(ACCEPTED_SUFFIXES)}", source=str(path))
        return
    try:
        data = _file_bytes(path, settings)
    except InputError as err:
        yield err
        return
    raw_file = RawFile(str(path), data)
    yield raw_file if raw else parse_file(raw_file)


def parse_file(raw: RawFile) -> Outcome:
    """The Document of a file's bytes, or the error that skips the file."""
    try:
        return _file_document(Path(raw.source), raw.data)
    except InputError as err:
        return err
    except Exception as exc:  # a crash in decoding or page extraction costs this file only
        return MalformedRecordError(f"file could not be read ({type(exc).__name__}: {exc})",
                                    source=raw.source)


def _file_bytes(path: Path, settings: Settings) -> bytes:
    source = str(path)
    with open_regular(path) as f:
        try:
            data = f.read(settings.max_document_bytes + 1)
        except OSError as exc:
            raise SourceUnavailableError(f"cannot read: {exc.strerror or exc}",
                                         source=source) from None
        if len(data) > settings.max_document_bytes:
            raise DocumentTooLargeError(_size_message(path, settings), source=source)
    return data


def _file_document(path: Path, data: bytes) -> Document:
    source = str(path)
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
