"""The owner's list of shares: live status and views, copy a link again, revoke."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dreamjournal.errors import DreamJournalError
from dreamjournal.share.crypto import lookup_id, token_bytes
from dreamjournal.share.service import TABLE, share_url
from dreamjournal.share.store import ShareStore
from dreamjournal.store.entry import Entry
from dreamjournal.store.hooks import on_delete
from dreamjournal.store.journal import Journal


class ShareNotFound(DreamJournalError):
    """No share with that id in this vault."""


@dataclass(frozen=True)
class ShareListing:
    """One of the owner's shares, as `dreamjournal shares` and the Share page list them."""

    share_id: str
    kind: str  # "link" | "bundle"
    entry_id: str
    title: str
    includes: tuple[str, ...]
    created: float
    expires: float | None
    max_views: int | None
    views: int | None
    status: str  # active | expired | revoked | used_up | missing | bundle
    passcode: bool
    url: str | None
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
            "url": self.url,
            "path": self.path,
            "key": self.key,
        }


def _iso(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _lookup_of(record: dict[str, Any]) -> bytes | None:
    raw = token_bytes(record.get("token") or "")
    return None if raw is None else lookup_id(raw)


def list_shares(
    journal: Journal, store: ShareStore, *, base_url: str, now: float | None = None
) -> list[ShareListing]:
    """Every share of this vault, newest first, with live status and views from the store."""
    when = time.time() if now is None else now
    records = journal.records(TABLE)
    lookups = {i: _lookup_of(r) for i, r in records.items() if r.get("kind") == "link"}
    rows = store.many([lk for lk in lookups.values() if lk is not None])
    out = []
    for share_id, r in records.items():
        lookup = lookups.get(share_id)
        row = rows.get(lookup) if lookup is not None else None
        if r.get("kind") == "bundle":
            status, views = "bundle", None
        elif r.get("revoked"):
            status, views = "revoked", row.views if row else None
        elif row is None:
            status, views = "missing", None
        else:
            status, views = row.status(when), row.views
        out.append(
            ShareListing(
                share_id=share_id,
                kind=str(r.get("kind", "link")),
                entry_id=str(r.get("entry_id", "")),
                title=str(r.get("title", "")),
                includes=tuple(r.get("includes", ())),
                created=float(r.get("created", 0.0)),
                expires=r.get("expires"),
                max_views=r.get("max_views"),
                views=views,
                status=status,
                passcode=bool(r.get("passcode")),
                url=_listing_url(r, base_url, status),
                path=r.get("path"),
                key=r.get("key"),
            )
        )
    out.sort(key=lambda s: s.created, reverse=True)
    return out


def _listing_url(record: dict[str, Any], base_url: str, status: str) -> str | None:
    if record.get("kind") == "bundle":
        path, key = record.get("path"), record.get("key")
        return f"{Path(path).as_uri()}#k={key}" if path and key else None
    token = record.get("token")
    return share_url(base_url, token) if token and status != "revoked" else None


def resolve_share_id(journal: Journal, share_id: str) -> str:
    """A full share id from a full id or a unique prefix of at least 6 characters."""
    wanted = share_id.strip().lower()
    ids = list(journal.records(TABLE))
    if wanted in ids:
        return wanted
    found = [i for i in ids if i.startswith(wanted)] if len(wanted) >= 6 else []
    if len(found) == 1:
        return found[0]
    raise ShareNotFound(
        f"No share with id {share_id!r} in this vault. `dreamjournal shares` lists them."
    )


def revoke_share(journal: Journal, store: ShareStore, share_id: str) -> dict[str, Any]:
    """Stop a link now (the store wipes its ciphertext); a bundle's record is forgotten.

    Returns the vault record as it was, so callers can say what was revoked.
    """
    full = resolve_share_id(journal, share_id)
    record = journal.get_record(TABLE, full)
    assert record is not None
    if record.get("kind") == "bundle":
        journal.delete_record(TABLE, full)
        return record
    lookup = _lookup_of(record)
    if lookup is not None:
        store.revoke(lookup)
    journal.put_record(TABLE, full, {**record, "token": None, "revoked": True})
    return record


def revoke_entry_shares(journal: Journal, store: ShareStore, entry_id: str) -> int:
    """Revoke every link of an entry and forget its bundles; call it before deleting the entry."""
    ids = [i for i, r in journal.records(TABLE).items() if r.get("entry_id") == entry_id]
    for share_id in ids:
        revoke_share(journal, store, share_id)
        journal.delete_record(TABLE, share_id)
    return len(ids)


@on_delete(TABLE)
def _revoke_with_entry(journal: Journal, table: str, share_id: str, record: dict[str, Any]) -> None:
    """Delete hook: a share record goes with its dream, and its link stops first."""
    lookup = _lookup_of(record)
    data_dir = journal.data_dir
    if lookup is not None and data_dir is not None and not record.get("revoked"):
        ShareStore.in_data_dir(data_dir).revoke(lookup)


def delete_entry(journal: Journal, data_dir: Path, entry_id: str) -> Entry:
    """Delete an entry everywhere (kept for callers; `Journal.delete` runs the hooks itself)."""
    return journal.delete(entry_id)
