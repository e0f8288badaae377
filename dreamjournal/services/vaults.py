"""Opening, creating and re-keying vaults."""

from __future__ import annotations

from pathlib import Path

from dreamjournal.errors import InvalidInput, WrongPassphrase
from dreamjournal.store.journal import Journal, Target
from dreamjournal.vault.header import unwrap_keys
from dreamjournal.vault.kdf import MIN_PASSPHRASE_CHARS, KdfParams, check_new_passphrase

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "change_passphrase",
    "check_new_passphrase",
    "create_vault",
    "unlock_as_found",
    "unlock_vault",
]


def create_vault(
    target: Target, passphrase: str, *, demo: bool = False, kdf: KdfParams | None = None
) -> tuple[Journal, int]:
    """A new vault, unlocked; with `demo`, the example dreams too. Returns it and the count."""
    journal = Journal.create(target, passphrase, kdf=kdf)
    if not demo:
        return journal, 0
    from dreamjournal.services.entries import add_examples

    return journal, add_examples(journal)


def unlock_vault(target: Target | Path, passphrase: str) -> Journal:
    """An existing vault, unlocked (WrongPassphrase changes nothing)."""
    return Journal.unlock(target, passphrase)


def unlock_as_found(target: Target | Path, passphrase: str) -> Journal:
    """Unlock a vault that failed its integrity check, accepting its rows as they are now.

    Only after the person has read what happened and chose this over restoring a backup:
    from then on the vault is checked against what it holds now.
    """
    return Journal.unlock(target, passphrase, accept_as_found=True)


def change_passphrase(journal: Journal, current: str, new: str, again: str | None = None) -> None:
    """A new passphrase, and a new data key for what is written from now on.

    The current passphrase must be given and right for the header as stored now (not as this
    session read it: a passphrase changed elsewhere since then is the one to give). The check
    lives here, not in a page: an unlocked session left open must not be enough to take the
    vault over. Old backups keep opening with the old passphrase, but only show what was
    written before the change.
    """
    if again is not None and new != again:
        raise InvalidInput("error.vaults.two_new_passphrases")
    try:
        unwrap_keys(journal.store.read_header(), current)
    except WrongPassphrase:
        raise WrongPassphrase("error.vaults.current_passphrase_right") from None
    journal.change_passphrase(new)
