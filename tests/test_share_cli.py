"""`dreamjournal share / shares / revoke` end to end, in subprocesses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from dreamjournal.share.crypto import lookup_id, token_bytes
from dreamjournal.share.store import ShareStore
from dreamjournal.share.viewer import MissThrottle, ShareNotAvailable, ShareViewer
from tests.test_cli import dj, ok


def user_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    """Exit 1 with the message; help lines may precede it (crisis), so no one-line check."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert text in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    ok(dj(data, "init"))
    entry_id = ok(dj(data, "add", "--title", "Owls at dusk", "--body", "Owls sang in a choir."))
    return data, entry_id.strip()


def test_share_list_revoke(vault: tuple[Path, str], tmp_path: Path) -> None:
    data, entry_id = vault
    passcode = tmp_path / "code.txt"
    passcode.write_text("lantern\n", encoding="utf-8")
    out = ok(
        dj(
            data,
            "share",
            entry_id[:8],
            "--include",
            "text",
            "--expires",
            "1d",
            "--max-views",
            "3",
            "--passcode-file",
            str(passcode),
        )
    ).splitlines()
    assert out[0].startswith("http://localhost:8502/?s=") and out[1].startswith("share id: ")
    token = out[0].split("?s=", 1)[1]
    share_id = out[1].split()[2]
    viewer = ShareViewer(ShareStore.in_data_dir(data), throttle=MissThrottle(0.0))
    assert viewer.open(token, "lantern").text == "Owls sang in a choir."
    [listed] = json.loads(ok(dj(data, "shares", "--json")))
    assert listed["id"] == share_id and listed["url"] == out[0]
    assert (listed["status"], listed["views"], listed["max_views"]) == ("active", 1, 3)
    assert listed["passcode"] is True and listed["includes"] == ["text"]
    assert share_id[:8] in ok(dj(data, "shares"))
    assert "no longer opens" in ok(dj(data, "revoke", share_id[:8]))
    with pytest.raises(ShareNotAvailable):
        viewer.check(token)
    assert json.loads(ok(dj(data, "shares", "--json")))[0]["status"] == "revoked"
    row = ShareStore.in_data_dir(data).get(lookup_id(token_bytes(token)))  # type: ignore[arg-type]
    assert row is not None and row.revoked


def test_share_bundle(vault: tuple[Path, str], tmp_path: Path) -> None:
    data, entry_id = vault
    out_file = tmp_path / "owls.html"
    out = ok(dj(data, "share", entry_id, "--bundle", str(out_file))).splitlines()
    assert out[0].startswith("file://") and "#k=" in out[0]
    assert "Owls" not in out_file.read_text(encoding="utf-8")
    user_error(
        dj(data, "share", entry_id, "--bundle", str(out_file), "--expires", "1d"),
        "cannot expire",
    )


def test_share_errors(vault: tuple[Path, str], tmp_path: Path) -> None:
    data, entry_id = vault
    user_error(dj(data, "share", entry_id, "--expires", "soon"), "is not an expiry")
    user_error(dj(data, "share", entry_id, "--include", "dreams"), "Choose what to share")
    user_error(dj(data, "share", entry_id, "--max-views", "0"), "view limit")
    user_error(dj(data, "share", entry_id, "--include", "clip"), "no clip yet")
    user_error(dj(data, "share", "ffffffff"), "No entry with id")
    user_error(dj(data, "revoke", "abcdef"), "No share with id")
    user_error(
        dj(data, "share", entry_id, "--passcode-file", str(tmp_path / "missing")),
        "Cannot read the passcode file",
    )
    sad = ok(dj(data, "add", "--title", "Low", "--body", "I want to kill myself."))
    result = dj(data, "share", sad.strip())
    user_error(result, "confirm")
    assert "Find A Helpline" in result.stderr
    assert ok(dj(data, "share", sad.strip(), "--confirm")).startswith("http://")
