"""Source-linked exports: each meeting row names its sources; Parquet columns are typed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from summitry.cli import main
from summitry.export.sources import linked, outlet
from summitry.export.tables import parse_date, sources_path, write_csv
from summitry.store.database import Store


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("2023-05-10", dt.date(2023, 5, 10), "day"), ("2023-05", dt.date(2023, 5, 1), "month"),
    ("2023", dt.date(2023, 1, 1), "year"), ("--07-06", None, "partial"),
    ("2023-02-30", None, "partial"), (None, None, None)])
def test_dates_carry_their_precision(text, value, precision):
    assert parse_date(text) == (value, precision)


def test_outlet_is_the_datelines_agency_else_the_host():
    assert outlet("https://www.example-news.org/a/1", "VNA") == "VNA"
    assert outlet("https://www.example-news.org/a/1", None) == "example-news.org"
    assert outlet(None, "  ") is None and outlet(None, None) is None


def test_every_meeting_row_names_its_sources(store: Store):
    meetings = store.meetings()
    rows, sources = linked(store, meetings)
    assert len(rows) == len(meetings)
    assert len(sources) == sum(len(m.sources) for m in meetings)
    for row, m in zip(rows, meetings, strict=True):
        assert row["docs"] == [s.doc for s in m.sources]
        assert len(row["source_titles"]) == row["sources"] == len(m.sources)
        assert isinstance(row["participants"], list) and isinstance(row["id"], int)
    assert any(t for r in rows for t in r["source_titles"])
    assert all(isinstance(d, dt.date) for r in rows for d in r["source_published"] if d)
    text = io.StringIO()
    write_csv(rows, text)
    first = next(csv.DictReader(io.StringIO(text.getvalue())))
    assert first["docs"] and "source_urls" in first and "source_published" in first


def test_parquet_columns_are_typed_and_the_sources_table_is_beside(tmp_path, store: Store,
                                                                   capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    out = tmp_path / "m.parquet"
    assert main(["export", "parquet", str(out), "--db", store.target]) == 0
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("ordinal").type == pa.int64()
    assert schema.field("participants").type == pa.list_(pa.string())
    assert schema.field("source_published").type == pa.list_(pa.date32())
    assert table.num_rows == len(store.meetings())
    sources = pq.read_table(sources_path(out))
    assert sources.schema.field("published").type == pa.date32()
    assert sources.num_rows == sum(len(m.sources) for m in store.meetings())
    assert str(sources_path(out)).endswith("m.sources.parquet")


def test_jsonl_export_sources_carry_title_and_date(tmp_path, store: Store, capsys):
    out = tmp_path / "m.jsonl"
    assert main(["export", "jsonl", str(out), "--db", store.target]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    src = rows[0]["sources"][0]
    assert {"doc", "url", "outlet", "title", "published", "reported"} <= set(src)


def test_python_api_parquet_of_meetings_is_typed(tmp_path, store: Store):
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    out = tmp_path / "py.parquet"
    store.meetings().to_parquet(out)
    schema = pq.read_schema(out)
    assert schema.field("ordinal").type == pa.int64()
    assert schema.field("participants").type == pa.list_(pa.string())
    assert pq.read_table(sources_path(out)).num_rows == sum(
        len(m.sources) for m in store.meetings())
