"""Typed export rows and their writers: CSV, JSON Lines and Parquet.

One row per meeting. Dates are dates with a precision (``day``, ``month``, ``year``; a
partial date the store keeps without its year, ``--07-06``, has no date but keeps its text),
lists are lists (CSV joins them with ``; ``), integers are integers. Parquet gets an explicit
schema, so an empty column keeps its type, and the sources table goes beside the meetings
(``meetings.parquet`` -> ``meetings.sources.parquet``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summitry.store.results import MeetingRecord, _optional

if TYPE_CHECKING:
    from summitry.export.sources import SourceRow

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LIST_SEPARATOR = "; "

#: Column -> Parquet type name (see :func:`_arrow_type`), in output order.
MEETING_COLUMNS: dict[str, str] = {
    "id": "int64", "date_start": "date", "date_end": "date", "date_precision": "string",
    "date_text": "string", "name": "string", "kind": "string", "format": "string",
    "level": "string", "ordinal": "int64", "series": "string", "location": "string",
    "reported": "bool", "chairs": "list", "participants": "list", "participant_ids": "list",
    "sources": "int64", "docs": "list", "source_urls": "list", "source_outlets": "list",
    "source_titles": "list", "source_published": "date_list",
}
SOURCE_COLUMNS: dict[str, str] = {
    "meeting_id": "int64", "source_id": "int64", "doc": "string", "reported": "bool",
    "url": "string", "outlet": "string", "title": "string", "published": "date",
    "lang": "string",
}


def parse_date(text: str | None) -> tuple[dt.date | None, str | None]:
    """``2022-11`` -> (2022-11-01, "month"); ``--07-06`` -> (None, "partial")."""
    if not text:
        return None, None
    m = _DATE.match(text.strip())
    if not m:
        return None, "partial"
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        value = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, "partial"
    return value, "day" if day else "month" if month else "year"


def meeting_row(m: MeetingRecord, sources: Sequence[SourceRow]) -> dict[str, Any]:
    start, precision = parse_date(m.date_start)
    end, _ = parse_date(m.date_end)
    return {
        "id": m.id, "date_start": start, "date_end": end, "date_precision": precision,
        "date_text": m.date_start if m.date_end in (None, m.date_start)
        else f"{m.date_start}/{m.date_end}",
        "name": m.name, "kind": m.kind, "format": m.format, "level": m.level,
        "ordinal": int(m.ordinal) if m.ordinal is not None else None,
        "series": m.series, "location": m.location, "reported": m.reported,
        "chairs": [a.name for a in m.chairs],
        "participants": [a.name for a in m.participants],
        "participant_ids": [a.id for a in m.participants],
        "sources": len(m.sources), "docs": [s.doc for s in sources],
        "source_urls": [s.url or "" for s in sources],
        "source_outlets": [s.outlet or "" for s in sources],
        "source_titles": [s.title or "" for s in sources],
        "source_published": [parse_date(s.published)[0] for s in sources],
    }


def source_dicts(sources: Sequence[SourceRow]) -> list[dict[str, Any]]:
    out = []
    for s in sources:
        row = {f.name: getattr(s, f.name) for f in fields(s)}
        row["published"] = parse_date(s.published)[0]
        out.append(row)
    return out


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_csv(rows: Sequence[dict[str, Any]], stream: Any) -> None:
    writer = csv.DictWriter(stream, fieldnames=list(MEETING_COLUMNS))
    writer.writeheader()
    writer.writerows({k: _flat(row.get(k)) for k in MEETING_COLUMNS} for row in rows)


def write_jsonl(meetings: Sequence[MeetingRecord], sources: Sequence[SourceRow],
                stream: Any) -> None:
    """The contract's meeting objects, each source carrying its URL, outlet, title, date."""
    by_meeting: dict[int, list[dict[str, Any]]] = {}
    for s in sources:
        info = asdict(s)
        del info["meeting_id"]
        by_meeting.setdefault(s.meeting_id, []).append(info)
    for m in meetings:
        obj = m.to_json()
        obj["sources"] = by_meeting.get(m.id, [])
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _arrow_type(name: str) -> Any:
    pa = _optional("pyarrow")
    return {"int64": pa.int64(), "string": pa.string(), "bool": pa.bool_(),
            "date": pa.date32(), "list": pa.list_(pa.string()),
            "date_list": pa.list_(pa.date32())}[name]


def _table(rows: Sequence[dict[str, Any]], columns: dict[str, str]) -> Any:
    pa = _optional("pyarrow")
    schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns.items()])
    return pa.Table.from_pylist([{k: r.get(k) for k in columns} for r in rows], schema=schema)


def sources_path(path: str | Path) -> Path:
    """``out/meetings.parquet`` -> ``out/meetings.sources.parquet``."""
    p = Path(path)
    stem = p.name[: -len(".parquet")] if p.name.endswith(".parquet") else p.name
    return p.with_name(f"{stem}.sources.parquet")


def write_parquet(rows: Sequence[dict[str, Any]], sources: Sequence[SourceRow],
                  path: str | Path) -> Path:
    """Meetings to ``path`` and the sources table beside it; returns the sources' path."""
    pq = _optional("pyarrow.parquet")
    pq.write_table(_table(rows, MEETING_COLUMNS), str(path))
    beside = sources_path(path)
    pq.write_table(_table(source_dicts(sources), SOURCE_COLUMNS), str(beside))
    return beside


def write_record_parquet(meetings: Sequence[MeetingRecord], path: str | Path) -> Path:
    """Typed Parquet from meeting records alone (the Python API's ``to_parquet``): sources
    carry what the records hold (document, title, publication date); URLs and outlets
    need the store (:func:`summitry.export.sources.linked`)."""
    from summitry.export.sources import SourceRow

    rows, sources = [], []
    for m in meetings:
        refs = [SourceRow(m.id, s.id, s.doc, s.reported, None, None, s.title, s.published, None)
                for s in m.sources]
        rows.append(meeting_row(m, refs))
        sources.extend(refs)
    return write_parquet(rows, sources, path)
