"""The keys of an unlocked journal: keyring, manifest keeper, migration, passphrase change."""

from __future__ import annotations

from dataclasses import replace

from dreamjournal.errors import TamperedData
from dreamjournal.store.integrity import ManifestKeeper, passphrase_changed_elsewhere
from dreamjournal.store.records import LATEST_SCHEMA, RecordStore
from dreamjournal.vault.aead import RecordSealer, key_id_of
from dreamjournal.vault.header import FORMAT, VaultHeader, open_with_kek, rekey, seal_header
from dreamjournal.vault.kdf import check_new_passphrase
from dreamjournal.vault.manifest import ManifestMac


def derive_file_key(vault_key: bytes, file_id: str) -> bytes:
    """HKDF-SHA256(vault key, info = "dreamjournal:clip:" + file id): one key per clip file."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"dreamjournal:clip:" + file_id.encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(vault_key)


class VaultKeys:
    """Key handling shared by `Journal`: which data keys it holds and the manifest it keeps."""

    _store: RecordStore
    header: VaultHeader
    _keys: list[bytes] | None
    _sealer: RecordSealer | None
    _keeper: ManifestKeeper

    def _seal(self) -> RecordSealer:
        raise NotImplementedError  # Journal's: the sealer, or VaultLocked

    def _use_keys(self, keys: list[bytes]) -> None:
        self._keys: list[bytes] | None = list(keys)
        self._sealer: RecordSealer | None = RecordSealer(self.header.vault_id, keys)
        newest = len(keys) - 1
        self._keeper = ManifestKeeper(
            ManifestMac(self.header.vault_id, newest, keys[newest]), self._header_moved
        )

    def _header_moved(self) -> bool:
        return self._store.read_header() != self.header

    def _migrate_if_needed(self, kek: bytes) -> None:
        """Bring schema and format up to date: the header rewrapped, a manifest made."""
        if self.header.schema_version >= LATEST_SCHEMA and self.header.format >= FORMAT:
            return
        if self.header.schema_version < LATEST_SCHEMA:
            self._store.migrate(self.header.schema_version)  # type: ignore[attr-defined]
        with self._store.transaction():
            stored = self._store.read_header()  # another opener may have migrated meanwhile
            if stored.schema_version >= LATEST_SCHEMA and stored.format >= FORMAT:
                self.header = stored
                self._use_keys(open_with_kek(stored, kek).keys)
                return
            keys = open_with_kek(stored, kek).keys
            self.header = seal_header(replace(stored, schema_version=LATEST_SCHEMA), kek, keys)
            self._use_keys(keys)
            self._store.write_header(self.header)
            # Trust on first use: the rows as found now are the ones the manifest vouches for.
            _, versions = self._store.snapshot()
            self._store.write_manifest(self._keeper.fresh(versions, revision=0))

    @property
    def revision(self) -> int:
        """The newest manifest revision this session read or wrote (+1 on every row written).

        Kept somewhere outside the vault file and compared on the next unlock, it would reveal
        the whole file put back to an older copy, which the file alone cannot.
        """
        return self._keeper.seen

    def manifest_mac(self) -> ManifestMac:
        """The MAC of this vault's manifest (a backup carries one over its own rows)."""
        self._seal()
        return self._keeper.mac

    def check_integrity(self) -> None:
        """Check every row against the vault's manifest (TamperedData saying what happened)."""
        self._seal()
        self._keeper.verify(*self._store.snapshot())

    def accept_rows_as_found(self) -> None:
        """Make the manifest vouch for the rows as they are now (after a TamperedData).

        For a person who would rather keep a vault that lost or regained rows (a sync tool
        put back an old copy of one table, say) than restore a backup. Each row is still
        authenticated on its own when read.
        """
        self._seal()
        with self._store.transaction():
            blob, versions = self._store.snapshot()
            try:
                revision = self._keeper.read(blob).revision + 1
            except TamperedData:
                revision = max(self._keeper.seen, 0) + 1
            self._store.write_manifest(self._keeper.fresh(versions, revision))

    def change_passphrase(self, new_passphrase: str) -> None:
        """A new passphrase and a new data key for new writes, in one transaction.

        The keyring (every data key so far, plus a new one) is wrapped under the new
        passphrase; existing rows stay as they are. The manifest is checked first, so a
        changed vault is never vouched for anew, then made again under the new key.
        """
        check_new_passphrase(new_passphrase)
        self._seal()
        assert self._keys is not None
        header, keys = rekey(self.header, self._keys, new_passphrase)  # the KDF runs outside
        with self._store.transaction():
            if self._store.read_header() != self.header:
                raise passphrase_changed_elsewhere()
            manifest_blob, versions = self._store.snapshot()
            manifest = self._keeper.verify(manifest_blob, versions)
            newest = len(keys) - 1
            keeper = ManifestKeeper(
                ManifestMac(header.vault_id, newest, keys[newest]), lambda: False
            )
            self._store.write_header(header)
            self._store.write_manifest(keeper.fresh(versions, manifest.revision + 1))
        self.header = header
        self._use_keys(keys)
        self._keeper.verify(*self._store.snapshot())

    def file_key(self, file_id: str) -> bytes:
        """A per-file key: HKDF-SHA256(data key, info = "dreamjournal:clip:" + file id).

        The data key is the one that sealed the clip's record (a clip record is written once,
        with its files); a file whose record is not written yet gets the newest key, as its
        record will.
        """
        self._seal()
        assert self._keys is not None
        row = self._store.row("clip", file_id.split(".", 1)[0])
        key_id = len(self._keys) - 1 if row is None else key_id_of(bytes(row[1]))
        if key_id >= len(self._keys):
            raise TamperedData("error.vaultkeys.clip_record_names")
        return derive_file_key(self._keys[key_id], file_id)
