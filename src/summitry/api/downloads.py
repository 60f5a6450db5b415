"""CSV downloads of the API's lists: ``?output=csv`` or ``Accept: text/csv``.

The meeting lists (``/api/meetings``, ``/api/dyads``) give the export's typed,
source-linked columns (:mod:`summitry.export.tables`): one row per meeting with its sources'
URL, outlet, title and publication date. Other lists give their JSON items flattened (lists
joined with ``; ``). A CSV is the same page as the JSON (``limit``, ``offset``); the total
and the next page travel in headers (``X-Total-Count``, ``Link: <…>; rel="next"``), since a
CSV has no room for them.

The parameter is ``output``, not ``format``: ``format`` filters meetings by their format
(in person, virtual), and the CLI's word for the output format is ``--output`` too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.responses import Response

from summitry.export.sources import linked, source_details
from summitry.export.tables import LIST_SEPARATOR, MEETING_COLUMNS, write_csv
from summitry.store.database import Store
from summitry.store.results import MeetingRecord

Output = Annotated[Literal["json", "csv"] | None, Query(
    description="json (the default) or csv; Accept: text/csv asks for csv too")]
CSV_TYPE = "text/csv; charset=utf-8"
#: For a list route's ``responses``: the schema documents the CSV beside the JSON.
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}},
          "description": "the page as JSON, or as CSV with ?output=csv or Accept: text/csv"}}


def wants_csv(request: Request, output: str | None) -> bool:
    """``output`` decides; without it an ``Accept`` that names text/csv first does."""
    if output is not None:
        return output == "csv"
    accept = request.headers.get("accept", "")
    first = accept.split(",")[0].split(";")[0].strip().lower()
    return first == "text/csv"


def _headers(request: Request, name: str, total: int, limit: int,
             offset: int) -> dict[str, str]:
    out = {"Content-Disposition": f'attachment; filename="{name}.csv"',
           "X-Total-Count": str(total)}
    if offset + limit < total:
        nxt = request.url.include_query_params(offset=offset + limit)
        out["Link"] = f'<{nxt}>; rel="next"'
    return out


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join("" if v is None else str(_flat(v)) for v in value)
    if isinstance(value, dict):
        return value.get("name") or value.get("id") or ""
    return value


def rows_csv(request: Request, name: str, items: Sequence[dict[str, Any]], total: int,
             limit: int, offset: int) -> Response:
    """A list's JSON items as CSV columns (the first item's keys, in order)."""
    stream = io.StringIO()
    columns = list(items[0]) if items else ["id"]
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: _flat(item.get(k)) for k in columns} for item in items)
    return Response(stream.getvalue(), media_type=CSV_TYPE,
                    headers=_headers(request, name, total, limit, offset))


def meetings_csv(request: Request, store: Store, meetings: Sequence[MeetingRecord],
                 total: int, limit: int, offset: int, name: str = "meetings") -> Response:
    """Meetings as the export's source-linked columns."""
    rows, _ = linked(store, meetings)
    stream = io.StringIO()
    write_csv(rows, stream)
    return Response(stream.getvalue(), media_type=CSV_TYPE,
                    headers=_headers(request, name, total, limit, offset))


def documents_csv(request: Request, store: Store, items: Sequence[dict[str, Any]],
                  total: int, limit: int, offset: int, name: str) -> Response:
    """Documents (a listing or search hits) with their URL and outlet beside the title."""
    details = source_details(store, (str(i["doc"]) for i in items))
    linked_items = []
    for item in items:
        info = details.get(str(item["doc"]))
        linked_items.append({**item, "url": info.url if info else None,
                             "outlet": info.outlet if info else None})
    return rows_csv(request, name, linked_items, total, limit, offset)


__all__ = ["CSV_RESPONSE", "MEETING_COLUMNS", "Output", "documents_csv", "meetings_csv", "rows_csv",
           "wants_csv"]
