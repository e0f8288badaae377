"""Sharing one chosen dream: capability links, the share store, the friend viewer, HTML bundles.

Owner side (opens the vault): `service` (create, list, revoke), `bundle` (offline HTML file),
`commands` (the CLI), `relay_client` (publish to a share relay, stats, revoke, replies) with
`reply_keys` (friends' replies sealed to the owner's public key). Friend side (never opens a
vault): `store` and `viewer`, driven by the Streamlit script `dreamjournal/ui/viewer_app.py`
that `dreamjournal share-server` runs, and `relay_page` (the page a relay serves; its WebCrypto
core is shared with the bundle page).
"""
