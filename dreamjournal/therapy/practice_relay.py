"""The relay's home-practice mailboxes, from the app's side: leave a sealed package, list what
waits, delete one once imported (the endpoints: `relay.practice`; the sealing: `practice_mail`).

Requests go through `http.fetch` (bounded answers, an explicit timeout) on an injectable
`httpx.Client`; reading and deleting are retried once on a transport error or a 5xx, sending
never (a retry could send twice).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from dreamjournal.errors import BackendError
from dreamjournal.http import client_or_own, fetch, with_retries
from dreamjournal.i18n import Text
from dreamjournal.therapy.practice_mail import (
    PracticeAddress,
    PracticeKeys,
    check_relay_url,
    seal_to,
)

TIMEOUT = 30.0
MAX_ANSWER_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Waiting:
    """One sealed package waiting in the mailbox."""

    package_id: str
    created: float
    body: dict[str, Any]


def _request(
    client: httpx.Client | None,
    method: str,
    url: str,
    *,
    retries: int,
    timeout: float,
    **kwargs: Any,
) -> Any:
    where = url.split("/api/", 1)[0]
    with client_or_own(client) as http:
        answer = with_retries(
            lambda: fetch(
                http,
                method,
                url,
                who=Text("http.who.relay", where=where),
                max_bytes=MAX_ANSWER_BYTES,
                timeout=timeout,
                **kwargs,
            ),
            retries=retries,
            unreachable=lambda exc: BackendError(
                "error.relay_client.could_reach_relay", where=where, error=type(exc).__name__
            ),
        )
    if not answer.is_success:
        raise BackendError(
            "error.relay_client.relay_refused_http",
            where=where,
            response_status_code=answer.status_code,
        )
    return answer.json() if answer.content else None


def _box(relay_url: str, mailbox: str) -> str:
    return f"{check_relay_url(relay_url)}/api/practice/{mailbox}"


def post_package(
    address: PracticeAddress,
    package: bytes,
    *,
    client: httpx.Client | None = None,
    timeout: float = TIMEOUT,
) -> str:
    """Seal `package` to the address's key and leave it in the mailbox; the package id."""
    body = json.dumps(seal_to(address, package)).encode()
    headers = {"Content-Type": "application/json"}
    url = _box(address.relay_url, address.mailbox)
    answer = _request(
        client, "POST", url, retries=0, timeout=timeout, content=body, headers=headers
    )
    return str(answer["id"])


def waiting_packages(
    keys: PracticeKeys,
    relay_url: str,
    *,
    client: httpx.Client | None = None,
    timeout: float = TIMEOUT,
) -> list[Waiting]:
    """The sealed packages waiting in this vault's mailbox, oldest first."""
    auth = {"Authorization": f"Bearer {keys.fetch_secret}"}
    url = _box(relay_url, keys.mailbox)
    answer = _request(client, "GET", url, retries=1, timeout=timeout, headers=auth)
    found = answer.get("packages", []) if isinstance(answer, dict) else []
    return [
        Waiting(str(p["id"]), float(p["created"]), {k: p[k] for k in ("v", "epk", "n", "c")})
        for p in found
    ]


def delete_package(
    keys: PracticeKeys,
    relay_url: str,
    package_id: str,
    *,
    client: httpx.Client | None = None,
    timeout: float = TIMEOUT,
) -> None:
    """Remove one package from the mailbox (after it was imported)."""
    auth = {"Authorization": f"Bearer {keys.fetch_secret}"}
    url = f"{_box(relay_url, keys.mailbox)}/{package_id}"
    _request(client, "DELETE", url, retries=1, timeout=timeout, headers=auth)
