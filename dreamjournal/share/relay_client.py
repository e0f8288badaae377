"""The owner's side of a share relay: publish a sealed snapshot, read stats and replies, revoke.

What travels where::

    relay (ciphertext)  envelope = the offline bundle's sealed parts (same keys, same page code),
                        the sealed clip (streamed), SHA-256(owner secret), expiry, view limit
    the friend's link   {relay}/s/{share id}#k={fragment key}  (a fragment is never sent)
    the owner's vault   share id, link, owner secret, reply private key (the caller seals them)

Friends' replies are sealed to the owner's reply public key (see `reply_keys`), which travels
inside the encrypted snapshot; `fetch_replies` opens them with the private key.

Network calls take an injectable `httpx.Client` and an explicit timeout; reads and revoke are
retried once on a transport error or a 5xx, publishing never (a retry could publish twice).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from dreamjournal.errors import BackendError, ConsentRequired, InvalidInput
from dreamjournal.http import client_or_own, with_retries
from dreamjournal.settings import is_loopback_url
from dreamjournal.share.crypto import (
    BUNDLE_PBKDF2_ITERATIONS,
    TOKEN_BYTES,
    b64url,
    bundle_ad,
    bundle_key,
    check_passcode,
    new_token,
    seal,
)
from dreamjournal.share.reply_keys import (
    ReplyKeys,
    generate_reply_keys,
    open_reply,
    reply_public_key,
    seal_reply,
)
from dreamjournal.share.snapshot import Snapshot

__all__ = [
    "PublishedShare",
    "RelayError",
    "RelayShareGone",
    "RelayStats",
    "Reply",
    "ReplyKeys",
    "fetch_replies",
    "generate_reply_keys",
    "open_reply",
    "publish",
    "reply_public_key",
    "revoke",
    "seal_for_relay",
    "seal_reply",
    "share_link",
    "share_stats",
]

DEFAULT_TIMEOUT = 30.0
MAX_VIEWS = 10_000  # the relay's limits (`relay.limits.RelayLimits`), checked here first
MAX_EXPIRY_SECONDS = 366 * 86400
UPLOAD_PIECE = 1024 * 1024


class RelayError(BackendError):
    """The relay could not be reached, or refused a request."""


class RelayShareGone(RelayError):
    """The relay no longer knows this share (or the owner secret is wrong)."""


@dataclass(frozen=True)
class PublishedShare:
    """What the owner keeps: `url` goes to the friend; `owner_secret` stays in the vault."""

    relay_url: str
    share_id: str
    url: str
    owner_secret: str
    fragment: str
    expires_in: int | None
    max_views: int | None
    burn: bool
    passcode: bool
    replies: bool


@dataclass(frozen=True)
class RelayStats:
    """A share's state on the relay, as its owner sees it."""

    status: str  # active | pending | expired | revoked | used_up
    created: float
    expires: float | None
    views: int
    max_views: int | None
    burn: bool
    replies: int


@dataclass(frozen=True)
class Reply:
    """One friend's reply, decrypted on the owner's machine (show it as escaped text)."""

    reply_id: int
    created: float
    text: str


# -- sealing ---------------------------------------------------------------------------------


def seal_for_relay(
    snapshot: Snapshot,
    *,
    passcode: str | None = None,
    iterations: int = BUNDLE_PBKDF2_ITERATIONS,
    reply_public: str | None = None,
) -> tuple[dict[str, Any], bytes | None, str]:
    """(envelope, sealed clip or None, fragment key): the bundle's format, clip kept apart."""
    code = check_passcode(passcode) if passcode is not None else None
    fragment = os.urandom(TOKEN_BYTES)
    salt = os.urandom(16)
    key = bundle_key(fragment, salt, code, iterations)
    meta = orjson.loads(snapshot.meta_json())
    if reply_public is not None:
        meta["reply_key"] = reply_public
    meta_nonce, meta_ct = seal(key, orjson.dumps(meta), bundle_ad("meta"))
    envelope: dict[str, Any] = {
        "v": 1,
        "salt": b64url(salt),
        "iter": iterations if code is not None else 0,
        "meta": {"n": b64url(meta_nonce), "c": b64url(meta_ct)},
        "clip": None,
    }
    sealed_clip = None
    if snapshot.clip is not None:
        clip_nonce, sealed_clip = seal(key, snapshot.clip, bundle_ad("clip"))
        envelope["clip"] = {"n": b64url(clip_nonce), "size": len(sealed_clip)}
    return envelope, sealed_clip, b64url(fragment)


def share_link(relay_url: str, share_id: str, fragment: str) -> str:
    """The friend's link: the key only after `#`, which browsers never send."""
    return f"{relay_url.rstrip('/')}/s/{share_id}#k={fragment}"


def check_relay_url(relay_url: str) -> str:
    """https:// anywhere, http:// only on this machine's loopback (the owner secret travels)."""
    url = relay_url.strip().rstrip("/")
    if url.startswith("https://") or (url.startswith("http://") and is_loopback_url(url)):
        return url
    raise InvalidInput("error.relay_client.relay_address_use", relay_url=relay_url)


# -- requests --------------------------------------------------------------------------------


def _send(
    client: httpx.Client | None,
    method: str,
    url: str,
    *,
    timeout: float,
    retries: int,
    **kwargs: Any,
) -> httpx.Response:
    where = url.split("/api/", 1)[0]
    with client_or_own(client) as http:
        response = with_retries(
            lambda: http.request(method, url, timeout=timeout, **kwargs),
            retries=retries,
            unreachable=lambda exc: RelayError(
                "error.relay_client.could_reach_relay", where=where, error=type(exc).__name__
            ),
        )
    if response.status_code == 404:
        raise RelayShareGone("error.relay_client.relay_longer_share", where=where)
    if not response.is_success:
        raise RelayError(
            "error.relay_client.relay_refused_http",
            where=where,
            response_status_code=response.status_code,
        )
    return response


def _auth(owner_secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {owner_secret}"}


def _pieces(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), UPLOAD_PIECE):
        yield bytes(view[start : start + UPLOAD_PIECE])


def publish(
    snapshot: Snapshot,
    relay_url: str,
    *,
    consent: bool,
    client: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    passcode: str | None = None,
    expires_in: int | None = 7 * 86400,
    max_views: int | None = None,
    burn: bool = False,
    reply_public: str | None = None,
    iterations: int = BUNDLE_PBKDF2_ITERATIONS,
) -> PublishedShare:
    """Seal `snapshot` here and send the ciphertext to the relay; refuses without consent."""
    if consent is not True:
        raise ConsentRequired("error.relay_client.publishing_sends_dream")
    base = check_relay_url(relay_url)
    if max_views is not None and not 1 <= max_views <= MAX_VIEWS:
        raise InvalidInput("error.relay_client.view_limit_must", max_views=MAX_VIEWS)
    if expires_in is not None and not 60 <= expires_in <= MAX_EXPIRY_SECONDS:
        raise InvalidInput("error.relay_client.relay_link_expires")
    envelope, sealed_clip, fragment = seal_for_relay(
        snapshot, passcode=passcode, iterations=iterations, reply_public=reply_public
    )
    owner_secret = new_token()
    views = 1 if burn else max_views
    body = {
        "v": 1,
        "envelope": envelope,
        "owner_hash": hashlib.sha256(owner_secret.encode("ascii")).hexdigest(),
        "expires_in": expires_in,
        "max_views": views,
        "burn": burn,
        "replies": reply_public is not None,
    }
    answer = _send(
        client, "POST", f"{base}/api/shares", timeout=timeout, retries=0, json=body
    ).json()
    share_id = str(answer["id"])
    if sealed_clip is not None:
        try:
            _send(
                client,
                "PUT",
                f"{base}/api/shares/{share_id}/clip",
                timeout=timeout,
                retries=0,
                content=_pieces(sealed_clip),
                headers={**_auth(owner_secret), "Content-Type": "application/octet-stream"},
            )
        except RelayError:
            revoke(base, share_id, owner_secret, forget=True, client=client, timeout=timeout)
            raise
    return PublishedShare(
        relay_url=base,
        share_id=share_id,
        url=share_link(base, share_id, fragment),
        owner_secret=owner_secret,
        fragment=fragment,
        expires_in=expires_in,
        max_views=views,
        burn=burn,
        passcode=passcode is not None,
        replies=reply_public is not None,
    )


def share_stats(
    relay_url: str,
    share_id: str,
    owner_secret: str,
    *,
    client: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> RelayStats:
    """Status, views and the number of replies (RelayShareGone once the relay forgot it)."""
    url = f"{check_relay_url(relay_url)}/api/shares/{share_id}"
    data = _send(client, "GET", url, timeout=timeout, retries=1, headers=_auth(owner_secret))
    d = data.json()
    return RelayStats(
        str(d["status"]),
        float(d["created"]),
        None if d["expires"] is None else float(d["expires"]),
        int(d["views"]),
        None if d["max_views"] is None else int(d["max_views"]),
        bool(d["burn"]),
        int(d["replies"]),
    )


def revoke(
    relay_url: str,
    share_id: str,
    owner_secret: str,
    *,
    forget: bool = False,
    client: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Stop the link now (the relay wipes the ciphertext); `forget` drops counts and replies."""
    url = f"{check_relay_url(relay_url)}/api/shares/{share_id}" + ("?forget=1" if forget else "")
    _send(client, "DELETE", url, timeout=timeout, retries=1, headers=_auth(owner_secret))


def fetch_replies(
    relay_url: str,
    share_id: str,
    owner_secret: str,
    private_der: bytes,
    *,
    client: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Reply]:
    """Friends' replies, decrypted here with the owner's reply private key, oldest first."""
    url = f"{check_relay_url(relay_url)}/api/shares/{share_id}/replies"
    data = _send(client, "GET", url, timeout=timeout, retries=1, headers=_auth(owner_secret))
    return [
        Reply(int(r["id"]), float(r["created"]), open_reply(private_der, share_id, r))
        for r in data.json()["replies"]
    ]
