"""The owner's shares: live status and views from the relay, revoke, replies; the delete hook.

Kinds of share record: "relay" (a link on a share relay), "bundle" (an offline file, which
cannot be called back) and "link" (a link of the old local friend viewer, which no longer
runs: listed as "retired" until forgotten).
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from dreamjournal.errors import DreamJournalError
from dreamjournal.share.relay_client import (
    RelayError,
    RelayShareGone,
    RelayStats,
    Reply,
    fetch_replies,
    revoke,
    share_stats,
)
from dreamjournal.share.relay_shares import default_timeout, reply_private_key
from dreamjournal.share.service import TABLE
from dreamjournal.store.hooks import on_delete
from dreamjournal.store.journal import Journal, hangs_off

# The delete hook runs inside the delete's transaction, which holds the vault's write lock:
# two tries of 4 s stay under the store's 10 s busy timeout, so another tab writing meanwhile
# waits instead of failing.
DELETE_TIMEOUT_S = 4.0


class ShareNotFound(DreamJournalError):
    """No share with that id in this vault."""


class ShareNotRevoked(DreamJournalError):
    """A relay could not be told to stop a link, so what depended on it was not done."""


@dataclass(frozen=True)
class ShareListing:
    """One of the owner's shares, as `dreamjournal shares` and the Share page list them."""

    share_id: str
    kind: str  # "relay" | "bundle" | "link" (retired)
    entry_id: str
    title: str
    includes: tuple[str, ...]
    created: float
    expires: float | None
    max_views: int | None
    views: int | None
    # active | pending | expired | revoked | used_up | gone | unreachable | bundle | retired
    status: str
    passcode: bool
    url: str | None
    burn: bool = False
    replies: int | None = None
    relay_url: str | None = None
    path: str | None = None
    key: str | None = None  # a bundle's fragment key

    def to_json(self) -> dict[str, Any]:
        """JSON for `shares --json`."""
        return {
            "id": self.share_id,
            "kind": self.kind,
            "entry_id": self.entry_id,
            "title": self.title,
            "includes": list(self.includes),
            "created": _iso(self.created),
            "expires": None if self.expires is None else _iso(self.expires),
            "max_views": self.max_views,
            "views": self.views,
            "status": self.status,
            "passcode": self.passcode,
            "burn": self.burn,
            "replies": self.replies,
            "relay": self.relay_url,
            "url": self.url,
            "path": self.path,
            "key": self.key,
        }


def _iso(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


class _Relays:
    """Stats of several shares over one client; a relay that cannot be reached is asked once."""

    def __init__(self, client: httpx.Client | None, timeout: float) -> None:
        self.client = client
        self.timeout = timeout
        self.down: set[str] = set()

    def stats(self, record: dict[str, Any]) -> RelayStats | str:
        """RelayStats, or "gone" / "unreachable"."""
        where = str(record.get("relay_url", ""))
        if where in self.down:
            return "unreachable"
        try:
            return share_stats(
                where,
                str(record["share_id"]),
                str(record["owner_secret"]),
                client=self.client,
                timeout=self.timeout,
            )
        except RelayShareGone:
            return "gone"
        except RelayError:
            self.down.add(where)
            return "unreachable"


def _listing(share_id: str, r: dict[str, Any], relays: _Relays, now: float) -> ShareListing:
    kind = str(r.get("kind", "link"))
    views = replies = None
    max_views = r.get("max_views")
    url = None
    if kind == "bundle":
        status = "bundle"
        path, key = r.get("path"), r.get("key")
        url = f"{Path(path).as_uri()}#k={key}" if path and key else None
    elif kind != "relay":
        status = "retired"
    else:
        found = relays.stats(r)
        if isinstance(found, RelayStats):
            status, views, replies, max_views = (
                found.status,
                found.views,
                found.replies,
                found.max_views,
            )
        elif found == "gone" and not r.get("revoked"):
            expires = r.get("expires")
            status = "expired" if expires is not None and now >= expires else "gone"
        else:
            status = "revoked" if found == "gone" else found
        if r.get("revoked"):
            status = "revoked"
        url = r.get("url") if status in {"active", "pending", "unreachable"} else None
    return ShareListing(
        share_id=share_id,
        kind=kind,
        entry_id=str(r.get("entry_id", "")),
        title=str(r.get("title", "")),
        includes=tuple(r.get("includes", ())),
        created=float(r.get("created", 0.0)),
        expires=r.get("expires"),
        max_views=max_views,
        views=views,
        status=status,
        passcode=bool(r.get("passcode")),
        url=url,
        burn=bool(r.get("burn")),
        replies=replies,
        relay_url=r.get("relay_url"),
        path=r.get("path"),
        key=r.get("key"),
    )


def list_shares(
    journal: Journal,
    *,
    client: httpx.Client | None = None,
    timeout: float | None = None,
    now: float | None = None,
) -> list[ShareListing]:
    """Every share of this vault, newest first, with live status and views from its relay.

    A relay that cannot be reached gives status "unreachable" (asked once per listing).
    """
    relays = _Relays(client, default_timeout() if timeout is None else timeout)
    when = time.time() if now is None else now
    records = journal.records(TABLE)
    out = [_listing(i, r, relays, when) for i, r in records.items()]
    out.sort(key=lambda s: s.created, reverse=True)
    return out


def resolve_share_id(journal: Journal, share_id: str) -> str:
    """A full share id from a full id or a unique prefix of at least 6 characters."""
    wanted = share_id.strip().lower()
    ids = list(journal.records(TABLE))
    if wanted in ids:
        return wanted
    found = [i for i in ids if i.startswith(wanted)] if len(wanted) >= 6 else []
    if len(found) == 1:
        return found[0]
    raise ShareNotFound("error.owner.share_id_vault", share_id=share_id)


def _revoke_on_relay(
    record: dict[str, Any], *, forget: bool, client: httpx.Client | None, timeout: float
) -> None:
    """Tell the relay to stop the link (a relay that already forgot it is fine)."""
    with contextlib.suppress(RelayShareGone):
        revoke(
            str(record["relay_url"]),
            str(record["share_id"]),
            str(record["owner_secret"]),
            forget=forget,
            client=client,
            timeout=timeout,
        )


def revoke_share(
    journal: Journal,
    share_id: str,
    *,
    client: httpx.Client | None = None,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Stop a relay link now (the relay wipes the ciphertext); a bundle's record is forgotten.

    Returns the vault record as it was, so callers can say what was revoked. A relay that
    cannot be reached raises RelayError and the record stays as it was.
    """
    full = resolve_share_id(journal, share_id)
    record = journal.get_record(TABLE, full)
    assert record is not None
    if record.get("kind") != "relay":
        journal.delete_record(TABLE, full)
        return record
    wait = default_timeout() if timeout is None else timeout
    _revoke_on_relay(record, forget=False, client=client, timeout=wait)
    journal.put_record(TABLE, full, {**record, "url": None, "revoked": True})
    return record


def forget_share(journal: Journal, share_id: str) -> dict[str, Any]:
    """Drop a share's record without asking its relay (for a relay that is gone for good).

    The link keeps working if that relay still serves it; the caller says so.
    """
    full = resolve_share_id(journal, share_id)
    record = journal.get_record(TABLE, full)
    assert record is not None
    journal.delete_record(TABLE, full)
    return record


def share_replies(
    journal: Journal,
    share_id: str,
    *,
    client: httpx.Client | None = None,
    timeout: float | None = None,
) -> list[Reply]:
    """Friends' replies to one relay share, opened here with the vault's reply key."""
    full = resolve_share_id(journal, share_id)
    record = journal.get_record(TABLE, full)
    assert record is not None
    private = reply_private_key(journal)
    if record.get("kind") != "relay" or not record.get("replies") or private is None:
        return []
    return fetch_replies(
        str(record["relay_url"]),
        str(record["share_id"]),
        str(record["owner_secret"]),
        private,
        client=client,
        timeout=default_timeout() if timeout is None else timeout,
    )


def revoke_entry_links(
    journal: Journal,
    entry_id: str,
    *,
    client: httpx.Client | None = None,
    timeout: float | None = None,
) -> int:
    """Revoke (and make the relay forget) every live relay link of a dream, before deleting it.

    Meant to run before the delete's transaction, so no network call holds the vault's write
    lock; the delete hook then has nothing left to ask. ShareNotRevoked if a relay cannot be
    reached (links revoked so far stay revoked, and say so in their records).
    """
    wait = default_timeout() if timeout is None else timeout
    done = 0
    for share_id, record in journal.records(TABLE).items():
        if not hangs_off(record, entry_id) or record.get("kind") != "relay":
            continue
        if record.get("forgotten"):
            continue
        try:
            _revoke_on_relay(record, forget=True, client=client, timeout=wait)
        except RelayError as exc:
            if record.get("revoked"):
                continue
            raise _not_revoked(share_id, record, exc) from exc
        journal.put_record(
            TABLE, share_id, {**record, "url": None, "revoked": True, "forgotten": True}
        )
        done += 1
    return done


def _not_revoked(share_id: str, record: dict[str, Any], exc: RelayError) -> ShareNotRevoked:
    return ShareNotRevoked(
        "error.owner.nothing_deleted_link",
        record_get_title=record.get("title", ""),
        record_get_relay_url=record.get("relay_url"),
        exc_user_message=exc,
        share_id_8=share_id[:8],
    )


@on_delete(TABLE)
def _revoke_with_entry(journal: Journal, table: str, share_id: str, record: dict[str, Any]) -> None:
    """Delete hook: a share goes with its dream, and its relay link stops (and is forgotten) first.

    A live link whose relay cannot be reached stops the whole delete (ShareNotRevoked): a
    deleted dream must never leave a link that still opens it. A link revoked earlier is
    already dead, so an unreachable relay only keeps its counters and sealed replies.
    """
    if record.get("kind") != "relay" or record.get("forgotten"):
        return
    wait = min(default_timeout(), DELETE_TIMEOUT_S)
    try:
        _revoke_on_relay(record, forget=True, client=None, timeout=wait)
    except RelayError as exc:
        if record.get("revoked"):
            return
        raise _not_revoked(share_id, record, exc) from exc
