"""Series pages: every meeting of one named mechanism (all sessions of an ASEAN–partner
SOM, every summit of a forum), in date order, and the list of series.

The meeting page links its series here through the ``series_href`` template global.
"""

from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from summitry.store.params import MAX_INT64
from summitry.store.queries_workbench import series, series_id, series_list
from summitry.web.officials import officials_of
from summitry.web.pages import _env, _store, page

router = APIRouter(include_in_schema=False)


def series_href(request: Request, name: str | None) -> str | None:
    """The series page of a meeting's series name, or None."""
    found = series_id(_store(request), name)
    return f"/series/{found}" if found is not None else None


_env.globals["series_href"] = series_href
_env.globals["officials_of"] = lambda request, code: officials_of(_store(request), code)


@router.get("/series")
def series_index(request: Request) -> HTMLResponse:
    return page(request, "series_list.html", rows=series_list(_store(request)))


@router.get("/series/{number}")
def series_page(request: Request, number: int = Path(ge=1, le=MAX_INT64)) -> HTMLResponse:
    found = series(_store(request), number)
    return page(request, "series.html", s=found, rows=list(found.meetings))
