"""Shared fixtures: every test gets its own data dir and no passphrase from the environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.vault import header
from dreamjournal.vault.kdf import KdfParams, new_params

PASSPHRASE = "correct horse battery staple"

# Property tests are derandomized with fixed example counts, so a run is red only for a real
# bug, never by chance. HYPOTHESIS_PROFILE=explore searches fresh examples on a developer's
# machine (found failures then become explicit @example cases).
settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=500, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


def fast_kdf() -> KdfParams:
    """Argon2id with small memory: for tests where KDF strength is not what is tested."""
    return new_params(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults created (and passphrases changed) during the test use `fast_kdf`'s parameters.

    For code that creates vaults itself, such as `dreamjournal init` run in process; the
    parameters still go into the vault header, so unlocking it later is fast too.
    """

    def fast_params(*, name: str | None = None) -> KdfParams:
        return new_params(name=name, memory_kib=1024, iterations=1, lanes=1)

    monkeypatch.setattr(header, "new_params", fast_params)


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
    # The CLI speaks the locale's language: tests start from English whatever the machine's
    # locale (a test of German sets --lang de, LANG or LC_ALL itself).
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DREAMJOURNAL_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


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


# A hard negative that the crisis classifier (threshold chosen for recall on new phrasings, see
# scripts/train_crisis_model.py) flags: a gentle false alarm, kept visible rather than hidden.
# strict: once it is no longer flagged the test fails, so it goes back to a plain negative.
GENTLE_FALSE_ALARM = pytest.mark.xfail(
    strict=True, reason="gentle false alarm of the crisis classifier (recall comes first)"
)
# A crisis line an earlier classifier caught and the retrained one (round six: trained on 2,320
# more lines written blind, higher recall on every held-out set) no longer does. Kept visible as a
# known miss; strict: once caught again the test fails, so it goes back to a plain positive.
KNOWN_MISS = pytest.mark.xfail(
    strict=True, reason="known miss of the retrained crisis classifier (kept visible)"
)
