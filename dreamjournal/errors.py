"""Errors a person can cause, each with a message that says what to do.

The hierarchy::

    DreamJournalError            a message id + parameters, rendered in the person's language at
                                 the edge (app: ui.state.show_error, CLI: stderr + exit 1)
    ├── VaultError
    │   ├── VaultNotFound        no vault of that name yet
    │   ├── VaultExists          init over an existing vault
    │   ├── WrongPassphrase      the passphrase does not unwrap the vault key
    │   ├── VaultLocked          the key has left memory (lock, auto-lock)
    │   └── TamperedData         a record, header or file failed authentication
    ├── InvalidInput             bad date, empty entry, too large, invalid Unicode, bad option
    ├── EntryNotFound            no entry with that id in this vault
    ├── ChangedElsewhere         another tab or the CLI wrote a newer version first (`newer`)
    ├── ImportFormatError        a file we cannot import
    └── BackendError             a remote writer/renderer failed (timeout, HTTP error, bad answer)
        └── ConsentRequired      a remote backend was asked to send a dream without consent
"""

from __future__ import annotations

from typing import Any

from dreamjournal.i18n import has_message, message, rendered


class DreamJournalError(Exception):
    """An error meant for people: `message_id` (a catalogue key) and `params`.

    `render(lang)` is the text in the person's language; `user_message` is the English text
    (logs, back-compat). A first argument that is not a catalogue key is taken as the text
    itself (English only: `tests/test_i18n_catalog.py` flags such a raise).
    A parameter that is an `i18n.Text` (a reason, a server's name, a hint) or itself a
    DreamJournalError is rendered in the same language: never pass English prose as a parameter.
    """

    def __init__(self, message_id: str, /, **params: Any) -> None:
        self.message_id = message_id
        self.params = params
        self.user_message = self.render("en")
        super().__init__(self.user_message)

    def render(self, lang: str = "en") -> str:
        """The message in `lang` (English when that language lacks it)."""
        if not has_message(self.message_id):
            return self.message_id
        return message(self.message_id, lang, **rendered(self.params, lang))


class VaultError(DreamJournalError):
    """Something about opening or keeping a vault."""


class VaultNotFound(VaultError):
    """There is no vault at the given place."""


class VaultExists(VaultError):
    """A vault already exists where a new one was asked for."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault."""


class VaultLocked(VaultError):
    """The vault key is no longer in memory."""


class TamperedData(VaultError):
    """Stored data failed authentication: changed, truncated or moved."""


class InvalidInput(DreamJournalError):
    """Input that cannot be stored or understood as given."""


class EntryNotFound(DreamJournalError):
    """No entry with that id."""


class ChangedElsewhere(DreamJournalError):
    """A write found a newer version than the one it was based on; nothing was overwritten.

    `newer` is the newer version (an Entry or a record dict), or None when it was deleted.
    """

    def __init__(self, message_id: str, /, newer: object = None, **params: Any) -> None:
        super().__init__(message_id, **params)
        self.newer = newer


class ImportFormatError(DreamJournalError):
    """A file that is not one of the formats we import."""


class BackendError(DreamJournalError):
    """A remote backend failed."""


class ConsentRequired(BackendError):
    """Sending a dream off this machine needs consent for that dream, every time."""
