"""The commitment endpoints: ``/api/commitments`` (paged, filtered like ``summitry
commitments``), one commitment with its timeline, and what was agreed at a meeting.

Kept apart from :mod:`summitry.api.routes` (another module's concern) and added to the app
beside it; errors take the app's one shape (``ErrorBody``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from summitry.api.downloads import CSV_RESPONSE, Output, rows_csv, wants_csv
from summitry.api.routes import DateQ, Limit, Offset, StoreDep, page
from summitry.store.commitment_queries import (
    CommitmentFilter,
    commitment,
    commitments,
    meeting_commitments,
)
from summitry.store.engine import reading
from summitry.store.params import MAX_INT64

router = APIRouter(prefix="/api", tags=["commitments"])

CommitmentKind = Literal["plan_of_action", "agreement", "treaty", "mou", "joint_statement",
                         "declaration", "mechanism", "fund", "framework", "initiative", "other"]
Status = Literal["proposed", "considered", "agreed", "drafting", "signed", "adopted",
                 "launched", "in_force", "implemented", "reviewed", "expired"]


def actor_ids(store: Any, names: list[str]) -> tuple[str, ...]:
    out = []
    for name in names:
        found = store.resolve_actor(name)
        if not found:
            raise HTTPException(404, f"no actor answers to {name!r}")
        out.append(found[0])
    return tuple(out)


@router.get("/commitments", responses=CSV_RESPONSE,
            summary="Commitments, each with its timeline of statuses")
def list_commitments(request: Request, store: StoreDep,
                     actor: Annotated[list[str], Query(description="a party (id, code or "
                                                                   "name); repeat: all")] = [],  # noqa: B006
                     kind: CommitmentKind | None = None, status: Status | None = None,
                     since: DateQ = None, limit: Limit = 50, offset: Offset = 0,
                     output: Output = None) -> Any:
    ids = actor_ids(store, actor)
    with reading(store.engine) as conn:
        found = commitments(conn, CommitmentFilter(ids, kind, status, since))
    items = [r.to_json() for r in found[offset:offset + limit]]
    if wants_csv(request, output):
        return rows_csv(request, "commitments", items, len(found), limit, offset)
    return page(len(found), limit, offset, items)


@router.get("/commitments/{commitment_id}", summary="One commitment with its timeline")
def one_commitment(store: StoreDep, commitment_id: Annotated[int, Path(ge=1, le=MAX_INT64)]
                   ) -> dict[str, Any]:
    with reading(store.engine) as conn:
        try:
            return commitment(conn, commitment_id).to_json()
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from None


@router.get("/meetings/{meeting_id}/commitments",
            summary="What was agreed at a meeting: commitments and statements")
def agreed_at(store: StoreDep, meeting_id: Annotated[int, Path(ge=1, le=MAX_INT64)]
              ) -> dict[str, Any]:
    store.meeting(meeting_id)  # 404 for a meeting the store does not hold
    with reading(store.engine) as conn:
        return meeting_commitments(conn, meeting_id)
