"""The only write API of the app and the CLI: one function per use case, one transaction each.

    ui, cli -> services -> domain (analysis, visualize, render, share, therapy) -> store -> vault

Pages and commands read widgets or options, call one function here and render what it
returns. Rules that must always hold live here or below (a delete revokes share links and
removes clip files; the current passphrase is needed to set a new one; a session ends or is
discarded), never only in a page. `tests/test_layers.py` keeps the arrows pointing down.

Submodules: `vaults` (create, unlock, passphrase), `entries` (add, edit, delete, examples,
preferences), `drafts` (autosaved unsaved work), `therapy` (rescript, rehearse, sessions),
`backup` (export, import, restore), `clips`, `shares`. Importing a submodule is cheap;
`entries.delete_entry` loads the modules whose delete hooks it needs.
"""

from __future__ import annotations

from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal

__all__ = ["Entry", "Journal"]
