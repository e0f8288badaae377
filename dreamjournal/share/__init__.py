"""Sharing one chosen dream: a zero-knowledge share relay, and offline HTML bundles.

Owner side (opens the vault): `service` (what to share, the snapshot with its crisis gate,
offline bundles), `relay_shares` (publish to a relay, the vault's reply key pair), `owner`
(list with live stats, revoke, replies, the delete hook), `commands` (the CLI),
`relay_client` (the relay's HTTP API) with `reply_keys` (friends' replies sealed to the
owner's public key). Friend side: `relay_page` (the page a relay serves; its WebCrypto core
is shared with the bundle page). The relay server itself is `dreamjournal.relay`.
"""
