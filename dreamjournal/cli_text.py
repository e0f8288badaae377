"""The command line's language and texts: `--lang`, else LC_ALL, LC_MESSAGES, LANG (POSIX order).

Every command prints through `say(key, **values)` (the catalogue, in that language) and user
errors are rendered with `cli_language()`. Typer's `--help` texts stay English.
"""

from __future__ import annotations

import os
from typing import Any

from dreamjournal import i18n

_chosen: str | None = None


def environment_language() -> str:
    """The language the locale variables ask for ('de' for de_DE.UTF-8; C and POSIX are 'en')."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return i18n.language(value)
    return i18n.DEFAULT_LANGUAGE


def set_language(lang: str | None) -> None:
    """Use `lang` (from `--lang`) for this run; None goes back to the locale variables."""
    global _chosen
    _chosen = i18n.language(lang) if lang else None


def cli_language() -> str:
    return _chosen or environment_language()


def say(key: str, **values: Any) -> str:
    """The catalogue text `key` in the command line's language."""
    return i18n.message(key, cli_language(), **values)


def say_n(singular: str, plural: str, n: int, **values: Any) -> str:
    """A plural catalogue text in the command line's language."""
    return i18n.nmessage(singular, plural, n, cli_language(), **values)
