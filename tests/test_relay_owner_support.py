"""A real relay for owner-side tests: uvicorn in a thread of the test process, on a free port.

The listening socket is bound and listening before the server thread starts, so a request
made at once simply waits in the socket's backlog until uvicorn accepts it: nothing polls,
nothing sleeps. The limits are raised (many publishes from one address are the test's
normal), and the server is stopped by the test that started it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from dreamjournal.relay import create_app
from dreamjournal.relay.limits import RelayLimits

GENEROUS = RelayLimits(
    misses_per_minute=1e6, publishes_per_minute=1e6, replies_per_minute=1e6, replies_per_open=50
)


@contextmanager
def relay_in_thread(database_url: str, limits: RelayLimits = GENEROUS) -> Iterator[str]:
    """Serve a relay on 127.0.0.1; yields its URL; stopped (and its port closed) on exit."""
    import uvicorn

    app = create_app(database_url, limits=limits)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_config=None, access_log=False, ws="none", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@contextmanager
def silent_port() -> Iterator[tuple[str, socket.socket]]:
    """A port that accepts connections into its backlog and never answers: counts attempts."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", sock
    finally:
        sock.close()


def connections_made(sock: socket.socket) -> int:
    """How many connections are waiting in a `silent_port`'s backlog."""
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[str]:
    """A fresh relay (SQLite in the test's temp dir) for one test."""
    with relay_in_thread(f"sqlite:///{tmp_path / 'relay.sqlite3'}") as url:
        yield url


def closed_url() -> str:
    """A loopback address where nothing listens (a relay that is offline)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def friend_opens(link: str, passcode: str | None = None) -> tuple[dict[str, object], str]:
    """What a friend's page does on "Open": count a view, decrypt with the link's key.

    Returns the snapshot's meta (title, text, reply key ...) and the reply ticket.
    """
    import orjson

    from dreamjournal.share.crypto import b64url_decode, bundle_ad, bundle_key, unseal

    base, rest = link.split("/s/", 1)
    share_id, fragment = rest.split("#k=", 1)
    opened = httpx.post(f"{base}/api/shares/{share_id}/open", json={})
    opened.raise_for_status()
    body = opened.json()
    payload = body["payload"]
    salt = b64url_decode(payload["salt"])
    key = bundle_key(b64url_decode(fragment), salt, passcode, int(payload["iter"]))
    meta = unseal(
        key,
        b64url_decode(payload["meta"]["n"]),
        b64url_decode(payload["meta"]["c"]),
        bundle_ad("meta"),
    )
    return orjson.loads(meta), str(body["ticket"])


def friend_replies(link: str, text: str) -> None:
    """Open the link as a friend and reply, sealed to the owner's key found in the snapshot."""
    from dreamjournal.share.relay_client import seal_reply

    meta, ticket = friend_opens(link)
    base, rest = link.split("/s/", 1)
    share_id = rest.split("#", 1)[0]
    sealed = seal_reply(str(meta["reply_key"]), share_id, text)
    answer = httpx.post(
        f"{base}/api/shares/{share_id}/replies", json=sealed, headers={"X-Ticket": ticket}
    )
    assert answer.status_code == 201, answer.text
