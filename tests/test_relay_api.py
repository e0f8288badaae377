"""The relay's HTTP contract, in process (httpx's ASGITransport), on SQLite and on a real
PostgreSQL: what is counted, what is identical, what needs the owner secret, the limits.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.relay import create_app
from dreamjournal.relay.limits import RelayLimits
from dreamjournal.relay.store import CHUNK_BYTES, RelayStore, digest, shares
from dreamjournal.share.bundle import render_bundle
from dreamjournal.share.bundle_page import CORE_SCRIPT
from dreamjournal.share.crypto import (
    b64url,
    b64url_decode,
    bundle_ad,
    bundle_key,
    new_token,
    unseal,
)
from dreamjournal.share.relay_client import (
    PublishedShare,
    RelayShareGone,
    fetch_replies,
    generate_reply_keys,
    open_reply,
    publish,
    revoke,
    seal_for_relay,
    seal_reply,
    share_stats,
)
from dreamjournal.share.relay_page import CSP
from dreamjournal.share.snapshot import ScriptStepView, Snapshot
from tests.pg_support import database_url, pg_server  # noqa: F401  (fixtures)

BASE = "http://127.0.0.1"
CANARY = f"RELAYCANARY{uuid.uuid4().hex}"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
SNAPSHOT = Snapshot(
    title=f"Moths {XSS}",
    date="2026-11-29",
    text=f"The moths spelled words. {CANARY}",
    script_title="Script",
    script=(ScriptStepView("grounding", "Feel your feet.", 30.0),),
    clip=os.urandom(CHUNK_BYTES * 2 + 1234),  # three chunks on the relay
)
FAST = 1000  # PBKDF2 iterations where passcode strength is not under test


class SyncASGITransport(httpx.BaseTransport):
    """httpx's ASGITransport behind a sync client (the owner client is sync), one loop a call."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()  # an upload iterator is read here, in the caller's thread

        async def call() -> httpx.Response:
            copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
            response = await self.inner.handle_async_request(copy)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(call())


def TestClient(app: Any, base_url: str = BASE) -> httpx.Client:  # noqa: N802
    """A sync httpx client talking to `app` in process."""
    return httpx.Client(transport=SyncASGITransport(app), base_url=base_url)


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Relay:
    client: httpx.Client
    store: RelayStore
    clock: FakeClock


@pytest.fixture
def relay(database_url: str) -> Iterator[Relay]:  # noqa: F811
    clock = FakeClock()
    store = RelayStore.connect(database_url)
    app = create_app(store=store, clock=clock)
    client = TestClient(app, base_url=BASE)
    yield Relay(client, store, clock)
    client.close()
    store.close()


def _publish(relay: Relay, snapshot: Snapshot = SNAPSHOT, **kwargs: Any) -> PublishedShare:
    kwargs.setdefault("iterations", FAST)
    return publish(snapshot, BASE, consent=True, client=relay.client, **kwargs)


def _open(relay: Relay, share_id: str) -> httpx.Response:
    return relay.client.post(f"/api/shares/{share_id}/open", json={})


def _decrypt(opened: dict[str, Any], fragment: str, passcode: str | None = None) -> bytes:
    env = opened["payload"]
    key = bundle_key(
        b64url_decode(fragment), b64url_decode(env["salt"]), passcode, int(env["iter"])
    )
    return unseal(
        key, b64url_decode(env["meta"]["n"]), b64url_decode(env["meta"]["c"]), bundle_ad("meta")
    )


def test_publish_open_and_clip_round_trip(relay: Relay) -> None:
    keys = generate_reply_keys()
    made = _publish(relay, reply_public=keys.public)
    assert made.url == f"{BASE}/s/{made.share_id}#k={made.fragment}"
    assert len(b64url_decode(made.share_id)) == 32  # 256-bit ids
    assert share_stats(BASE, made.share_id, made.owner_secret, client=relay.client).views == 0
    opened = _open(relay, made.share_id)
    assert opened.status_code == 200
    body = opened.json()
    meta = json.loads(_decrypt(body, made.fragment))
    assert meta["title"] == SNAPSHOT.title and meta["reply_key"] == keys.public
    clip = relay.client.get(
        f"/api/shares/{made.share_id}/clip", headers={"X-Ticket": body["ticket"]}
    )
    assert clip.status_code == 200 and clip.headers["content-length"] == str(len(clip.content))
    key = bundle_key(b64url_decode(made.fragment), b64url_decode(body["payload"]["salt"]))
    plain = unseal(
        key, b64url_decode(body["payload"]["clip"]["n"]), clip.content, bundle_ad("clip")
    )
    assert plain == SNAPSHOT.clip
    assert relay.store.chunk_count(digest(made.share_id)) == 3
    stats = share_stats(BASE, made.share_id, made.owner_secret, client=relay.client)
    assert (stats.status, stats.views, stats.replies) == ("active", 1, 0)


def test_loading_the_page_counts_nothing(relay: Relay) -> None:
    made = _publish(relay, max_views=1)
    shell = relay.client.get(f"/s/{made.share_id}")
    other = relay.client.get(f"/s/{new_token()}")
    assert shell.status_code == 200 and shell.content == other.content  # same bytes for any id
    assert made.share_id not in shell.text
    for _ in range(5):
        relay.client.get(f"/s/{made.share_id}")
        peek = relay.client.post(f"/api/shares/{made.share_id}/peek", json={})
        assert peek.json() == {"burn": False, "passcode": False, "views_left": 1, "clip": True}
    assert _open(relay, made.share_id).status_code == 200
    assert _open(relay, made.share_id).status_code == 404


def _miss_answers(relay: Relay, share_id: str, secret: str, ticket: str) -> list[Any]:
    c = relay.client
    answers = [
        c.post(f"/api/shares/{share_id}/peek", json={}),
        c.post(f"/api/shares/{share_id}/open", json={}),
        c.get(f"/api/shares/{share_id}/clip", headers={"X-Ticket": ticket}),
        c.post(f"/api/shares/{share_id}/replies", json={}, headers={"X-Ticket": ticket}),
        c.get(f"/api/shares/{share_id}", headers={"Authorization": f"Bearer {new_token()}"}),
    ]
    return [(r.status_code, r.content, sorted(r.headers.items())) for r in answers]


def test_unknown_expired_revoked_and_used_up_look_the_same(relay: Relay) -> None:
    expired = _publish(relay, expires_in=3600)
    used = _publish(relay, max_views=1)
    revoked = _publish(relay)
    tickets = {}
    for made in (expired, used, revoked):
        tickets[made.share_id] = _open(relay, made.share_id).json()["ticket"]
    revoke(BASE, revoked.share_id, revoked.owner_secret, client=relay.client)
    relay.clock.now += 3601
    relay.store.sweep(relay.clock.now)
    expired_ticket = tickets[expired.share_id]  # tickets outlive nothing: the hour is over
    answers = [
        _miss_answers(relay, new_token(), "x", new_token()),
        _miss_answers(relay, expired.share_id, expired.owner_secret, expired_ticket),
        _miss_answers(relay, used.share_id, used.owner_secret, new_token()),
        _miss_answers(relay, revoked.share_id, revoked.owner_secret, tickets[revoked.share_id]),
    ]
    assert all(a == answers[0] for a in answers), answers
    assert {status for status, _, _ in answers[0]} == {404}
    assert answers[0][0][1] == b'{"error":"not_available"}'
    relay.clock.now += 60  # a minute later the address has its miss budget back
    owner = {
        s.share_id: share_stats(BASE, s.share_id, s.owner_secret, client=relay.client).status
        for s in (expired, used, revoked)
    }
    assert owner == {
        expired.share_id: "expired",
        used.share_id: "used_up",
        revoked.share_id: "revoked",
    }


def test_concurrent_opens_count_each_view_exactly_once(relay: Relay) -> None:
    for limit, friends in ((1, 24), (5, 24)):
        made = _publish(
            relay, SNAPSHOT.__class__(title="t", date="2026-01-01", text="x"), max_views=limit
        )
        lookup = digest(made.share_id)
        results: list[bool] = []
        barrier = threading.Barrier(friends)

        def friend(lookup: str, barrier: threading.Barrier, results: list[bool]) -> None:
            barrier.wait()
            opened = relay.store.open(lookup, relay.clock(), digest(new_token()), 1)
            results.append(opened is not None)

        threads = [
            threading.Thread(target=friend, args=(lookup, barrier, results)) for _ in range(friends)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stats = relay.store.stats(lookup, relay.clock())
        assert stats is not None
        assert results.count(True) == limit == stats.views


def test_owner_secret_guards_stats_replies_and_revoke(relay: Relay) -> None:
    made = _publish(relay)
    wrong = new_token()
    for secret in (wrong, "", made.share_id):
        with pytest.raises(RelayShareGone):
            share_stats(BASE, made.share_id, secret or "x" * 30, client=relay.client)
        with pytest.raises(RelayShareGone):
            revoke(BASE, made.share_id, secret or "x" * 30, client=relay.client)
        with pytest.raises(RelayShareGone):
            fetch_replies(BASE, made.share_id, secret or "x" * 30, b"", client=relay.client)
    assert relay.client.delete(f"/api/shares/{made.share_id}").status_code == 404
    assert _open(relay, made.share_id).status_code == 200  # nothing above touched it
    revoke(BASE, made.share_id, made.owner_secret, client=relay.client)
    assert _open(relay, made.share_id).status_code == 404
    with relay.store.engine.connect() as conn:
        row = conn.execute(shares.select()).first()
    assert row is not None and row.payload is None  # the ciphertext is gone at once
    revoke(BASE, made.share_id, made.owner_secret, forget=True, client=relay.client)
    with pytest.raises(RelayShareGone):
        share_stats(BASE, made.share_id, made.owner_secret, client=relay.client)


def test_replies_are_sealed_to_the_owner_and_limited(relay: Relay) -> None:
    keys = generate_reply_keys()
    made = _publish(relay, reply_public=keys.public)
    ticket = _open(relay, made.share_id).json()["ticket"]
    url = f"/api/shares/{made.share_id}/replies"
    text = f"I dreamt of moths too. {XSS} {CANARY}"
    sealed = seal_reply(keys.public, made.share_id, text)
    assert relay.client.post(url, json=sealed).status_code == 404  # no ticket: no reply
    assert relay.client.post(url, json=sealed, headers={"X-Ticket": ticket}).status_code == 201
    big = {**sealed, "c": b64url(os.urandom(40_000))}
    assert relay.client.post(url, json=big, headers={"X-Ticket": ticket}).status_code == 413
    [reply] = fetch_replies(
        BASE, made.share_id, made.owner_secret, keys.private_der, client=relay.client
    )
    assert reply.text == text  # the owner's page shows it as text, markup and all
    other = seal_reply(keys.public, new_token(), "moved from another share")
    with pytest.raises(InvalidInput):
        open_reply(keys.private_der, made.share_id, other)  # bound to its share id
    for _ in range(4):
        relay.client.post(url, json=sealed, headers={"X-Ticket": ticket})
    refused = relay.client.post(url, json=sealed, headers={"X-Ticket": ticket})
    assert refused.status_code in (409, 429)  # five per open, six a minute per address
    silent = _publish(relay)  # published without a reply key: no replies at all
    t2 = _open(relay, silent.share_id).json()["ticket"]
    assert relay.client.post(
        f"/api/shares/{silent.share_id}/replies", json=sealed, headers={"X-Ticket": t2}
    ).status_code in (409, 429)


def test_misses_are_rate_limited_per_address(relay: Relay) -> None:
    made = _publish(relay)
    for _ in range(20):
        assert _open(relay, new_token()).status_code == 404
    assert _open(relay, new_token()).status_code == 429
    assert _open(relay, made.share_id).status_code == 429  # the limit says nothing about ids
    relay.clock.now += 60
    assert _open(relay, made.share_id).status_code == 200


def test_security_headers_csp_and_closed_cors(relay: Relay) -> None:
    made = _publish(relay)
    page = relay.client.get(f"/s/{made.share_id}")
    policy = page.headers["content-security-policy"]
    assert policy == CSP
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy and "*" not in policy
    assert "innerHTML" not in page.text and "https://" not in page.text
    bundle_html = render_bundle(SNAPSHOT, iterations=FAST)[0]
    assert CORE_SCRIPT in page.text and CORE_SCRIPT in bundle_html  # one WebCrypto code
    for r in (page, _open(relay, made.share_id), relay.client.get("/")):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["cache-control"] == "no-store"
        assert "access-control-allow-origin" not in r.headers
    preflight = relay.client.options(
        f"/api/shares/{made.share_id}/open",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 405 and "access-control-allow-origin" not in preflight.headers
    cross = relay.client.post(
        f"/api/shares/{made.share_id}/open", json={}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert cross.status_code == 403
    form = relay.client.post(
        f"/api/shares/{made.share_id}/open",
        content=b"x=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert form.status_code == 415


def test_request_sizes_are_bounded(database_url: str) -> None:  # noqa: F811
    limits = RelayLimits(max_envelope_bytes=2048, max_clip_bytes=CHUNK_BYTES * 3)
    store = RelayStore.connect(database_url)
    client = TestClient(create_app(store=store, limits=limits), base_url=BASE)
    big = Snapshot(title="t", date="2026-01-01", text="x" * 10_000)
    with pytest.raises(Exception, match="HTTP 413"):
        publish(big, BASE, consent=True, client=client)
    huge = Snapshot(title="t", date="2026-01-01", text="x", clip=os.urandom(CHUNK_BYTES * 4))
    with pytest.raises(Exception, match="HTTP 400"):
        publish(huge, BASE, consent=True, client=client)  # declared clip over the cap
    small = Snapshot(title="t", date="2026-01-01", text="x", clip=b"c" * 1000)
    made = publish(small, BASE, consent=True, client=client)
    extra = client.put(
        f"/api/shares/{made.share_id}/clip",
        content=b"y" * 5000,
        headers={"Authorization": f"Bearer {made.owner_secret}"},
    )
    assert extra.status_code == 409  # the clip is complete; nothing more fits, nothing lost
    opened = client.post(f"/api/shares/{made.share_id}/open", json={}).json()
    sealed = client.get(f"/api/shares/{made.share_id}/clip", headers={"X-Ticket": opened["ticket"]})
    assert len(sealed.content) == 1000 + 16
    pending = Snapshot(title="t", date="2026-01-01", text="x", clip=b"c" * 1000)
    envelope = seal_for_relay(pending, iterations=FAST)[0]
    body = {"v": 1, "envelope": envelope, "owner_hash": "0" * 64, "expires_in": None}
    waiting = client.post("/api/shares", json=body).json()["id"]
    assert client.post(f"/api/shares/{waiting}/open", json={}).status_code == 404  # no clip yet
    store.sweep(time.time() + 86401)  # a day later nobody sent it: the share is dropped
    dropped = store.stats(digest(waiting), time.time())
    assert dropped is not None and dropped.status == "expired"
    client.close()
    store.close()


def test_expiry_and_burn_after_reading(relay: Relay) -> None:
    made = _publish(relay, expires_in=3600, burn=True, passcode="moth lamp", iterations=100_000)
    peek = relay.client.post(f"/api/shares/{made.share_id}/peek", json={}).json()
    assert peek == {"burn": True, "passcode": True, "views_left": 1, "clip": True}
    relay.clock.now += 3599
    body = _open(relay, made.share_id).json()
    assert json.loads(_decrypt(body, made.fragment, "moth lamp"))["text"] == SNAPSHOT.text
    lookup = digest(made.share_id)
    with relay.store.engine.connect() as conn:
        row = conn.execute(shares.select().where(shares.c.lookup == lookup)).first()
    assert row is not None and row.payload is None  # burnt: the envelope is gone at once
    assert _open(relay, made.share_id).status_code == 404
    relay.clock.now += 3601  # the ticket's hour is over: the sealed clip goes too
    relay.store.sweep(relay.clock.now)
    assert relay.store.chunk_count(lookup) == 0
    later = _publish(relay, expires_in=60)
    relay.clock.now += 61
    assert _open(relay, later.share_id).status_code == 404
