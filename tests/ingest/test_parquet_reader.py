"""Parquet input: rows read like JSON Lines records, a batch at a time, bad rows named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from summitry.document import Document
from summitry.errors import DocumentTooLargeError, InputError, MalformedRecordError
from summitry.ingest.parquet import BATCH_ROWS, RawRows, read_parquet_file
from summitry.ingest.readers import read_items, read_paths
from summitry.settings import Settings

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT_EN = ("Jakarta, March 3 (Antara) - Indonesian Foreign Minister Retno Marsudi held talks "
           "with her Malaysian counterpart in Jakarta on Monday.")
TEXT_ZH = "新华社河内3月5日电 越南总理会见了到访的老挝外长。"


def write(path: Path, rows: list[dict[str, Any]], row_group_size: int = 1000,
          schema: Any = None) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path,
                   row_group_size=row_group_size)
    return path


def test_rows_become_documents_labelled_with_file_and_row(tmp_path: Path):
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("title", pa.string()),
                        ("published", pa.date32()), ("extra", pa.int64())])
    path = write(tmp_path / "a.parquet", [
        {"id": "a1", "text": TEXT_EN, "title": "Talks", "published": dt.date(2023, 3, 6),
         "extra": 1},
        {"id": "a2", "text": TEXT_ZH, "title": None, "published": None, "extra": 2},
    ], schema=schema)
    docs = list(read_paths([str(path)]))
    assert [type(d) for d in docs] == [Document, Document]
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.source, first.meta_title, first.meta_published) == (
        "a1", f"{path}:1", "Talks", "2023-03-06")
    assert (second.id, second.source, second.meta_published) == ("a2", f"{path}:2", None)


def test_a_bad_row_is_reported_with_its_row_and_the_rest_goes_on(tmp_path: Path):
    path = write(tmp_path / "b.parquet", [
        {"id": "ok1", "text": TEXT_EN, "html": None},
        {"id": "none", "text": None, "html": None},
        {"id": None, "text": TEXT_ZH, "html": None},
        {"id": "ok2", "text": None, "html": f"<html><body><p>{TEXT_EN}</p></body></html>"},
    ])
    out = list(read_paths([str(path)]))
    assert isinstance(out[0], Document) and isinstance(out[3], Document)
    assert [(type(e), e.source, e.line) for e in out[1:3]] == [
        (MalformedRecordError, str(path), 2), (MalformedRecordError, str(path), 3)]


def test_a_row_over_the_size_limit_is_skipped_whole(tmp_path: Path):
    path = write(tmp_path / "c.parquet", [{"id": "big", "text": "x" * 5000},
                                          {"id": "ok", "text": TEXT_EN}])
    out = list(read_paths([str(path)], Settings(max_document_bytes=4000)))
    assert isinstance(out[0], DocumentTooLargeError) and out[0].line == 1
    assert isinstance(out[1], Document)


def test_a_file_without_a_text_column_is_one_clear_error(tmp_path: Path):
    path = write(tmp_path / "d.parquet", [{"id": "x", "body": TEXT_EN}])
    (err,) = list(read_paths([str(path)]))
    assert isinstance(err, InputError) and err.source == str(path)
    assert '"text"' in str(err) and "body" in str(err)


def test_a_file_that_is_not_parquet_is_reported(tmp_path: Path):
    path = tmp_path / "e.parquet"
    path.write_bytes(b"not parquet at all")
    (err,) = list(read_paths([str(path)]))
    assert isinstance(err, MalformedRecordError) and err.source == str(path)


def test_folders_of_parquet_files_are_read_in_order(tmp_path: Path):
    write(tmp_path / "2.parquet", [{"id": "second", "text": TEXT_ZH}])
    write(tmp_path / "1.parquet", [{"id": "first", "text": TEXT_EN}])
    assert [d.id for d in read_paths([str(tmp_path)]) if isinstance(d, Document)] == [
        "first", "second"]


def test_raw_reading_ships_bounded_batches_across_row_groups(tmp_path: Path):
    rows = [{"id": f"r{i}", "text": TEXT_EN} for i in range(2 * BATCH_ROWS + 7)]
    path = write(tmp_path / "f.parquet", rows, row_group_size=30)
    batches = list(read_items([str(path)], raw=True))
    assert all(isinstance(b, RawRows) for b in batches)
    sizes = [b.batch.num_rows for b in batches if isinstance(b, RawRows)]
    assert sum(sizes) == len(rows) and max(sizes) <= BATCH_ROWS
    starts = [b.first_row for b in batches if isinstance(b, RawRows)]
    assert starts[0] == 1 and starts == [1 + sum(sizes[:i]) for i in range(len(sizes))]
    direct = [d.id for d in read_parquet_file(path) if isinstance(d, Document)]
    assert direct == [r["id"] for r in rows]
