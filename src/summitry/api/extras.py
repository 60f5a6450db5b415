"""Small routes every web server is expected to answer: ``HEAD /`` (monitors and link
checkers probe it), ``/favicon.ico``, and ``/docs``, the interactive API reference.

``/docs`` is FastAPI's Swagger UI with its script and style served from the
``fastapi-offline`` package on disk (only its files are used; its Swagger UI reads OpenAPI
3.1), never from a CDN, and started by a static script file (the pages' content security
policy allows no inline script). Without that package the
route explains how to get it; the plain reference at ``/reference`` needs nothing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
ASSETS = "/docs/assets"
DOCS_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>summitry API reference</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>
"""


def swagger_assets() -> Path | None:
    """The folder holding ``swagger-ui-bundle.js`` and ``swagger-ui.css``, or None."""
    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def install(app: FastAPI) -> None:
    @app.head("/", include_in_schema=False)
    def head_root() -> Response:
        return RedirectResponse("/meetings", status_code=302)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml",
                            headers={"Cache-Control": "public, max-age=86400"})

    assets = swagger_assets()
    if assets is not None:
        app.mount(ASSETS, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs/init.js", include_in_schema=False)
    def docs_init() -> FileResponse:
        return FileResponse(STATIC / "docs-init.js", media_type="text/javascript")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse("<p>The interactive reference needs the fastapi-offline "
                                "package (pip install 'summitry[web]'); /reference lists "
                                "every endpoint without it.</p>", status_code=404)
        return HTMLResponse(DOCS_PAGE)
