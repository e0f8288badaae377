"""The relay's ASGI app: ciphertext in, ciphertext out, a view counted only on "Open".

Endpoints (JSON unless said; {id} is the 256-bit share id, 43 base64url characters)::

    GET    /                         a short note on what this server is
    GET    /healthz                  "ok"
    GET    /s/{id}                   the friend page shell: the same bytes for every id
    POST   /api/shares               owner publishes -> 201 {"id"}
    PUT    /api/shares/{id}/clip     owner streams the sealed clip (Bearer owner secret)
    POST   /api/shares/{id}/peek     page: is it available? no view counted
    POST   /api/shares/{id}/open     friend clicked "Open": counts one view -> envelope + ticket
    GET    /api/shares/{id}/clip     sealed clip, streamed (X-Ticket from "Open")
    POST   /api/shares/{id}/replies  friend's sealed reply (X-Ticket) -> 201
    GET    /api/shares/{id}          owner: status and counts (Bearer owner secret)
    GET    /api/shares/{id}/replies  owner: sealed replies (Bearer owner secret)
    DELETE /api/shares/{id}          owner: revoke now; ?forget=1 also drops counts and replies
    .../api/practice/{mailbox}       home-practice mailboxes (see `relay.practice`)

Every miss (unknown, expired, revoked, used up, wrong secret or ticket) is the same 404, and
counts against the client address's miss budget; an address out of budget gets 429 for every
share request, so the limit itself tells nothing about any id. No CORS headers are ever sent.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import time
from collections.abc import AsyncIterator, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from dreamjournal.relay.envelope import ID_TEXT, BadRequest, check_publish, check_reply
from dreamjournal.relay.limits import RateLimiter, RelayLimits
from dreamjournal.relay.practice import practice_routes
from dreamjournal.relay.store import CHUNK_BYTES, RelayStore, digest
from dreamjournal.relay.web import (
    RelayHeaders,
    TooLarge,
    client_address,
    cross_site,
    error,
    json_type,
    loads,
    not_available,
    read_body,
)
from dreamjournal.share.relay_page import CSP as PAGE_CSP
from dreamjournal.share.relay_page import HTML as PAGE_HTML

SWEEP_SECONDS = 60.0
ABOUT = (
    "This is a Dream Journal share relay. It keeps encrypted dreams for a while and cannot read "
    "them: the key is only in the link a friend was given.\n"
)


def _new_id() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode("ascii")


class Relay:
    """The endpoints, bound to one store, clock and set of limits."""

    def __init__(self, store: RelayStore, limits: RelayLimits, clock: Callable[[], float]) -> None:
        self.store = store
        self.limits = limits
        self.clock = clock
        self.misses = RateLimiter(limits.misses_per_minute, clock=clock)
        self.publishes = RateLimiter(limits.publishes_per_minute, clock=clock)
        self.replying = RateLimiter(limits.replies_per_minute, clock=clock)

    # -- helpers ---------------------------------------------------------------------------

    def _miss(self, request: Request) -> Response:
        self.misses.take(client_address(request))
        return not_available()

    def _gate(self, request: Request) -> tuple[str | None, Response | None]:
        """The lookup of a well-formed id from an address with miss budget left, or an answer."""
        if not self.misses.allowed(client_address(request)):
            return None, error(429, "slow_down")
        if cross_site(request):
            return None, error(403, "cross_site")
        share_id = request.path_params["share_id"]
        if not ID_TEXT.match(share_id):
            return None, self._miss(request)
        return digest(share_id), None

    def _owner_hash(self, request: Request) -> str | None:
        auth = request.headers.get("authorization", "")
        scheme, _, secret = auth.partition(" ")
        if scheme.lower() != "bearer" or not 20 <= len(secret.strip()) <= 200:
            return None
        return digest(secret.strip())

    async def _owned(self, request: Request) -> tuple[str | None, Response | None]:
        lookup, answer = self._gate(request)
        if answer is not None or lookup is None:
            return None, answer
        owner_hash = self._owner_hash(request)
        if owner_hash is None or not await run_in_threadpool(self.store.owned, lookup, owner_hash):
            return None, self._miss(request)
        return lookup, None

    # -- pages -----------------------------------------------------------------------------

    async def about(self, request: Request) -> Response:
        """What this server is."""
        return PlainTextResponse(ABOUT)

    async def health(self, request: Request) -> Response:
        """Liveness for a proxy or a test."""
        return PlainTextResponse("ok")

    async def page(self, request: Request) -> Response:
        """The friend page shell; never looks the id up, so bots learn and count nothing."""
        return Response(
            PAGE_HTML,
            media_type="text/html; charset=utf-8",
            headers={"content-security-policy": PAGE_CSP},
        )

    # -- owner -----------------------------------------------------------------------------

    async def publish(self, request: Request) -> Response:
        """Store a sealed envelope; answer with the new share id."""
        if cross_site(request):
            return error(403, "cross_site")
        if not json_type(request):
            return error(415, "json_only")
        if not self.publishes.take(client_address(request)):
            return error(429, "slow_down")
        try:
            body = await read_body(request, self.limits.max_envelope_bytes * 4 // 3 + 4096)
            checked = check_publish(loads(body), self.limits)
        except TooLarge:
            return error(413, "too_large")
        except BadRequest:
            return error(400, "bad_request")
        share_id, now = _new_id(), self.clock()
        await run_in_threadpool(
            lambda: self.store.create(
                lookup=digest(share_id),
                owner_hash=checked.owner_hash,
                payload=json.dumps(checked.envelope).encode(),
                now=now,
                expires=None if checked.expires_in is None else now + checked.expires_in,
                max_views=checked.max_views,
                burn=checked.burn,
                passcode=checked.passcode,
                replies_allowed=checked.replies,
                clip_size=checked.clip_size,
            )
        )
        return JSONResponse({"id": share_id}, status_code=201)

    async def put_clip(self, request: Request) -> Response:
        """Receive the sealed clip as a stream, stored chunk by chunk up to its declared size."""
        lookup, answer = await self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        owner_hash = self._owner_hash(request) or ""
        size, already = await run_in_threadpool(self.store.clip_state, lookup)
        if size is None or already:
            return error(409, "no_clip_expected")  # none declared, or it is (being) sent
        buffer, seq, received = bytearray(), 0, 0
        try:
            async for piece in request.stream():
                received += len(piece)
                if received > size:
                    raise TooLarge
                buffer += piece
                while len(buffer) >= CHUNK_BYTES:
                    chunk, buffer = bytes(buffer[:CHUNK_BYTES]), buffer[CHUNK_BYTES:]
                    if not await run_in_threadpool(
                        self.store.put_chunk, lookup, owner_hash, seq, chunk
                    ):
                        raise TooLarge
                    seq += 1
            if buffer and not await run_in_threadpool(
                self.store.put_chunk, lookup, owner_hash, seq, bytes(buffer)
            ):
                raise TooLarge
            if received != size:
                raise TooLarge
        except (TooLarge, ClientDisconnect):
            # A clip that did not arrive whole is dropped, so the owner can send it again.
            await run_in_threadpool(self.store.drop_clip, lookup)
            return error(413, "wrong_size")
        return Response(status_code=204)

    async def stats(self, request: Request) -> Response:
        """Status, views and reply count for the owner."""
        lookup, answer = await self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        found = await run_in_threadpool(self.store.stats, lookup, self.clock())
        if found is None:
            return self._miss(request)
        return JSONResponse(
            {
                "status": found.status,
                "created": found.created,
                "expires": found.expires,
                "views": found.views,
                "max_views": found.max_views,
                "burn": found.burn,
                "replies": found.replies,
            }
        )

    async def owner_replies(self, request: Request) -> Response:
        """The sealed replies, for the owner to open with the private key."""
        lookup, answer = await self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        rows = await run_in_threadpool(self.store.replies, lookup)
        return JSONResponse(
            {"replies": [{"id": i, "created": at, **json.loads(body)} for i, at, body in rows]}
        )

    async def revoke(self, request: Request) -> Response:
        """Stop the link now: the ciphertext is wiped at once."""
        lookup, answer = await self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        forget = request.query_params.get("forget") == "1"
        await run_in_threadpool(lambda: self.store.revoke(lookup, self.clock(), forget=forget))
        return Response(status_code=204)

    # -- friend ----------------------------------------------------------------------------

    async def peek(self, request: Request) -> Response:
        """Whether the link can be opened, and what to ask first (passcode, burn warning)."""
        lookup, answer = self._gate(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        found = await run_in_threadpool(self.store.peek, lookup, self.clock())
        return self._miss(request) if found is None else JSONResponse(found)

    async def open(self, request: Request) -> Response:
        """Count one view (atomically) and release the sealed envelope with a ticket."""
        lookup, answer = self._gate(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        if not json_type(request):
            return error(415, "json_only")
        ticket = _new_id()
        opened = await run_in_threadpool(
            self.store.open, lookup, self.clock(), digest(ticket), self.limits.replies_per_open
        )
        if opened is None:
            return self._miss(request)
        left = None if opened.max_views is None else opened.max_views - opened.views
        return JSONResponse(
            {
                "payload": json.loads(opened.payload),
                "ticket": ticket,
                "replies": opened.replies_allowed,
                "views_left": left,
            }
        )

    async def _ticket(self, request: Request) -> tuple[str | None, str | None, Response | None]:
        lookup, answer = self._gate(request)
        if answer is not None or lookup is None:
            return None, None, answer or not_available()
        ticket = request.headers.get("x-ticket", "")
        if not ID_TEXT.match(ticket):
            return None, None, self._miss(request)
        ticket_hash = digest(ticket)
        ok = await run_in_threadpool(self.store.ticket_lookup, ticket_hash, lookup, self.clock())
        if not ok:
            return None, None, self._miss(request)
        return lookup, ticket_hash, None

    async def clip(self, request: Request) -> Response:
        """The sealed clip as a stream of stored chunks (never whole in memory)."""
        lookup, _, answer = await self._ticket(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        size = await run_in_threadpool(self.store.clip_size, lookup)
        count = await run_in_threadpool(self.store.chunk_count, lookup)
        if size is None or count == 0:
            return self._miss(request)
        store = self.store

        async def chunks() -> AsyncIterator[bytes]:
            for seq in range(count):
                data = await run_in_threadpool(store.chunk, lookup, seq)
                if data is None:
                    return
                yield data

        return StreamingResponse(
            chunks(),
            media_type="application/octet-stream",
            headers={"content-length": str(size)},
        )

    async def reply(self, request: Request) -> Response:
        """Keep a friend's reply, sealed in their browser to the owner's public key."""
        if not json_type(request):
            return error(415, "json_only")
        lookup, ticket_hash, answer = await self._ticket(request)
        if answer is not None or lookup is None or ticket_hash is None:
            return answer or not_available()
        if not self.replying.take(client_address(request)):
            return error(429, "slow_down")
        try:
            sealed = check_reply(
                loads(await read_body(request, self.limits.max_reply_bytes)), self.limits
            )
        except TooLarge:
            return error(413, "too_large")
        except BadRequest:
            return error(400, "bad_request")
        added = await run_in_threadpool(
            self.store.add_reply,
            lookup,
            ticket_hash,
            json.dumps(sealed).encode(),
            self.clock(),
            self.limits.max_replies_per_share,
        )
        return Response(status_code=201) if added else error(409, "no_more_replies")


def create_app(
    database_url: str = "sqlite://",
    *,
    store: RelayStore | None = None,
    limits: RelayLimits | None = None,
    clock: Callable[[], float] = time.time,
    sweep_seconds: float = SWEEP_SECONDS,
) -> Starlette:
    """The relay as an ASGI app (the store is opened here, so it works without a lifespan)."""
    relay = Relay(store or RelayStore.connect(database_url), limits or RelayLimits(), clock)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async def sweeper() -> None:
            while True:
                await run_in_threadpool(relay.store.sweep, relay.clock())
                await asyncio.sleep(sweep_seconds)

        task = asyncio.create_task(sweeper())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            relay.store.close()

    share = "/api/shares/{share_id}"
    routes = [
        Route("/", relay.about, methods=["GET"]),
        Route("/healthz", relay.health, methods=["GET"]),
        Route("/s/{share_id}", relay.page, methods=["GET"]),
        Route("/api/shares", relay.publish, methods=["POST"]),
        Route(share, relay.stats, methods=["GET"]),
        Route(share, relay.revoke, methods=["DELETE"]),
        Route(share + "/peek", relay.peek, methods=["POST"]),
        Route(share + "/open", relay.open, methods=["POST"]),
        Route(share + "/clip", relay.put_clip, methods=["PUT"]),
        Route(share + "/clip", relay.clip, methods=["GET"]),
        Route(share + "/replies", relay.reply, methods=["POST"]),
        Route(share + "/replies", relay.owner_replies, methods=["GET"]),
        *practice_routes(relay),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(RelayHeaders)], lifespan=lifespan)
    app.state.relay = relay
    return app
