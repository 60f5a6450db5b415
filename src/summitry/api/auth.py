"""Who may write: ingestion over HTTP needs the token the server was started with.

Reading is open. Writing is off unless a token is configured (``--token-file`` or
``$SUMMITRY_API_TOKEN``); then a request must send ``Authorization: Bearer <token>``.
No token configured: 403 (the server does not take writes at all). A configured token
not sent: 401 with ``WWW-Authenticate``. A wrong token: 403. Tokens are compared in
constant time.
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

#: A token shorter than this is refused when the server starts: it could be guessed.
MIN_TOKEN_LENGTH = 16


def check_token(token: str | None) -> str | None:
    """The configured token, stripped, or None; too short a token is a configuration error."""
    from summitry.errors import ConfigError

    if token is None:
        return None
    token = token.strip()
    if not token:
        return None
    if len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(f"the API token must have at least {MIN_TOKEN_LENGTH} characters")
    return token


#: The (method, path) of every endpoint that writes; the guard checks the token before
#: reading their bodies (:mod:`summitry.api.guard`), the endpoints check it again.
WRITE_ROUTES = frozenset({("POST", "/api/documents")})

#: (status, message, headers) of a refused write.
Refusal = tuple[int, str, dict[str, str] | None]


def writer_refusal(expected: str | None, header: str) -> Refusal | None:
    """Why a request with ``Authorization: header`` may not write, or None when it may."""
    if expected is None:
        return (403, "this server is read-only: ingestion over HTTP needs a token configured "
                     "when the server starts", None)
    scheme, _, given = header.partition(" ")
    if not header:
        return (401, "ingestion needs 'Authorization: Bearer <token>'",
                {"WWW-Authenticate": 'Bearer realm="summitry"'})
    if scheme.lower() != "bearer" or not secrets.compare_digest(
            given.strip().encode("utf-8", "surrogateescape"), expected.encode()):
        return (403, "the token is not valid", None)
    return None


def require_writer(request: Request) -> None:
    """A FastAPI dependency for the endpoints that write to the store."""
    refusal = writer_refusal(request.app.state.token, request.headers.get("authorization", ""))
    if refusal is not None:
        status, message, headers = refusal
        raise HTTPException(status, message, headers=headers)
