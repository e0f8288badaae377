"""Sharing: tokens, what goes into a snapshot (crisis gate, nightmares, clips), the relay's
database after an owner publishes (canary scan), and the Share page's strings.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.services.shares import publish_share
from dreamjournal.share.crypto import TOKEN_BYTES, b64url, new_token, token_bytes
from dreamjournal.share.service import build_snapshot, parse_expiry, parse_include
from dreamjournal.store.journal import Journal
from dreamjournal.visualize.service import CrisisPause
from tests.test_relay_owner_support import friend_opens, relay, relay_in_thread  # noqa: F401

DAY = 86400.0


def _clip(_journal: Journal, _entry_id: str) -> bytes:
    return b"\x00\x00\x00\x18ftypmp42" + b"CLIPCANARY" * 100


def _no_network() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request to {request.url}")

    return httpx.Client(transport=httpx.MockTransport(refuse))


def test_tokens_carry_256_random_bits() -> None:
    tokens = [new_token() for _ in range(2000)]
    assert len(set(tokens)) == len(tokens)
    for t in tokens[:50]:
        raw = token_bytes(t)
        assert raw is not None and len(raw) * 8 == TOKEN_BYTES * 8 >= 256
        assert len(t) == 43 and b64url(raw) == t
    # Every base64url character shows up about equally often (a crude check that all bits vary).
    counts = Counter("".join(t[:42] for t in tokens))  # the 43rd character carries only 4 bits
    assert len(counts) == 64
    expected = 2000 * 42 / 64
    assert all(abs(n - expected) < 6 * math.sqrt(expected) for n in counts.values())


@pytest.mark.parametrize(
    "bad", ["", "short", "x" * 44, "+" * 43, "A" * 42 + "=", "../../etc/passwd", "A" * 42 + "B"]
)
def test_malformed_tokens_are_rejected(bad: str) -> None:
    assert token_bytes(bad) is None


def test_the_relay_database_holds_no_key_and_no_plaintext(journal: Journal, tmp_path: Path) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    e = journal.add(title=f"Title {canary}", body=f"Body {canary} Kanarienvogel-Zebra")
    db = tmp_path / "relay.sqlite3"
    with relay_in_thread(f"sqlite:///{db}") as origin:
        made = publish_share(
            journal,
            e.id,
            origin,
            consent=True,
            include="text,prompt,script,clip",
            passcode="otter pass",
            iterations=100_000,
            clip_loader=_clip,
        )
        meta, _ticket = friend_opens(made.url, "otter pass")  # a view writes to the relay too
        assert meta["title"] == f"Title {canary}"
        record = journal.get_record("share", made.share_id)
        assert record is not None
        fragment = made.url.split("#k=", 1)[1]
        needles = [
            canary.encode(),
            canary.encode("utf-16-le"),
            b"Kanarienvogel-Zebra",
            b"CLIPCANARY",
            b"otter pass",
            fragment.encode(),
            str(record["owner_secret"]).encode(),
            str(record["share_id"]).encode(),  # the relay keeps the id's hash only
        ]
        files = [p for p in tmp_path.iterdir() if p.name.startswith("relay.sqlite3")]
        assert files
        for f in files:
            data = f.read_bytes()
            assert [n for n in needles if n in data] == [], f.name


def test_crisis_language_asks_for_confirmation(journal: Journal, relay: str) -> None:  # noqa: F811
    e = journal.add(title="Heavy night", body="I woke up and I want to die.")
    with pytest.raises(CrisisPause):
        publish_share(journal, e.id, relay, consent=True, client=_no_network())
    assert journal.records("share") == {}
    made = publish_share(journal, e.id, relay, consent=True, crisis_confirmed=True)
    assert made.url.startswith(relay)


def test_an_unrescripted_nightmare_shares_text_but_not_a_script(journal: Journal) -> None:
    e = journal.add(title="Chase", body="Something chased me.", nightmare=True)
    assert build_snapshot(journal, e, ("text",)).text == "Something chased me."
    with pytest.raises(InvalidInput):
        publish_share(journal, e.id, "https://r.test", consent=True, include="text,bogus")
    from dreamjournal.therapy.irt import RescriptRequired

    with pytest.raises(RescriptRequired):
        publish_share(
            journal, e.id, "https://r.test", consent=True, include="script", client=_no_network()
        )


def test_clip_is_required_when_asked_for(journal: Journal) -> None:
    e = journal.add(title="No clip", body="x")
    with pytest.raises(InvalidInput, match="no clip yet"):
        publish_share(
            journal,
            e.id,
            "https://r.test",
            consent=True,
            include="clip",
            clip_loader=lambda _j, _i: None,
            client=_no_network(),
        )


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1h", 3600), ("1d", DAY), ("7d", 7 * DAY), ("30d", 30 * DAY), ("2w", 14 * DAY)],
)
def test_parse_expiry(text: str, seconds: float) -> None:
    assert parse_expiry(text) == seconds


@pytest.mark.parametrize("text", ["", "0d", "7", "soon", "400d", "-1h"])
def test_parse_expiry_rejects(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_expiry(text)


def test_parse_include() -> None:
    assert parse_include("clip, TEXT") == ("text", "clip")
    with pytest.raises(InvalidInput):
        parse_include("")
