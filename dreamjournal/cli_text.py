"""The command line's language and texts: `--lang`, else LC_ALL, LC_MESSAGES, LANG (POSIX order).

Every command prints through `say(key, **values)` (the catalogue, in that language) and user
errors are rendered with `cli_language()`.

`--help` is in that language too. Every Typer `help=` (commands, groups, options, arguments)
and panel title in the code is a catalogue key marked with `N_("cli.help....")`; the texts are
written out only when help is shown, not when the app is built (the language is known only
once `--lang` is read): `cli.CommandGroup` gives every command the context class
`help_context(...)`, whose `get_help` (what `--help` and a group called without a command
print) runs `localize_help` on the command and, while it formats, puts Typer's own words in the
language (`TYPER_WORDS`: the constants `typer.rich_utils` reads, "Options", "[default: {}]",
...); its formatter writes "Usage:" from the catalogue, and the --help option's own text is
`cli.help.help_option`. `CommandGroup.parse_args` reads the root's `--lang` with click's own
parser before any option acts, so `--help --lang de` is German as well. This uses only what
click documents (`context_class`, `formatter_class`, `write_usage`, `get_help`) and Typer's
`rich_help_panel` and `typer.rich_utils` constants, the same in Typer 0.26.1 and 0.29; Typer
vendors its own click without gettext, so nothing is looked up in a system gettext domain.
With TYPER_USE_RICH=0 Typer's plain formatter keeps its section titles ("Options:") English.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
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


def environment_locale() -> str:
    """The locale the variables name ('de_AT.UTF-8'): its country picks the help lines."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value
    return ""


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


# --help: every help text, panel title and Typer word is a catalogue key, written in the
# command line's language when help is shown (see the module docstring).

HELP_KEYS = "_dreamjournal_help_keys"  # where a command or parameter keeps the keys it was given
HELP_OPTION = "cli.help.help_option"
USAGE = "cli.help.usage"
# Typer's own words in its rich help, module constants of `typer.rich_utils` (read when help is
# formatted); a name a Typer version lacks is skipped and stays English.
TYPER_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "cli.help.arguments",
    "OPTIONS_PANEL_TITLE": "cli.help.options",
    "COMMANDS_PANEL_TITLE": "cli.help.commands",
    "DEFAULT_STRING": "cli.help.default",
    "ENVVAR_STRING": "cli.help.env_var",
    "REQUIRED_LONG_STRING": "cli.help.required",
}


def N_(key: str) -> str:
    """`key` unchanged (gettext's name for a text marked now, translated later): a catalogue
    key given as a Typer `help=` or panel title, written in the command line's language when
    --help is shown (`localize_help`)."""
    return key


def help_key(obj: Any, attr: str) -> Any:
    """What `obj.attr` was set to in the code (a key), even after `localize_help` wrote it."""
    keys: dict[str, Any] = getattr(obj, HELP_KEYS, None) or {}
    return keys.get(attr, getattr(obj, attr, None))


def localize_help(command: Any, ctx: Any, lang: str) -> None:
    """Write the help texts and panel titles of `command`, its parameters, its --help and every
    command below it in `lang` (each object remembers its keys, so this can run again)."""
    help_option = command.get_help_option(ctx)
    for obj in (command, *command.params, help_option):
        if obj is None:
            continue
        keys = getattr(obj, HELP_KEYS, None)
        if keys is None:
            keys = {attr: getattr(obj, attr, None) for attr in ("help", "rich_help_panel")}
            if obj is help_option:
                keys["help"] = HELP_OPTION  # Typer's "Show this message and exit."
            setattr(obj, HELP_KEYS, keys)
        for attr, key in keys.items():
            if isinstance(key, str) and i18n.has_message(key):
                setattr(obj, attr, i18n.message(key, lang))
    for sub in getattr(command, "commands", {}).values():
        localize_help(sub, ctx, lang)


@contextmanager
def _typer_words(lang: str) -> Iterator[None]:
    """Typer's own words ("Options", "[default: ...]") in `lang` while help is formatted."""
    from typer import rich_utils

    kept = {name: getattr(rich_utils, name) for name in TYPER_WORDS if hasattr(rich_utils, name)}
    for name in kept:
        setattr(rich_utils, name, i18n.message(TYPER_WORDS[name], lang))
    try:
        yield
    finally:
        for name, value in kept.items():
            setattr(rich_utils, name, value)


@cache
def help_context(base: type[Any]) -> type[Any]:
    """A subclass of Typer's context class `base` whose help is in the command line's language:
    `get_help` (what --help and a group called without a command print) localizes the command
    and Typer's words first, and formats with a formatter that writes "Usage:" as the catalogue
    says. Typer's usage errors ("No such option") stay English, their "Usage:" line with them."""
    formatter: Any = base.formatter_class

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        usage = prefix if prefix is not None else say(USAGE) + " "
        formatter.write_usage(self, prog, args, usage)

    localized = type(formatter.__name__, (formatter,), {"write_usage": write_usage})

    def get_help(self: Any) -> str:
        lang = cli_language()
        localize_help(self.command, self, lang)
        self.formatter_class = localized  # this context, while its help is formatted
        try:
            with _typer_words(lang):
                text: str = base.get_help(self)
        finally:
            del self.formatter_class
        return text

    return type(base.__name__, (base,), {"get_help": get_help})


# Prompts: every word a person reads or types at a prompt is the catalogue's (click's own
# "Repeat for confirmation:", "[y/N]" and "Error: The two entered values do not match." are
# English only, so no prompt here uses click's confirmation_prompt or confirm).

REPEAT = "cli.prompt.repeat"
YES_NO = "cli.prompt.yes_no"  # the hint after a question: "[y/N]", "[j/N]"
YES_WORDS = "cli.prompt.yes_words"  # answers that mean yes, comma-separated: "y,yes"
NO_WORDS = "cli.prompt.no_words"


def ask_secret(key: str) -> str:
    """A hidden prompt labelled with the catalogue text `key`."""
    import typer

    return str(typer.prompt(say(key), hide_input=True))


def ask_new_secret(
    key: str, check: Callable[[str], object] | None = None, mismatch: str = "cli.prompt.differ"
) -> str:
    """A new passphrase (or code) typed twice, hidden. `check` (raising a DreamJournalError)
    runs on the first entry, so a refused one is said at once and asked again before any
    repeating; two entries that differ start over."""
    import typer

    from dreamjournal.errors import DreamJournalError

    while True:
        first = ask_secret(key)
        if check is not None:
            try:
                check(first)
            except DreamJournalError as exc:
                typer.echo(exc.render(cli_language()), err=True)
                continue
        if ask_secret(REPEAT) == first:
            return first
        typer.echo(say(mismatch), err=True)


def _words(key: str) -> set[str]:
    return {w.strip().casefold() for w in say(key).split(",") if w.strip()}


def confirm(question: str) -> bool:
    """A yes/no question in the command line's language ("[j/N]" in German); no is the default."""
    import typer

    while True:
        answer = str(
            typer.prompt(f"{question} {say(YES_NO)}", default="", show_default=False)
        ).strip()
        if not answer or answer.casefold() in _words(NO_WORDS):
            return False
        if answer.casefold() in _words(YES_WORDS):
            return True
        typer.echo(say("cli.prompt.yes_or_no"), err=True)


def confirm_or_stop(question: str) -> None:
    """`confirm`, and typer.Abort on no (the command stops; nothing was changed)."""
    import typer

    if not confirm(question):
        raise typer.Abort
