"""Real relay processes (uvicorn) on loopback, on SQLite and on a real PostgreSQL: two processes
sharing one database count each view exactly once, and no key, secret or plaintext reaches the
database files or the logs (canary).
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from dreamjournal.share.crypto import b64url_decode, bundle_ad, bundle_key, new_token, unseal
from dreamjournal.share.relay_client import (
    fetch_replies,
    generate_reply_keys,
    publish,
    revoke,
    seal_reply,
    share_stats,
)
from dreamjournal.share.snapshot import Snapshot
from tests.pg_support import PgServer, database_url, pg_server, relay_server  # noqa: F401

pytestmark = pytest.mark.slow

CANARY = f"SERVERCANARY{uuid.uuid4().hex}"
PASSCODE = f"moth lamp {uuid.uuid4().hex[:8]}"
FRIENDS = 20


def _secrets_absent(blobs: dict[str, bytes], secrets: dict[str, str]) -> list[str]:
    return [
        f"{what} in {where}"
        for where, data in blobs.items()
        for what, secret in secrets.items()
        if secret.encode() in data
    ]


def test_two_processes_one_database_count_once_and_keep_no_secret(
    database_url: str,  # noqa: F811
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    snapshot = Snapshot(
        title=f"Moths {CANARY}",
        date="2026-11-29",
        text=f"The moths spelled my name. {CANARY}",
        clip=b"\x00\x00\x00\x18ftypmp42" + CANARY.encode() * 20_000,
    )
    keys = generate_reply_keys()
    logs = [tmp_path / "relay-a.log", tmp_path / "relay-b.log"]
    with ExitStack() as stack:
        urls = [stack.enter_context(relay_server(database_url, log)) for log in logs]
        client = stack.enter_context(httpx.Client(timeout=30))
        made = publish(
            snapshot,
            urls[0],
            consent=True,
            client=client,
            passcode=PASSCODE,
            iterations=100_000,
            max_views=1,
            reply_public=keys.public,
        )
        assert made.url.startswith(f"{urls[0]}/s/{made.share_id}#k=")
        shell = client.get(f"{urls[1]}/s/{made.share_id}")
        assert shell.status_code == 200 and "server" not in shell.headers

        # Many friends click "Open" at once, on two relay processes sharing one database.
        results: list[httpx.Response] = []
        barrier = threading.Barrier(FRIENDS)

        def friend(base: str) -> None:
            with httpx.Client(timeout=30) as own:
                barrier.wait()
                results.append(own.post(f"{base}/api/shares/{made.share_id}/open", json={}))

        threads = [threading.Thread(target=friend, args=(urls[i % 2],)) for i in range(FRIENDS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [r for r in results if r.status_code == 200]
        assert len(winners) == 1, sorted(r.status_code for r in results)
        assert {r.status_code for r in results if r not in winners} == {404}
        stats = share_stats(urls[1], made.share_id, made.owner_secret, client=client)
        assert (stats.status, stats.views) == ("used_up", 1)

        opened = winners[0].json()
        env, ticket = opened["payload"], opened["ticket"]
        key = bundle_key(
            b64url_decode(made.fragment), b64url_decode(env["salt"]), PASSCODE, env["iter"]
        )
        meta = unseal(
            key, b64url_decode(env["meta"]["n"]), b64url_decode(env["meta"]["c"]), bundle_ad("meta")
        )
        assert CANARY.encode() in meta
        sealed_clip = client.get(
            f"{urls[1]}/api/shares/{made.share_id}/clip", headers={"X-Ticket": ticket}
        )
        clip = unseal(key, b64url_decode(env["clip"]["n"]), sealed_clip.content, bundle_ad("clip"))
        assert clip == snapshot.clip
        reply_text = f"Mine had moths too {CANARY}"
        posted = client.post(
            f"{urls[0]}/api/shares/{made.share_id}/replies",
            json=seal_reply(keys.public, made.share_id, reply_text),
            headers={"X-Ticket": ticket},
        )
        assert posted.status_code == 201
        [reply] = fetch_replies(
            urls[1], made.share_id, made.owner_secret, keys.private_der, client=client
        )
        assert reply.text == reply_text

        def miss(share_id: str) -> tuple[int, bytes, list[tuple[str, str]]]:
            r = client.post(f"{urls[1]}/api/shares/{share_id}/open", json={})
            return (
                r.status_code,
                r.content,
                sorted((k, v) for k, v in r.headers.items() if k != "date"),
            )

        used_up = miss(made.share_id)
        revoke(urls[0], made.share_id, made.owner_secret, client=client)
        assert used_up == miss(made.share_id) == miss(new_token())  # used up, revoked, unknown
        assert used_up[0] == 404

    secrets = {
        "canary": CANARY,
        "fragment key": made.fragment,
        "owner secret": made.owner_secret,
        "passcode": PASSCODE,
        "ticket": ticket,
        "share id": made.share_id,  # the database keeps its hash, the access log its route
    }
    blobs = {log.name: log.read_bytes() for log in logs}
    assert b"POST /api/shares/{id}/open 200" in blobs["relay-a.log"] + blobs["relay-b.log"]
    if database_url.startswith("sqlite"):
        db = Path(database_url.removeprefix("sqlite:///"))
        blobs.update({p.name: p.read_bytes() for p in db.parent.glob(db.name + "*")})
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        blobs.update({str(p): p.read_bytes() for p in server.files()})
    # The search can see the database: what the relay does keep (the secret's hash) is found.
    owner_hash = hashlib.sha256(made.owner_secret.encode()).hexdigest().encode()
    assert any(owner_hash in data for name, data in blobs.items() if not name.endswith(".log"))
    assert _secrets_absent(blobs, secrets) == []
