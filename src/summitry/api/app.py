"""The application factory: one FastAPI app over one store, API and pages together."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Request, Response

from summitry import __version__
from summitry.api import errors
from summitry.api.auth import check_token
from summitry.api.commitments import router as commitments_router
from summitry.api.guard import Guard
from summitry.api.headers import secure
from summitry.api.models import ErrorBody
from summitry.api.routes import router
from summitry.api.strict import strict_query
from summitry.store.database import Store

MB = 1024 * 1024
#: The largest request body accepted (ingestion posts carry articles).
MAX_BODY_BYTES = 64 * MB


def create_app(store: Store | str | Path, *, token: str | None = None,
               pages: bool = True, allowed_hosts: Iterable[str] | None = None,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The app over ``store`` (an open :class:`Store`, or a path or URL to open).

    ``token``: when set, ``POST /api/documents`` accepts requests bearing it; when None the
    server is read-only. ``pages``: serve the web app beside the API. ``allowed_hosts``:
    the only ``Host`` names answered (``summitry serve`` on loopback sets them); None
    answers any. ``max_body``: the largest request body read, in bytes.
    """
    opened = not isinstance(store, Store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if opened:  # a store the app opened is the app's to close
            app.state.store.close()

    app = FastAPI(
        lifespan=lifespan, title="summitry", version=__version__,
        description="Who met whom, when, in what format, at what level, who chaired: "
                    "meetings read from diplomatic news, each fact linked to the sentences "
                    "that state it. Every error has the shape of ErrorBody.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
        responses={400: {"model": ErrorBody}, 404: {"model": ErrorBody},
                   422: {"model": ErrorBody}, 503: {"model": ErrorBody}})
    app.state.store = store if isinstance(store, Store) else Store(store)
    app.state.token = check_token(token)
    # Every API route refuses a query parameter it does not take (one shared dependency).
    strict = [Depends(strict_query)]
    app.include_router(router, dependencies=strict)
    app.include_router(commitments_router, dependencies=strict)
    wants_html = None
    if pages:
        from summitry.web import mount

        wants_html = mount(app)
    errors.install(app, wants_html)
    from summitry.api import extras  # HEAD /, the favicon, /docs

    extras.install(app)

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]
                               ) -> Response:
        return secure(await call_next(request), request.url.path)

    # Outermost: Host, token and body cap are checked before anything reads the body.
    app.add_middleware(Guard, max_body=max_body, token=app.state.token,
                       allowed_hosts=allowed_hosts)
    return app
