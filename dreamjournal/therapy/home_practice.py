"""Home practice: a client's rehearsals, ratings, measures and chosen dreams, sealed in one file.

The client makes the file from their own journal; the therapist brings it into that client's
vault. It opens only with a short code the two agree on in session. The format::

    {"format": "dreamjournal-home-practice", "version": 1,
     "kdf": {KdfParams as in a vault header},           code -> Argon2id -> 256-bit key
     "nonce": b64 (12 bytes), "ciphertext": b64}        AES-256-GCM, AD = AD_PREFIX + kdf JSON

The plaintext is JSON: {"made": UTC ISO time, "records": {kind: {record id: record}}}, where
a kind is a record table of the vault ("entry" for the chosen dreams, and every therapy kind
present: "rehearsal", "session", and whatever kinds are added later, such as "measure").
Everything inside is checked before anything is written: a flipped byte, a cut-off file or a
wrong code is refused whole (`HomePracticeRefused`).

Bringing a file in never duplicates (`plan_import`): per record id, a record the vault lacks is
added; one it holds unchanged is left alone (importing the same file twice changes nothing).
A newer edit of a record brought in before (the client changed a dream or finished a session
at home) replaces the earlier import, unless the vault's copy was changed here since: then the
vault's copy is kept and the import says so. A record deleted here after an import is not
brought back. The import ledger (kind:id -> digest and file time of the last import) is a
sealed record in the vault's `setting` table.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from dreamjournal.errors import ImportFormatError, InvalidInput, TamperedData
from dreamjournal.i18n import Text
from dreamjournal.store.entry import Entry
from dreamjournal.store.records import KNOWN_TABLES
from dreamjournal.store.transfer import check_row_id, checked_entry_record
from dreamjournal.therapy.irt import Rehearsal
from dreamjournal.therapy.measures import OCCASIONS, Measure, instrument
from dreamjournal.therapy.sessions import Session
from dreamjournal.vault.aead import NONCE_BYTES, open_sealed, seal
from dreamjournal.vault.kdf import KdfParams, derive_key, new_params

FORMAT = "dreamjournal-home-practice"
VERSION = 1
AD_PREFIX = b"dreamjournal:home-practice:v1:"
MIN_CODE_CHARS = 8
# No 0/O or 1/I/L: a code is read aloud and typed without doubt.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LEDGER_ID = "home-practice-imports"  # row id of the import ledger in the `setting` table
# Tables that are not the client's practice: dreams go in only when chosen; the rest never.
NOT_PRACTICE = frozenset({"entry", "setting", "share", "clip", "draft"})
MAX_FILE_BYTES = 64 * 1024 * 1024


class HomePracticeRefused(ImportFormatError):
    """A home-practice file that cannot be opened or trusted; `key` names the i18n message."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def practice_kinds() -> list[str]:
    """The therapy record kinds a vault can hold (new kinds are included as they are added)."""
    return sorted(KNOWN_TABLES - NOT_PRACTICE)


def normalize_code(code: str) -> str:
    """The code as typed, without spaces or dashes and case-folded ('k7qf-m2xd' == 'K7QFM2XD')."""
    text = unicodedata.normalize("NFC", code or "")
    return "".join(c for c in text if not c.isspace() and c != "-").casefold()


def check_code(code: str) -> str:
    """The normalized code, or InvalidInput when it is too short to protect the file."""
    normalized = normalize_code(code)
    if len(normalized) < MIN_CODE_CHARS:
        raise InvalidInput("error.home_practice.code_too_short", n=MIN_CODE_CHARS)
    return normalized


def new_code() -> str:
    """A random code to agree on in session: 12 characters (about 59 bits) in three groups."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def _ad(kdf: dict[str, Any]) -> bytes:
    return AD_PREFIX + json.dumps(kdf, sort_keys=True, separators=(",", ":")).encode()


def seal_package(
    records: dict[str, dict[str, dict[str, Any]]],
    code: str,
    *,
    made: datetime | None = None,
    kdf: KdfParams | None = None,
) -> bytes:
    """The encrypted home-practice file for `records` (kind -> id -> record)."""
    params = kdf or new_params()
    key = derive_key(check_code(code), params)
    moment = (made or datetime.now(UTC)).astimezone(UTC).isoformat()
    plain = json.dumps({"made": moment, "records": records}, ensure_ascii=False).encode()
    kdf_json = params.to_json()
    nonce, ciphertext = seal(key, plain, _ad(kdf_json))
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": kdf_json,
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(ciphertext).decode(),
    }
    return json.dumps(doc, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Package:
    """An opened, checked home-practice file."""

    made: str
    records: dict[str, dict[str, dict[str, Any]]]


def _refused_format() -> HomePracticeRefused:
    return HomePracticeRefused("hp.err_format")


def _refused_code() -> HomePracticeRefused:
    return HomePracticeRefused("hp.err_code")


def _refused_content() -> HomePracticeRefused:
    return HomePracticeRefused("hp.err_content")


def open_package(data: bytes, code: str) -> Package:
    """Decrypt and check the whole file, or refuse it whole (HomePracticeRefused)."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused_format()
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or set(doc) != {
            "format",
            "version",
            "kdf",
            "nonce",
            "ciphertext",
        }:
            raise ValueError("fields")
        if doc["format"] != FORMAT or doc["version"] != VERSION:
            raise ValueError("format")
        params = KdfParams.from_json(doc["kdf"])
        nonce = base64.b64decode(doc["nonce"], validate=True)
        ciphertext = base64.b64decode(doc["ciphertext"], validate=True)
        if len(nonce) != NONCE_BYTES:
            raise ValueError("nonce")
    except (UnicodeDecodeError, ValueError, TypeError, binascii.Error) as exc:
        raise _refused_format() from exc
    key = derive_key(check_code(code), params)
    try:
        plain = open_sealed(
            key, nonce, ciphertext, _ad(doc["kdf"]), what=Text("home_practice.what.file")
        )
    except TamperedData as exc:
        raise _refused_code() from exc
    try:
        return _checked_package(json.loads(plain))
    except (ValueError, TypeError, KeyError, InvalidInput) as exc:
        raise _refused_content() from exc


def _check_rehearsal(record_id: str, record: dict[str, Any]) -> None:
    Rehearsal.from_record(record_id, record)


def _check_session(record_id: str, record: dict[str, Any]) -> None:
    Session(id=record_id, **record)


def _check_measure(record_id: str, record: dict[str, Any]) -> None:
    """A questionnaire must be a known instrument whose stored score is what its answers give."""
    measure = Measure.from_record(record_id, record)
    score = instrument(measure.instrument).score(measure.answers)
    if measure.occasion not in OCCASIONS or (score.total, score.clinical) != (
        measure.total,
        measure.clinical,
    ):
        raise ValueError("measure score")


# How a record of a kind is checked when it comes in; kinds without one need a JSON object.
RECORD_CHECKS: dict[str, Callable[[str, dict[str, Any]], object]] = {
    "entry": checked_entry_record,
    "rehearsal": _check_rehearsal,
    "session": _check_session,
    "measure": _check_measure,
}


def _checked_package(doc: Any) -> Package:
    made = doc["made"]
    if datetime.fromisoformat(made).tzinfo is None:
        raise ValueError("made has no time zone")
    records = doc["records"]
    if not isinstance(records, dict):
        raise TypeError("records")
    allowed = set(practice_kinds()) | {"entry"}
    for kind, items in records.items():
        if kind not in allowed or not isinstance(items, dict):
            raise ValueError(f"kind {kind!r}")
        check = RECORD_CHECKS.get(kind)
        for record_id, record in items.items():
            check_row_id(kind, record_id)
            if not isinstance(record, dict):
                raise TypeError("record")
            if check is not None:
                check(record_id, record)
    return Package(made, records)


def stored_form(kind: str, record_id: str, record: dict[str, Any]) -> dict[str, Any]:
    """The record as the vault stores it (an entry goes through `Entry`, as every write does)."""
    return Entry.from_record(record_id, record).to_record() if kind == "entry" else record


def digest(record: dict[str, Any]) -> str:
    """A stable fingerprint of a record's content."""
    canon = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode()).hexdigest()


@dataclass
class ImportPlan:
    """What bringing a file in does, per kind; `writes` are (kind, id, record, replace?)."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # changed here since: the vault's kept
    deleted_here: dict[str, int] = field(default_factory=dict)  # deleted here: not brought back
    writes: list[tuple[str, str, dict[str, Any], bool]] = field(default_factory=list)
    ledger: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        """True when the vault would change."""
        return bool(self.writes)


def _count(counts: dict[str, int], kind: str) -> None:
    counts[kind] = counts.get(kind, 0) + 1


def plan_import(
    package: Package,
    current: Callable[[str, str], dict[str, Any] | None],
    ledger: dict[str, dict[str, str]],
) -> ImportPlan:
    """Decide per record: add, update, leave, keep the vault's, or leave deleted (see above)."""
    plan = ImportPlan(ledger={k: dict(v) for k, v in ledger.items()})
    made = datetime.fromisoformat(package.made)
    for kind in sorted(package.records, key=lambda k: (k != "entry", k)):
        for record_id, record in package.records[kind].items():
            incoming = stored_form(kind, record_id, record)
            new = digest(incoming)
            here = current(kind, record_id)
            seen = ledger.get(f"{kind}:{record_id}")
            stamp = {"digest": new, "made": package.made}
            if here is None and seen is not None:
                _count(plan.deleted_here, kind)
            elif here is None:
                _count(plan.added, kind)
                plan.writes.append((kind, record_id, incoming, False))
                plan.ledger[f"{kind}:{record_id}"] = stamp
            elif digest(here) == new:
                _count(plan.unchanged, kind)
            elif (
                seen is not None
                and seen.get("digest") == digest(here)
                and made > datetime.fromisoformat(seen["made"])
            ):
                _count(plan.updated, kind)
                plan.writes.append((kind, record_id, incoming, True))
                plan.ledger[f"{kind}:{record_id}"] = stamp
            else:
                _count(plan.kept, kind)
    return plan
