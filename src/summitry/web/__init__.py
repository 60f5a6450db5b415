"""The web app: server-rendered pages over the same store as the API."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI


def mount(app: FastAPI) -> Any:
    """Add the pages and static files to ``app``; returns the error-page renderer."""
    from summitry.web.commitment_pages import router as commitment_router
    from summitry.web.pages import error_page, router, static_files

    app.include_router(router)
    app.include_router(commitment_router)
    app.mount("/static", static_files(), name="static")
    from summitry.web.workbench import router as workbench

    app.include_router(workbench)
    from summitry.web.series_pages import router as series

    app.include_router(series)
    return error_page
