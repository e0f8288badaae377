"""`dreamjournal share / shares / revoke / replies / relay serve` end to end against a real relay
on loopback: the commands in process (tests/cli_support.py), `relay serve` as a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.browser_support import free_port
from tests.cli_support import dj, ok, user_error
from tests.test_relay_owner_support import (
    connections_made,
    friend_opens,
    friend_replies,
    relay_in_thread,
    silent_port,
)

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    ok(dj(data, "init"))
    entry_id = ok(dj(data, "add", "--title", "Owls at dusk", "--body", "Owls sang in a choir."))
    return data, entry_id.strip()


def test_share_list_replies_revoke(vault: tuple[Path, str], tmp_path: Path) -> None:
    data, entry_id = vault
    passcode = tmp_path / "code.txt"
    passcode.write_text("lantern\n", encoding="utf-8")
    with relay_in_thread(f"sqlite:///{tmp_path / 'relay.sqlite3'}") as relay:
        # fmt: off
        result = dj(data, "share", entry_id[:8], "--relay", relay, "--consent",
                    "--include", "text", "--expires", "1d", "--max-views", "3",
                    "--passcode-file", str(passcode))
        # fmt: on
        out = ok(result).splitlines()
        assert out[0].startswith(f"{relay}/s/") and "#k=" in out[0]
        assert out[1].startswith("share id: ") and "at most 3 views" in out[1]
        assert "contains its key" in result.stderr and out[0] not in result.stderr  # once
        share_id = out[1].split()[2]
        meta, _ticket = friend_opens(out[0], "lantern")
        assert meta["text"] == "Owls sang in a choir."
        [listed] = json.loads(ok(dj(data, "shares", "--json")))
        assert listed["id"] == share_id and listed["url"] == out[0]
        assert (listed["status"], listed["views"], listed["max_views"]) == ("active", 1, 3)
        assert listed["passcode"] is True and listed["includes"] == ["text"]
        assert share_id[:8] in ok(dj(data, "shares"))

        # The relay from the setting; a friend replies (hostile text), the owner reads it plainly.
        env = {"DREAMJOURNAL_SHARE_RELAY_URL": relay}
        second = ok(dj(data, "share", entry_id, "--consent", extra_env=env)).splitlines()
        assert second[0].startswith(f"{relay}/s/")
        reply = "Me too! <b>owls</b> \x1b[31mred\x1b[0m **bold**\nsecond line"
        friend_replies(second[0], reply)
        shown = ok(dj(data, "replies", second[1].split()[2][:8]))
        assert "<b>owls</b>" in shown and "**bold**\nsecond line" in shown
        assert "\x1b" not in shown
        [got] = json.loads(ok(dj(data, "replies", second[1].split()[2], "--json")))
        assert got["text"] == reply
        assert "No replies yet" in dj(data, "replies", share_id).stderr

        assert "no longer opens" in ok(dj(data, "revoke", share_id[:8]))
        with pytest.raises(httpx.HTTPStatusError):
            friend_opens(out[0], "lantern")
        statuses = {s["id"]: s["status"] for s in json.loads(ok(dj(data, "shares", "--json")))}
        assert statuses[share_id] == "revoked"

    # The relay is offline now: the list says so; a delete refuses and deletes nothing.
    listing = ok(dj(data, "shares"))
    assert "relay unreachable" in listing
    user_error(dj(data, "delete", entry_id), "Nothing was deleted")
    assert "Owls at dusk" in ok(dj(data, "show", entry_id))


def test_without_consent_nothing_is_sent(vault: tuple[Path, str]) -> None:
    data, entry_id = vault
    with silent_port() as (url, sock):
        user_error(dj(data, "share", entry_id, "--relay", url), "--consent")
        assert connections_made(sock) == 0
    user_error(dj(data, "share", entry_id, "--consent"), "No share relay is set")
    user_error(
        dj(data, "share", entry_id, "--relay", "http://relay.example.org", "--consent"),
        "not a relay address",
    )
    bad = dj(data, "shares", extra_env={"DREAMJOURNAL_SHARE_RELAY_URL": "http://example.org"})
    user_error(bad, "DREAMJOURNAL_SHARE_RELAY_URL")


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
    relay = ("--relay", "https://relay.example.org", "--consent")
    user_error(dj(data, "share", entry_id, *relay, "--expires", "soon"), "is not an expiry")
    user_error(dj(data, "share", entry_id, *relay, "--include", "dreams"), "Choose what to share")
    user_error(dj(data, "share", entry_id, *relay, "--max-views", "0"), "view limit")
    user_error(dj(data, "share", entry_id, *relay, "--include", "clip"), "no clip yet")
    user_error(dj(data, "share", "ffffffff", *relay), "No entry with id")
    user_error(dj(data, "revoke", "abcdef"), "No share with id")
    user_error(dj(data, "replies", "abcdef"), "No share with id")
    user_error(
        dj(data, "share", entry_id, *relay, "--passcode-file", str(tmp_path / "missing")),
        "Cannot read the passcode file",
    )
    sad = ok(dj(data, "add", "--title", "Low", "--body", "I want to kill myself."))
    result = dj(data, "share", sad.strip(), *relay)
    user_error(result, "confirm", one_line=False)  # help lines come first
    assert "Find A Helpline" in result.stderr


def test_relay_serve_uses_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    cmd = [sys.executable, "-m", "dreamjournal.cli", "--data-dir", str(data), "relay", "serve",
           "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        lines = []
        for line in proc.stderr:  # uvicorn says so once the socket listens
            lines.append(line)
            if "Uvicorn running on" in line or len(lines) > 50:
                break
        assert any("Uvicorn running on" in line for line in lines), lines
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").text == "ok"
        assert (data / "relay.sqlite3").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()
