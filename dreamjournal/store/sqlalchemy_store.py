"""The record store for any SQLAlchemy URL (PostgreSQL for a multi-seat practice, tests)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from dreamjournal.errors import TamperedData, VaultExists, VaultNotFound
from dreamjournal.store.records import (
    _HEADER_COLUMNS,
    ANY,
    KNOWN_TABLES,
    Expect,
    Row,
    Versions,
    _check,
    _checked,
    _create,
    _header_from,
    _header_values,
)
from dreamjournal.vault.header import VaultHeader


class SqlAlchemyRecordStore:
    """Any SQLAlchemy URL through the SQLModel tables (PostgreSQL for a multi-seat practice)."""

    def __init__(
        self,
        url: str,
        *,
        create: bool = False,
        schema_version: int | None = None,
        engine: Any = None,
    ):
        from sqlmodel import create_engine

        self.engine = engine or create_engine(url)
        self._session: Any = None  # the open Session of a transaction(), if any
        if create:
            if self._has_header():
                raise VaultExists("error.sqlalchemy_store.vault_already_exists")
            _create(self.engine, schema_version)
        elif not self._has_header():
            raise VaultNotFound("error.sqlalchemy_store.vault_database_yet")

    def _has_header(self) -> bool:
        from sqlalchemy import inspect

        return bool(inspect(self.engine).has_table("vault_header"))

    def migrate(self, from_version: int) -> int:
        from dreamjournal.store.schema import migrate

        return migrate(self.engine, from_version)

    def _table(self, table: str) -> Any:
        from dreamjournal.store.tables import RECORD_TABLES

        return RECORD_TABLES[_checked(table)]

    def read_header(self) -> VaultHeader:
        from sqlalchemy import text

        # SELECT *: a format-1 table has no key_check column yet (it is read before migrating).
        with self.engine.connect() as conn:
            found = conn.execute(text("SELECT * FROM vault_header WHERE id=1")).mappings().first()
        if found is None:
            raise TamperedData("error.sqlalchemy_store.database_vault_header")
        return _header_from(dict(found))

    def write_header(self, header: VaultHeader) -> None:

        from dreamjournal.store.tables import VaultHeaderRow

        names = [c.strip() for c in _HEADER_COLUMNS.split(",")]
        values = dict(zip(names, _header_values(header), strict=True))
        with self.transaction():
            row = self._session.get(VaultHeaderRow, 1, with_for_update=True)
            if row is None:
                self._session.add(VaultHeaderRow(id=1, **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
            self._session.flush()

    def read_manifest(self) -> bytes | None:
        from dreamjournal.store.tables import VaultHeaderRow

        with self._reading() as s:
            # FOR UPDATE inside a write: another seat's manifest update waits for this one.
            row = s.get(VaultHeaderRow, 1, with_for_update=self._session is not None)
            return None if row is None or row.manifest is None else bytes(row.manifest)

    def write_manifest(self, manifest: bytes) -> None:
        from dreamjournal.store.tables import VaultHeaderRow

        with self.transaction():
            row = self._session.get(VaultHeaderRow, 1, with_for_update=True)
            row.manifest = manifest
            self._session.flush()

    @contextlib.contextmanager
    def _reading(self, *, consistent: bool = False) -> Iterator[Any]:
        if self._session is not None:
            yield self._session
            return
        from sqlmodel import Session

        engine = self.engine
        if consistent and engine.dialect.name == "postgresql":
            # One snapshot for all the SELECTs: READ COMMITTED could see another seat's commit
            # between the manifest and the rows, and report tampering that is not there.
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        with Session(engine) as s:
            yield s

    def snapshot(self) -> tuple[bytes | None, Versions]:
        """The manifest and every row's version, read in one transaction."""
        from sqlalchemy import inspect, select

        with self._reading(consistent=True) as s:
            present = set(inspect(s.connection()).get_table_names())
            versions: Versions = {}
            for table in sorted(KNOWN_TABLES & present):
                model = self._table(table)
                versions[table] = {i: bytes(n) for i, n in s.execute(select(model.id, model.nonce))}
            from dreamjournal.store.tables import VaultHeaderRow

            row = s.get(VaultHeaderRow, 1)
            manifest = None if row is None or row.manifest is None else bytes(row.manifest)
        return manifest, versions

    def rows(self, table: str) -> list[Row]:
        from sqlmodel import Session, select

        model = self._table(table)
        with Session(self.engine) as s:
            return [(r.id, r.nonce, r.ciphertext, r.schema_version) for r in s.exec(select(model))]

    def row(self, table: str, row_id: str) -> Row | None:
        from sqlmodel import Session

        with Session(self.engine) as s:
            r = s.get(self._table(table), row_id)
            return None if r is None else (r.id, r.nonce, r.ciphertext, r.schema_version)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is one transaction: all of them land, or none."""
        if self._session is not None:
            yield
            return
        from sqlmodel import Session

        with Session(self.engine) as s:
            self._session = s
            try:
                yield
                s.commit()
            except BaseException:
                s.rollback()
                raise
            finally:
                self._session = None

    def change_token(self) -> int | None:
        """None: another writer cannot be noticed cheaply, so readers compare versions."""
        return None

    def versions(self, table: str) -> dict[str, bytes]:
        from sqlmodel import Session, select

        model = self._table(table)
        with Session(self.engine) as s:
            return {i: bytes(n) for i, n in s.exec(select(model.id, model.nonce))}

    def _locked_row(self, s: Any, table: str, row_id: str) -> Any:
        # FOR UPDATE: on PostgreSQL another seat cannot slip a write between check and write.
        return s.get(self._table(table), row_id, with_for_update=True)

    def put(self, table: str, row: Row, *, expect: Expect = ANY) -> bytes | None:
        """Write one row; returns the nonce of the version it replaced (None: new row)."""
        row_id, nonce, ciphertext, version = row
        with self.transaction():
            s = self._session
            found = self._locked_row(s, table, row_id)
            current = None if found is None else bytes(found.nonce)
            _check(table, row_id, expect, current)
            if found is None:
                s.add(
                    self._table(table)(
                        id=row_id, nonce=nonce, ciphertext=ciphertext, schema_version=version
                    )
                )
            else:
                found.nonce, found.ciphertext, found.schema_version = nonce, ciphertext, version
            s.flush()
        return current

    def delete(self, table: str, row_id: str, *, expect: Expect = ANY) -> bytes | None:
        """Remove one row; returns the nonce of the version removed (None: there was none)."""
        with self.transaction():
            s = self._session
            r = self._locked_row(s, table, row_id)
            current = None if r is None else bytes(r.nonce)
            _check(table, row_id, expect, current)
            if r is not None:
                s.delete(r)
                s.flush()
        return current

    def close(self) -> None:
        self.engine.dispose()
