"""One JSON error shape for every error the API returns (datasette's habit).

``{"error": {"status": 404, "code": "not_found", "message": "…", "details": null}}``:
store errors (an unknown actor, meeting or document; a malformed date), request validation,
authentication, unknown routes and unexpected failures all come out in it, so a client
handles errors in one place. Unexpected failures say nothing of their internals.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DatabaseError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from summitry.api.headers import secure
from summitry.errors import SummitryError
from summitry.store.engine import StoreUnavailableError, storage_fault
from summitry.store.params import QueryError
from summitry.store.queries import NotFoundError

log = logging.getLogger("summitry.api")

#: HTTP status → stable error code.
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
         422: "invalid_request", 500: "internal_error", 503: "unavailable"}


def error_body(status: int, message: str,
               details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": CODES.get(status, "error"), "message": message,
                      "details": details}}


def error_response(status: int, message: str, details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, details), status_code=status,
                        headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        out.append({"where": ".".join(str(p) for p in e.get("loc", ())),
                    "message": str(e.get("msg", "")), "type": str(e.get("type", ""))})
    return out


def install(app: FastAPI, wants_html: Any = None) -> None:
    """Register the handlers. ``wants_html(request)`` may answer a page's errors with a page
    instead (the web app does); the API always answers JSON."""

    def page_or(request: Request, status: int, message: str) -> Any:
        if wants_html is not None and not request.url.path.startswith("/api"):
            return wants_html(request, status, message)
        return None

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Any:
        return page_or(request, 404, str(exc)) or error_response(404, str(exc))

    @app.exception_handler(QueryError)
    async def out_of_range(request: Request, exc: QueryError) -> Any:
        # A parameter the store cannot answer for is a request that does not validate.
        return page_or(request, 422, str(exc)) or error_response(422, str(exc))

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(request: Request, exc: StoreUnavailableError) -> Any:
        # The store cannot do this now (read-only, unreachable): not the request's fault.
        return page_or(request, 503, str(exc)) or error_response(503, str(exc))

    @app.exception_handler(SummitryError)
    async def bad_request(request: Request, exc: SummitryError) -> Any:
        return page_or(request, 400, str(exc)) or error_response(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        details = _validation_details(exc)
        message = "invalid request: " + "; ".join(f"{d['where']}: {d['message']}"
                                                  for d in details)
        return page_or(request, 422, message) or error_response(422, message, details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code,
                                                                            "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return page_or(request, exc.status_code, message) or error_response(
            exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(OperationalError)
    @app.exception_handler(DatabaseError)
    async def storage(request: Request, exc: Exception) -> Any:
        # A full disk, a damaged or locked store: the server's state, not the request's.
        message = storage_fault(exc)
        if message is None:  # a query the database refused: a bug, answered as one
            return await unexpected(request, exc)
        log.error("storage error on %s: %s", request.url.path, exc)
        return secure(page_or(request, 503, message) or error_response(503, message),
                      request.url.path)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Any:
        # Answered outside the middleware stack (Starlette's ServerErrorMiddleware), so the
        # security headers are set here.
        log.exception("unexpected error on %s", request.url.path)
        message = "internal error; the server log has the details"
        return secure(page_or(request, 500, message) or error_response(500, message),
                      request.url.path)
