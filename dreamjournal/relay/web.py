"""HTTP plumbing of the relay: security headers, an access log without ids, bounded bodies."""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("dreamjournal.relay.access")

_ID_IN_PATH = re.compile(r"/[A-Za-z0-9_-]{20,}")

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
}

# The one answer for unknown, expired, revoked and used-up ids, and for a wrong secret or ticket.
MISS_BODY = b'{"error":"not_available"}'


def not_available() -> Response:
    """The byte-identical "not available" answer."""
    return Response(MISS_BODY, status_code=404, media_type="application/json")


def error(status: int, code: str) -> Response:
    """A small JSON error that says nothing about any share."""
    return JSONResponse({"error": code}, status_code=status)


class TooLarge(Exception):
    """A request body over its limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refusing more than `limit` bytes whatever Content-Length claims."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise TooLarge
    parts: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > limit:
            raise TooLarge
        parts.append(piece)
    return b"".join(parts)


def route_of(path: str) -> str:
    """The path with ids replaced by {id}: what the access log may keep."""
    return _ID_IN_PATH.sub("/{id}", path)


class RelayHeaders:
    """ASGI middleware: security headers on every answer, and an access log without ids.

    The log line holds method, route template, status and duration: no share id, no query, no
    client address, no header. The key is in the fragment and never reaches a server at all.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            access_log.info(
                "%s %s %d %.1fms",
                scope.get("method", "?"),
                route_of(scope.get("path", "")),
                status,
                (time.perf_counter() - started) * 1000,
            )


def client_address(request: Request) -> str:
    """The client's address (the proxy's, unless uvicorn trusts its forwarded headers)."""
    return request.client.host if request.client else "unknown"


def cross_site(request: Request) -> bool:
    """A request another site's page made (browsers send Sec-Fetch-Site; CORS stays closed)."""
    return request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")


def json_type(request: Request) -> bool:
    """Whether the body is declared JSON (a form on another site cannot send that unasked)."""
    return request.headers.get("content-type", "").split(";")[0].strip() == "application/json"


def loads(body: bytes) -> Any:
    """JSON or None."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
