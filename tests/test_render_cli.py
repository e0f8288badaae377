"""`dreamjournal render` and `dreamjournal clips`, through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from tests.cli_support import dj, user_error
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_render import DREAM


@pytest.fixture
def entry_id(vault_file: Path) -> str:
    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    entry = journal.add(title="Moon lake", body=DREAM)
    journal.lock()
    return entry.id


def test_render_stores_lists_and_writes_out(data_dir: Path, entry_id: str, tmp_path: Path) -> None:
    out = tmp_path / "dream.mp4"
    result = dj(
        data_dir, "render", entry_id[:8], "--seconds", "4", "--seed", "5", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "Stored clip" in result.stdout and "seed 5" in result.stdout
    assert "NOT encrypted" in result.stderr
    assert out.read_bytes()[4:8] == b"ftyp"

    listed = dj(data_dir, "clips", entry_id)
    assert listed.exit_code == 0 and "procedural" in listed.stdout and "seed 5" in listed.stdout
    rows = json.loads(dj(data_dir, "clips", entry_id, "--json").stdout)
    assert rows[0]["entry_id"] == entry_id and rows[0]["seconds"] == 4.0

    again = tmp_path / "again.mp4"
    assert dj(data_dir, "clips", entry_id, "--out", str(again)).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_user_errors(data_dir: Path, entry_id: str, tmp_path: Path) -> None:
    user_error(dj(data_dir, "render", entry_id, "--backend", "videos-api"), "--consent")
    user_error(dj(data_dir, "render", entry_id, "--size", "640x480"), "not a clip size")
    user_error(
        dj(data_dir, "render", entry_id, "--out", str(tmp_path / "nope" / "x.mp4")),
        "does not exist",
    )
    user_error(dj(data_dir, "clips", entry_id, "--out", str(tmp_path / "x.mp4")), "no clips yet")
