"""The Journal repository: an unlocked vault, its sealed records and the in-memory entry index.

Unlocking derives the key-encryption key, unwraps the keyring of data keys and checks every
row's id and version against the manifest (no decryption; a format-1 vault is upgraded here);
the entry index (every entry decrypted, newest first) is built on first read. List, filter,
search and stats run in memory. Adding or editing writes exactly one row (and the manifest).

Several openers at once are normal (two tabs, the app and the CLI). Every write names the
version of the row it was based on (the row's nonce, fresh on every write) and the store
refuses it when the row holds another version: `ChangedElsewhere`, and nothing is overwritten.
Before answering, the index asks the store whether anyone else committed (SQLite's
`PRAGMA data_version`) and, if so, re-reads just the rows whose version changed.

Integrity beyond single rows (see vault/header.py for what is and is not detected): every write
also moves the vault's authenticated manifest, in the same transaction (store/integrity.py);
unlocking, and noticing another writer, check every row against it. Rows are sealed with the
newest data key of the vault's keyring; a passphrase change adds a new one (backward secrecy),
and a session unlocked before that change can no longer write (VaultLocked).

This module is private to `dreamjournal.services` and the domain packages below it; the app
and the CLI write only through services (tests/test_layers.py enforces it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from dreamjournal.errors import (
    ChangedElsewhere,
    VaultLocked,
)
from dreamjournal.store.entry import RECORD_VERSION, Entry, edit_entry, make_entry
from dreamjournal.store.hooks import hook_for
from dreamjournal.store.index import EntryIndex
from dreamjournal.store.queries import EntryQueries
from dreamjournal.store.records import (
    ANY,
    LATEST_SCHEMA,
    Expect,
    RecordStore,
    RowChanged,
    SqliteRecordStore,
)
from dreamjournal.store.vaultkeys import VaultKeys, derive_file_key  # noqa: F401 - public here
from dreamjournal.vault.aead import RecordSealer
from dreamjournal.vault.header import (
    VaultHeader,
    new_vault,
    open_header,
)
from dreamjournal.vault.kdf import KdfParams, check_new_passphrase

# Records in these tables carry an "entry_id" and are deleted with their entry (a record
# made of several dreams, like the share of a dream reel, also lists them in "with_entries"
# and goes with any of them).
DEPENDENT_TABLES = ("share", "clip", "rehearsal", "session")


def hangs_off(record: dict[str, object], entry_id: str) -> bool:
    """Whether a dependent record goes when the entry `entry_id` is deleted."""
    also = record.get("with_entries")
    return record.get("entry_id") == entry_id or (isinstance(also, list) and entry_id in also)


_SEEN = object()  # put_record's default: expect the version this journal last read or wrote
Target = Path | str  # a vault file, or an SQLAlchemy URL such as postgresql://...


def open_store(
    target: Target, *, create: bool = False, schema_version: int | None = None, engine: Any = None
) -> RecordStore:
    """A record store for a vault file path or an SQLAlchemy URL."""
    if isinstance(target, str) and "://" in target:
        from dreamjournal.store.sqlalchemy_store import SqlAlchemyRecordStore

        return SqlAlchemyRecordStore(
            target, create=create, schema_version=schema_version, engine=engine
        )
    return SqliteRecordStore(Path(target), create=create, schema_version=schema_version)


class Journal(VaultKeys, EntryQueries):
    """An unlocked vault."""

    def __init__(self, store: RecordStore, header: VaultHeader, keys: list[bytes]) -> None:
        self._store = store
        self.header = header
        self._use_keys(keys)
        self._entries: EntryIndex | None = None
        # (table, row id) -> nonce of the version last read or written here; None = absent.
        self._seen: dict[tuple[str, str], bytes | None] = {}
        self._token: int | None = None  # the store's change token when the index was synced
        self._undo: list[dict[tuple[str, str], bytes | None]] = []  # per open transaction
        # One thread's transaction at a time: the app's script runs share a session's journal,
        # and a run that had not finished when the next began opened a second transaction on
        # the same connection ("cannot start a transaction within a transaction", round 52).
        self._writing = threading.RLock()

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
        header, keys = new_vault(passphrase, version, kdf)
        store = open_store(target, create=True, schema_version=version, engine=engine)
        journal = cls(store, header, keys)
        with store.transaction():
            store.write_header(header)
            store.write_manifest(journal._keeper.fresh({}, revision=0))
        return journal

    @classmethod
    def unlock(
        cls, target: Target, passphrase: str, *, engine: Any = None, accept_as_found: bool = False
    ) -> Journal:
        """Open an existing vault; WrongPassphrase leaves everything untouched.

        `accept_as_found`: the person read the integrity message and chose to go on with the
        rows as they are now (see `accept_rows_as_found`); never set it by default.
        """
        store = open_store(target, engine=engine)
        try:
            header = store.read_header()
            opened = open_header(header, passphrase)
        except BaseException:
            store.close()
            raise
        journal = cls(store, header, opened.keys)
        try:
            journal._migrate_if_needed(opened.kek)
            if accept_as_found:
                journal.accept_rows_as_found()
            journal.check_integrity()
        except BaseException:
            journal.lock()
            raise
        return journal

    @property
    def store(self) -> RecordStore:
        """The record store underneath (for backup and tests)."""
        return self._store

    def lock(self) -> None:
        """Forget the key and every decrypted entry; the object is unusable afterwards."""
        self._keys = None
        self._sealer = None
        self._entries = None
        self._seen.clear()
        self._store.close()

    @property
    def locked(self) -> bool:
        """True after `lock()`."""
        return self._sealer is None

    def _seal(self) -> RecordSealer:
        if self._sealer is None:
            raise VaultLocked("error.journal.vault_locked_unlock")
        return self._sealer

    # ---- transactions and versions -----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside land together or not at all (the in-memory index follows suit)."""
        with self._writing:
            self._seal()
            self._undo.append({})
            try:
                with self._store.transaction():
                    yield
            except BaseException:
                for key, nonce in self._undo.pop().items():
                    self._remember(key, nonce, undoable=False)
                self._entries = None  # rebuilt from the rows on the next read
                if not self._undo:
                    self._keeper.rolled_back()
                raise
            done = self._undo.pop()
            if self._undo:  # an inner transaction: its undo belongs to the outer one
                for key, nonce in done.items():
                    self._undo[-1].setdefault(key, nonce)
            else:
                self._keeper.committed()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One row's write and its manifest update, joined to an open transaction if any."""
        with self._writing:
            if self._undo:
                with self._store.transaction():
                    yield
                return
            try:
                with self._store.transaction():
                    yield
            except BaseException:
                self._keeper.rolled_back()
                raise
            self._keeper.committed()

    def _remember(
        self, key: tuple[str, str], nonce: bytes | None, *, undoable: bool = True
    ) -> None:
        if undoable and self._undo:
            self._undo[-1].setdefault(key, self._seen.get(key))
        if nonce is None:
            self._seen.pop(key, None)
        else:
            self._seen[key] = nonce

    def _expected(self, table: str, record_id: str, expect: object) -> Expect:
        if expect is _SEEN:
            return self._seen.get((table, record_id))
        return expect  # type: ignore[return-value]

    def _changed(self, exc: RowChanged) -> ChangedElsewhere:
        """The user-facing conflict, with the newer version decrypted (None: deleted)."""
        newer: Any = None
        if exc.current is not None:
            newer = self.get_record(exc.table, exc.row_id)
            if exc.table == "entry" and newer is not None:
                newer = Entry.from_record(exc.row_id, newer)
                if self._entries is not None:
                    self._entries.put(newer)
        elif exc.table == "entry" and self._entries is not None:
            self._entries.remove(exc.row_id)
            self._seen.pop(("entry", exc.row_id), None)
        what = "dream" if exc.table == "entry" else "record"
        if newer is None:
            return ChangedElsewhere(f"error.journal.{what}_deleted_elsewhere", None)
        return ChangedElsewhere(f"error.journal.{what}_changed_elsewhere", newer)

    # ---- sealed records of any table ---------------------------------------------------------
    def put_record(
        self, table: str, record_id: str, data: dict[str, Any], *, expect: object = _SEEN
    ) -> None:
        """Seal `data` as JSON into one row of `table`.

        By default the row must still hold the version this journal last read or wrote (or
        be absent if it read none): a newer one raises ChangedElsewhere, never overwritten.
        """
        plaintext = orjson.dumps(data)
        nonce, ct = self._seal().seal(table, record_id, RECORD_VERSION, plaintext)
        try:
            with self._write():
                old = self._store.put(
                    table,
                    (record_id, nonce, ct, RECORD_VERSION),
                    expect=self._expected(table, record_id, expect),
                )
                self._keeper.record(self._store, table, record_id, old, nonce)
        except RowChanged as exc:
            raise self._changed(exc) from None
        self._remember((table, record_id), nonce)

    def _open_row(self, table: str, row: tuple[str, bytes, bytes, int]) -> dict[str, Any]:
        row_id, nonce, ct, version = row
        data: dict[str, Any] = orjson.loads(self._seal().open(table, row_id, version, nonce, ct))
        self._remember((table, row_id), bytes(nonce), undoable=False)
        return data

    def get_record(self, table: str, record_id: str) -> dict[str, Any] | None:
        """The decrypted record, or None."""
        row = self._store.row(table, record_id)
        if row is None:
            self._seen.pop((table, record_id), None)
            return None
        return self._open_row(table, row)

    def records(self, table: str) -> dict[str, dict[str, Any]]:
        """Every record of `table`, decrypted, by id."""
        loads = orjson.loads
        rows = self._store.rows(table)
        for row in rows:
            self._remember((table, row[0]), bytes(row[1]), undoable=False)
        return {i: loads(plain) for i, plain in self._seal().open_rows(table, rows)}

    def version(self, table: str, record_id: str) -> str | None:
        """The version (hex nonce) of a row as this journal last saw it, or None."""
        if table == "entry":
            self._index()
        nonce = self._seen.get((table, record_id))
        return None if nonce is None else nonce.hex()

    def delete_record(self, table: str, record_id: str, *, expect: object = _SEEN) -> bool:
        """Remove one row (secure_delete overwrites its bytes); a newer version is kept."""
        self._seal()
        wanted = self._expected(table, record_id, expect)
        if wanted is None and (table, record_id) not in self._seen:
            wanted = ANY  # never read here: nothing to be stale about
        try:
            with self._write():
                old = self._store.delete(table, record_id, expect=wanted)
                self._keeper.record(self._store, table, record_id, old, None)
        except RowChanged as exc:
            raise self._changed(exc) from None
        self._remember((table, record_id), None)
        return old is not None

    # ---- entries ---------------------------------------------------------------------------
    def _index(self) -> EntryIndex:
        token = self._store.change_token()
        if self._entries is None:
            self._token = token
            self._entries = EntryIndex(self.records("entry"))
        elif token is None or token != self._token:
            self._token = token
            self._resync(self._entries)
        return self._entries

    def _resync(self, index: EntryIndex) -> None:
        """Take in what other writers committed: only rows whose version changed are read.

        Every row is first checked against the manifest (only changed rows are hashed again),
        so a row deleted or put back behind the app's back is noticed here, not just at unlock.
        """
        manifest, versions = self._store.snapshot()
        self._keeper.verify(manifest, versions)
        current = versions.get("entry", {})
        for entry_id in [i for i in index.ids() if i not in current]:
            index.remove(entry_id)
            self._seen.pop(("entry", entry_id), None)
        for entry_id, nonce in current.items():
            if self._seen.get(("entry", entry_id)) != bytes(nonce):
                record = self.get_record("entry", entry_id)
                if record is not None:
                    index.put(Entry.from_record(entry_id, record))

    def refresh(self) -> None:
        """Notice other writers now (the index also does this before every read)."""
        self._index()

    def _write_entry(self, entry: Entry, *, expect: object = _SEEN) -> None:
        self.put_record("entry", entry.id, entry.to_record(), expect=expect)
        if self._entries is not None:
            self._entries.put(entry)

    def add(self, **fields: Any) -> Entry:
        """Check, seal and store a new entry (one row)."""
        entry = make_entry(fields)
        self._write_entry(entry)
        return entry

    def add_entry(self, entry: Entry) -> None:
        """Store an already-built entry as it is (imports keep ids and timestamps)."""
        self._write_entry(entry, expect=None)

    def update(self, entry_id: str, *, based_on: str | None = None, **changes: Any) -> Entry:
        """Apply changes to one entry (one row rewritten).

        `based_on` is the version (see `version`) the changes were made against, as an editor
        that showed the entry passes it: a newer version raises ChangedElsewhere. Without it
        the changes apply to the newest version (the CLI's `edit --title`).
        """
        current = self.get(entry_id)
        if based_on is not None and based_on != self.version("entry", current.id):
            raise self._changed(RowChanged("entry", current.id, b"newer"))
        edited = edit_entry(current, changes)
        self._write_entry(edited)
        return edited

    def delete(self, entry_id: str) -> Entry:
        """Delete one entry and everything that hangs off it, in one transaction.

        Dependent records (shares, clips, rehearsals, sessions) go too; each table's delete hook
        (see store/hooks.py) first cleans up what lives outside the rows: share links are
        revoked, clip files removed. A hook that fails aborts the delete, nothing is lost.
        """
        entry = self.get(entry_id)
        with self.transaction():
            for table in DEPENDENT_TABLES:
                for record_id, record in self.records(table).items():
                    if hangs_off(record, entry.id):
                        hook = hook_for(table)
                        if hook is not None:
                            hook(self, table, record_id, record)
                        self.delete_record(table, record_id)
            self.delete_record("entry", entry.id)
        self._index().remove(entry.id)
        return entry

    @property
    def data_dir(self) -> Path | None:
        """The data dir of a file-backed vault (`<data>/vaults/<name>.db`), else None."""
        path = getattr(self._store, "path", None)
        return None if path is None else path.parent.parent

    @property
    def clip_dir(self) -> Path | None:
        """Folder for this vault's encrypted clip files (`vaults/<name>.clips/`), if file-backed."""
        path = getattr(self._store, "path", None)
        return None if path is None else path.with_suffix(".clips")
