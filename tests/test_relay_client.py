"""The owner's relay client without a relay: consent first, addresses, the retry policy."""

from __future__ import annotations

import httpx
import pytest

from dreamjournal.errors import ConsentRequired, InvalidInput
from dreamjournal.share.crypto import new_token
from dreamjournal.share.relay_client import (
    RelayError,
    check_relay_url,
    fetch_replies,
    publish,
    share_stats,
)
from dreamjournal.share.snapshot import Snapshot

BASE = "http://127.0.0.1"
FAST = 1000
SNAPSHOT = Snapshot(title="Moths", date="2026-11-29", text="The moths spelled words.")


def test_publish_needs_consent_and_then_sends_nothing() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = httpx.Client(transport=httpx.MockTransport(record))
    with pytest.raises(ConsentRequired):
        publish(SNAPSHOT, BASE, consent=False, client=client)
    with pytest.raises(InvalidInput):
        publish(SNAPSHOT, BASE, consent=True, client=client, max_views=0)
    with pytest.raises(InvalidInput):
        publish(SNAPSHOT, BASE, consent=True, client=client, expires_in=400 * 86400)
    assert seen == []
    with pytest.raises(InvalidInput):
        check_relay_url("http://relay.example.org")  # the owner secret would travel in clear
    assert check_relay_url("https://relay.example.org/") == "https://relay.example.org"


def test_client_retries_reads_once_and_never_publishing() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"replies": []})])
    seen: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return next(answers)

    client = httpx.Client(transport=httpx.MockTransport(reply))
    assert fetch_replies(BASE, new_token(), new_token(), b"", client=client) == []
    assert seen == ["GET", "GET"]
    seen.clear()
    answers = iter([httpx.Response(503), httpx.Response(201, json={"id": new_token()})])
    with pytest.raises(RelayError, match="HTTP 503"):
        publish(SNAPSHOT, BASE, consent=True, client=client, iterations=FAST)
    assert seen == ["POST"]  # a retried publish could leave a second copy on the relay

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(RelayError, match="Could not reach"):
        share_stats(
            BASE, new_token(), new_token(), client=httpx.Client(transport=httpx.MockTransport(down))
        )
