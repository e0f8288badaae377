"""Session mode: while a client is in the room, the app shows that client's vault and no other.

A therapist with one vault per client turns it on from the open client vault. From then on
the unlock screen offers only that vault (no picker, no other name, no "new vault" form)
until the therapist types their practice passphrase. The state lives in `<data dir>/practice.json`,
outside every vault, so a reload or a restart of the app stays in session mode::

    {"format": "dreamjournal-practice", "version": 1,
     "kdf": {KdfParams},                       practice passphrase -> Argon2id (vault/kdf.py)
     "verifier": b64 HMAC-SHA256(derived key, VERIFIER_LABEL),
     "session": {"vault": "<name>"} | null}

The practice passphrase is set the first time session mode is turned on; it is never stored,
only the verifier. A practice file that cannot be read counts as session mode on with no vault
shown (fail closed): remove the file by hand to start again.
"""

from __future__ import annotations

import base64
import hmac
import json
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.store.location import check_vault_name
from dreamjournal.store.transfer import write_atomically
from dreamjournal.vault.kdf import KdfParams, check_new_passphrase, derive_key, new_params

FILE_NAME = "practice.json"
FORMAT = "dreamjournal-practice"
VERIFIER_LABEL = b"dreamjournal practice passphrase v1"


class WrongPracticePassphrase(DreamJournalError):
    """The practice passphrase typed is not the one set for this data dir."""


@dataclass(frozen=True)
class SessionMode:
    """Session mode is on; `vault` is the one vault shown (None: the state file is unreadable)."""

    vault: str | None


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def _read(data_dir: Path) -> dict[str, Any] | None:
    """The practice file as a dict; None when absent; ValueError when unreadable."""
    path = _path(data_dir)
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a practice file")
        KdfParams.from_json(doc["kdf"])
        base64.b64decode(doc["verifier"], validate=True)
    except (OSError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ValueError("unreadable practice file") from exc
    return doc


def current(data_dir: Path) -> SessionMode | None:
    """Session mode as stored for this data dir, or None when it is off."""
    try:
        doc = _read(data_dir)
    except ValueError:
        return SessionMode(None)
    if doc is None or not isinstance(doc.get("session"), dict):
        return None
    name = doc["session"].get("vault")
    try:
        return SessionMode(check_vault_name(name))
    except InvalidInput:
        return SessionMode(None)


def passphrase_set(data_dir: Path) -> bool:
    """True when a practice passphrase was set (turning session mode on asks for it)."""
    try:
        return _read(data_dir) is not None
    except ValueError:
        return True


def _verifier(passphrase: str, params: KdfParams) -> bytes:
    key = derive_key(passphrase, params)
    return hmac.new(key, VERIFIER_LABEL, sha256).digest()


def _write(data_dir: Path, doc: dict[str, Any]) -> None:
    write_atomically(_path(data_dir), json.dumps(doc, indent=2).encode())  # owner-only


def _wrong() -> WrongPracticePassphrase:
    return WrongPracticePassphrase("error.session_mode.wrong_passphrase")


def _check(doc: dict[str, Any], passphrase: str) -> None:
    params = KdfParams.from_json(doc["kdf"])
    stored = base64.b64decode(doc["verifier"], validate=True)
    if not hmac.compare_digest(_verifier(passphrase, params), stored):
        raise _wrong()


def start(
    data_dir: Path, vault: str, passphrase: str, *, kdf: KdfParams | None = None
) -> SessionMode:
    """Turn session mode on for `vault`; the first time, `passphrase` becomes the practice one."""
    name = check_vault_name(vault)
    try:
        doc = _read(data_dir)
    except ValueError:
        raise InvalidInput("error.session_mode.damaged_start", path=str(_path(data_dir))) from None
    if doc is None:
        check_new_passphrase(passphrase)
        params = kdf or new_params()
        doc = {
            "format": FORMAT,
            "version": 1,
            "kdf": params.to_json(),
            "verifier": base64.b64encode(_verifier(passphrase, params)).decode(),
        }
    else:
        _check(doc, passphrase)
    doc["session"] = {"vault": name}
    _write(data_dir, doc)
    return SessionMode(name)


def end(data_dir: Path, passphrase: str) -> None:
    """Turn session mode off with the practice passphrase (WrongPracticePassphrase if not)."""
    try:
        doc = _read(data_dir)
    except ValueError:
        raise InvalidInput("error.session_mode.damaged_end", path=str(_path(data_dir))) from None
    if doc is None or doc.get("session") is None:
        return
    _check(doc, passphrase)
    doc["session"] = None
    _write(data_dir, doc)


def visible_vaults(data_dir: Path, names: list[str]) -> list[str]:
    """The vault names the unlock screen may show: all, or in session mode only the session's."""
    mode = current(data_dir)
    if mode is None:
        return names
    return [n for n in names if n == mode.vault]
