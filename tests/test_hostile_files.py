"""Crafted files: KDF parameters out of bounds are refused before any work is done."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dreamjournal.errors import ImportFormatError, TamperedData
from dreamjournal.services.backup import backup_bytes, restore_backup
from dreamjournal.services.entries import add_entry
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.vault.kdf import BOUNDS, KdfParams, new_params
from tests.conftest import PASSPHRASE, fast_kdf


@pytest.mark.parametrize(
    "change",
    [
        {"iterations": 50_000},  # ~25 minutes of Argon2id
        {"memory_kib": 6 * 1024 * 1024},  # 6 GiB
        {"lanes": 10_000},
        {"name": "md5"},
        {"iterations": "3"},
        {"scrypt_n": 3},
        {"extra": 1},
    ],
)
def test_a_crafted_backup_with_expensive_kdf_params_is_refused_at_once(
    journal: Journal, data_dir: Path, change: dict[str, object]
) -> None:
    add_entry(journal, title="x")
    doc = json.loads(backup_bytes(journal)[0])
    doc["header"]["kdf"].update(change)
    other = Journal.create(vault_path(data_dir, "other"), PASSPHRASE, kdf=fast_kdf())
    with pytest.raises(ImportFormatError, match="Nothing was imported"):
        restore_backup(other, json.dumps(doc).encode(), PASSPHRASE)
    assert other.list() == []


def test_a_vault_header_with_out_of_bounds_kdf_is_tampered(vault_file: Path) -> None:
    Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf()).lock()
    with sqlite3.connect(vault_file) as db:
        kdf = json.loads(db.execute("SELECT kdf FROM vault_header").fetchone()[0])
        kdf["iterations"] = 50_000
        db.execute("UPDATE vault_header SET kdf=?", (json.dumps(kdf),))
    with pytest.raises(TamperedData):
        Journal.unlock(vault_file, PASSPHRASE)


def test_the_defaults_and_the_test_kdf_are_within_bounds() -> None:
    for params in (new_params(), fast_kdf(), new_params(name="scrypt")):
        assert KdfParams.from_json(params.to_json()) == params
    assert BOUNDS["iterations"][1] <= 10 and BOUNDS["memory_kib"][1] <= 1 << 20


def test_two_restores_at_once_never_duplicate(journal: Journal, data_dir: Path) -> None:
    """Two tabs restore the same backup at the same moment: each dream lands exactly once."""
    import threading

    from dreamjournal.errors import ChangedElsewhere

    for i in range(30):
        add_entry(journal, title=f"dream {i}")
    data, _ = backup_bytes(journal)
    target = vault_path(data_dir, "other")
    Journal.create(target, PASSPHRASE, kdf=fast_kdf()).lock()
    tabs = [Journal.unlock(target, PASSPHRASE) for _ in range(2)]
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def restore(j: Journal) -> None:
        start.wait()
        try:
            outcomes.append(restore_backup(j, data, PASSPHRASE).added)
        except ChangedElsewhere as exc:  # the other tab's restore won the race: nothing lost
            outcomes.append(exc)

    threads = [threading.Thread(target=restore, args=(j,)) for j in tabs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    fresh = Journal.unlock(target, PASSPHRASE)
    titles = sorted(e.title for e in fresh.list())
    assert titles == sorted(f"dream {i}" for i in range(30))
    assert 30 in outcomes  # one of them restored everything
    for j in (*tabs, fresh):
        j.lock()
