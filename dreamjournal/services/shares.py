"""Sharing one chosen dream: links, offline bundles, the owner's list, revoking."""

from __future__ import annotations

from dreamjournal.share.owner import ShareListing, list_shares, revoke_share
from dreamjournal.share.service import (
    DEFAULT_EXPIRY,
    EXPIRY_CHOICES,
    check_max_views,
    create_bundle,
    create_share,
    parse_expiry,
    parse_include,
)
from dreamjournal.share.store import ShareStore

__all__ = [
    "DEFAULT_EXPIRY",
    "EXPIRY_CHOICES",
    "ShareListing",
    "ShareStore",
    "check_max_views",
    "create_bundle",
    "create_share",
    "list_shares",
    "parse_expiry",
    "parse_include",
    "revoke_share",
]
