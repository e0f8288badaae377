"""AES-256-GCM sealing of records, with associated data binding each to its place and key."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dreamjournal.errors import TamperedData
from dreamjournal.i18n import Text

NONCE_BYTES = 12
KEY_ID_BYTES = 4
# The nonce column of a row: key id (u32, big-endian) || 12-byte GCM nonce. A row written
# before data keys had ids (vault format 1) has a bare 12-byte nonce and was sealed with key 0.
ROW_NONCE_BYTES = KEY_ID_BYTES + NONCE_BYTES


def encrypt_with_nonce(key: bytes, nonce: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """AES-256-GCM with a given nonce (ciphertext || 16-byte tag); callers pass fresh nonces."""
    return AESGCM(key).encrypt(nonce, plaintext, ad)


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    """Encrypt under a fresh random 96-bit nonce; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, encrypt_with_nonce(key, nonce, plaintext, ad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes, *, what: Text) -> bytes:
    """Decrypt and authenticate, or raise TamperedData naming `what` (a catalogue Text)."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, ad)
    except (InvalidTag, ValueError) as exc:
        raise TamperedData("error.aead.failed_integrity_check", what=what) from exc


def record_ad(
    vault_id: str, table: str, row_id: str, schema_version: int, key_id: int | None = None
) -> bytes:
    """Associated data `vault id : table : row id : schema version [: key id]` for one row.

    Rows sealed before key ids existed (bare 12-byte nonce) have no key id in their AD; a row
    with a key id cannot be passed off as one of those, since its AD would then differ.
    """
    base = f"{vault_id}:{table}:{row_id}:{schema_version}"
    return (base if key_id is None else f"{base}:{key_id}").encode()


def key_id_of(nonce_column: bytes) -> int:
    """Which data key sealed a row, from its nonce column (0 for a format-1 row)."""
    if len(nonce_column) == ROW_NONCE_BYTES:
        return int.from_bytes(nonce_column[:KEY_ID_BYTES], "big")
    return 0


class RecordSealer:
    """Seals new rows with the newest data key; opens rows sealed with any key it holds.

    `keys[i]` is the data key with id i (see vault/header.py: the keyring); the newest one is
    the last. One AESGCM object per key, reused.
    """

    def __init__(self, vault_id: str, keys: Sequence[bytes]) -> None:
        if not keys:
            raise ValueError("a sealer needs at least one data key")
        self.vault_id = vault_id
        self._aeads = [AESGCM(k) for k in keys]
        self.key_id = len(keys) - 1
        self._key_prefix = self.key_id.to_bytes(KEY_ID_BYTES, "big")

    def seal(self, table: str, row_id: str, version: int, plaintext: bytes) -> tuple[bytes, bytes]:
        """(nonce column, ciphertext) for the row, sealed with the newest key."""
        nonce = os.urandom(NONCE_BYTES)
        ad = record_ad(self.vault_id, table, row_id, version, self.key_id)
        return self._key_prefix + nonce, self._aeads[-1].encrypt(nonce, plaintext, ad)

    def open(self, table: str, row_id: str, version: int, nonce: bytes, ciphertext: bytes) -> bytes:
        """Plaintext of the row, or TamperedData."""
        for _, plain in self.open_rows(table, ((row_id, nonce, ciphertext, version),)):
            return plain
        raise AssertionError("unreachable")

    def open_rows(
        self, table: str, rows: Iterable[tuple[str, bytes, bytes, int]]
    ) -> Iterator[tuple[str, bytes]]:
        """(row id, plaintext) for many rows: the unlock hot path, so the loop is kept tight."""
        aeads, prefix, known = self._aeads, f"{self.vault_id}:{table}:", len(self._aeads)
        for row_id, nonce, ciphertext, version in rows:
            try:
                if len(nonce) == ROW_NONCE_BYTES:
                    key_id = int.from_bytes(nonce[:KEY_ID_BYTES], "big")
                    if key_id >= known:
                        raise _unknown_key(table, row_id)
                    ad = f"{prefix}{row_id}:{version}:{key_id}".encode()
                    yield row_id, aeads[key_id].decrypt(nonce[KEY_ID_BYTES:], ciphertext, ad)
                else:
                    ad = f"{prefix}{row_id}:{version}".encode()
                    yield row_id, aeads[0].decrypt(nonce, ciphertext, ad)
            except (InvalidTag, ValueError) as exc:
                raise _tampered(table, row_id) from exc


def _unknown_key(table: str, row_id: str) -> TamperedData:
    return TamperedData("error.aead.record_sealed_key", table=table, row_id=row_id)


def _tampered(table: str, row_id: str) -> TamperedData:
    return TamperedData("error.aead.record_failed_integrity", table=table, row_id=row_id)
