"""Passphrase -> key-encryption key: Argon2id, scrypt where OpenSSL lacks Argon2."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from dreamjournal.errors import InvalidInput

KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class KdfParams:
    """How a passphrase became the key-encryption key; stored in the vault header."""

    name: str  # "argon2id" | "scrypt"
    salt: bytes
    memory_kib: int = 65536  # argon2id m
    iterations: int = 3  # argon2id t
    lanes: int = 4  # argon2id p
    scrypt_n: int = 2**17
    scrypt_r: int = 8
    scrypt_p: int = 1

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (salt as hex)."""
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        """Inverse of `to_json`."""
        return cls(**{**data, "salt": bytes.fromhex(data["salt"])})


def argon2_available() -> bool:
    """True when this OpenSSL build offers Argon2id."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401
    except ImportError:
        return False
    return True


def new_params(*, name: str | None = None, **overrides: int) -> KdfParams:
    """Fresh parameters with a new random salt (Argon2id by default)."""
    chosen = name or ("argon2id" if argon2_available() else "scrypt")
    return KdfParams(name=chosen, salt=os.urandom(SALT_BYTES), **overrides)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same words typed on another keyboard still open the vault."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str | bytes, params: KdfParams, length: int = KEY_BYTES) -> bytes:
    """Run the KDF named in `params`."""
    secret = passphrase if isinstance(passphrase, bytes) else normalize_passphrase(passphrase)
    if params.name == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=params.salt,
            length=length,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(secret)
    if params.name == "scrypt":
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(
            salt=params.salt, length=length, n=params.scrypt_n, r=params.scrypt_r, p=params.scrypt_p
        ).derive(secret)
    raise InvalidInput(f"Unknown key-derivation function {params.name!r} in the vault header.")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a journal."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess."
        )
