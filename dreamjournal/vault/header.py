"""The vault header: KDF parameters, the wrapped keyring of data keys, the manifest.

On-disk format (one SQLite file per vault, ``<data dir>/vaults/<name>.db``)::

    table vault_header            exactly one row, id = 1, all columns plaintext
      vault_id        TEXT        random UUID4 hex; part of every record's associated data
      format          INTEGER     2 = this layout (1: one vault key, see "Format 1" below)
      schema_version  INTEGER     database schema (see store/schema.py for migrations)
      kdf             TEXT        JSON {"name": "argon2id", "salt": hex(16 bytes),
                                  "memory_kib": 65536, "iterations": 3, "lanes": 4, scrypt_*}
      created         TEXT        ISO date the vault was made
      key_check       BLOB        HMAC-SHA256(KEK, "dreamjournal:passphrase-check")[:16]
      key_nonce       BLOB        12 bytes
      wrapped_key     BLOB        the keyring: AES-256-GCM(KEK, key 0 || key 1 || ... ) || tag
                                  AD = "dreamjournal:keyring:" canonical JSON of
                                  {created, format, kdf, schema_version, vault_id}
      manifest        BLOB        88 bytes, see vault/manifest.py

    tables entry, setting, rehearsal, session, share, clip, draft   one row per record
      id              TEXT        random UUID4 hex (primary key)
      nonce           BLOB        key id (u32 big-endian) || 12 random bytes, fresh per write
      ciphertext      BLOB        AES-256-GCM(data key[key id], UTF-8 JSON of the record) || tag
                                  AD = vault_id ":" table ":" id ":" schema_version ":" key id
      schema_version  INTEGER     version of the record's JSON shape

KEK = Argon2id(NFC(passphrase), salt, m, t, p) -- or scrypt(n, r, p) where OpenSSL lacks Argon2.
Nothing else is stored in plaintext: titles, dates, tags and flags are inside the ciphertext.

Data keys (backward secrecy, as Standard Notes 004 does with items keys): the keyring holds
every data key the vault ever had, 32 random bytes each, its id being its position; new rows
are sealed with the newest. Changing the passphrase derives a new KEK (new salt), appends a new
random data key and wraps the whole keyring under the new KEK, together with a new manifest, in
one transaction. Existing rows stay as they are. An old backup (or an old copy of the header)
opened with the old passphrase yields only the keys that existed then: rows written after the
change are sealed with a key it never held. The key id is in the nonce column, so no plaintext
column is added (it says which passphrase period a row was last written in, nothing more), and
in the AD, so it cannot be changed. Clip files are keyed HKDF(data key, file id) with the data
key that sealed their clip record.

Every header field is authenticated: all of them but the wrap itself are the keyring's AD.
The key check tells a wrong passphrase (or changed KDF salt or costs, which change the KEK
just as a wrong passphrase does) from a header whose other fields were changed: the first is
WrongPassphrase, the second TamperedData. It offers no shortcut to guessing: the GCM tag of the
keyring already confirms a guess at the same cost, one KDF run.

What is detected (TamperedData, on unlock and whenever another writer's commit is noticed):
  - a changed, swapped, moved or truncated row (GCM, with the AD above);
  - a deleted row, a row put back at an older version (its old nonce and ciphertext), a row
    added from elsewhere, rows swapped between ids: the manifest's MAC over the set of
    (table, row id, nonce) no longer matches the rows;
  - any changed header field, an older keyring put back into a newer file (its manifest is
    keyed by a data key that keyring lacks), an older manifest put back while a session that
    saw a newer revision is open.
What cannot be detected from the file alone: the whole file replaced by an older copy of itself
(header, manifest and rows consistently old), e.g. restored from a backup disk or a sync
conflict. The manifest's revision counter makes it detectable with state kept outside the
file -- the last revision seen, stored elsewhere (a keychain, another device) and compared on
unlock (`Journal.revision`); Dream Journal does not keep such state today. Vaults migrated
from format 1 trust their rows as found at the first unlock with the new version (trust on
first use), as does `services.vaults.unlock_as_found`, which a person may choose after the
message instead of restoring a backup.

Format 1 (before December 2026): `wrapped_key` wrapped one vault key with
AD = "dreamjournal:vault-key:" vault_id ":" kdf JSON, rows had a bare 12-byte nonce and no key id
in their AD, and there was no manifest or key check. The first unlock with the right passphrase
rewraps it as a keyring of one key (id 0, the old vault key) and creates the manifest; old rows
keep opening with key 0.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dreamjournal.errors import TamperedData, WrongPassphrase
from dreamjournal.i18n import Text
from dreamjournal.vault.aead import encrypt_with_nonce, open_sealed
from dreamjournal.vault.kdf import KEY_BYTES, KdfParams, derive_key, new_params

FORMAT = 2
LEGACY_FORMAT = 1
KEY_CHECK_BYTES = 16


@dataclass(frozen=True)
class VaultHeader:
    """The plaintext header row of a vault (the manifest is read and written on its own)."""

    vault_id: str
    kdf: KdfParams
    key_nonce: bytes
    wrapped_key: bytes
    schema_version: int
    created: str
    format: int = FORMAT
    key_check: bytes | None = None

    def kdf_json(self) -> str:
        """Canonical JSON of the KDF parameters (stored, and bound into the wrap's AD)."""
        return json.dumps(self.kdf.to_json(), sort_keys=True, separators=(",", ":"))

    def sealed_fields(self) -> bytes:
        """The keyring's associated data: every header field but the wrap itself."""
        fields = {
            "created": self.created,
            "format": self.format,
            "kdf": self.kdf.to_json(),
            "schema_version": self.schema_version,
            "vault_id": self.vault_id,
        }
        return (
            b"dreamjournal:keyring:"
            + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
        )


@dataclass(frozen=True)
class OpenedHeader:
    """What the right passphrase opens: the data keys (id = position) and the KEK."""

    keys: list[bytes]
    kek: bytes


def _legacy_ad(header: VaultHeader) -> bytes:
    return f"dreamjournal:vault-key:{header.vault_id}:{header.kdf_json()}".encode()


def key_check(kek: bytes) -> bytes:
    """A short value that confirms the KEK (so a wrong passphrase and tampering differ)."""
    return hmac.new(kek, b"dreamjournal:passphrase-check", hashlib.sha256).digest()[
        :KEY_CHECK_BYTES
    ]


def seal_header(header: VaultHeader, kek: bytes, keys: list[bytes]) -> VaultHeader:
    """`header` as format 2, its keyring `keys` wrapped under `kek` with every field as AD."""
    if not keys or any(len(k) != KEY_BYTES for k in keys):
        raise ValueError("a keyring is one or more 32-byte keys")
    sealed = replace(header, format=FORMAT, key_check=key_check(kek))
    nonce = os.urandom(12)
    wrapped = encrypt_with_nonce(kek, nonce, b"".join(keys), sealed.sealed_fields())
    return replace(sealed, key_nonce=nonce, wrapped_key=wrapped)


def new_vault(
    passphrase: str, schema_version: int, kdf: KdfParams | None = None
) -> tuple[VaultHeader, list[bytes]]:
    """A fresh header and its keyring: one random data key (id 0)."""
    params = kdf or new_params()
    keys = [os.urandom(KEY_BYTES)]
    blank = VaultHeader(
        uuid.uuid4().hex, params, b"", b"", schema_version, date.today().isoformat()
    )
    return seal_header(blank, derive_key(passphrase, params), keys), keys


def _wrong_passphrase() -> WrongPassphrase:
    return WrongPassphrase("error.header.passphrase_does_open")


def _header_changed() -> TamperedData:
    return TamperedData("error.header.vault_header_failed")


def open_with_kek(header: VaultHeader, kek: bytes) -> OpenedHeader:
    """The keyring of `header` under a KEK already derived; WrongPassphrase or TamperedData."""
    if header.key_check is None:
        return _open_legacy(header, kek)
    if not hmac.compare_digest(key_check(kek), header.key_check):
        raise _wrong_passphrase()
    try:
        ring = open_sealed(
            kek,
            header.key_nonce,
            header.wrapped_key,
            header.sealed_fields(),
            what=Text("vault.what.keyring"),
        )
    except TamperedData as exc:
        raise _header_changed() from exc
    if header.format != FORMAT or not ring or len(ring) % KEY_BYTES:
        raise _header_changed()
    return OpenedHeader([ring[i : i + KEY_BYTES] for i in range(0, len(ring), KEY_BYTES)], kek)


_KEY = Text("vault.what.vault_key")


def _open_legacy(header: VaultHeader, kek: bytes) -> OpenedHeader:
    try:
        key = open_sealed(kek, header.key_nonce, header.wrapped_key, _legacy_ad(header), what=_KEY)
    except TamperedData as exc:
        # A format-2 keyring whose key check was removed and format set back to 1 must not
        # pass for a wrong passphrase.
        try:
            as_new = replace(header, format=FORMAT)
            open_sealed(
                kek, header.key_nonce, header.wrapped_key, as_new.sealed_fields(), what=_KEY
            )
        except TamperedData:
            raise _wrong_passphrase() from exc
        raise _header_changed() from exc
    if header.format != LEGACY_FORMAT or len(key) != KEY_BYTES:
        raise _header_changed()
    return OpenedHeader([key], kek)


def open_header(header: VaultHeader, passphrase: str) -> OpenedHeader:
    """The data keys and KEK, or WrongPassphrase (TamperedData for a changed header)."""
    return open_with_kek(header, derive_key(passphrase, header.kdf))


def unwrap_keys(header: VaultHeader, passphrase: str) -> list[bytes]:
    """The keyring's data keys (id = position), or WrongPassphrase / TamperedData."""
    return open_header(header, passphrase).keys


def rekey(
    header: VaultHeader, keys: list[bytes], new_passphrase: str
) -> tuple[VaultHeader, list[bytes]]:
    """A new passphrase: new salt, current KDF, every old data key kept and a new one added."""
    params = new_params(name=header.kdf.name)
    ring = [*keys, os.urandom(KEY_BYTES)]
    moved = replace(header, kdf=params)
    return seal_header(moved, derive_key(new_passphrase, params), ring), ring


def header_to_json(h: VaultHeader) -> dict[str, Any]:
    """JSON-ready header (for backups); binary fields base64."""
    out: dict[str, Any] = {
        "vault_id": h.vault_id,
        "format": h.format,
        "schema_version": h.schema_version,
        "kdf": h.kdf.to_json(),
        "key_nonce": base64.b64encode(h.key_nonce).decode(),
        "wrapped_key": base64.b64encode(h.wrapped_key).decode(),
        "created": h.created,
    }
    if h.key_check is not None:
        out["key_check"] = base64.b64encode(h.key_check).decode()
    return out


def header_from_json(d: dict[str, Any]) -> VaultHeader:
    """Inverse of header_to_json."""
    check = d.get("key_check")
    return VaultHeader(
        d["vault_id"],
        KdfParams.from_json(d["kdf"]),
        base64.b64decode(d["key_nonce"]),
        base64.b64decode(d["wrapped_key"]),
        int(d["schema_version"]),
        d["created"],
        int(d["format"]),
        None if check is None else base64.b64decode(check),
    )
