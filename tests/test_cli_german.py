"""The command line in German: `--lang de` or a German locale (LANG, LC_ALL) makes its messages,
its table and its errors German; English stays the default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf


def _dj(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DREAMJOURNAL_", "LC_"))}
    base.update(DREAMJOURNAL_DATA_DIR=str(data), DREAMJOURNAL_PASSPHRASE=PASSPHRASE, LANG="C")
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "dreamjournal.cli", *args],
        capture_output=True, text=True, env=base, timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    journal = Journal.create(vault_path(tmp_path, "journal"), PASSPHRASE, kdf=fast_kdf())
    journal.add(title="Der Zug", body="Ich fuhr mit dem Zug ans Meer.")
    journal.lock()
    return tmp_path


def test_errors_follow_lang_option_and_locale(data: Path) -> None:
    english = _dj(data, "show", "nope")
    assert english.returncode == 1 and "No entry with id 'nope'" in english.stderr
    german = _dj(data, "--lang", "de", "show", "nope")
    assert german.returncode == 1 and "Kein Eintrag mit der ID 'nope'" in german.stderr
    by_locale = _dj(data, "show", "nope", LANG="de_DE.UTF-8")
    assert "Kein Eintrag mit der ID 'nope'" in by_locale.stderr
    overruled = _dj(data, "--lang", "en", "show", "nope", LC_ALL="de_DE.UTF-8")
    assert "No entry with id 'nope'" in overruled.stderr
    assert "Traceback" not in german.stderr + by_locale.stderr


def test_messages_and_table_are_german(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "dreams.md"
    wrote = _dj(data, "--lang", "de", "export", "--format", "markdown", "--out", str(out))
    assert wrote.returncode == 0, wrote.stderr
    assert "1 Träume nach" in wrote.stdout or "Träume nach" in wrote.stdout
    assert "NICHT verschlüsselt" in wrote.stdout + wrote.stderr
    table = _dj(data, "--lang", "de", "outcomes")
    assert table.returncode == 0, table.stderr
    assert "Woche ab" in table.stdout and "Sitzungen 0" in table.stdout
