"""The owner's side of a share relay: publish a sealed snapshot, read stats and replies, revoke.

What travels where::

    relay (ciphertext)  envelope = the offline bundle's sealed parts (same keys, same page code),
                        the sealed clip (streamed), SHA-256(owner secret), expiry, view limit
    the friend's link   {relay}/s/{share id}#k={fragment key}  (a fragment is never sent)
    the owner's vault   share id, link, owner secret, reply private key (the caller seals them)

A reply is sealed in the friend's browser to the owner's reply public key, which travels inside
the encrypted snapshot (so the relay cannot link two shares of one owner by it)::

    shared  ECDH P-256 (friend's ephemeral key, owner's key), 32 bytes
    key     HKDF-SHA256(shared, salt = ephemeral public key (65 bytes),
                        info = "dreamjournal:reply:v1")
    sealed  AES-256-GCM, 96-bit random nonce, AD = "dreamjournal:reply:v1:" + share id
    plain   JSON {"v": 1, "text": ...}

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
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dreamjournal.errors import BackendError, ConsentRequired, InvalidInput
from dreamjournal.settings import is_loopback_url
from dreamjournal.share.crypto import (
    BUNDLE_PBKDF2_ITERATIONS,
    TOKEN_BYTES,
    b64url,
    b64url_decode,
    bundle_ad,
    bundle_key,
    check_passcode,
    new_token,
    seal,
)
from dreamjournal.share.snapshot import Snapshot

DEFAULT_TIMEOUT = 30.0
UPLOAD_PIECE = 1024 * 1024
MAX_REPLY_CHARS = 4000
_REPLY_INFO = b"dreamjournal:reply:v1"


class RelayError(BackendError):
    """The relay could not be reached, or refused a request."""


class RelayShareGone(RelayError):
    """The relay no longer knows this share (or the owner secret is wrong)."""


@dataclass(frozen=True)
class ReplyKeys:
    """The owner's reply key pair: seal `private_der` in the vault, publish with `public`."""

    private_der: bytes  # PKCS#8 DER of the P-256 private key
    public: str  # base64url of the uncompressed public point (65 bytes)


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


# -- keys ------------------------------------------------------------------------------------


def generate_reply_keys() -> ReplyKeys:
    """A fresh P-256 key pair for friends' replies."""
    private = ec.generate_private_key(ec.SECP256R1())
    return ReplyKeys(_private_der(private), _public_text(private.public_key()))


def reply_public_key(private_der: bytes) -> str:
    """The public half (base64url) of a stored reply private key."""
    return _public_text(_load_private(private_der).public_key())


def _private_der(private: ec.EllipticCurvePrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),  # the vault seals it
    )


def _load_private(private_der: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_der_private_key(private_der, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise InvalidInput("That is not a reply key.")
    return key


def _public_text(public: ec.EllipticCurvePublicKey) -> str:
    point = serialization.PublicFormat.UncompressedPoint
    return b64url(public.public_bytes(serialization.Encoding.X962, point))


def _reply_key(shared: bytes, epk: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk, info=_REPLY_INFO).derive(shared)


def _reply_ad(share_id: str) -> bytes:
    return _REPLY_INFO + b":" + share_id.encode("ascii")


def seal_reply(public: str, share_id: str, text: str) -> dict[str, str]:
    """Seal a reply as the friend's page does (for tests, and for replying from Python)."""
    owner = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64url_decode(public))
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    epk = b64url_decode(_public_text(ephemeral.public_key()))
    key = _reply_key(ephemeral.exchange(ec.ECDH(), owner), epk)
    nonce = os.urandom(12)
    plain = orjson.dumps({"v": 1, "text": text})
    sealed = AESGCM(key).encrypt(nonce, plain, _reply_ad(share_id))
    return {"epk": b64url(epk), "n": b64url(nonce), "c": b64url(sealed)}


def open_reply(private_der: bytes, share_id: str, sealed: dict[str, Any]) -> str:
    """The text of a sealed reply; InvalidInput when it does not open with this key."""
    try:
        epk = b64url_decode(str(sealed["epk"]))
        peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), epk)
        key = _reply_key(_load_private(private_der).exchange(ec.ECDH(), peer), epk)
        plain = AESGCM(key).decrypt(
            b64url_decode(str(sealed["n"])), b64url_decode(str(sealed["c"])), _reply_ad(share_id)
        )
        text = orjson.loads(plain)["text"]
    except (KeyError, ValueError, TypeError, InvalidTag, orjson.JSONDecodeError) as exc:
        raise InvalidInput("A reply could not be opened with this vault's reply key.") from exc
    if not isinstance(text, str):
        raise InvalidInput("A reply could not be opened with this vault's reply key.")
    return text[:MAX_REPLY_CHARS]


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
    raise InvalidInput(
        f"{relay_url!r} is not a relay address. Use https://… (plain http:// only for a relay "
        "on this computer, e.g. http://127.0.0.1:8600)."
    )


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
    owned = client is None
    http = client or httpx.Client()
    where = url.split("/api/", 1)[0]
    try:
        for attempt in range(retries + 1):
            try:
                response = http.request(method, url, timeout=timeout, **kwargs)
            except httpx.HTTPError as exc:
                if attempt < retries:
                    continue
                raise RelayError(
                    f"Could not reach the relay at {where} ({type(exc).__name__}); is the "
                    "address right, and is it running?"
                ) from exc
            if response.status_code >= 500 and attempt < retries:
                continue
            if response.status_code == 404:
                raise RelayShareGone(
                    f"The relay at {where} no longer has this share (revoked, expired and "
                    "cleaned up, or never published)."
                )
            if not response.is_success:
                raise RelayError(f"The relay at {where} refused (HTTP {response.status_code}).")
            return response
        raise AssertionError("unreachable")
    finally:
        if owned:
            http.close()


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
        raise ConsentRequired(
            "Publishing sends this dream, encrypted, to the relay. Confirm that you want that "
            "for this dream (the relay cannot read it; the key stays in the link)."
        )
    base = check_relay_url(relay_url)
    envelope, sealed_clip, fragment = seal_for_relay(
        snapshot, passcode=passcode, iterations=iterations, reply_public=reply_public
    )
    owner_secret = new_token()
    body = {
        "v": 1,
        "envelope": envelope,
        "owner_hash": hashlib.sha256(owner_secret.encode("ascii")).hexdigest(),
        "expires_in": expires_in,
        "max_views": 1 if burn else max_views,
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
        max_views=body["max_views"],  # type: ignore[arg-type]
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
