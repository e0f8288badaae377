"""The servers we start: only their own Host names, security headers, nothing leaves the machine.

Starts the app as `dreamjournal app` does, in a process whose every
outbound connection attempt (TCP or UDP `connect`) is written to a file, then plays a DNS
rebinding attacker (a foreign Host header) and a cross-site page (a foreign Origin on the
WebSocket), which made Streamlit look up this machine's public address on the internet.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.browser_support import free_port, serving

ROOT = Path(__file__).resolve().parents[1]

# Records every connect() of the server process, then starts the launcher.
RECORDING_LAUNCHER = """
import socket, sys
log = open(sys.argv[1], "a", buffering=1)
real_connect = socket.socket.connect
real_connect_ex = socket.socket.connect_ex
def connect(self, address):
    log.write(repr(address) + "\\n")
    return real_connect(self, address)
def connect_ex(self, address):
    log.write(repr(address) + "\\n")
    return real_connect_ex(self, address)
socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
from dreamjournal.ui.launch import main
main(sys.argv[2:])
"""


@contextmanager
def recorded_server(tmp_path: Path, which: str) -> Iterator[tuple[str, Path]]:
    port = free_port()
    record = tmp_path / f"connects-{which}.log"
    record.touch()
    env = {**os.environ, "DREAMJOURNAL_DATA_DIR": str(tmp_path / "data")}
    cmd = [sys.executable, "-c", RECORDING_LAUNCHER, str(record), which, "127.0.0.1", str(port)]
    with serving(cmd, cwd=tmp_path, env=env, port=port, log_path=tmp_path / f"{which}.log") as url:
        yield url, record


def _outbound(record: Path) -> list[str]:
    return [
        line
        for line in record.read_text().splitlines()
        if not line.startswith(("('127.", "('::1'", "('localhost'"))
    ]


@pytest.mark.slow
def test_foreign_hosts_and_origins_are_refused_and_nothing_leaves(tmp_path: Path) -> None:
    which = "app"  # the only Streamlit server (friends open links on a relay)
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with recorded_server(tmp_path, which) as (url, record):
        page = httpx.get(url)
        assert page.status_code == 200
        headers = page.headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "connect-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"
        # DNS rebinding: evil.example resolved to 127.0.0.1 still says Host: evil.example.
        rebound = httpx.get(url, headers={"Host": "evil.example"})
        assert rebound.status_code == 400
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        with (
            pytest.raises(InvalidStatus),
            connect(ws_url, additional_headers={"Host": "evil.example:80"}),
        ):
            pass
        # A cross-site page opening the WebSocket: refused, and no address look-up.
        with (
            pytest.raises(InvalidStatus),
            connect(ws_url, origin="http://evil.example"),  # type: ignore[arg-type]
        ):
            pass
        assert httpx.get(f"{url}/_stcore/health").status_code == 200
    assert _outbound(record) == []


def test_media_is_never_cached() -> None:
    """Decrypted clips are served by Streamlit's media endpoint: `no-store`, no ETag."""
    import asyncio

    from dreamjournal.ui.launch import SecurityHeaders

    sent: list[dict[str, object]] = []

    async def app(scope: object, receive: object, send: object) -> None:
        await send(  # type: ignore[operator]
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"cache-control", b"max-age=3600"), (b"etag", b"abc")],
            }
        )

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    asyncio.run(SecurityHeaders(app)({"type": "http", "path": "/media/x.mp4"}, None, send))
    headers = dict(sent[0]["headers"])  # type: ignore[arg-type]
    assert headers[b"cache-control"] == b"no-store"
    assert b"etag" not in headers
