"""The vault header: KDF parameters and the wrapped vault key.

On-disk format (one SQLite file per vault, ``<data dir>/vaults/<name>.db``)::

    table vault_header            exactly one row, id = 1, all columns plaintext
      vault_id        TEXT        random UUID4 hex; part of every record's associated data
      format          INTEGER     1 = this layout
      schema_version  INTEGER     database schema (see store/schema.py for migrations)
      kdf             TEXT        JSON {"name": "argon2id", "salt": hex(16 bytes),
                                  "memory_kib": 65536, "iterations": 3, "lanes": 4, scrypt_*}
      key_nonce       BLOB        12 bytes
      wrapped_key     BLOB        AES-256-GCM(KEK, vault key (32 bytes)) || tag (16)
                                  AD = "dreamjournal:vault-key:" vault_id ":" kdf JSON
      created         TEXT        ISO date the vault was made

    tables entry, setting, rehearsal, session, share, clip     one row per record
      id              TEXT        random UUID4 hex (primary key)
      nonce           BLOB        12 random bytes, fresh for every write
      ciphertext      BLOB        AES-256-GCM(vault key, UTF-8 JSON of the record) || tag
                                  AD = vault_id ":" table ":" id ":" schema_version
      schema_version  INTEGER     version of the record's JSON shape

KEK = Argon2id(NFC(passphrase), salt, m, t, p) -- or scrypt(n, r, p) where OpenSSL lacks Argon2.
Nothing else is stored in plaintext: titles, dates, tags and flags are inside the ciphertext.
Changing the passphrase rewrites `kdf`, `key_nonce` and `wrapped_key` in one transaction; the
vault key, and so every record, stays as it is.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dreamjournal.errors import TamperedData, WrongPassphrase
from dreamjournal.vault.aead import encrypt_with_nonce, open_sealed
from dreamjournal.vault.kdf import KEY_BYTES, KdfParams, derive_key, new_params

FORMAT = 1


@dataclass(frozen=True)
class VaultHeader:
    """The plaintext header row of a vault."""

    vault_id: str
    kdf: KdfParams
    key_nonce: bytes
    wrapped_key: bytes
    schema_version: int
    created: str
    format: int = FORMAT

    def kdf_json(self) -> str:
        """Canonical JSON of the KDF parameters (stored, and bound into the wrap's AD)."""
        return json.dumps(self.kdf.to_json(), sort_keys=True, separators=(",", ":"))


def _wrap_ad(vault_id: str, kdf: KdfParams) -> bytes:
    kdf_json = json.dumps(kdf.to_json(), sort_keys=True, separators=(",", ":"))
    return f"dreamjournal:vault-key:{vault_id}:{kdf_json}".encode()


def _wrap(vault_id: str, kdf: KdfParams, kek: bytes, vault_key: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, encrypt_with_nonce(kek, nonce, vault_key, _wrap_ad(vault_id, kdf))


def new_vault(
    passphrase: str, schema_version: int, kdf: KdfParams | None = None
) -> tuple[VaultHeader, bytes]:
    """A fresh header and the random vault key it wraps."""
    vault_id = uuid.uuid4().hex
    params = kdf or new_params()
    vault_key = os.urandom(KEY_BYTES)
    nonce, wrapped = _wrap(vault_id, params, derive_key(passphrase, params), vault_key)
    header = VaultHeader(vault_id, params, nonce, wrapped, schema_version, date.today().isoformat())
    return header, vault_key


def unwrap_vault_key(header: VaultHeader, passphrase: str) -> bytes:
    """The vault key, or WrongPassphrase."""
    kek = derive_key(passphrase, header.kdf)
    try:
        key = open_sealed(
            kek,
            header.key_nonce,
            header.wrapped_key,
            _wrap_ad(header.vault_id, header.kdf),
            what="vault key",
        )
    except TamperedData as exc:
        raise WrongPassphrase(
            "That passphrase does not open this vault. Check Caps Lock and your keyboard layout, "
            "then try again; nothing was changed."
        ) from exc
    return key


def rewrap(header: VaultHeader, vault_key: bytes, new_passphrase: str) -> VaultHeader:
    """A header wrapping the same vault key under a new passphrase (new salt, current KDF)."""
    params = new_params(name=header.kdf.name)
    nonce, wrapped = _wrap(header.vault_id, params, derive_key(new_passphrase, params), vault_key)
    return replace(header, kdf=params, key_nonce=nonce, wrapped_key=wrapped)


def header_to_json(h: VaultHeader) -> dict[str, Any]:
    """JSON-ready header (for backups); binary fields base64."""
    return {
        "vault_id": h.vault_id,
        "format": h.format,
        "schema_version": h.schema_version,
        "kdf": h.kdf.to_json(),
        "key_nonce": base64.b64encode(h.key_nonce).decode(),
        "wrapped_key": base64.b64encode(h.wrapped_key).decode(),
        "created": h.created,
    }


def header_from_json(d: dict[str, Any]) -> VaultHeader:
    """Inverse of header_to_json."""
    return VaultHeader(
        d["vault_id"],
        KdfParams.from_json(d["kdf"]),
        base64.b64decode(d["key_nonce"]),
        base64.b64decode(d["wrapped_key"]),
        int(d["schema_version"]),
        d["created"],
        int(d["format"]),
    )
