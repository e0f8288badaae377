"""The owner's side of the relay through the service layer, against a real relay on loopback:
publish from the vault, list with live stats, revoke, replies, and a delete that revokes.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from dreamjournal.errors import ConsentRequired, InvalidInput
from dreamjournal.services import shares
from dreamjournal.services.entries import delete_entry
from dreamjournal.share.crypto import b64url_decode
from dreamjournal.share.relay_client import RelayShareGone, share_stats
from dreamjournal.share.relay_shares import REPLY_KEY_ID, reply_private_key
from dreamjournal.share.reply_keys import reply_public_key
from dreamjournal.store.journal import Journal
from dreamjournal.visualize.service import CrisisPause
from tests.test_relay_owner_support import (  # noqa: F401  (fixture)
    closed_url,
    friend_opens,
    friend_replies,
    relay,
    relay_in_thread,
)

FAST = 100_000  # the relay's floor for PBKDF2 iterations (only with a passcode)


def _publish(
    journal: Journal, entry_id: str, where: str, **options: object
) -> shares.RelayShareCreated:
    options.setdefault("iterations", FAST)
    return shares.publish_share(journal, entry_id, where, consent=True, **options)  # type: ignore[arg-type]


def _record(journal: Journal, share_id: str) -> dict[str, object]:
    found = journal.get_record("share", share_id)
    assert found is not None
    return found


def _recording_client(sent: list[httpx.Request]) -> httpx.Client:
    """A client whose every request is recorded (and answered with an error)."""

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return httpx.Client(transport=httpx.MockTransport(record))


def test_without_consent_nothing_is_built_or_sent(journal: Journal) -> None:
    e = journal.add(title="Private", body="Only mine.")
    sent: list[httpx.Request] = []
    client = _recording_client(sent)
    consents: list[Any] = [False, None, "yes"]
    for consent in consents:
        with pytest.raises(ConsentRequired):
            shares.publish_share(
                journal, e.id, "https://relay.example.org", consent=consent, client=client
            )
    assert sent == []
    assert journal.records("share") == {} and journal.get_record("setting", REPLY_KEY_ID) is None


def test_crisis_language_pauses_publishing_before_any_request(journal: Journal) -> None:
    e = journal.add(title="Heavy night", body="I woke up and I want to die.")
    sent: list[httpx.Request] = []
    client = _recording_client(sent)
    with pytest.raises(CrisisPause):
        shares.publish_share(
            journal, e.id, "https://relay.example.org", consent=True, client=client
        )
    assert sent == [] and journal.records("share") == {}


@pytest.mark.parametrize("url", ["http://relay.example.org", "ftp://127.0.0.1", "relay"])
def test_only_https_or_loopback_relays(journal: Journal, url: str) -> None:
    e = journal.add(title="x", body="y")
    with pytest.raises(InvalidInput):
        shares.publish_share(journal, e.id, url, consent=True)


def test_the_relay_url_comes_from_the_option_or_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(InvalidInput, match="No share relay"):
        shares.relay_url(None)
    monkeypatch.setenv("DREAMJOURNAL_SHARE_RELAY_URL", "https://relay.example.org/")
    assert shares.relay_url(None) == "https://relay.example.org"
    assert shares.relay_url("http://127.0.0.1:8600") == "http://127.0.0.1:8600"


def test_publish_list_revoke(journal: Journal, relay: str) -> None:  # noqa: F811
    e = journal.add(title="Glass orchard", body="Trees of glass rang softly.")
    made = _publish(journal, e.id, relay, include="text", max_views=3, passcode="lantern")
    assert made.url.startswith(f"{relay}/s/") and "#k=" in made.url
    record = _record(journal, made.share_id)
    assert record["kind"] == "relay" and record["url"] == made.url and record["passcode"] is True
    assert record["relay_url"] == relay and record["replies"] is True
    secret, relay_id = str(record["owner_secret"]), str(record["share_id"])
    assert secret not in made.url and relay_id in made.url
    [listed] = shares.list_shares(journal)
    assert (listed.status, listed.views, listed.max_views, listed.url) == ("active", 0, 3, made.url)
    assert listed.to_json()["relay"] == relay and listed.replies == 0
    shares.revoke_share(journal, made.share_id[:8])
    [listed] = shares.list_shares(journal)
    assert listed.status == "revoked" and listed.url is None
    assert share_stats(relay, relay_id, secret).status == "revoked"
    assert _record(journal, made.share_id)["url"] is None  # the key is no longer kept


def test_the_reply_key_is_made_once_and_replies_open_as_text(journal: Journal, relay: str) -> None:  # noqa: F811
    e = journal.add(title="Moths", body="The moths spelled words.")
    first = _publish(journal, e.id, relay)
    second = _publish(journal, e.id, relay)
    private = reply_private_key(journal)
    assert private is not None
    public = reply_public_key(private)
    assert len(journal.records("setting")) == 1
    hostile = "<script>alert(1)</script> **bold** I flew with them"
    meta, _ticket = friend_opens(first.url)
    assert meta["reply_key"] == public and meta["text"] == "The moths spelled words."
    friend_replies(first.url, hostile)
    [got] = shares.share_replies(journal, first.share_id)
    assert got.text == hostile
    assert shares.share_replies(journal, second.share_id) == []
    listed = {s.share_id: s for s in shares.list_shares(journal)}
    assert listed[first.share_id].replies == 1


def test_an_unreachable_relay_is_listed_not_fatal(journal: Journal, tmp_path: Path) -> None:
    e = journal.add(title="Far", body="x")
    with relay_in_thread(f"sqlite:///{tmp_path / 'gone.sqlite3'}") as url:
        made = _publish(journal, e.id, url)
    [listed] = shares.list_shares(journal)
    assert listed.status == "unreachable" and listed.url == made.url
    with pytest.raises(shares.RelayError):
        shares.revoke_share(journal, made.share_id)
    assert _record(journal, made.share_id)["revoked"] is False


def test_deleting_a_dream_revokes_and_forgets_its_relay_links(journal: Journal, relay: str) -> None:  # noqa: F811
    e = journal.add(title="Leaving", body="x")
    keep = journal.add(title="Staying", body="y")
    gone = [_publish(journal, e.id, relay) for _ in range(2)]
    kept = _publish(journal, keep.id, relay)
    records = {s.share_id: _record(journal, s.share_id) for s in gone}
    delete_entry(journal, e.id)
    for r in records.values():
        with pytest.raises(RelayShareGone):
            share_stats(relay, str(r["share_id"]), str(r["owner_secret"]))
    assert list(journal.records("share")) == [kept.share_id]
    assert shares.list_shares(journal)[0].status == "active"


def test_a_delete_while_the_relay_is_offline_deletes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    e = journal.add(title="Offline", body="x")
    with relay_in_thread(f"sqlite:///{tmp_path / 'r.sqlite3'}") as url:
        made = _publish(journal, e.id, url)
    with pytest.raises(shares.ShareNotRevoked, match="Nothing was deleted"):
        delete_entry(journal, e.id)
    assert journal.get(e.id).title == "Offline"
    assert list(journal.records("share")) == [made.share_id]
    # The relay is back (same database): the delete now revokes and goes through.
    with relay_in_thread(f"sqlite:///{tmp_path / 'r.sqlite3'}") as back:
        record = _record(journal, made.share_id)
        journal.put_record("share", made.share_id, {**record, "relay_url": back})
        delete_entry(journal, e.id)
        with pytest.raises(RelayShareGone):
            share_stats(back, str(record["share_id"]), str(record["owner_secret"]))
    assert journal.records("share") == {}


def test_a_relay_gone_for_good_can_be_forgotten_then_the_dream_deleted(journal: Journal) -> None:
    e = journal.add(title="Orphan", body="x")
    journal.put_record(
        "share",
        uuid.uuid4().hex,
        {"kind": "relay", "entry_id": e.id, "title": "Orphan", "relay_url": closed_url(),
         "share_id": "A" * 43, "owner_secret": "B" * 43, "url": "x", "revoked": False,
         "created": 0.0, "includes": ["text"]},
    )  # fmt: skip
    [share_id] = journal.records("share")
    with pytest.raises(shares.ShareNotRevoked):
        delete_entry(journal, e.id)
    shares.forget_share(journal, share_id[:8])
    delete_entry(journal, e.id)
    assert journal.records("share") == {}


def test_a_revoked_link_does_not_block_a_delete_when_offline(
    journal: Journal, tmp_path: Path
) -> None:
    e = journal.add(title="Done", body="x")
    with relay_in_thread(f"sqlite:///{tmp_path / 'r.sqlite3'}") as url:
        made = _publish(journal, e.id, url)
        shares.revoke_share(journal, made.share_id)
    delete_entry(journal, e.id)  # the link is already dead: nothing to wait for
    assert journal.records("share") == {}


def test_the_vault_keeps_the_owner_secret_sealed(
    journal: Journal,
    relay: str,  # noqa: F811
    vault_file: Path,
) -> None:
    e = journal.add(title="Sealed", body="x")
    made = _publish(journal, e.id, relay)
    record = _record(journal, made.share_id)
    raw = b"".join(p.read_bytes() for p in vault_file.parent.iterdir() if p.is_file())
    for secret in (str(record["owner_secret"]), made.url.split("#k=")[1], str(record["share_id"])):
        assert secret.encode() not in raw
    private = reply_private_key(journal)
    assert private is not None and private not in raw
    assert b64url_decode(str(journal.get_record("setting", REPLY_KEY_ID)["private"])) == private  # type: ignore[index]


def test_links_can_be_revoked_before_the_delete_transaction(
    journal: Journal, tmp_path: Path
) -> None:
    """`revoke_entry_links` does the network part first; the delete then needs no relay."""
    e = journal.add(title="Two steps", body="x")
    with relay_in_thread(f"sqlite:///{tmp_path / 'r.sqlite3'}") as url:
        made = [_publish(journal, e.id, url) for _ in range(2)]
        assert shares.revoke_entry_links(journal, e.id) == 2
        for m in made:
            record = _record(journal, m.share_id)
            assert record["revoked"] is True and record["url"] is None
            with pytest.raises(RelayShareGone):
                share_stats(url, str(record["share_id"]), str(record["owner_secret"]))
        assert {s.status for s in shares.list_shares(journal)} == {"revoked"}
    delete_entry(journal, e.id)  # the relay is offline now, and nothing is left to ask it
    assert journal.records("share") == {}


def test_links_of_the_old_local_viewer_are_listed_as_retired(journal: Journal) -> None:
    """Vaults from before the relay hold "link" records; that viewer is gone, so they are
    retired: listed, forgotten on revoke, and no obstacle to deleting their dream."""
    e = journal.add(title="Old share", body="x")
    for _ in range(2):
        journal.put_record(
            "share",
            uuid.uuid4().hex,
            {"kind": "link", "entry_id": e.id, "title": "Old share", "token": "t" * 43,
             "includes": ["text"], "created": 1.0, "expires": None, "max_views": None,
             "passcode": False, "revoked": False},
        )  # fmt: skip
    listed = shares.list_shares(journal)
    assert [(s.kind, s.status, s.url) for s in listed] == [("link", "retired", None)] * 2
    shares.revoke_share(journal, listed[0].share_id)
    assert list(journal.records("share")) == [listed[1].share_id]
    delete_entry(journal, e.id)
    assert journal.records("share") == {}
