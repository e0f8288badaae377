"""Sharing one chosen dream: publish to a relay, offline bundles, the owner's list, revoke, replies.

Every network call takes an injectable `httpx.Client` (tests, proxies) and a timeout
(default DREAMJOURNAL_REQUEST_TIMEOUT_S). Publishing needs `consent=True`: without it nothing
is built and nothing is sent.
"""

from __future__ import annotations

from dreamjournal.share.owner import (
    ShareListing,
    ShareNotFound,
    ShareNotRevoked,
    forget_share,
    list_shares,
    revoke_entry_links,
    revoke_share,
    share_replies,
)
from dreamjournal.share.relay_client import RelayError, Reply
from dreamjournal.share.relay_shares import (
    RelayShareCreated,
    ensure_reply_keys,
    publish_entry,
    relay_url,
)
from dreamjournal.share.service import (
    DEFAULT_EXPIRY,
    EXPIRY_CHOICES,
    check_max_views,
    create_bundle,
    parse_expiry,
    parse_include,
)

__all__ = [
    "DEFAULT_EXPIRY",
    "EXPIRY_CHOICES",
    "RelayError",
    "RelayShareCreated",
    "Reply",
    "ShareListing",
    "ShareNotFound",
    "ShareNotRevoked",
    "check_max_views",
    "create_bundle",
    "ensure_reply_keys",
    "forget_share",
    "list_shares",
    "parse_expiry",
    "parse_include",
    "publish_share",
    "relay_url",
    "revoke_entry_links",
    "revoke_share",
    "share_replies",
]

# One name per use case for the edges: "publish this dream to the relay".
publish_share = publish_entry
