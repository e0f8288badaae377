"""Backward secrecy on a passphrase change (issue 11, finding 4), as Standard Notes 004 does:
an old backup and the old passphrase open what was written before the change, never after."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dreamjournal.errors import TamperedData, VaultLocked, WrongPassphrase
from dreamjournal.services.backup import backup_bytes, restore_backup
from dreamjournal.services.vaults import change_passphrase
from dreamjournal.store.journal import Journal, derive_file_key
from dreamjournal.vault.aead import RecordSealer, key_id_of
from dreamjournal.vault.clipfile import decrypt_file, encrypt_bytes
from dreamjournal.vault.header import header_from_json, unwrap_keys
from tests.conftest import PASSPHRASE, fast_kdf

NEW = "a brand new passphrase"


def _rows(path: Path) -> dict[str, tuple[bytes, bytes, int]]:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT id, nonce, ciphertext, schema_version FROM entry").fetchall()
    return {i: (n, c, v) for i, n, c, v in found}


def _opens(sealer: RecordSealer, row_id: str, row: tuple[bytes, bytes, int]) -> bool:
    nonce, ct, version = row
    try:
        sealer.open("entry", row_id, version, nonce, ct)
    except TamperedData:
        return False
    return True


def test_old_backup_and_old_passphrase_do_not_open_what_was_written_after(
    journal: Journal, vault_file: Path
) -> None:
    before = journal.add(title="before", body="written under the old passphrase")
    old_backup, _ = backup_bytes(journal)
    change_passphrase(journal, PASSPHRASE, NEW)
    after = journal.add(title="after", body="written under the new passphrase")
    edited = journal.update(before.id, body="edited after the change")
    journal.lock()

    # The attacker: an old backup, the old passphrase, and today's vault file.
    old_header = header_from_json(json.loads(old_backup)["header"])
    old_keys = unwrap_keys(old_header, PASSPHRASE)
    sealer = RecordSealer(old_header.vault_id, old_keys)
    rows = _rows(vault_file)
    assert key_id_of(rows[after.id][0]) == 1 and key_id_of(rows[edited.id][0]) == 1
    assert not _opens(sealer, after.id, rows[after.id])
    assert not _opens(sealer, edited.id, rows[edited.id])
    # Claiming key 0 for a row sealed with key 1 fails too: the key id is in the AD.
    nonce, ct, version = rows[after.id]
    assert not _opens(sealer, after.id, (b"\0\0\0\0" + nonce[4:], ct, version))
    # What the old backup holds still opens with the old passphrase (nothing is lost).
    old_rows = json.loads(old_backup)["tables"]["entry"]
    assert len(old_rows) == 1 and old_rows[0][0] == before.id
    with pytest.raises(WrongPassphrase):
        unwrap_keys(old_header, NEW)


def test_old_header_put_back_into_the_file_does_not_open_new_rows(
    journal: Journal, vault_file: Path
) -> None:
    journal.add(title="before")
    with sqlite3.connect(vault_file) as db:
        old_header = db.execute("SELECT kdf, key_nonce, wrapped_key, key_check FROM vault_header")
        old = old_header.fetchone()
    change_passphrase(journal, PASSPHRASE, NEW)
    journal.add(title="after")
    journal.lock()
    with sqlite3.connect(vault_file) as db:
        db.execute("UPDATE vault_header SET kdf=?, key_nonce=?, wrapped_key=?, key_check=?", old)
    with pytest.raises(TamperedData, match="header is older than its records"):
        Journal.unlock(vault_file, PASSPHRASE)


def test_a_new_backup_restores_rows_of_every_key_with_the_new_passphrase(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(title="before")
    change_passphrase(journal, PASSPHRASE, NEW)
    journal.add(title="after")
    data, count = backup_bytes(journal)
    assert count == 2
    other = Journal.create(tmp_path / "other.db", "another vault's passphrase", kdf=fast_kdf())
    with pytest.raises(WrongPassphrase):
        restore_backup(other, data, PASSPHRASE)  # the old passphrase no longer opens it
    assert restore_backup(other, data, NEW).added == 2
    assert sorted(e.title for e in other.list()) == ["after", "before"]
    other.lock()


def test_passwd_keeps_old_keys_and_starts_a_new_one_each_time(
    journal: Journal, vault_file: Path
) -> None:
    a = journal.add(title="a")
    change_passphrase(journal, PASSPHRASE, NEW)
    b = journal.add(title="b")
    change_passphrase(journal, NEW, "a third passphrase here")
    c = journal.add(title="c")
    journal.lock()
    rows = _rows(vault_file)
    assert [key_id_of(rows[e.id][0]) for e in (a, b, c)] == [0, 1, 2]
    j = Journal.unlock(vault_file, "a third passphrase here")
    assert sorted(e.title for e in j.list()) == ["a", "b", "c"]
    j.lock()


def test_a_session_unlocked_before_the_change_cannot_write_after_it(vault_file: Path) -> None:
    first = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    first.add(title="shared")
    stale = Journal.unlock(vault_file, PASSPHRASE)  # another tab, or the CLI
    assert len(stale.list()) == 1
    change_passphrase(first, PASSPHRASE, NEW)
    rows_before = _rows(vault_file)
    with pytest.raises(VaultLocked, match="passphrase of this vault was changed"):
        stale.add(title="sealed with the retired key?")
    assert _rows(vault_file) == rows_before  # nothing was written under the retired key
    with pytest.raises(VaultLocked):
        stale.put_record("draft", "d1", {"kind": "write"})
    first.add(title="written with the new key")
    with pytest.raises(VaultLocked):
        stale.list()  # noticing the other writer, it finds it holds old keys
    # Nor can it take the vault back with the passphrase it knew.
    with pytest.raises(WrongPassphrase):
        change_passphrase(stale, PASSPHRASE, "an attacker's passphrase")
    with pytest.raises(VaultLocked):
        stale.change_passphrase("an attacker's passphrase")
    stale.lock()
    first.lock()
    j = Journal.unlock(vault_file, NEW)
    assert len(j) == 2
    j.lock()


def test_clip_files_keep_their_key_and_new_ones_get_the_new_key(journal: Journal) -> None:
    folder = journal.clip_dir
    assert folder is not None
    folder.mkdir(parents=True)
    entry = journal.add(title="with clips")

    def clip(clip_id: str, content: bytes) -> None:
        encrypt_bytes(journal.file_key(clip_id), clip_id, content, folder / f"{clip_id}.djclip")
        journal.put_record("clip", clip_id, {"entry_id": entry.id})

    old_id, new_id = "a" * 32, "b" * 32
    clip(old_id, b"old clip")
    old_key = journal.file_key(old_id)
    change_passphrase(journal, PASSPHRASE, NEW)
    clip(new_id, b"new clip")
    assert journal.file_key(old_id) == old_key
    assert decrypt_file(journal.file_key(old_id), old_id, folder / f"{old_id}.djclip") == (
        b"old clip"
    )
    assert decrypt_file(journal.file_key(new_id), new_id, folder / f"{new_id}.djclip") == (
        b"new clip"
    )
    # The old data key does not give the new clip's file key.
    assert journal._keys is not None
    assert derive_file_key(journal._keys[0], new_id) != journal.file_key(new_id)
