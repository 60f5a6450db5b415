"""Strict query parameters: a parameter an endpoint does not take is refused (422, named).

A misspelt filter (``?levle=summit``, ``?actors=VNM``) used to be ignored, so the client got
every meeting and no hint why. One dependency, set on the API routers, reads the parameters
the matched route declares (its own and its dependencies', e.g. the shared meeting filters)
and refuses the rest; no route keeps its own list.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute


def declared(dependant: Dependant) -> frozenset[str]:
    """Every query parameter name (its alias) of ``dependant`` and its sub-dependencies."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= declared(sub)
    return frozenset(names)


def allowed(request: Request) -> frozenset[str] | None:
    """The query names the matched route takes; None when no API route matched."""
    route = request.scope.get("route")
    # Walked per request: a route's tree is a handful of nodes (routes are unhashable).
    return declared(route.dependant) if isinstance(route, APIRoute) else None


def strict_query(request: Request) -> None:
    """Refuse a query parameter the route does not declare, naming it and what it takes."""
    names = allowed(request)
    if names is None:
        return
    unknown = sorted({k for k in request.query_params if k not in names})
    if not unknown:
        return
    takes = ", ".join(sorted(names)) or "none"
    raise RequestValidationError([
        {"loc": ("query", name), "type": "unknown_parameter", "input": request.query_params[name],
         "msg": f"unknown parameter {name!r}; this endpoint takes: {takes}"}
        for name in unknown])
