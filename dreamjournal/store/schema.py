"""Creating a vault's tables and migrating older schema versions, through SQLModel.

Imported only at `init` and when a vault's schema is older than LATEST_SCHEMA, so everyday
commands do not pay for importing SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import SQLModel

from dreamjournal.store.records import LATEST_SCHEMA, SCHEMA_TABLES
from dreamjournal.store.tables import VaultHeaderRow


def create_tables(engine: Engine, schema_version: int = LATEST_SCHEMA) -> None:
    """Create the header table and the record tables of `schema_version`."""
    names = [VaultHeaderRow.__tablename__, *SCHEMA_TABLES[schema_version]]
    SQLModel.metadata.create_all(engine, tables=[SQLModel.metadata.tables[n] for n in names])


def _add_v2_tables(engine: Engine) -> None:
    """v1 -> v2: tables for rehearsals, sessions, shares and clips."""
    create_tables(engine, 2)


def _add_v3_tables(engine: Engine) -> None:
    """v2 -> v3: the draft table (autosaved unsaved work)."""
    create_tables(engine, 3)


def _add_v4_header_columns(engine: Engine) -> None:
    """v3 -> v4: the header's key check and manifest (vault format 2; see vault/header.py).

    Idempotent: two openers may migrate at once, and a crash may come between this step and
    the header that records it.
    """
    from sqlalchemy import LargeBinary, inspect, text
    from sqlalchemy.exc import DBAPIError

    blob = LargeBinary().compile(dialect=engine.dialect)
    for column in ("key_check", "manifest"):
        if column in {c["name"] for c in inspect(engine).get_columns("vault_header")}:
            continue
        try:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE vault_header ADD COLUMN {column} {blob}"))
        except DBAPIError:
            # Another opener added it between our look and our ALTER; anything else is real.
            if column not in {c["name"] for c in inspect(engine).get_columns("vault_header")}:
                raise


def _add_v5_tables(engine: Engine) -> None:
    """v4 -> v5: the measure table (standard questionnaires a client filled in)."""
    create_tables(engine, 5)


MIGRATIONS: dict[int, Callable[[Engine], None]] = {
    1: _add_v2_tables,
    2: _add_v3_tables,
    3: _add_v4_header_columns,
    4: _add_v5_tables,
}


def migrate(engine: Engine, from_version: int) -> int:
    """Run every step from `from_version` to LATEST_SCHEMA; returns the new version."""
    version = from_version
    while version < LATEST_SCHEMA:
        MIGRATIONS[version](engine)
        version += 1
    return version
