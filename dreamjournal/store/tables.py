"""SQLModel tables: the schema's single source. Plaintext columns are only the allow-list."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from dreamjournal.store.records import KNOWN_TABLES


class VaultHeaderRow(SQLModel, table=True):
    """The one header row (see vault/header.py for the format)."""

    __tablename__ = "vault_header"
    id: int = Field(default=1, primary_key=True)
    vault_id: str
    format: int
    schema_version: int
    kdf: str
    key_nonce: bytes
    wrapped_key: bytes
    created: str
    key_check: bytes | None = None  # schema 4 (format 2): confirms the KEK
    manifest: bytes | None = None  # schema 4 (format 2): see vault/manifest.py


class SealedRecord(SQLModel):
    """Columns every record table has: row id, nonce, ciphertext, schema version."""

    id: str = Field(primary_key=True, max_length=64)
    nonce: bytes
    ciphertext: bytes
    schema_version: int


class EntryRow(SealedRecord, table=True):
    """Dream entries."""

    __tablename__ = "entry"


class SettingRow(SealedRecord, table=True):
    """Per-vault settings (language, auto-lock, backends)."""

    __tablename__ = "setting"


class RehearsalRow(SealedRecord, table=True):
    """IRT rehearsal log lines."""

    __tablename__ = "rehearsal"


class SessionRow(SealedRecord, table=True):
    """Therapy session records."""

    __tablename__ = "session"


class ShareRow(SealedRecord, table=True):
    """The owner's record of each share link."""

    __tablename__ = "share"


class ClipRow(SealedRecord, table=True):
    """Rendered clips: which file, which entry, its per-file metadata."""

    __tablename__ = "clip"


class DraftRow(SealedRecord, table=True):
    """Unsaved work (a dream being written, a running session), autosaved sealed."""

    __tablename__ = "draft"


class MeasureRow(SealedRecord, table=True):
    """Standard measures a client filled in (instrument, answers, score), one row each."""

    __tablename__ = "measure"


RECORD_TABLES: dict[str, type[SealedRecord]] = {
    cls.__tablename__: cls
    for cls in (
        EntryRow,
        SettingRow,
        RehearsalRow,
        SessionRow,
        ShareRow,
        ClipRow,
        DraftRow,
        MeasureRow,
    )
}
assert set(RECORD_TABLES) == KNOWN_TABLES
