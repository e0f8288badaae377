"""Share tokens and the keys derived from them.

Relay shares use the offline bundle's scheme below (the friend's browser derives the key with
WebCrypto); the owner secret of a relay share is a token as below.

Link shares of the retired local viewer (`share_key`, still what vaults from before the relay
describe; nothing serves them any more)::

    token      32 random bytes (256 bits), in links as unpadded base64url (43 characters)
    lookup id  SHA-256(token)                      the only thing the share store can search by
    passcode   Argon2id(NFC passcode, random salt)  only when the owner set one; params in the row
    key        HKDF-SHA256(ikm = token || passcode key, salt = "dreamjournal-share-v1",
                           info = "dreamjournal:share:snapshot")
    sealed     AES-256-GCM, fresh 96-bit nonce, AD = "dreamjournal:share:v1:" + lookup id + part

Offline bundles (decrypted by WebCrypto in the browser, so no Argon2 there)::

    fragment   32 random bytes, in the file's URL fragment (#k=...), never sent anywhere
    passcode   PBKDF2-HMAC-SHA256(NFC passcode, random salt, 600,000 iterations) when set
    key        HKDF-SHA256(ikm = fragment || passcode key, salt = random 16 bytes,
                           info = "dreamjournal:bundle:v1")
    sealed     AES-256-GCM, AD = "dreamjournal:bundle:v1:" + part

Without the token (or fragment) nothing can be opened: the store and the file hold only hashes,
salts and ciphertext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dreamjournal.errors import InvalidInput
from dreamjournal.vault.kdf import KdfParams, derive_key

TOKEN_BYTES = 32
NONCE_BYTES = 12
KEY_BYTES = 32
BUNDLE_PBKDF2_ITERATIONS = 600_000
MIN_PASSCODE_CHARS = 4
_TOKEN_TEXT = re.compile(r"^[A-Za-z0-9_-]{43}$")
_SHARE_SALT = b"dreamjournal-share-v1"
_SHARE_INFO = b"dreamjournal:share:snapshot"
_BUNDLE_INFO = b"dreamjournal:bundle:v1"


class DecryptionFailed(Exception):
    """A key (wrong passcode, wrong fragment) did not open the ciphertext."""


def b64url(data: bytes) -> str:
    """Unpadded base64url text."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Inverse of `b64url`; ValueError for anything that is not base64url."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url") from exc


def new_token() -> str:
    """A fresh link token: 256 random bits as 43 base64url characters."""
    return b64url(os.urandom(TOKEN_BYTES))


def token_bytes(token: str) -> bytes | None:
    """The 32 bytes behind a well-formed token, or None for anything else."""
    if not isinstance(token, str) or not _TOKEN_TEXT.match(token):
        return None
    raw = b64url_decode(token)
    return raw if len(raw) == TOKEN_BYTES and b64url(raw) == token else None


def lookup_id(raw_token: bytes) -> bytes:
    """SHA-256 of the token: what the share store keeps and searches by."""
    return hashlib.sha256(raw_token).digest()


def normalize_passcode(passcode: str) -> bytes:
    """NFC-normalised UTF-8, stripped of surrounding whitespace (as typed into a form)."""
    return unicodedata.normalize("NFC", passcode.strip()).encode("utf-8")


def check_passcode(passcode: str) -> str:
    """Refuse passcodes too short to mean anything."""
    if len(passcode.strip()) < MIN_PASSCODE_CHARS:
        raise InvalidInput(
            "error.crypto.passcode_needs_least", min_passcode_chars=MIN_PASSCODE_CHARS
        )
    return passcode.strip()


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(ikm)


def share_key(raw_token: bytes, passcode: str | None = None, kdf: KdfParams | None = None) -> bytes:
    """The snapshot key of a link share (Argon2id on the passcode when there is one)."""
    ikm = raw_token
    if kdf is not None:
        ikm += derive_key(normalize_passcode(passcode or ""), kdf)
    return _hkdf(ikm, _SHARE_SALT, _SHARE_INFO)


def share_ad(lookup: bytes, part: str) -> bytes:
    """Associated data binding a sealed part to its share row."""
    return b"dreamjournal:share:v1:" + lookup.hex().encode() + b":" + part.encode()


def bundle_key(
    fragment: bytes, salt: bytes, passcode: str | None = None, iterations: int = 0
) -> bytes:
    """The key of an offline bundle, exactly as the page's WebCrypto code derives it."""
    ikm = fragment
    if passcode is not None:
        ikm += hashlib.pbkdf2_hmac("sha256", normalize_passcode(passcode), salt, iterations)
    return _hkdf(ikm, salt, _BUNDLE_INFO)


def bundle_ad(part: str) -> bytes:
    """Associated data of one sealed part of a bundle."""
    return _BUNDLE_INFO + b":" + part.encode()


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext) under a fresh random nonce."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, ad)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """Plaintext, or DecryptionFailed."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, ad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed from exc
