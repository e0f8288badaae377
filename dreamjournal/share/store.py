"""The share store: one SQLite file apart from every vault (`<data dir>/shares/shares.db`).

Written by the owner's process (create, revoke) and read by the friend viewer, which never opens
a vault. Plain `sqlite3` rather than SQLModel: one small table, two processes, and the viewer
stays free of the vault's ORM. Each operation opens its own connection (Streamlit runs every
browser session in its own thread) with WAL, `synchronous=FULL` and `secure_delete=ON`.

A row holds: SHA-256(token), created, expires, view limit, views, revoked, the passcode's
Argon2id parameters (salt included, never a passcode or a verifier), failed passcode attempts,
and the sealed snapshot (meta JSON and clip, each nonce + AES-GCM ciphertext). No token, no
plaintext: a dump of this file opens nothing. The ciphertext is wiped as soon as a share is
revoked, expired or used up.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from dreamjournal.vault.kdf import KdfParams

SCHEMA_VERSION = 1
Status = Literal["active", "expired", "revoked", "used_up"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS share (
    id INTEGER PRIMARY KEY,
    lookup BLOB NOT NULL UNIQUE,      -- SHA-256(token)
    created REAL NOT NULL,            -- unix seconds
    expires REAL,                     -- unix seconds; NULL = never
    max_views INTEGER,                -- NULL = no limit
    views INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    passcode_kdf TEXT,                -- Argon2id params + salt as JSON; NULL = no passcode
    failed_passcodes INTEGER NOT NULL DEFAULT 0,
    locked_until REAL,
    meta_nonce BLOB, meta_ct BLOB,    -- NULL once wiped
    clip_nonce BLOB, clip_ct BLOB
);
"""
# Every statement is a literal: nothing from outside is ever formatted into SQL.
_SELECT_META = (
    "SELECT lookup, created, expires, max_views, views, revoked, passcode_kdf, failed_passcodes, "
    "locked_until FROM share WHERE lookup = ?"
)
_INSERT = (
    "INSERT INTO share (lookup, created, expires, max_views, views, revoked, passcode_kdf, "
    "failed_passcodes, locked_until, meta_nonce, meta_ct, clip_nonce, clip_ct) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_WIPE_IF_USED_UP = (
    "UPDATE share SET meta_nonce = NULL, meta_ct = NULL, clip_nonce = NULL, clip_ct = NULL "
    "WHERE lookup = ? AND max_views IS NOT NULL AND views >= max_views"
)
_REVOKE = (
    "UPDATE share SET revoked = 1, meta_nonce = NULL, meta_ct = NULL, clip_nonce = NULL, "
    "clip_ct = NULL WHERE lookup = ?"
)
_WIPE_UNAVAILABLE = (
    "UPDATE share SET meta_nonce = NULL, meta_ct = NULL, clip_nonce = NULL, clip_ct = NULL "
    "WHERE meta_ct IS NOT NULL AND (revoked = 1 OR (expires IS NOT NULL AND expires <= ?) "
    "OR (max_views IS NOT NULL AND views >= max_views))"
)


@dataclass(frozen=True)
class ShareRow:
    """The metadata of one share (no ciphertext)."""

    lookup: bytes
    created: float
    expires: float | None
    max_views: int | None
    views: int
    revoked: bool
    passcode_kdf: KdfParams | None
    failed_passcodes: int = 0
    locked_until: float | None = None

    def status(self, now: float) -> Status:
        """Whether a friend may still open it, and if not, why (for the owner only)."""
        if self.revoked:
            return "revoked"
        if self.expires is not None and now >= self.expires:
            return "expired"
        if self.max_views is not None and self.views >= self.max_views:
            return "used_up"
        return "active"


@dataclass(frozen=True)
class Sealed:
    """The sealed parts of a snapshot."""

    meta_nonce: bytes
    meta_ct: bytes
    clip_nonce: bytes | None = None
    clip_ct: bytes | None = None


def default_path(data_dir: Path) -> Path:
    """Where the share store lives inside a data dir."""
    return Path(data_dir) / "shares" / "shares.db"


def _row(values: tuple[Any, ...]) -> ShareRow:
    lookup, created, expires, max_views, views, revoked, kdf, failed, locked = values
    return ShareRow(
        lookup=bytes(lookup),
        created=float(created),
        expires=None if expires is None else float(expires),
        max_views=None if max_views is None else int(max_views),
        views=int(views),
        revoked=bool(revoked),
        passcode_kdf=None if kdf is None else KdfParams.from_json(json.loads(str(kdf))),
        failed_passcodes=int(failed),
        locked_until=None if locked is None else float(locked),
    )


class ShareStore:
    """Rows of shares, keyed by SHA-256(token)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.path.exists():
            # Created private before SQLite writes a byte into it.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        with self._connect() as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                db.execute("PRAGMA journal_mode = WAL")  # persistent: set once, with the schema
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> ShareStore:
        """The store at `<data_dir>/shares/shares.db` (created on first use)."""
        return cls(default_path(data_dir))

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")
            yield db
        finally:
            db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def add(self, row: ShareRow, sealed: Sealed) -> None:
        """Insert a new share."""
        kdf = None if row.passcode_kdf is None else json.dumps(row.passcode_kdf.to_json())
        with self._transaction() as db:
            db.execute(
                _INSERT,
                (
                    row.lookup,
                    row.created,
                    row.expires,
                    row.max_views,
                    row.views,
                    int(row.revoked),
                    kdf,
                    row.failed_passcodes,
                    row.locked_until,
                    sealed.meta_nonce,
                    sealed.meta_ct,
                    sealed.clip_nonce,
                    sealed.clip_ct,
                ),
            )

    def get(self, lookup: bytes) -> ShareRow | None:
        """The share's metadata, or None."""
        with self._connect() as db:
            found = db.execute(_SELECT_META, (lookup,)).fetchone()
        return None if found is None else _row(found)

    def many(self, lookups: list[bytes]) -> dict[bytes, ShareRow]:
        """Metadata of several shares (the owner's list)."""
        out: dict[bytes, ShareRow] = {}
        with self._connect() as db:
            for lookup in lookups:
                found = db.execute(_SELECT_META, (lookup,)).fetchone()
                if found is not None:
                    out[lookup] = _row(found)
        return out

    def sealed(self, lookup: bytes) -> Sealed | None:
        """The sealed snapshot, or None once wiped."""
        with self._connect() as db:
            found = db.execute(
                "SELECT meta_nonce, meta_ct, clip_nonce, clip_ct FROM share WHERE lookup = ?",
                (lookup,),
            ).fetchone()
        if found is None or found[0] is None:
            return None
        return Sealed(*found)

    def count_view(self, lookup: bytes, now: float) -> bool:
        """Count one view if the share is still active; wipe it when that was the last one."""
        with self._transaction() as db:
            found = db.execute(_SELECT_META, (lookup,)).fetchone()
            if found is None or _row(found).status(now) != "active":
                return False
            db.execute("UPDATE share SET views = views + 1 WHERE lookup = ?", (lookup,))
            db.execute(_WIPE_IF_USED_UP, (lookup,))
        return True

    def passcode_failed(self, lookup: bytes, now: float, limit: int, lock_seconds: float) -> None:
        """Count a wrong passcode; after `limit` in a row the share locks for `lock_seconds`."""
        with self._transaction() as db:
            db.execute(
                "UPDATE share SET failed_passcodes = failed_passcodes + 1 WHERE lookup = ?",
                (lookup,),
            )
            db.execute(
                "UPDATE share SET failed_passcodes = 0, locked_until = ? "
                "WHERE lookup = ? AND failed_passcodes >= ?",
                (now + lock_seconds, lookup, limit),
            )

    def passcode_ok(self, lookup: bytes) -> None:
        """A right passcode clears the count of wrong ones."""
        with self._transaction() as db:
            db.execute(
                "UPDATE share SET failed_passcodes = 0, locked_until = NULL WHERE lookup = ?",
                (lookup,),
            )

    def revoke(self, lookup: bytes) -> bool:
        """Mark revoked and wipe the ciphertext (secure_delete zeroes it, then a checkpoint)."""
        with self._transaction() as db:
            changed = db.execute(_REVOKE, (lookup,)).rowcount
        self.checkpoint()
        return changed > 0

    def wipe_unavailable(self, now: float) -> int:
        """Wipe the ciphertext of every revoked, expired or used-up share; how many were wiped."""
        with self._transaction() as db:
            wiped = db.execute(_WIPE_UNAVAILABLE, (now,)).rowcount
        if wiped:
            self.checkpoint()
        return int(wiped)

    def checkpoint(self) -> None:
        """Fold the WAL back into the database so old page versions leave the WAL file."""
        with self._connect() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def files(self) -> list[Path]:
        """The database file and its WAL/SHM companions that exist (for canary scans)."""
        names = [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
        return [p for p in names if p.exists()]
