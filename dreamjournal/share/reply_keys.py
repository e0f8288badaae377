"""Friends' replies: sealed in the friend's browser to the owner's P-256 public key.

The owner's key pair is made once (`generate_reply_keys`); the private half is sealed in the
vault, the public half travels inside each encrypted snapshot (so the relay cannot link two
shares of one owner by it). The friend's page (`relay_page`) seals, the owner opens::

    shared  ECDH P-256 (friend's ephemeral key, owner's key), 32 bytes
    key     HKDF-SHA256(shared, salt = ephemeral public key (65 bytes),
                        info = "dreamjournal:reply:v1")
    sealed  AES-256-GCM, 96-bit random nonce, AD = "dreamjournal:reply:v1:" + share id
    plain   JSON {"v": 1, "text": ...}
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dreamjournal.errors import InvalidInput
from dreamjournal.share.crypto import b64url, b64url_decode

MAX_REPLY_CHARS = 4000
_REPLY_INFO = b"dreamjournal:reply:v1"


@dataclass(frozen=True)
class ReplyKeys:
    """The owner's reply key pair: seal `private_der` in the vault, publish with `public`."""

    private_der: bytes  # PKCS#8 DER of the P-256 private key
    public: str  # base64url of the uncompressed public point (65 bytes)


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
        raise InvalidInput("error.reply_keys.reply_key")
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
        raise InvalidInput("error.reply_keys.reply_could_opened") from exc
    if not isinstance(text, str):
        raise InvalidInput("error.reply_keys.reply_could_opened")
    return text[:MAX_REPLY_CHARS]
