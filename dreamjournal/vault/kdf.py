"""Passphrase -> key-encryption key: Argon2id (argon2-cffi); scrypt for vaults made with it.

Concurrency. Every Streamlit session is a thread, so two people unlocking (or two friends typing
a share passcode) derive keys at the same moment. cryptography 50's OpenSSL Argon2id deadlocks
or raises a spurious MemoryError when two threads run it at once, so Argon2id goes through
argon2-cffi's `hash_secret_raw` (the reference C implementation; same raw output, see the
known-answer test; it releases the GIL and keeps no shared state). Each derivation still holds
64 MiB or more for ~0.1 s, so at most `MAX_PARALLEL` run at once process-wide: a burst of
requests queues instead of multiplying memory, and a caller that cannot start within
`WAIT_S` gets `KeyDerivationBusy` (a clear "try again") instead of hanging a page.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from dreamjournal.errors import InvalidInput, VaultError

KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8
# Two at once fill the two cores we expect on a small machine and bound memory at 2 x m.
MAX_PARALLEL = 2
WAIT_S = 30.0
_SLOTS = threading.BoundedSemaphore(MAX_PARALLEL)


class KeyDerivationBusy(VaultError):
    """Too many unlocks at once: this one could not start in time; trying again helps."""


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
        """Inverse of `to_json`, for parameters read from a file: ValueError when out of bounds.

        A vault header or a backup can be crafted; its KDF parameters decide how much work and
        memory opening it costs before anything is authenticated. So they must be one of our
        two algorithms within BOUNDS: `iterations=50000` would hang an import for half an
        hour, `memory_kib` of 6 GiB would try to allocate it.
        """
        if not isinstance(data, dict) or set(data) - _FIELDS or "salt" not in data:
            raise ValueError("KDF parameters are malformed")
        params = cls(**{**data, "salt": bytes.fromhex(str(data["salt"]))})
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """ValueError unless every parameter is within BOUNDS (floors and ceilings)."""
        if self.name not in ("argon2id", "scrypt"):
            raise ValueError(f"unknown KDF {self.name!r}")
        values = {**asdict(self), "salt": len(self.salt)}
        for name, (low, high) in BOUNDS.items():
            value = values[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(f"KDF parameter {name}={value!r} is outside {low}..{high}")
        if self.scrypt_n & (self.scrypt_n - 1):
            raise ValueError("scrypt n must be a power of two")


# Floors keep old and test vaults openable; ceilings bound the time and memory a crafted file
# can demand (1 GiB and 10 passes of Argon2id; scrypt at n = 2^20, r = 8 is also 1 GiB).
BOUNDS: dict[str, tuple[int, int]] = {
    "salt": (16, 64),
    "memory_kib": (1024, 1_048_576),
    "iterations": (1, 10),
    "lanes": (1, 16),
    "scrypt_n": (2**10, 2**20),
    "scrypt_r": (1, 8),
    "scrypt_p": (1, 4),
}
_FIELDS = frozenset(KdfParams.__dataclass_fields__)


def argon2_available() -> bool:
    """True when Argon2id can be used (argon2-cffi is installed)."""
    try:
        from argon2.low_level import hash_secret_raw  # noqa: F401
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


def derive_key(
    passphrase: str | bytes,
    params: KdfParams,
    length: int = KEY_BYTES,
    *,
    wait_s: float | None = None,
) -> bytes:
    """Run the KDF named in `params`; KeyDerivationBusy if no slot frees up within `wait_s`."""
    secret = passphrase if isinstance(passphrase, bytes) else normalize_passphrase(passphrase)
    if params.name not in ("argon2id", "scrypt"):
        raise InvalidInput("error.kdf.unknown_key_derivation", kdf=params.name)
    wait = WAIT_S if wait_s is None else wait_s
    if not _SLOTS.acquire(timeout=wait):
        raise KeyDerivationBusy("error.kdf.many_unlocks_are", wait=wait)
    try:
        if params.name == "argon2id":
            return _argon2id(secret, params, length)
        return _scrypt(secret, params, length)
    finally:
        _SLOTS.release()


def _argon2id(secret: bytes, params: KdfParams, length: int) -> bytes:
    from argon2.exceptions import HashingError
    from argon2.low_level import Type, hash_secret_raw

    try:
        return hash_secret_raw(
            secret,
            params.salt,
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.lanes,
            hash_len=length,
            type=Type.ID,
            version=19,  # Argon2 v1.3, as OpenSSL and the vault format use
        )
    except HashingError as exc:
        # e.g. "Memory allocation error" for a memory cost this machine cannot give.
        raise InvalidInput("error.kdf.key_derivation_settings", exc=exc) from None


def _scrypt(secret: bytes, params: KdfParams, length: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(
        salt=params.salt, length=length, n=params.scrypt_n, r=params.scrypt_r, p=params.scrypt_p
    ).derive(secret)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a journal."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            "error.kdf.choose_passphrase_least", min_passphrase_chars=MIN_PASSPHRASE_CHARS
        )
