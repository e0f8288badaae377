"""Where sealed rows live: a small interface and its SQLite and SQLAlchemy implementations.

`SqliteRecordStore` talks to a vault file through the standard library's sqlite3: opening a
journal must not import SQLAlchemy (0.2-0.3 s here), or every CLI command would pay for it.
`SqlAlchemyRecordStore` (store/sqlalchemy_store.py) takes any SQLAlchemy URL (PostgreSQL for a
practice, `sqlite://` in tests). Both create and migrate their schema through the SQLModel
tables in tables.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from dreamjournal.errors import TamperedData, VaultExists, VaultNotFound
from dreamjournal.vault.header import VaultHeader
from dreamjournal.vault.kdf import KdfParams

Row = tuple[str, bytes, bytes, int]  # id, nonce, ciphertext, schema_version


class _Unconditional:
    """The `expect` value of a write that checks nothing (imports into an empty table, tests)."""

    def __repr__(self) -> str:
        return "ANY"


ANY = _Unconditional()
# What a write expects to find in the row it replaces: ANY (no check), None (no row yet) or
# the nonce it read. A record's nonce is fresh on every write, so it doubles as its version.
Expect = bytes | None | _Unconditional


class RowChanged(Exception):  # noqa: N818 - internal signal, turned into ChangedElsewhere
    """A conditional write found another version of the row than the one expected."""

    def __init__(self, table: str, row_id: str, current: bytes | None) -> None:
        super().__init__(f"{table}:{row_id} changed")
        self.table, self.row_id, self.current = table, row_id, current


def _check(table: str, row_id: str, expect: Expect, current: bytes | None) -> None:
    if expect is ANY:
        return
    if (None if current is None else bytes(current)) != expect:
        raise RowChanged(table, row_id, None if current is None else bytes(current))


PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA busy_timeout=10000",
)
# Which record tables each database schema version has (the SQLModel classes are in
# tables.py); a migration creates what a version adds. Kept here so opening a vault can
# check its version without importing SQLAlchemy.
SCHEMA_TABLES: dict[int, tuple[str, ...]] = {
    1: ("entry", "setting"),
    2: ("entry", "setting", "rehearsal", "session", "share", "clip"),
    3: ("entry", "setting", "rehearsal", "session", "share", "clip", "draft"),
    # 4: the header gains key_check and manifest (vault format 2)
    4: ("entry", "setting", "rehearsal", "session", "share", "clip", "draft"),
    5: ("entry", "setting", "rehearsal", "session", "share", "clip", "draft", "measure"),
}
LATEST_SCHEMA = max(SCHEMA_TABLES)
KNOWN_TABLES = frozenset(SCHEMA_TABLES[LATEST_SCHEMA])

_HEADER_COLUMNS = (
    "vault_id, format, schema_version, kdf, key_nonce, wrapped_key, created, key_check"
)
Versions = dict[str, dict[str, bytes]]  # table -> row id -> nonce


class RecordStore(Protocol):
    """Sealed rows by table; one call, one transaction."""

    def read_header(self) -> VaultHeader: ...
    def write_header(self, header: VaultHeader) -> None: ...
    def rows(self, table: str) -> list[Row]: ...
    def row(self, table: str, row_id: str) -> Row | None: ...
    def versions(self, table: str) -> dict[str, bytes]: ...
    def put(self, table: str, row: Row, *, expect: Expect = ANY) -> bytes | None: ...
    def delete(self, table: str, row_id: str, *, expect: Expect = ANY) -> bytes | None: ...
    def read_manifest(self) -> bytes | None: ...
    def write_manifest(self, manifest: bytes) -> None: ...
    def snapshot(self) -> tuple[bytes | None, Versions]: ...
    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
    def change_token(self) -> int | None: ...
    def close(self) -> None: ...


def _header_from(found: dict[str, Any]) -> VaultHeader:
    """A header from a row as a dict (a format-1 table has no key_check column)."""
    try:
        vault_id, fmt, schema_version, kdf, key_nonce, wrapped_key, created = (
            found[c.strip()] for c in _HEADER_COLUMNS.split(",")[:-1]
        )
        check = found.get("key_check")
        params = KdfParams.from_json(json.loads(kdf))
    except (ValueError, TypeError, KeyError) as exc:
        raise TamperedData("error.records.vault_header_damaged") from exc
    return VaultHeader(
        vault_id,
        params,
        bytes(key_nonce),
        bytes(wrapped_key),
        schema_version,
        created,
        fmt,
        None if check is None else bytes(check),
    )


def _header_values(h: VaultHeader) -> tuple[Any, ...]:
    return (
        h.vault_id,
        h.format,
        h.schema_version,
        h.kdf_json(),
        h.key_nonce,
        h.wrapped_key,
        h.created,
        h.key_check,
    )


class SqliteRecordStore:
    """A vault file, through sqlite3, in WAL mode with synchronous=FULL and secure_delete."""

    def __init__(self, path: Path, *, create: bool = False, schema_version: int | None = None):
        self.path = path
        if create:
            if path.exists():
                raise VaultExists("error.records.vault_already_exists", path=path)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        elif not path.is_file():
            raise VaultNotFound("error.records.vault_create_first", path=path)
        self._db = sqlite3.connect(
            f"file:{path}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
        )
        self._depth = 0  # nesting of write transactions; inner ones join the outer one
        for pragma in PRAGMAS:
            self._db.execute(pragma)
        if create:
            self._run_schema(lambda engine: _create(engine, schema_version))

    def _run_schema(self, step: Any) -> Any:
        from sqlalchemy import create_engine

        engine = create_engine(f"sqlite:///{self.path}")
        try:
            return step(engine)
        finally:
            engine.dispose()

    def migrate(self, from_version: int) -> int:
        """Bring the schema up to date (SQLModel, imported only now)."""
        from dreamjournal.store.schema import migrate

        return int(self._run_schema(lambda engine: migrate(engine, from_version)))

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield self._db
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")  # takes the write lock now: checks see the truth
        self._depth = 1
        try:
            yield self._db
        except BaseException:
            self._depth = 0
            self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._db.execute("COMMIT")
        except BaseException:
            # never left open: the next write would find itself inside it (round 52)
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is one transaction: all of them land, or none."""
        with self._write():
            yield

    def change_token(self) -> int | None:
        """Changes when another connection (a tab, the CLI) commits to this file."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def read_header(self) -> VaultHeader:
        try:
            cur = self._db.execute("SELECT * FROM vault_header WHERE id=1")
            found = cur.fetchone()
        except sqlite3.DatabaseError as exc:
            raise TamperedData("error.records.dream_journal_vault", path=self.path) from exc
        if found is None:
            raise TamperedData("error.records.vault_header_usable", path=self.path)
        return _header_from(dict(zip((d[0] for d in cur.description), found, strict=True)))

    def write_header(self, header: VaultHeader) -> None:
        with self._write() as db:
            db.execute(
                f"INSERT INTO vault_header (id, {_HEADER_COLUMNS}) VALUES (1,?,?,?,?,?,?,?,?) "
                f"ON CONFLICT(id) DO UPDATE SET {_UPSERT}",
                _header_values(header),
            )

    def read_manifest(self) -> bytes | None:
        found = self._db.execute("SELECT manifest FROM vault_header WHERE id=1").fetchone()
        return None if found is None or found[0] is None else bytes(found[0])

    def write_manifest(self, manifest: bytes) -> None:
        with self._write() as db:
            db.execute("UPDATE vault_header SET manifest=? WHERE id=1", (manifest,))

    def snapshot(self) -> tuple[bytes | None, Versions]:
        """The manifest and every row's version, read in one transaction (one consistent view)."""
        if self._depth:
            return self._snapshot()
        self._db.execute("BEGIN")  # WAL: every read below sees the same committed state
        try:
            return self._snapshot()
        finally:
            self._db.execute("COMMIT")

    def _snapshot(self) -> tuple[bytes | None, Versions]:
        return self.read_manifest(), {t: self.versions(t) for t in self._tables()}

    def _tables(self) -> list[str]:
        names = self._db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        return sorted(n for (n,) in names if n in KNOWN_TABLES)

    def rows(self, table: str) -> list[Row]:
        return self._db.execute(
            f"SELECT id, nonce, ciphertext, schema_version FROM {_checked(table)}"
        ).fetchall()

    def row(self, table: str, row_id: str) -> Row | None:
        found: Row | None = self._db.execute(
            f"SELECT id, nonce, ciphertext, schema_version FROM {_checked(table)} WHERE id=?",
            (row_id,),
        ).fetchone()
        return found

    def versions(self, table: str) -> dict[str, bytes]:
        return dict(self._db.execute(f"SELECT id, nonce FROM {_checked(table)}").fetchall())

    def _current(self, db: sqlite3.Connection, table: str, row_id: str) -> bytes | None:
        found = db.execute(f"SELECT nonce FROM {table} WHERE id=?", (row_id,)).fetchone()
        return None if found is None else bytes(found[0])

    def put(self, table: str, row: Row, *, expect: Expect = ANY) -> bytes | None:
        """Write one row; returns the nonce of the version it replaced (None: new row)."""
        with self._write() as db:
            current = self._current(db, _checked(table), row[0])
            _check(table, row[0], expect, current)
            db.execute(
                f"INSERT OR REPLACE INTO {table} (id, nonce, ciphertext, schema_version) "
                "VALUES (?,?,?,?)",
                row,
            )
        return current

    def delete(self, table: str, row_id: str, *, expect: Expect = ANY) -> bytes | None:
        """Remove one row; returns the nonce of the version removed (None: there was none)."""
        with self._write() as db:
            current = self._current(db, _checked(table), row_id)
            _check(table, row_id, expect, current)
            if current is not None:
                db.execute(f"DELETE FROM {table} WHERE id=?", (row_id,))
        return current

    def backup_to(self, target: Path) -> None:
        """A consistent single-file copy (rollback journal, no -wal) at `target`."""
        out = sqlite3.connect(target)
        try:
            self._db.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()

    def close(self) -> None:
        self._db.close()


_UPSERT = ", ".join(f"{c.strip()}=excluded.{c.strip()}" for c in _HEADER_COLUMNS.split(","))


def _create(engine: Any, schema_version: int | None) -> None:
    from dreamjournal.store.schema import create_tables

    create_tables(engine, schema_version or LATEST_SCHEMA)


def _checked(table: str) -> str:
    if table not in KNOWN_TABLES:
        raise ValueError(f"unknown record table {table!r}")
    return table
