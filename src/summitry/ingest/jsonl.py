"""JSON Lines: one record per line, each read on its own so that one bad line costs only
itself.

Lines are read as bytes and decoded one at a time: a byte that is not UTF-8 spoils its
line, not the rest of the file (a text stream cannot resynchronise after a decoding
error). A line is read with a bound, so a file without newlines never fills memory. Every
failure of one record (bad bytes, JSON nested too deep for the parser, numbers with
thousands of digits, wrong types, a crash in the HTML extractor) becomes an
:class:`InputError` with the file and line; lone surrogates (``"\\udfff"``, which no
encoder accepts) are replaced with U+FFFD, length for length so offsets hold, with a
warning on the document.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from summitry.document import Document
from summitry.errors import DocumentTooLargeError, InputError, MalformedRecordError
from summitry.ingest.files import open_regular
from summitry.ingest.make import html_document, iso_date, text_document
from summitry.settings import DEFAULT_SETTINGS, MB, Settings

#: A record's optional string fields and the Document attribute each fills.
META_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "meta_title"), ("published", "meta_published"), ("lang", "meta_lang"),
    ("url", "url"))

#: Bytes read at a time while skipping the rest of an oversized line.
_DRAIN_CHUNK = 1 << 20

_SURROGATE = re.compile("[\ud800-\udfff]")

Outcome = Document | InputError


@dataclass(frozen=True)
class RawLine:
    """A JSON Lines record read but not parsed yet: the reader of a distributed run cuts
    the input into these (cheap: no JSON, no HTML), and the worker that extracts the
    record parses it with :func:`parse_line`, exactly as :func:`read_jsonl_stream` does."""

    source: str
    line: int
    data: bytes | str


def read_jsonl_file(path: Path, settings: Settings = DEFAULT_SETTINGS, raw: bool = False
                    ) -> Iterator[Outcome | RawLine]:
    """The file's records as Documents, or as :class:`RawLine` when ``raw``."""
    source = str(path)
    try:
        handle = open_regular(path)
    except InputError as err:
        yield err
        return
    stream: IO[bytes] = handle
    if path.name.lower().endswith(".gz"):
        stream = cast(IO[bytes], gzip.GzipFile(fileobj=handle))
    with handle, stream:
        lines = raw_lines(stream, source, settings)
        yield from (lines if raw else parsed(lines, settings))


def read_jsonl_stream(stream: IO[str] | IO[bytes], source: str,
                      settings: Settings = DEFAULT_SETTINGS) -> Iterator[Outcome]:
    """One record per line (bytes or text); a bad line is reported with its number and the
    rest goes on."""
    yield from parsed(raw_lines(stream, source, settings), settings)


def parsed(lines: Iterable[RawLine | InputError], settings: Settings = DEFAULT_SETTINGS
           ) -> Iterator[Outcome]:
    """Raw lines parsed into Documents (blank lines dropped), errors passed on in place."""
    for item in lines:
        outcome = parse_line(item, settings) if isinstance(item, RawLine) else item
        if outcome is not None:
            yield outcome


def raw_lines(stream: IO[str] | IO[bytes], source: str,
              settings: Settings = DEFAULT_SETTINGS) -> Iterator[RawLine | InputError]:
    """The stream's lines, numbered, each bounded by ``max_document_bytes`` (an oversized
    line is skipped whole and reported; a damaged compressed stream ends the file)."""
    limit = settings.max_document_bytes
    line_no = 0
    while True:
        try:
            line = stream.readline(limit + 1)
            oversized = len(line) > limit and not _ends_line(line)
            if oversized:
                _drain_line(stream)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(f"compressed stream is damaged ({exc}); the rest of the file "
                             f"cannot be read", source=source, line=line_no + 1)
            return
        if not line:
            return
        line_no += 1
        yield _too_large(settings, source, line_no) if oversized else RawLine(source, line_no,
                                                                               line)


def parse_line(raw: RawLine, settings: Settings = DEFAULT_SETTINGS) -> Outcome | None:
    """The Document of one line, the error that names it, or None for a blank line."""
    source, line_no = raw.source, raw.line
    try:
        text = _decoded(raw.data, source, line_no)
        if not text.strip():
            return None
        return record_document(text, source, line_no, settings)
    except InputError as err:
        if err.line is None:  # raised under the document's label: name file and line
            err.source, err.line = source, line_no
        return err
    except Exception as exc:  # one record must never stop the file
        return MalformedRecordError(f"record could not be read ({type(exc).__name__}: "
                                    f"{exc})", source=source, line=line_no)


def _ends_line(line: str | bytes) -> bool:
    return line.endswith(b"\n") if isinstance(line, bytes) else line.endswith("\n")


def _drain_line(stream: IO[str] | IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_DRAIN_CHUNK)
        if not chunk or _ends_line(chunk):
            return


def _too_large(settings: Settings, source: str, line_no: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"record is over the {settings.max_document_bytes / MB:g} MB limit "
        f"(max_document_bytes); skipped whole, not truncated", source=source, line=line_no)


def _decoded(line: str | bytes, source: str, line_no: int) -> str:
    if isinstance(line, str):
        return line.removeprefix("\ufeff") if line_no == 1 else line
    if line_no == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedRecordError(f"bytes that are not UTF-8 at byte {exc.start + 1} of the "
                                   f"line ({exc.reason}); the line is skipped",
                                   source=source, line=line_no) from None


def _parse(line: str, source: str, line_no: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                                   source=source, line=line_no) from None
    except RecursionError:
        raise MalformedRecordError("JSON nested too deeply to read", source=source,
                                   line=line_no) from None
    except ValueError as exc:  # a number of thousands of digits
        reason = ("a number has more digits than can be read" if "digits" in str(exc)
                  else str(exc))
        raise MalformedRecordError(f"a JSON value cannot be read ({reason})", source=source,
                                   line=line_no) from None


#: Keys of a contract record (what ``summitry extract`` writes) that an article lacks.
EXTRACT_KEYS = frozenset({"body", "entities", "meetings", "times"})
EXTRACT_OUTPUT = (
    "record {doc_id!r} is summitry extract output, not an article: it keeps the cleaned "
    "body but not the original text its offsets index, so it cannot be stored; ingest the "
    "files extract read (the same PATH), or add each article's original \"text\"")


def is_extract_output(record: dict[str, Any]) -> bool:
    """A contract record: every key an extraction adds is there."""
    return record.keys() >= EXTRACT_KEYS


def record_document(line: str, source: str, line_no: int,
                    settings: Settings = DEFAULT_SETTINGS) -> Document:
    """The Document of one JSON Lines record, or :class:`InputError` naming the line."""
    if len(line.encode("utf-8", "surrogatepass")) > settings.max_document_bytes:
        raise _too_large(settings, source, line_no)
    record = _parse(line, source, line_no)
    if not isinstance(record, dict):
        raise MalformedRecordError(f"a record must be a JSON object, not {type(record).__name__}",
                                   source=source, line=line_no)
    return mapping_document(record, source, line_no)


def mapping_document(record: dict[str, Any], source: str, line_no: int) -> Document:
    """The Document of one record already read into a dict (a JSON line, a Parquet row):
    ``source`` and ``line_no`` name it in errors and in its label."""
    warnings: list[str] = []
    doc_id = _record_id(record, source, line_no)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        if is_extract_output(record):
            raise MalformedRecordError(EXTRACT_OUTPUT.format(doc_id=doc_id), source=source,
                                       line=line_no)
        raise MalformedRecordError(f'record {doc_id!r} has neither "text" nor "html" as a string',
                                   source=source, line=line_no)
    meta = _meta(record, doc_id, source, line_no, warnings)
    label = f"{source}:{line_no}"
    if isinstance(text, str):
        doc = text_document(doc_id, _fix("text", text, warnings), label, **meta)
    else:
        assert isinstance(html, str)  # narrowed above; keeps mypy informed
        url = meta.pop("url")
        doc = html_document(doc_id, _fix("html", html, warnings), label, url=url, **meta)
    doc.warnings.extend(warnings)
    return doc


def _record_id(record: dict[str, Any], source: str, line_no: int) -> str:
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise MalformedRecordError('record lacks an "id" (a non-empty string)',
                                   source=source, line=line_no)
    if _SURROGATE.search(doc_id):
        raise MalformedRecordError('the record\'s "id" holds a lone surrogate (not Unicode '
                                   'text)', source=source, line=line_no)
    return doc_id


def _meta(record: dict[str, Any], doc_id: str, source: str, line_no: int,
          warnings: list[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, attr in META_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(f'record {doc_id!r}: "{key}" must be a string',
                                       source=source, line=line_no)
        meta[attr] = _fix(key, value, warnings) if value else None
    published = meta["meta_published"]
    if published is not None:
        meta["meta_published"] = iso_date(published)
        if meta["meta_published"] is None:
            warnings.append(f'"published" {published[:40]!r} is not a date (YYYY-MM-DD); '
                            f"the field is dropped, the document kept")
    return meta


def _fix(key: str, value: str, warnings: list[str]) -> str:
    """``value`` with each lone surrogate replaced by U+FFFD (one character for one)."""
    if not _SURROGATE.search(value):
        return value
    warnings.append(f'"{key}" held lone surrogates (not Unicode text); each is replaced '
                    f"by U+FFFD")
    return _SURROGATE.sub("\ufffd", value)
