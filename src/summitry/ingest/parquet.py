"""Parquet input: a ``.parquet`` file whose rows are articles, with the columns of a JSON
Lines record (``id``, ``text`` or ``html``, ``title``, ``published``, ``lang``, ``url``).

Only those columns are read, a batch of rows at a time (pyarrow reads one row group after
another), so memory stays flat over any file size. Each row becomes a Document exactly as
a JSON Lines record does (:func:`summitry.ingest.jsonl.mapping_document`), labelled
``path:row`` (rows counted from 1), so a bad row is reported with its file and row and the
rest goes on. A distributed run ships the batches themselves (:class:`RawRows`, Arrow
buffers: no Python objects per row on the reading side) and the worker turns them into
Documents with :func:`rows_outcomes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitry.document import Document
from summitry.errors import (
    ConfigError,
    DocumentTooLargeError,
    InputError,
    MalformedRecordError,
)
from summitry.settings import DEFAULT_SETTINGS, MB, Settings

PARQUET_SUFFIXES = (".parquet", ".pq")
#: The columns an article row may have; others in the file are not read.
ARTICLE_COLUMNS = ("id", "text", "html", "title", "published", "lang", "url")
#: Columns one of which must be there.
BODY_COLUMNS = ("text", "html")
#: Rows per batch read (and per task shipped to a cluster worker).
BATCH_ROWS = 50

Outcome = Document | InputError


@dataclass(frozen=True)
class RawRows:
    """A batch of a Parquet file's rows, not turned into Documents yet."""

    source: str
    first_row: int
    batch: Any  # a pyarrow.RecordBatch


def read_parquet_file(path: Path, settings: Settings = DEFAULT_SETTINGS, raw: bool = False,
                      batch_rows: int = BATCH_ROWS) -> Iterator[Outcome | RawRows]:
    """The file's rows as Documents (or as :class:`RawRows` batches when ``raw``)."""
    source = str(path)
    try:
        batches = _batches(path, batch_rows)
        first_row = 1
        for batch in batches:
            rows = RawRows(source, first_row, batch)
            first_row += batch.num_rows
            if raw:
                yield rows
            else:
                yield from from_rows(rows, settings)
    except InputError as err:
        yield err
    except Exception as exc:  # not Parquet, a damaged page: the rest of the file is lost
        yield MalformedRecordError(f"Parquet file could not be read ({type(exc).__name__}: "
                                   f"{str(exc)[:300]})", source=source)


def _batches(path: Path, batch_rows: int) -> Iterator[Any]:
    pq = _pyarrow_parquet()
    with pq.ParquetFile(path) as pf:
        names = set(pf.schema_arrow.names)
        if not names & set(BODY_COLUMNS):
            raise MalformedRecordError(
                f'Parquet file has neither a "text" nor an "html" column (its columns: '
                f'{", ".join(sorted(names))[:300]}); nothing read', source=str(path))
        columns = [c for c in ARTICLE_COLUMNS if c in names]
        yield from pf.iter_batches(batch_size=batch_rows, columns=columns)


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("reading Parquet needs pyarrow: pip install 'summitry[analysis]'"
                          ) from None
    return pq


def from_rows(rows: RawRows, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Outcome]:
    """A batch's rows as Documents, a bad row as the error that names its file and row."""
    for offset, record in enumerate(rows.batch.to_pylist()):
        yield row_outcome(record, rows.source, rows.first_row + offset, settings)


def row_outcome(record: dict[str, Any], source: str, row: int,
                settings: Settings = DEFAULT_SETTINGS) -> Outcome:
    from summitry.ingest.jsonl import mapping_document

    try:
        size = sum(len(v.encode("utf-8", "surrogatepass")) for k in BODY_COLUMNS
                   if isinstance(v := record.get(k), str))
        if size > settings.max_document_bytes:
            raise DocumentTooLargeError(
                f"row is over the {settings.max_document_bytes / MB:g} MB limit "
                f"(max_document_bytes); skipped whole, not truncated", source=source, line=row)
        return mapping_document(_plain(record), source, row)
    except InputError as err:
        if err.line is None:
            err.source, err.line = source, row
        return err
    except Exception as exc:  # one row must never stop the file
        return MalformedRecordError(f"row could not be read ({type(exc).__name__}: {exc})",
                                    source=source, line=row)


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """Parquet's typed values as a JSON record would hold them (a date column as text)."""
    published = record.get("published")
    if isinstance(published, dt.date):  # a datetime is a date too
        record = {**record, "published": published.isoformat()}
    return record
