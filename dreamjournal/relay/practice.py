"""Home-practice mailboxes: a client's sealed practice package waits here for the therapist.

A therapist's vault has an X25519 key pair; its "practice address" names a mailbox on this relay
(`therapy.practice_mail`; the app's requests: `therapy.practice_relay`). The client's app seals
the package to the therapist's public key before it is sent, so the relay holds ciphertext only.
Endpoints ({mailbox} and {package} are 43 base64url characters)::

    POST   /api/practice/{mailbox}            client: a sealed package -> 201 {"id"}
    GET    /api/practice/{mailbox}            therapist: the waiting packages (Bearer fetch secret)
    DELETE /api/practice/{mailbox}/{package}  therapist: drop one after importing it (Bearer)

The mailbox id is base64url(SHA-256(fetch secret)); the fetch secret is derived from the
therapist's private key, so only the key's holder can list or delete, and the relay needs no
account. The table keeps SHA-256(mailbox id), the time, and the sealed body; a package left
unfetched is dropped after `KEEP_SECONDS`. A wrong secret, an unknown mailbox and an unknown
package get the same 404 as every other miss, against the address's miss budget.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Float, LargeBinary, String, Table, delete, func, insert, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dreamjournal.relay.envelope import ID_TEXT
from dreamjournal.relay.schema import digest, metadata
from dreamjournal.relay.web import (
    TooLarge,
    client_address,
    cross_site,
    error,
    json_type,
    loads,
    not_available,
    read_body,
)

if TYPE_CHECKING:
    from dreamjournal.relay.app import Relay

KEEP_SECONDS = 30 * 86400.0
MAX_WAITING = 100  # packages one mailbox holds before the client is asked to wait
_B64 = re.compile(r"^[A-Za-z0-9_-]+$")

packages = Table(
    "relay_practice",
    metadata,
    Column("id", String(43), primary_key=True),
    Column("mailbox", String(64), nullable=False, index=True),
    Column("created", Float, nullable=False),
    Column("expires", Float, nullable=False, index=True),
    Column("body", LargeBinary, nullable=False),
)


def mailbox_of(fetch_secret: str) -> str:
    """The mailbox id a fetch secret opens: base64url(SHA-256(secret)), 43 characters."""
    raw = hashlib.sha256(fetch_secret.encode("ascii")).digest()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def check_sealed(body: Any, limit: int) -> dict[str, Any]:
    """The sealed package's shape: {"v": 1, "epk": 32 bytes, "n": 12 bytes, "c": ciphertext}."""
    if not isinstance(body, dict) or set(body) != {"v", "epk", "n", "c"} or body["v"] != 1:
        raise ValueError("shape")
    sizes = {"epk": (32, 32), "n": (12, 12), "c": (17, limit)}
    for name, (least, most) in sizes.items():
        value = body[name]
        if not isinstance(value, str) or not _B64.match(value):
            raise ValueError(name)
        if not least <= len(value) * 3 // 4 <= most:
            raise ValueError(name)
    return {"v": 1, "epk": body["epk"], "n": body["n"], "c": body["c"]}


class PracticeMailboxes:
    """The mailbox endpoints, sharing the relay's store engine, clock, limits and rate budgets."""

    def __init__(self, relay: Relay) -> None:
        self.relay = relay
        self.engine = relay.store.engine
        packages.create(self.engine, checkfirst=True)

    def _sweep(self, now: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(packages).where(packages.c.expires <= now))

    def _mailbox(self, request: Request) -> tuple[str | None, Response | None]:
        if not self.relay.misses.allowed(client_address(request)):
            return None, error(429, "slow_down")
        if cross_site(request):
            return None, error(403, "cross_site")
        mailbox = request.path_params["mailbox"]
        if not ID_TEXT.match(mailbox):
            return None, self.relay._miss(request)
        return mailbox, None

    def _owned(self, request: Request) -> tuple[str | None, Response | None]:
        mailbox, answer = self._mailbox(request)
        if answer is not None or mailbox is None:
            return None, answer
        scheme, _, secret = request.headers.get("authorization", "").partition(" ")
        secret = secret.strip()
        if scheme.lower() != "bearer" or not ID_TEXT.match(secret):
            return None, self.relay._miss(request)
        if not hmac.compare_digest(mailbox_of(secret), mailbox):
            return None, self.relay._miss(request)
        return digest(mailbox), None

    async def post(self, request: Request) -> Response:
        """Keep a sealed package for the mailbox's owner."""
        mailbox, answer = self._mailbox(request)
        if answer is not None or mailbox is None:
            return answer or not_available()
        if not json_type(request):
            return error(415, "json_only")
        if not self.relay.publishes.take(client_address(request)):
            return error(429, "slow_down")
        limit = self.relay.limits.max_envelope_bytes
        try:
            sealed = check_sealed(loads(await read_body(request, limit * 4 // 3 + 4096)), limit)
        except TooLarge:
            return error(413, "too_large")
        except ValueError:
            return error(400, "bad_request")
        package_id = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode("ascii")
        now = self.relay.clock()
        added = await run_in_threadpool(
            self._add, digest(mailbox), package_id, now, json.dumps(sealed).encode()
        )
        if not added:
            return error(409, "mailbox_full")
        return JSONResponse({"id": package_id}, status_code=201)

    def _add(self, lookup: str, package_id: str, now: float, body: bytes) -> bool:
        self._sweep(now)
        with self.engine.begin() as conn:
            waiting = conn.execute(
                select(func.count()).select_from(packages).where(packages.c.mailbox == lookup)
            ).scalar_one()
            if waiting >= MAX_WAITING:
                return False
            conn.execute(
                insert(packages).values(
                    id=package_id,
                    mailbox=lookup,
                    created=now,
                    expires=now + KEEP_SECONDS,
                    body=body,
                )
            )
        return True

    async def waiting(self, request: Request) -> Response:
        """The waiting packages, oldest first (the owner opens them with the private key)."""
        lookup, answer = self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        rows = await run_in_threadpool(self._packages, lookup, self.relay.clock())
        return JSONResponse(
            {"packages": [{"id": i, "created": at, **json.loads(body)} for i, at, body in rows]}
        )

    def _packages(self, lookup: str, now: float) -> list[tuple[str, float, bytes]]:
        self._sweep(now)
        with self.engine.begin() as conn:
            query = (
                select(packages.c.id, packages.c.created, packages.c.body)
                .where(packages.c.mailbox == lookup)
                .order_by(packages.c.created, packages.c.id)
            )
            return [(r.id, r.created, r.body) for r in conn.execute(query)]

    async def remove(self, request: Request) -> Response:
        """Drop one package (the therapist has imported it)."""
        lookup, answer = self._owned(request)
        if answer is not None or lookup is None:
            return answer or not_available()
        package_id = request.path_params["package"]
        if not ID_TEXT.match(package_id):
            return self.relay._miss(request)
        removed = await run_in_threadpool(self._remove, lookup, package_id)
        return Response(status_code=204) if removed else self.relay._miss(request)

    def _remove(self, lookup: str, package_id: str) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(
                delete(packages).where(packages.c.id == package_id, packages.c.mailbox == lookup)
            )
            return bool(done.rowcount)


def practice_routes(relay: Relay) -> list[Route]:
    """The mailbox routes, to add beside the share routes."""
    mailboxes = PracticeMailboxes(relay)
    box = "/api/practice/{mailbox}"
    return [
        Route(box, mailboxes.post, methods=["POST"]),
        Route(box, mailboxes.waiting, methods=["GET"]),
        Route(box + "/{package}", mailboxes.remove, methods=["DELETE"]),
    ]
