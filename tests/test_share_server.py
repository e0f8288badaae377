"""The viewer process: what it imports, how it is launched, what it writes when idle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dreamjournal.share.store import ShareStore


def test_the_viewer_side_never_imports_the_vault() -> None:
    # What dreamjournal/ui/viewer_app.py imports, besides streamlit.
    code = (
        "import sys, dreamjournal.share.viewer, dreamjournal.share.store, "
        "dreamjournal.share.messages, dreamjournal.share.snapshot, dreamjournal.ui.text;"
        "bad = [m for m in sys.modules if m.startswith(('dreamjournal.store', "
        "'dreamjournal.vault.header', 'dreamjournal.vault.aead', 'sqlmodel', 'sqlalchemy'))];"
        "print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_the_viewer_runs_through_the_apps_launcher_and_no_secrets(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dreamjournal.share.server import viewer_command, viewer_env
    from dreamjournal.ui.launch import VIEWER_SCRIPT

    cmd = viewer_command("127.0.0.1", 8502)
    assert cmd[1:] == ["-m", "dreamjournal.ui.launch", "viewer", "127.0.0.1", "8502"]
    assert VIEWER_SCRIPT.exists()
    monkeypatch.setenv("DREAMJOURNAL_PASSPHRASE", "secret words here")
    monkeypatch.setenv("DREAMJOURNAL_OPENAI_API_KEY", "sk-test")
    env = viewer_env(data_dir)
    assert env["DREAMJOURNAL_DATA_DIR"] == str(data_dir.resolve())
    assert [k for k in env if k.startswith("DREAMJOURNAL_")] == ["DREAMJOURNAL_DATA_DIR"]


def test_reopening_the_store_writes_nothing(data_dir: Path) -> None:
    store = ShareStore.in_data_dir(data_dir)
    before = store.path.read_bytes()
    ShareStore(store.path)
    assert store.path.read_bytes() == before


def test_every_share_message_has_english_and_german() -> None:
    import string

    from dreamjournal.share.messages import MESSAGES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "de"}, key
        assert fields(texts["en"]) == fields(texts["de"]), key
