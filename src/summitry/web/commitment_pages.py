"""The commitment pages: a list (filtered by parties, kind, status), one commitment with its
timeline of statuses across meetings (each step linked to its meeting, its article and the
sentence that states it), and "what was agreed" on the meeting page.

Rendered with the pages' own environment and :func:`summitry.web.pages.page`, so language,
escaping and layout are the same as every other page.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from summitry.store.commitment_queries import (
    CommitmentFilter,
    commitment,
    commitments,
    meeting_commitments,
)
from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.queries import NotFoundError
from summitry.web.labels import LABELS
from summitry.web.pages import _env, page

router = APIRouter(include_in_schema=False)

#: The commitment pages' words, added to the pages' table.
WORDS: dict[str, tuple[str, str]] = {
    "commitments": ("Commitments", "承诺与协议"),
    "commitment": ("Commitment", "承诺"),
    "what_was_agreed": ("What was agreed", "达成的成果"),
    "statements": ("Statements", "表态"),
    "status": ("Status", "状态"),
    "status_here": ("status here", "此次状态"),
    "period": ("Period", "期限"),
    "parties": ("Parties", "各方"),
    "follows": ("Follows", "接续"),
    "followed_by": ("Followed by", "后续"),
    "status_timeline": ("Timeline of statuses", "状态时间线"),
    "no_meeting": ("no meeting named", "未关联会晤"),
}
for _key, _pair in WORDS.items():
    LABELS.setdefault(_key, _pair)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def agreed_at(request: Request, meeting_id: int) -> dict[str, Any]:
    """For the meeting page (a template global): commitments and statements of a meeting."""
    with reading(_store(request).engine) as conn:
        return meeting_commitments(conn, meeting_id)


_env.globals["agreed_at"] = agreed_at


@router.get("/commitments")
def commitments_page(request: Request) -> HTMLResponse:
    q = request.query_params
    store = _store(request)
    names = [a.strip() for a in q.getlist("actor") if a.strip()]
    ids = []
    for name in names:
        found = store.resolve_actor(name)
        if not found:
            return page(request, "commitments.html", status=404, rows=[], actors=names,
                        problem=f"no actor answers to {name!r}")
        ids.append(found[0])
    with reading(store.engine) as conn:
        rows = commitments(conn, CommitmentFilter(tuple(ids), q.get("kind") or None,
                                                  q.get("status") or None))
    return page(request, "commitments.html", rows=rows, actors=names, problem=None)


@router.get("/commitments/{commitment_id}")
def commitment_page(request: Request, commitment_id: int) -> HTMLResponse:
    with reading(_store(request).engine) as conn:
        try:
            rec = commitment(conn, commitment_id)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    return page(request, "commitment.html", c=rec)
