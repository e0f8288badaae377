"""AES-256-GCM sealing of records, with associated data binding each to its place."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dreamjournal.errors import TamperedData

NONCE_BYTES = 12


def encrypt_with_nonce(key: bytes, nonce: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """AES-256-GCM with a given nonce (ciphertext || 16-byte tag); callers pass fresh nonces."""
    return AESGCM(key).encrypt(nonce, plaintext, ad)


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    """Encrypt under a fresh random 96-bit nonce; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, encrypt_with_nonce(key, nonce, plaintext, ad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes, *, what: str) -> bytes:
    """Decrypt and authenticate, or raise TamperedData naming `what`."""
    return _authenticated_decrypt(AESGCM(key), nonce, ciphertext, ad, what)


def _authenticated_decrypt(aead: AESGCM, nonce: bytes, ct: bytes, ad: bytes, what: str) -> bytes:
    try:
        return aead.decrypt(nonce, ct, ad)
    except (InvalidTag, ValueError) as exc:
        raise TamperedData(
            f"{what} failed its integrity check: it was changed, damaged or moved. "
            "Nothing was modified; restore it from a backup (dreamjournal export --out) "
            "if you have one."
        ) from exc


def record_ad(vault_id: str, table: str, row_id: str, schema_version: int) -> bytes:
    """Associated data `vault id : table : row id : schema version` for one sealed row."""
    return f"{vault_id}:{table}:{row_id}:{schema_version}".encode()


class RecordSealer:
    """Seals and opens the rows of one vault with its vault key (one AESGCM object, reused)."""

    def __init__(self, vault_id: str, vault_key: bytes) -> None:
        self.vault_id = vault_id
        self._aead = AESGCM(vault_key)

    def seal(self, table: str, row_id: str, version: int, plaintext: bytes) -> tuple[bytes, bytes]:
        """(nonce, ciphertext) for the row."""
        nonce = os.urandom(NONCE_BYTES)
        ad = record_ad(self.vault_id, table, row_id, version)
        return nonce, self._aead.encrypt(nonce, plaintext, ad)

    def open(self, table: str, row_id: str, version: int, nonce: bytes, ciphertext: bytes) -> bytes:
        """Plaintext of the row, or TamperedData."""
        try:
            return self._aead.decrypt(
                nonce, ciphertext, record_ad(self.vault_id, table, row_id, version)
            )
        except (InvalidTag, ValueError) as exc:
            raise _tampered(table, row_id) from exc

    def open_rows(
        self, table: str, rows: Iterable[tuple[str, bytes, bytes, int]]
    ) -> Iterator[tuple[str, bytes]]:
        """(row id, plaintext) for many rows: the unlock hot path, so the loop is kept tight."""
        decrypt, prefix = self._aead.decrypt, f"{self.vault_id}:{table}:"
        for row_id, nonce, ciphertext, version in rows:
            try:
                yield row_id, decrypt(nonce, ciphertext, f"{prefix}{row_id}:{version}".encode())
            except (InvalidTag, ValueError) as exc:
                raise _tampered(table, row_id) from exc


def _tampered(table: str, row_id: str) -> TamperedData:
    return TamperedData(
        f"The {table} record {row_id} failed its integrity check: it was changed, damaged or "
        "copied from another row. Nothing was modified; restore it from a backup "
        "(dreamjournal export --out) if you have one."
    )
