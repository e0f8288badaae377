"""What happens outside the vault's rows when an entry is deleted, registered by its owners.

`Journal.delete` removes an entry and every record that hangs off it (clips, rehearsals,
sessions, shares) in one transaction. What lives outside those rows belongs to the module that
made it: the share module revokes links in the share store, the clip module removes the
encrypted files. They register a hook here when imported (`load_delete_hooks` in services
imports them all), and a delete refuses to run when a dependent record exists whose table has
no hook: a shared dream can never be deleted with its link left open because a module was not
loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dreamjournal.store.journal import Journal

# Called with the journal, the table, the record id and the decrypted record, inside the
# delete's transaction and before the row goes; raising aborts the whole delete.
DeleteHook = Callable[["Journal", str, str, dict[str, Any]], None]

# Tables whose records stand for something outside the vault's rows.
NEEDS_HOOK = frozenset({"share", "clip"})
_HOOKS: dict[str, DeleteHook] = {}


def on_delete(table: str) -> Callable[[DeleteHook], DeleteHook]:
    """Register the hook that cleans up after a record of `table` is deleted with its entry."""

    def register(hook: DeleteHook) -> DeleteHook:
        _HOOKS[table] = hook
        return hook

    return register


def hook_for(table: str) -> DeleteHook | None:
    """The registered hook of `table`; a table in NEEDS_HOOK without one is a programming error."""
    hook = _HOOKS.get(table)
    if hook is None and table in NEEDS_HOOK:
        raise RuntimeError(
            f"No delete hook for {table!r} records: import dreamjournal.services before deleting."
        )
    return hook
