"""The Journal repository: an unlocked vault, its sealed records and the in-memory entry index.

Unlocking derives the key-encryption key, unwraps the vault key and nothing more; the entry
index (every entry decrypted, newest first) is built on first read. List, filter, search and
stats run in memory. Adding, editing or deleting writes exactly one row.
"""

from __future__ import annotations

import builtins
import itertools
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from dreamjournal.errors import EntryNotFound, InvalidInput, VaultLocked
from dreamjournal.store.entry import RECORD_VERSION, Entry, edit_entry, make_entry
from dreamjournal.store.index import EntryIndex
from dreamjournal.store.records import (
    LATEST_SCHEMA,
    RecordStore,
    SqlAlchemyRecordStore,
    SqliteRecordStore,
)
from dreamjournal.store.search import fold, matches_filters, query_terms
from dreamjournal.vault.aead import RecordSealer
from dreamjournal.vault.header import VaultHeader, new_vault, rewrap, unwrap_vault_key
from dreamjournal.vault.kdf import KdfParams, check_new_passphrase

# Records in these tables carry an "entry_id" and are deleted with their entry.
DEPENDENT_TABLES = ("clip", "rehearsal", "session")
Target = Path | str  # a vault file, or an SQLAlchemy URL such as postgresql://...


def open_store(
    target: Target, *, create: bool = False, schema_version: int | None = None, engine: Any = None
) -> RecordStore:
    """A record store for a vault file path or an SQLAlchemy URL."""
    if isinstance(target, str) and "://" in target:
        return SqlAlchemyRecordStore(
            target, create=create, schema_version=schema_version, engine=engine
        )
    return SqliteRecordStore(Path(target), create=create, schema_version=schema_version)


class Journal:
    """An unlocked vault."""

    def __init__(self, store: RecordStore, header: VaultHeader, vault_key: bytes) -> None:
        self._store = store
        self.header = header
        self._vault_key: bytes | None = vault_key
        self._sealer: RecordSealer | None = RecordSealer(header.vault_id, vault_key)
        self._entries: EntryIndex | None = None

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        target: Target,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        schema_version: int | None = None,
        engine: Any = None,
    ) -> Journal:
        """Make a new vault at `target` and return it unlocked."""
        check_new_passphrase(passphrase)
        version = schema_version or LATEST_SCHEMA
        header, vault_key = new_vault(passphrase, version, kdf)
        store = open_store(target, create=True, schema_version=version, engine=engine)
        store.write_header(header)
        return cls(store, header, vault_key)

    @classmethod
    def unlock(cls, target: Target, passphrase: str, *, engine: Any = None) -> Journal:
        """Open an existing vault; WrongPassphrase leaves everything untouched."""
        store = open_store(target, engine=engine)
        try:
            header = store.read_header()
            vault_key = unwrap_vault_key(header, passphrase)
        except BaseException:
            store.close()
            raise
        journal = cls(store, header, vault_key)
        journal._migrate_if_needed()
        return journal

    def _migrate_if_needed(self) -> None:
        if self.header.schema_version < LATEST_SCHEMA:
            version = self._store.migrate(self.header.schema_version)  # type: ignore[attr-defined]
            self.header = replace(self.header, schema_version=version)
            self._store.write_header(self.header)

    @property
    def store(self) -> RecordStore:
        """The record store underneath (for backup and tests)."""
        return self._store

    def lock(self) -> None:
        """Forget the key and every decrypted entry; the object is unusable afterwards."""
        self._vault_key = None
        self._sealer = None
        self._entries = None
        self._store.close()

    @property
    def locked(self) -> bool:
        """True after `lock()`."""
        return self._sealer is None

    def _seal(self) -> RecordSealer:
        if self._sealer is None:
            raise VaultLocked("The vault is locked. Unlock it with your passphrase to go on.")
        return self._sealer

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the vault key under a new passphrase in one transaction; rows stay as-is."""
        check_new_passphrase(new_passphrase)
        self._seal()
        assert self._vault_key is not None
        self.header = rewrap(self.header, self._vault_key, new_passphrase)
        self._store.write_header(self.header)

    # ---- sealed records of any table ---------------------------------------------------------
    def put_record(self, table: str, record_id: str, data: dict[str, Any]) -> None:
        """Seal `data` as JSON into one row of `table`."""
        plaintext = orjson.dumps(data)
        nonce, ct = self._seal().seal(table, record_id, RECORD_VERSION, plaintext)
        self._store.put(table, (record_id, nonce, ct, RECORD_VERSION))

    def _open_row(self, table: str, row: tuple[str, bytes, bytes, int]) -> dict[str, Any]:
        row_id, nonce, ct, version = row
        data: dict[str, Any] = orjson.loads(self._seal().open(table, row_id, version, nonce, ct))
        return data

    def get_record(self, table: str, record_id: str) -> dict[str, Any] | None:
        """The decrypted record, or None."""
        row = self._store.row(table, record_id)
        return None if row is None else self._open_row(table, row)

    def records(self, table: str) -> dict[str, dict[str, Any]]:
        """Every record of `table`, decrypted, by id."""
        loads = orjson.loads
        return {
            i: loads(plain) for i, plain in self._seal().open_rows(table, self._store.rows(table))
        }

    def delete_record(self, table: str, record_id: str) -> bool:
        """Remove one row (secure_delete overwrites its bytes)."""
        self._seal()
        return self._store.delete(table, record_id)

    # ---- entries ---------------------------------------------------------------------------
    def _index(self) -> EntryIndex:
        if self._entries is None:
            self._entries = EntryIndex(self.records("entry"))
        return self._entries

    def _write_entry(self, entry: Entry) -> None:
        self.put_record("entry", entry.id, entry.to_record())
        if self._entries is not None:
            self._entries.put(entry)

    def add(self, **fields: Any) -> Entry:
        """Check, seal and store a new entry (one row)."""
        entry = make_entry(fields)
        self._write_entry(entry)
        return entry

    def add_entry(self, entry: Entry) -> None:
        """Store an already-built entry as it is (imports keep ids and timestamps)."""
        self._write_entry(entry)

    def has_entry(self, entry_id: str) -> bool:
        """True if an entry with exactly this id exists."""
        return entry_id in self._index()

    def resolve_id(self, entry_id: str) -> str:
        """A full id from a full id or a unique prefix of at least 6 characters."""
        index = self._index()
        wanted = entry_id.strip().lower()
        if wanted in index:
            return wanted
        if len(wanted) >= 6:
            found = [i for i in index.ids() if i.startswith(wanted)]
            if len(found) == 1:
                return found[0]
        raise EntryNotFound(
            f"No entry with id {entry_id!r} in this vault. `dreamjournal list` shows the ids."
        )

    def get(self, entry_id: str) -> Entry:
        """The entry, or EntryNotFound."""
        return self._index().entry(self.resolve_id(entry_id))

    def update(self, entry_id: str, **changes: Any) -> Entry:
        """Apply changes to one entry (one row rewritten)."""
        edited = edit_entry(self.get(entry_id), changes)
        self._write_entry(edited)
        return edited

    def delete(self, entry_id: str) -> Entry:
        """Delete one entry and what hangs off it (clips and their files, rehearsals)."""
        entry = self.get(entry_id)
        for table in DEPENDENT_TABLES:
            for record_id, record in self.records(table).items():
                if record.get("entry_id") == entry.id:
                    if table == "clip" and self.clip_dir is not None:
                        # the clip's MP4 and its poster PNG, both encrypted
                        for name in (f"{record_id}.djclip", f"{record_id}.poster.djclip"):
                            (self.clip_dir / name).unlink(missing_ok=True)
                    self.delete_record(table, record_id)
        self.delete_record("entry", entry.id)
        self._index().remove(entry.id)
        return entry

    def file_key(self, file_id: str) -> bytes:
        """A per-file key: HKDF-SHA256(vault key, info = "dreamjournal:clip:" + file id)."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        self._seal()
        assert self._vault_key is not None
        info = b"dreamjournal:clip:" + file_id.encode()
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(
            self._vault_key
        )

    @property
    def clip_dir(self) -> Path | None:
        """Folder for this vault's encrypted clip files (`vaults/<name>.clips/`), if file-backed."""
        path = getattr(self._store, "path", None)
        return None if path is None else path.with_suffix(".clips")

    def __len__(self) -> int:
        return len(self._index())

    def list(self, limit: int | None = None, offset: int = 0) -> builtins.list[Entry]:
        """Entries, newest dream date first."""
        if limit is not None and limit < 0:
            raise InvalidInput("The number of entries to show must be zero or more.")
        index = self._index()
        stop = None if limit is None else offset + limit
        return [index.entry(i) for i in itertools.islice(index.newest_first(), offset, stop)]

    def search(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        since: date | None = None,
        until: date | None = None,
        nightmare: bool | None = None,
        lucid: bool | None = None,
    ) -> builtins.list[Entry]:
        """Entries matching every query term (case- and accent-insensitive) and every filter."""
        if since and until and since > until:
            raise InvalidInput(f"The start date {since} is after the end date {until}.")
        terms = query_terms(query)
        filtered = tag is not None or since or until or nightmare is not None or lucid is not None
        index = self._index()
        out = []
        for entry_id in index.newest_first():
            if terms:
                text = index.searchable(entry_id)
                if not all(t in text for t in terms):
                    continue
            entry = index.entry(entry_id)
            if filtered and not matches_filters(
                entry, tag=tag, since=since, until=until, nightmare=nightmare, lucid=lucid
            ):
                continue
            out.append(entry)
        return out

    def tag_counts(self) -> Counter[str]:
        """How often each tag is used (case kept from first use), for suggestions and insights."""
        counts: Counter[str] = Counter()
        spelled: dict[str, str] = {}
        for record in self._index().records():
            for t in record.get("tags", ()):
                counts[spelled.setdefault(fold(t), t)] += 1
        return counts
