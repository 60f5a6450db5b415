"""The REST API under ``/api``: meetings, actors, documents, search, dyads, ingestion.

Every list is paged (``limit``, ``offset``; the answer says ``total`` and ``next_offset``).
Filters are those of ``summitry meetings``. Endpoints are plain ``def`` functions: FastAPI
runs them in its thread pool, each query in its own read transaction, so a slow query never
blocks the event loop and readers never wait on an ingestion (SQLite WAL).
"""

from __future__ import annotations

import io
import json
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, StringConstraints

from summitry.api import models
from summitry.api.auth import require_writer
from summitry.api.downloads import (
    CSV_RESPONSE,
    Output,
    documents_csv,
    meetings_csv,
    rows_csv,
    wants_csv,
)
from summitry.store.database import Store
from summitry.store.params import MAX_INT64, MAX_NAME_CHARS
from summitry.store.results import MeetingRecord
from summitry.store.search_workbench import search as entity_search

router = APIRouter(prefix="/api")

#: The largest page a client may ask for.
MAX_LIMIT = 500
#: The most documents one POST may carry.
MAX_POST_DOCUMENTS = 1000

# The contract's vocabularies (summitry.records) as types, so the schema lists them.
Kind = Literal["conference", "talks", "call", "visit", "negotiation", "other"]
Format = Literal["in_person", "virtual", "hybrid", "phone"]
Level = Literal["summit", "ministerial", "senior_officials", "other"]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_INT64, description="items to skip")]
#: An actor named by id, code or name (the store looks up at most MAX_NAME_CHARS).
ActorName = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME_CHARS)]


def real_date(value: str | None) -> str | None:
    """A date that exists: 2023-13 and 2023-02-30 are refused with the parameter named."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None
    return value


#: YYYY, YYYY-MM or YYYY-MM-DD with a year from 0001 and real month and day numbers; a day
#: the month lacks (2023-02-30) passes the pattern and is refused by real_date.
DATE_PATTERN = (r"^(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
                r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                    description="YYYY, YYYY-MM or YYYY-MM-DD"),
                  AfterValidator(real_date)]


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(store_of)]


def meeting_json(m: MeetingRecord) -> dict[str, Any]:
    """The contract's meeting object with actor objects and every source in full."""
    return {**m.to_json(), "sources": [asdict(s) for s in m.sources]}


def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt,
            "items": items}


class MeetingFilters:
    """The meeting filters, shared by the meetings and dyad endpoints and the pages."""

    def __init__(self,
                 since: DateQ = None, until: DateQ = None,
                 format: Annotated[Format | None, Query()] = None,
                 level: Annotated[Level | None, Query()] = None,
                 kind: Annotated[Kind | None, Query()] = None,
                 reported: Annotated[bool | None, Query(
                     description="true: only meetings some article reports as news; false: "
                                 "only meetings articles merely recall; absent: both")] = None):
        self.kw: dict[str, Any] = {"since": since, "until": until, "format": format,
                                   "level": level, "kind": kind,
                                   "reported_only": reported is True,
                                   "recalled_only": reported is False}


Filters = Annotated[MeetingFilters, Depends()]


def meetings_page(store: Store, actors: list[str], filters: MeetingFilters, limit: int,
                  offset: int, csv_of: Request | None = None) -> Any:
    """A page of meetings; as the export's CSV when ``csv_of`` (the request) is given."""
    total = store.count_meetings(actors, **filters.kw)
    rows = store.meetings(actors, limit=limit, offset=offset, **filters.kw)
    if csv_of is not None:
        return meetings_csv(csv_of, store, rows, total, limit, offset)
    return page(total, limit, offset, [meeting_json(m) for m in rows])


@router.get("/meetings", response_model=models.Page[models.Meeting], tags=["meetings"],
            responses=CSV_RESPONSE,
            summary="Meetings, filtered, in date order")
def list_meetings(request: Request, store: StoreDep, filters: Filters,
                  actor: Annotated[list[ActorName], Query(max_length=20,
                      description="an actor id, code or name in any language; repeat for "
                                  "meetings involving all of them")] = [],  # noqa: B006
                  limit: Limit = 50, offset: Offset = 0, output: Output = None) -> Any:
    return meetings_page(store, actor, filters, limit, offset,
                         request if wants_csv(request, output) else None)


@router.get("/meetings/{meeting_id}", response_model=models.MeetingDetail, tags=["meetings"],
            summary="One meeting with every source, its evidence and its link history")
def get_meeting(store: StoreDep, meeting_id: Annotated[int, Path(ge=1, le=MAX_INT64)]
                ) -> dict[str, Any]:
    m = store.meeting(meeting_id)
    return {**meeting_json(m), "history": store.link_history(meeting_id)}


@router.get("/actors", response_model=models.Page[models.ActorHit], tags=["actors"],
            responses=CSV_RESPONSE,
            summary="Actors by id, code or name in any language; most meetings first")
def list_actors(request: Request, store: StoreDep,
                q: Annotated[str, Query(max_length=200)] = "",
                limit: Limit = 50, offset: Offset = 0, output: Output = None) -> Any:
    total, hits = store.actors(q, limit, offset)
    items = [h.to_json() for h in hits]
    if wants_csv(request, output):
        return rows_csv(request, "actors", items, total, limit, offset)
    return page(total, limit, offset, items)


@router.get("/actors/{ref:path}", response_model=models.ActorProfile, tags=["actors"],
            summary="An actor's profile: offices, meetings per year and month, counterparts",
            responses={300: {"description": "a partial or shared name (Kim, 巴方): "
                                            "{\"candidates\": [actor, ...]} to choose from"}})
def get_actor(store: StoreDep, ref: Annotated[str, Path(
        max_length=MAX_NAME_CHARS,
        description="an id (state:RUS), a code (RUS) or a name (Russia, 俄罗斯)")]
              ) -> Any:
    candidates = store.actor_candidates(ref)
    if len(candidates) > 1:
        return JSONResponse({"candidates": [c.to_json() for c in candidates]}, status_code=300)
    profile = store.actor(ref)
    return {**profile.to_json(), "recent": [meeting_json(m) for m in profile.recent]}


@router.get("/dyads", response_model=models.Dyad, tags=["meetings"],
            responses=CSV_RESPONSE,
            summary="Every meeting between two actors, in date order")
def get_dyad(request: Request, store: StoreDep, filters: Filters,
             a: Annotated[str, Query(min_length=1, max_length=MAX_NAME_CHARS,
                                     description="the first actor")],
             b: Annotated[str, Query(min_length=1, max_length=MAX_NAME_CHARS,
                                     description="the second actor")],
             limit: Limit = 200, offset: Offset = 0, output: Output = None) -> Any:
    first, second = store.actor_ref(a), store.actor_ref(b)
    if first.id == second.id:
        raise HTTPException(422, f"a dyad needs two different actors; {a!r} and {b!r} are "
                                 f"both {first.name}")
    pair = [first.id, second.id]
    if wants_csv(request, output):  # the dyad's meetings, as the meetings list gives them
        return meetings_page(store, pair, filters, limit, offset, request)
    return {"a": first.to_json(), "b": second.to_json(),
            "per_year": store.meeting_years(pair, **filters.kw),
            "meetings": meetings_page(store, pair, filters, limit, offset)}


@router.get("/search", response_model=models.Page[models.SearchHit], tags=["documents"],
            responses=CSV_RESPONSE,
            summary="Search titles and bodies (Chinese included) and, when the query names "
                    "an actor (东盟, ASEAN), the articles about it in any language")
def search(request: Request, store: StoreDep,
           q: Annotated[str, Query(min_length=1, max_length=500)],
           limit: Limit = 20, offset: Offset = 0, output: Output = None) -> Any:
    # Text matches are counted to the end of this page and one past it, no further: that
    # one says whether a next page exists, and the total is then a lower bound. Counting
    # every match (or a thousand) to show twenty cost most of a search in a large store.
    found = entity_search(store, q, limit, offset, cap=offset + limit)
    items = [h.to_json() for h in found.hits]
    if wants_csv(request, output):
        return documents_csv(request, store, items, found.total, limit, offset, "search")
    out = page(found.total, limit, offset, items)
    if found.capped:  # counted no further: there may be more pages
        out["total_is_lower_bound"] = True
        out["next_offset"] = offset + limit if len(found.hits) == limit else None
    return out


@router.get("/documents", response_model=models.Page[models.DocumentHit], tags=["documents"],
            responses=CSV_RESPONSE,
            summary="Documents, newest first")
def list_documents(request: Request, store: StoreDep, limit: Limit = 50, offset: Offset = 0,
                   output: Output = None) -> Any:
    total, hits = store.documents(limit, offset)
    items = [h.to_json() for h in hits]
    if wants_csv(request, output):
        return documents_csv(request, store, items, total, limit, offset, "documents")
    return page(total, limit, offset, items)


@router.get("/documents/{doc_id:path}", response_model=models.Document, tags=["documents"],
            summary="A document's original text with every annotation span")
def get_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    return store.document(doc_id).to_json()


@router.post("/documents", response_model=models.IngestResult, tags=["documents"],
             dependencies=[Depends(require_writer)],
             responses={401: {"model": models.ErrorBody}, 403: {"model": models.ErrorBody}},
             summary="Ingest articles (needs the server's token)")
def post_documents(store: StoreDep, docs: Annotated[
        models.DocumentIn | list[models.DocumentIn],
        Body(description="one article or a list, as lines of summitry ingest's JSON Lines")]
                   ) -> dict[str, Any]:
    batch = docs if isinstance(docs, list) else [docs]
    if len(batch) > MAX_POST_DOCUMENTS:
        raise HTTPException(413, f"at most {MAX_POST_DOCUMENTS} documents per request")
    # The records go through the same reader as `summitry ingest -`, so a record without
    # text, an empty or oversized one is skipped and reported exactly as on the command line.
    lines = "".join(json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) + "\n"
                    for d in batch)
    summary = store.ingest(["-"], stdin=io.StringIO(lines))
    return {"run_id": summary.run_id, **{k: v for k, v in summary.counts().items()
                                         if k != "reasons"},
            "skips": store.skips(summary.run_id), "warnings": summary.warnings}


@router.get("/stats", tags=["meta"], summary="Rows per table")
def stats(store: StoreDep) -> dict[str, int]:
    return store.counts()
