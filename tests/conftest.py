"""Shared fixtures: every test gets its own data dir and no passphrase from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.vault.kdf import KdfParams, new_params

PASSPHRASE = "correct horse battery staple"


def fast_kdf() -> KdfParams:
    """Argon2id with small memory: for tests where KDF strength is not what is tested."""
    return new_params(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DREAMJOURNAL_DATA_DIR", str(tmp_path / "data"))
    for name in (
        "DREAMJOURNAL_PASSPHRASE",
        "DREAMJOURNAL_NEW_PASSPHRASE",
        "DREAMJOURNAL_VAULT",
        "DREAMJOURNAL_BACKUP_PASSPHRASE",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault_file(data_dir: Path) -> Path:
    return vault_path(data_dir, "journal")


@pytest.fixture
def journal(vault_file: Path) -> Iterator[Journal]:
    j = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    yield j
    if not j.locked:
        j.lock()
