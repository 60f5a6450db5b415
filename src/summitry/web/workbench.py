"""The analyst's workbench pages: the counterpart network and the map of meeting places.

Both read the meetings the meetings page would list for the same filters (actors, dates,
kind, format, level, reported only), so a filtered list, its network and its map always
agree. The actor page draws its ego network through the ``ego_graph`` template global.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from summitry.errors import SummitryError
from summitry.records import FORMATS, KINDS, LEVELS
from summitry.store.queries import NotFoundError
from summitry.store.results import MeetingRecord
from summitry.web import geo, network, wording
from summitry.web.downloads import download_links
from summitry.web.pages import _env, _store, page

#: Meetings read for one network or map: enough for years of a region's diplomacy, bounded
#: so a page over a whole newsroom's store stays quick.
MAX_MEETINGS = 20000
#: Participant types an analyst can draw (``?types=state&types=person``).
TYPES = ("state", "organization", "person", "territory")

router = APIRouter(include_in_schema=False)
_env.globals["ego_graph"] = network.ego_graph
_env.globals["n_of"] = wording.count
_env.globals["downloads"] = download_links
_env.filters["reason"] = wording.readable_reason


def _filtered(request: Request) -> tuple[list[MeetingRecord], dict[str, Any], str | None, int]:
    """The request's filters, the meetings they select, and a problem with its status."""
    q = request.query_params
    actors = [a.strip() for a in q.getlist("actor") if a.strip()]
    chosen: dict[str, Any] = {key: q.get(key) or None
                              for key in ("since", "until", "format", "level", "kind")}
    chosen["reported_only"] = q.get("reported") == "1"
    form = {"actors": actors, **chosen}
    for key, allowed in (("format", FORMATS), ("level", LEVELS), ("kind", KINDS)):
        if chosen[key] is not None and chosen[key] not in allowed:
            return [], form, f"unknown {key}: {chosen[key]!r}", 400
    try:
        rows = _store(request).meetings(actors, limit=MAX_MEETINGS, evidence=False, **chosen)
    except NotFoundError as exc:
        return [], form, str(exc), 404
    except SummitryError as exc:
        return [], form, str(exc), 400
    return list(rows), form, None, 200


@router.get("/network")
def network_page(request: Request) -> HTMLResponse:
    rows, form, problem, status = _filtered(request)
    types = [t for t in request.query_params.getlist("types") if t in TYPES]
    graph = network.meeting_graph(rows, types or network.DEFAULT_TYPES)
    return page(request, "network.html", status=status, graph=graph, form=form,
                problem=problem, total=len(rows), types=types or list(network.DEFAULT_TYPES),
                all_types=TYPES, kinds=KINDS, formats=FORMATS, levels=LEVELS)


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    rows, form, problem, status = _filtered(request)
    where = geo.meeting_map(rows)
    return page(request, "map.html", status=status, where=where, form=form, problem=problem,
                total=len(rows), kinds=KINDS, formats=FORMATS, levels=LEVELS)
