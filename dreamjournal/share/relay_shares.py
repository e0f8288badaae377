"""Publishing one dream to a share relay from the vault, and the vault's reply key pair.

What the vault keeps (sealed like every record)::

    share/<uuid>         {"kind": "relay", "entry_id", "title", "includes", "created", "expires",
                          "max_views", "burn", "passcode": bool, "replies": bool,
                          "relay_url", "share_id" (the relay's id), "url" (the friend's link,
                          with its key; dropped on revoke), "owner_secret", "revoked"}
    setting/reply-key    {"private": base64url PKCS#8 DER of the P-256 reply key}

The relay sees the sealed snapshot, SHA-256(owner secret) and the limits; the key is only in
`url`'s fragment. The reply key pair is made once per vault; its public half travels inside
every snapshot (so the relay cannot link two shares of one owner by it).
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from dreamjournal.errors import ChangedElsewhere, ConsentRequired, InvalidInput
from dreamjournal.share.crypto import BUNDLE_PBKDF2_ITERATIONS, b64url, b64url_decode
from dreamjournal.share.relay_client import (
    RelayError,
    check_relay_url,
    publish,
    revoke,
)
from dreamjournal.share.reply_keys import ReplyKeys, generate_reply_keys, reply_public_key
from dreamjournal.share.service import (
    DEFAULT_INCLUDE,
    TABLE,
    ClipLoader,
    check_max_views,
    latest_clip,
    shared_parts,
)
from dreamjournal.store.journal import Journal

if TYPE_CHECKING:
    from dreamjournal.settings import Settings

SETTING_TABLE = "setting"
REPLY_KEY_ID = "reply-key"
CONSENT_MESSAGE = "error.relay_shares.publishing_needs_consent"


def _settings() -> Settings:
    """The settings; an unsafe value (e.g. a plain-http relay elsewhere) is a user error."""
    from pydantic import ValidationError

    from dreamjournal.settings import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"DREAMJOURNAL_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        raise InvalidInput("error.relay_shares.setting_safe_use", problems=problems) from None


def default_timeout() -> float:
    """The timeout per relay request (DREAMJOURNAL_REQUEST_TIMEOUT_S)."""
    return _settings().request_timeout_s


def relay_url(explicit: str | None = None) -> str:
    """The relay to publish to: `explicit`, else DREAMJOURNAL_SHARE_RELAY_URL; checked."""
    chosen = (explicit or "").strip() or _settings().share_relay_url
    if not chosen:
        raise InvalidInput("error.relay_shares.share_relay_set")
    return check_relay_url(chosen)


def reply_private_key(journal: Journal) -> bytes | None:
    """The vault's reply private key (PKCS#8 DER), or None before the first relay share."""
    record = journal.get_record(SETTING_TABLE, REPLY_KEY_ID)
    if not record or not isinstance(record.get("private"), str):
        return None
    return b64url_decode(record["private"])


def ensure_reply_keys(journal: Journal) -> ReplyKeys:
    """The vault's reply key pair, made and sealed on first use (once, even with two tabs)."""
    found = reply_private_key(journal)
    if found is not None:
        return ReplyKeys(found, reply_public_key(found))
    keys = generate_reply_keys()
    try:
        journal.put_record(SETTING_TABLE, REPLY_KEY_ID, {"private": b64url(keys.private_der)})
    except ChangedElsewhere:  # another tab made one a moment ago: use that one
        found = reply_private_key(journal)
        if found is None:
            raise
        return ReplyKeys(found, reply_public_key(found))
    return keys


@dataclass(frozen=True)
class RelayShareCreated:
    """A dream published to a relay: give `url` to the friend (it holds the key)."""

    share_id: str  # the vault's id of this share (for listing, revoking, replies)
    url: str = field(repr=False)
    relay_url: str
    expires: float | None
    max_views: int | None
    burn: bool
    passcode: bool


def publish_entry(
    journal: Journal,
    entry_id: str | None,
    relay: str,
    *,
    consent: bool,
    include: Iterable[str] = DEFAULT_INCLUDE,
    reel_id: str | None = None,
    expires_in: float | None = 7 * 86400,
    max_views: int | None = None,
    passcode: str | None = None,
    burn: bool = False,
    crisis_confirmed: bool = False,
    client: httpx.Client | None = None,
    timeout: float | None = None,
    clip_loader: ClipLoader = latest_clip,
    iterations: int = BUNDLE_PBKDF2_ITERATIONS,
    now: float | None = None,
) -> RelayShareCreated:
    """Seal one dream (or the dream reel `reel_id`), publish it to `relay` and keep a sealed
    record in the vault.

    Without consent nothing is built and nothing is sent. The relay link exists only once its
    record is in the vault; if the record cannot be written, the link is taken back.
    """
    if consent is not True:
        raise ConsentRequired(CONSENT_MESSAGE)
    base = check_relay_url(relay)
    check_max_views(max_views)
    shared = shared_parts(
        journal,
        entry_id,
        include,
        reel_id=reel_id,
        crisis_confirmed=crisis_confirmed,
        clip_loader=clip_loader,
    )
    snapshot = shared.snapshot
    keys = ensure_reply_keys(journal)
    wait = default_timeout() if timeout is None else timeout
    made = publish(
        snapshot,
        base,
        consent=True,
        client=client,
        timeout=wait,
        passcode=passcode,
        expires_in=None if expires_in is None else int(expires_in),
        max_views=max_views,
        burn=burn,
        reply_public=keys.public,
        iterations=iterations,
    )
    created = time.time() if now is None else now
    expires = None if expires_in is None else created + expires_in
    record_id = uuid.uuid4().hex
    record = {
        "kind": "relay",
        **shared.record_fields(),
        "created": created,
        "expires": expires,
        "max_views": made.max_views,
        "burn": burn,
        "passcode": made.passcode,
        "replies": made.replies,
        "relay_url": made.relay_url,
        "share_id": made.share_id,
        "url": made.url,
        "owner_secret": made.owner_secret,
        "revoked": False,
    }
    try:
        journal.put_record(TABLE, record_id, record)
    except BaseException:
        # No live link without a record to revoke it by.
        with contextlib.suppress(RelayError):
            revoke(base, made.share_id, made.owner_secret, forget=True, client=client, timeout=wait)
        raise
    return RelayShareCreated(
        record_id, made.url, made.relay_url, expires, made.max_views, burn, made.passcode
    )
