"""Home practice through a relay: the package sealed to the therapist's key, in a mailbox.

The therapist's vault (one per client) holds an X25519 key pair; its public half and a mailbox
on a relay make the **practice address** the client types in once::

    {relay url}/p/{mailbox id}#{public key}     e.g. https://relay.example/p/Qx...#Zm9v...

    fetch secret  base64url(HKDF-SHA256(private key, info = "dreamjournal:practice:fetch"))
    mailbox id    base64url(SHA-256(fetch secret))   (the relay checks a fetch against it)

What travels is the home-practice file itself (sealed with the code agreed in session, see
`home_practice`), sealed once more to the therapist's public key: two factors, and the relay
never sees plaintext::

    shared  X25519(ephemeral private key, therapist's public key)
    key     HKDF-SHA256(shared, salt = ephemeral public || therapist's public,
                        info = "dreamjournal:practice:v1")
    sealed  AES-256-GCM, 96-bit random nonce, AD = "dreamjournal:practice:v1:" + mailbox id
    body    {"v": 1, "epk": 32 bytes, "n": 12 bytes, "c": ciphertext}, base64url fields

A package that does not open with this vault's key (tampered, or sealed to someone else) is
refused whole. The mailbox requests are in `practice_relay`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dreamjournal.errors import InvalidInput
from dreamjournal.settings import is_loopback_url
from dreamjournal.therapy.home_practice import HomePracticeRefused

INFO = b"dreamjournal:practice:v1"
FETCH_INFO = b"dreamjournal:practice:fetch"


def b64url(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class PracticeKeys:
    """The therapist's key pair: `private` (32 raw bytes) stays sealed in the vault."""

    private: bytes

    @classmethod
    def generate(cls) -> PracticeKeys:
        """A fresh X25519 key pair."""
        raw = X25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),  # the vault seals it
        )
        return cls(raw)

    @property
    def public(self) -> str:
        """The public key, base64url (43 characters)."""
        key = X25519PrivateKey.from_private_bytes(self.private).public_key()
        return b64url(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    @property
    def fetch_secret(self) -> str:
        """What proves to the relay that this vault owns its mailbox."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=FETCH_INFO)
        return b64url(hkdf.derive(self.private))

    @property
    def mailbox(self) -> str:
        """The mailbox id: base64url(SHA-256(fetch secret))."""
        return mailbox_of(self.fetch_secret)


def mailbox_of(fetch_secret: str) -> str:
    """The mailbox a fetch secret opens (the relay computes the same)."""
    return b64url(hashlib.sha256(fetch_secret.encode("ascii")).digest())


def check_relay_url(relay_url: str) -> str:
    """https:// anywhere, http:// only on this machine's loopback."""
    url = (relay_url or "").strip().rstrip("/")
    if url.startswith("https://") or (url.startswith("http://") and is_loopback_url(url)):
        return url
    raise InvalidInput("error.relay_client.relay_address_use", relay_url=relay_url)


@dataclass(frozen=True)
class PracticeAddress:
    """Where and to whom a client sends: the relay, the mailbox and the therapist's public key."""

    relay_url: str
    mailbox: str
    public: str

    def __str__(self) -> str:
        return f"{self.relay_url}/p/{self.mailbox}#{self.public}"

    @classmethod
    def parse(cls, text: str) -> PracticeAddress:
        """The address as the therapist's app shows it; InvalidInput for anything else."""
        value = "".join((text or "").split())
        base, _, public = value.partition("#")
        relay_url, _, mailbox = base.rpartition("/p/")
        try:
            if len(_unb64(public)) != 32 or len(_unb64(mailbox)) != 32:
                raise ValueError("length")
            if b64url(_unb64(public)) != public or b64url(_unb64(mailbox)) != mailbox:
                raise ValueError("not canonical")
            if not urlsplit(relay_url).hostname:
                raise ValueError("host")
        except (ValueError, binascii.Error) as exc:
            raise InvalidInput("error.practice.address") from exc
        return cls(check_relay_url(relay_url), mailbox, public)


def address_of(keys: PracticeKeys, relay_url: str) -> PracticeAddress:
    """The practice address of a key pair on a relay."""
    return PracticeAddress(check_relay_url(relay_url), keys.mailbox, keys.public)


def _key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=INFO)
    return hkdf.derive(shared)


def _ad(mailbox: str) -> bytes:
    return INFO + b":" + mailbox.encode("ascii")


def seal_to(address: PracticeAddress, package: bytes) -> dict[str, Any]:
    """The package sealed to the therapist's public key (only their vault opens it)."""
    recipient = _unb64(address.public)
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    sealed = AESGCM(_key(shared, epk, recipient)).encrypt(nonce, package, _ad(address.mailbox))
    return {"v": 1, "epk": b64url(epk), "n": b64url(nonce), "c": b64url(sealed)}


def open_sealed_package(keys: PracticeKeys, body: dict[str, Any]) -> bytes:
    """The home-practice file inside; HomePracticeRefused when it is not sealed to these keys
    or was changed on the way (refused whole)."""
    try:
        epk = _unb64(str(body["epk"]))
        recipient = _unb64(keys.public)
        private = X25519PrivateKey.from_private_bytes(keys.private)
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        return AESGCM(_key(shared, epk, recipient)).decrypt(
            _unb64(str(body["n"])), _unb64(str(body["c"])), _ad(keys.mailbox)
        )
    except (KeyError, ValueError, TypeError, binascii.Error, InvalidTag) as exc:
        raise HomePracticeRefused("hp.err_recipient") from exc
