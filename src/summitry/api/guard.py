"""The first thing every request meets: the Host allow-list, the writer's token and the
body cap, all before a byte of the body is read.

Starlette reads and parses a body when an endpoint asks for it, whatever its size or the
``Content-Length`` it declared; a chunked body declares none. So this plain ASGI
middleware, outermost in the stack, refuses a write without a valid token before reading
anything (a read-only server never reads a posted body at all), refuses a declared length
over the cap, and reads the rest itself as a stream that stops at the cap (413), then hands
the bytes on. Behind a loopback binding it also checks ``Host`` against an allow-list, so a
page on another site cannot reach the server through DNS rebinding.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summitry.api.auth import WRITE_ROUTES, writer_refusal
from summitry.api.errors import error_response
from summitry.api.headers import secure

#: Methods that carry no body worth reading and change nothing.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Host names a server bound to loopback answers to (with any port).
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})
MB = 1024 * 1024


def host_name(header: str) -> str:
    """``Host`` without its port, lower case: ``[::1]:8000`` -> ``[::1]``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: ``Host`` allow-list, token before body, streamed body cap."""

    def __init__(self, app: ASGIApp, *, max_body: int, token: str | None,
                 allowed_hosts: Iterable[str] | None = None):
        self.app = app
        self.max_body = max_body
        self.token = token
        self.allowed = (None if allowed_hosts is None
                        else frozenset(host_name(h) for h in allowed_hosts))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path: str = scope.get("path", "")
        refusal = self._refusal(scope, headers, path)
        if refusal is not None:
            await self._answer(refusal, scope, receive, send, path)
            return
        if scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        body = await self._read(receive)
        if body is None:
            await self._answer((413, self._too_large(), None), scope, receive, send, path)
            return
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, scope: Scope, headers: Headers,
                 path: str) -> tuple[int, str, dict[str, str] | None] | None:
        if self.allowed is not None and host_name(headers.get("host", "")) not in self.allowed:
            return (400, "this server answers only to the host names it is served on "
                         f"({', '.join(sorted(self.allowed))})", None)
        if scope["method"] in SAFE_METHODS:
            return None
        if (scope["method"], path.rstrip("/")) in WRITE_ROUTES:
            refused = writer_refusal(self.token, headers.get("authorization", ""))
            if refused is not None:
                return refused
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return (413, self._too_large(), None)
        return None

    def _too_large(self) -> str:
        return (f"request body over {self.max_body / MB:g} MB; send fewer documents per "
                f"request")

    async def _read(self, receive: Receive) -> list[Message] | None:
        """Every body message, or None as soon as their bytes pass the cap."""
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return messages  # the client went away: the app sees it as it is
            size += len(message.get("body", b""))
            if size > self.max_body:
                return None
            if not message.get("more_body", False):
                return messages

    @staticmethod
    async def _answer(refusal: tuple[int, str, dict[str, str] | None], scope: Scope,
                      receive: Receive, send: Send, path: str) -> None:
        status, message, headers = refusal
        response = secure(error_response(status, message, headers=headers), path)
        if status in (401, 403, 413):
            response.headers["Connection"] = "close"  # the unread body is not waited for
        await response(scope, receive, send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that gives the body already read, then the client's later messages."""
    queue = list(messages)

    async def replayed() -> Any:
        if queue:
            return queue.pop(0)
        return await receive()

    return replayed
