"""Readers: every input path of the contract, turned into Documents or recorded problems.

:func:`read_paths` yields, in input order, either a :class:`Document` or an
:class:`InputError` that names the file (and line). A bad document is an outcome, not an
exception: the caller reports it and goes on with the rest of the batch.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from summitry.document import Document
from summitry.errors import (
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    MalformedRecordError,
    SourceUnavailableError,
)
from summitry.ingest.encoding import decode_bytes
from summitry.ingest.html import extract_page
from summitry.settings import DEFAULT_SETTINGS, Settings

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

Outcome = Document | InputError

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def read_paths(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
               stdin: IO[str] | None = None) -> Iterator[Outcome]:
    """Read files, folders (recursively, in sorted order) and ``-`` (JSON Lines on stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(stdin if stdin is not None else sys.stdin, "<stdin>",
                                         settings)
            continue
        from summitry.ingest.feeds import is_feed_source, read_feed_source  # RSS/Atom, OPML

        if is_feed_source(raw):
            yield from read_feed_source(raw, settings.feed_state, settings.max_document_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            yield SourceUnavailableError("no such file or folder", source=raw)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ACCEPTED_SUFFIXES):
                yield Path(root) / name


def read_file(path: Path, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Outcome]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl_file(path, settings)
        return
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        yield InputError(f"unsupported file type {path.suffix or '(none)'!r}; accepted: "
                         f"{', '.join(ACCEPTED_SUFFIXES)}", source=str(path))
        return
    try:
        yield _read_document_file(path, settings)
    except InputError as err:
        yield err


def _read_document_file(path: Path, settings: Settings) -> Document:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_document_bytes:
            raise DocumentTooLargeError(
                f"document is {size / 1e6:.1f} MB, over the {settings.max_document_bytes / 1e6:.1f}"
                f" MB limit (max_document_bytes); skipped whole, not truncated", source=source)
        data = path.read_bytes()
    except OSError as exc:
        raise SourceUnavailableError(f"cannot read: {exc.strerror or exc}", source=source) from None
    decoded = decode_bytes(data, source)
    stem = _stem(path)
    if path.name.lower().endswith(HTML_SUFFIXES):
        return _html_document(stem, decoded.text, source, encoding=decoded.encoding)
    return _text_document(stem, decoded.text, source, encoding=decoded.encoding)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in ACCEPTED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _text_document(doc_id: str, text: str, source: str, **meta: Any) -> Document:
    if not text.strip():
        raise EmptyDocumentError("document is empty (no text)", source=source)
    return Document(id=doc_id, text=text, source=source, **meta)


def _html_document(doc_id: str, html: str, source: str, url: str | None = None,
                   **meta: Any) -> Document:
    if not html.strip():
        raise EmptyDocumentError("HTML page is empty", source=source)
    page = extract_page(html, source=source, url=url)
    title = meta.pop("meta_title", None) or page.title
    published = meta.pop("meta_published", None) or page.published
    lang = meta.pop("meta_lang", None) or page.lang
    return Document(id=doc_id, text=page.text, source=source, url=url, html=html,
                    meta_title=title, meta_published=published, meta_lang=lang, **meta)


# ---- JSON Lines --------------------------------------------------------------------------

def _read_jsonl_file(path: Path, settings: Settings) -> Iterator[Outcome]:
    source = str(path)
    try:
        if path.name.lower().endswith(".gz"):
            stream: IO[str] = gzip.open(path, "rt", encoding="utf-8", errors="strict")  # noqa: SIM115
        else:
            stream = open(path, encoding="utf-8-sig", errors="strict")  # noqa: SIM115
    except OSError as exc:
        yield SourceUnavailableError(f"cannot read: {exc.strerror or exc}", source=source)
        return
    with stream:
        yield from read_jsonl_stream(stream, source, settings)


def read_jsonl_stream(stream: IO[str], source: str,
                      settings: Settings = DEFAULT_SETTINGS) -> Iterator[Outcome]:
    """One record per line; a bad line is reported with its number and the rest goes on."""
    line_no = 0
    iterator = iter(stream)
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            # A text stream cannot resynchronise after bad bytes: report where it stopped.
            yield MalformedRecordError(f"bytes that are not UTF-8 ({exc.reason}); the rest of "
                                       f"the file cannot be read", source=source,
                                       line=line_no + 1)
            return
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(f"compressed stream is damaged ({exc}); the rest of the file "
                             f"cannot be read", source=source, line=line_no + 1)
            return
        line_no += 1
        if not line.strip():
            continue
        try:
            yield _record_document(line, source, line_no, settings)
        except InputError as err:
            yield err


def _record_document(line: str, source: str, line_no: int, settings: Settings) -> Document:
    if len(line.encode("utf-8", "surrogatepass")) > settings.max_document_bytes:
        raise DocumentTooLargeError(
            f"record is over the {settings.max_document_bytes / 1e6:.1f} MB limit "
            f"(max_document_bytes); skipped whole, not truncated", source=source, line=line_no)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                                   source=source, line=line_no) from None
    if not isinstance(record, dict):
        raise MalformedRecordError(f"a record must be a JSON object, not {type(record).__name__}",
                                   source=source, line=line_no)
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise MalformedRecordError('record lacks an "id" (a non-empty string)',
                                   source=source, line=line_no)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise MalformedRecordError(f'record {doc_id!r} has neither "text" nor "html" as a string',
                                   source=source, line=line_no)
    meta: dict[str, Any] = {}
    for key, attr in (("title", "meta_title"), ("published", "meta_published"),
                      ("lang", "meta_lang"), ("url", "url")):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(f'record {doc_id!r}: "{key}" must be a string',
                                       source=source, line=line_no)
        meta[attr] = value or None
    if meta["meta_published"] is not None:
        meta["meta_published"] = iso_date(meta["meta_published"])
    label = f"{source}:{line_no}"
    if isinstance(text, str):
        return _text_document(doc_id, text, label, **meta)
    assert isinstance(html, str)  # narrowed above; keeps mypy informed
    url = meta.pop("url")
    return _html_document(doc_id, html, label, url=url, **meta)


def iso_date(value: str) -> str | None:
    """``2022-11-13T10:15:00+07:00`` -> ``2022-11-13``; values that are not ISO dates -> None."""
    m = _ISO_DATE.match(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
