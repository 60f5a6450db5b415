"""Download links for every list page: the same rows as CSV or JSON from the API.

A page's filters are translated to its API endpoint's parameters (the API refuses the ones
it does not take, so page-only parameters such as ``page`` and ``lang`` are dropped and the
page's ``reported=1`` becomes ``reported=true``). A download holds the whole filtered list
up to the API's largest page, not only the rows on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlencode

from summitry.api.routes import MAX_LIMIT

#: Page path -> (API path, the page parameters it takes, as {page name: API name}).
ENDPOINTS: dict[str, tuple[str, dict[str, str]]] = {
    "/meetings": ("/api/meetings", {"actor": "actor", "since": "since", "until": "until",
                                    "format": "format", "level": "level", "kind": "kind",
                                    "reported": "reported"}),
    "/actors": ("/api/actors", {"q": "q"}),
    "/documents": ("/api/documents", {}),
    "/search": ("/api/search", {"q": "q"}),
    "/dyad": ("/api/dyads", {"a": "a", "b": "b"}),
    "/commitments": ("/api/commitments", {"actor": "actor", "kind": "kind",
                                          "status": "status", "since": "since"}),
}
#: Page values that mean something else in the API.
VALUES = {("reported", "1"): "true"}


def download_links(path: str, query: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{"csv": url, "json": url} for the list page at ``path``; {} for other pages."""
    if path not in ENDPOINTS:
        return {}
    api, names = ENDPOINTS[path]
    params = [(names[k], VALUES.get((k, v), v)) for k, v in query if k in names and v.strip()]
    params.append(("limit", str(MAX_LIMIT)))
    return {fmt: f"{api}?{urlencode([*params, ('output', fmt)])}" for fmt in ("csv", "json")}
