"""Checks on what owners and friends send: shapes and sizes only (the relay cannot read it).

The publish request (JSON, base64url in every binary field)::

    {"v": 1,
     "envelope": {"v": 1, "salt": <16 bytes>, "iter": 0 | 100000..10000000,
                  "meta": {"n": <12 bytes>, "c": <AES-GCM ciphertext>},
                  "clip": null | {"n": <12 bytes>, "size": <bytes of the sealed clip>}},
     "owner_hash": <SHA-256 hex of the owner secret>,
     "expires_in": <seconds> | null, "max_views": <1..> | null,
     "burn": bool, "replies": bool}

A reply (sealed by the friend's browser to the owner's public key)::

    {"epk": <65-byte uncompressed P-256 point>, "n": <12 bytes>, "c": <ciphertext>}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dreamjournal.relay.limits import RelayLimits

ID_TEXT = re.compile(r"^[A-Za-z0-9_-]{43}$")
_B64 = re.compile(r"^[A-Za-z0-9_-]*$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class BadRequest(Exception):
    """A request that does not have the documented shape."""


def _b64(value: Any, *, exact: int | None = None, most: int | None = None) -> str:
    """A base64url string of `exact` bytes or at most `most` bytes."""
    if not isinstance(value, str) or not _B64.match(value):
        raise BadRequest
    size = len(value) * 3 // 4
    if exact is not None and size != exact:
        raise BadRequest
    if most is not None and size > most:
        raise BadRequest
    return value


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadRequest
    return value


@dataclass(frozen=True)
class Publish:
    """A checked publish request."""

    envelope: dict[str, Any]
    owner_hash: str
    expires_in: int | None
    max_views: int | None
    burn: bool
    replies: bool

    @property
    def clip_size(self) -> int | None:
        """Size of the sealed clip the owner will upload, if any."""
        clip = self.envelope.get("clip")
        return None if clip is None else int(clip["size"])

    @property
    def passcode(self) -> bool:
        """Whether the friend needs a passcode (shown before "Open", so no view is wasted)."""
        return bool(self.envelope["iter"])


def check_publish(data: Any, limits: RelayLimits) -> Publish:
    """The publish request, or BadRequest."""
    if not isinstance(data, dict) or data.get("v") != 1:
        raise BadRequest
    env = data.get("envelope")
    if not isinstance(env, dict) or env.get("v") != 1:
        raise BadRequest
    iterations = env.get("iter")
    if iterations != 0:
        _int(iterations, 100_000, 10_000_000)
    meta = env.get("meta")
    if not isinstance(meta, dict):
        raise BadRequest
    clean: dict[str, Any] = {
        "v": 1,
        "salt": _b64(env.get("salt"), exact=16),
        "iter": iterations,
        "meta": {
            "n": _b64(meta.get("n"), exact=12),
            "c": _b64(meta.get("c"), most=limits.max_envelope_bytes),
        },
        "clip": None,
    }
    clip = env.get("clip")
    if clip is not None:
        if not isinstance(clip, dict):
            raise BadRequest
        clean["clip"] = {
            "n": _b64(clip.get("n"), exact=12),
            "size": _int(clip.get("size"), 17, limits.max_clip_bytes),
        }
    owner_hash = data.get("owner_hash")
    if not isinstance(owner_hash, str) or not _HEX64.match(owner_hash):
        raise BadRequest
    expires_in = data.get("expires_in")
    if expires_in is not None:
        expires_in = _int(expires_in, 60, limits.max_expiry_seconds)
    max_views = data.get("max_views")
    if max_views is not None:
        max_views = _int(max_views, 1, limits.max_views)
    burn, replies = data.get("burn", False), data.get("replies", False)
    if not isinstance(burn, bool) or not isinstance(replies, bool):
        raise BadRequest
    if burn:
        max_views = 1  # burn after reading: one open, then the ciphertext is wiped
    return Publish(clean, owner_hash, expires_in, max_views, burn, replies)


def check_reply(data: Any, limits: RelayLimits) -> dict[str, str]:
    """The reply, or BadRequest."""
    if not isinstance(data, dict):
        raise BadRequest
    return {
        "epk": _b64(data.get("epk"), exact=65),
        "n": _b64(data.get("n"), exact=12),
        "c": _b64(data.get("c"), most=limits.max_reply_bytes),
    }
