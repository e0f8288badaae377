"""Sharing one chosen dream: capability links, the share store, the friend viewer, HTML bundles.

Owner side (opens the vault): `service` (create, list, revoke), `bundle` (offline HTML file),
`commands` (the CLI). Friend side (never opens a vault): `store` and `viewer`, driven by the
Streamlit script `dreamjournal/ui/viewer_app.py` that `dreamjournal share-server` runs.
"""
