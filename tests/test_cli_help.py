"""`--help` in the command line's language (`--lang`, else LC_ALL, LC_MESSAGES, LANG): every
command, option and panel title is a catalogue text, and so are Typer's own words ("Usage:",
"Options", "[default: ...]"); English stays the default. In process, through Typer's CliRunner."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from dreamjournal import i18n
from dreamjournal.cli import PANELS, app
from dreamjournal.cli_text import HELP_OPTION, TYPER_WORDS, USAGE

BOX = re.compile(r"[│╭╮╰╯─]+")


def _tree() -> Any:
    """The click command tree as the code builds it (help texts still catalogue keys)."""
    return typer.main.get_command(app)


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def _find(*path: str) -> Any:
    return dict(_commands(_tree()))[path]


def _keys_shown(command: Any) -> set[str]:
    """The catalogue keys a command's --help shows: its help, its parameters', its
    subcommands' and their panels'."""
    keys = {command.help, HELP_OPTION} | {p.help for p in command.params if not p.hidden}
    for sub in getattr(command, "commands", {}).values():
        keys |= {sub.help, getattr(sub, "rich_help_panel", None)}
    return {k for k in keys if k}


def _help(*args: str, **env: str | None) -> str:
    """`dreamjournal ARGS` (a --help) with only the locale variables given set."""
    base: dict[str, str | None] = {name: None for name in ("LC_ALL", "LC_MESSAGES", "LANG")}
    base.update({k: None for k in os.environ if k.startswith("DREAMJOURNAL_")})
    result = CliRunner().invoke(app, list(args), env={**base, **env}, prog_name="dreamjournal")
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def _flat(out: str) -> str:
    """Help output as one line of words: no panel borders, wrapped lines joined."""
    return " ".join(BOX.sub(" ", out).split())


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n")]


def _help_keys() -> set[str]:
    return {k for k in i18n.catalogue("en").texts if k.startswith("cli.help.")}


def assert_in_language(out: str, lang: str, command: Any) -> None:
    """`out` shows the command's texts in `lang` and no help text of the other language."""
    flat = _flat(out)
    for key in _keys_shown(command):
        first = _paragraphs(i18n.message(key, lang))[0]
        assert first in flat, (key, first)
    assert out.lstrip().startswith(i18n.message(USAGE, lang) + " dreamjournal")
    assert f"─ {i18n.message('cli.help.options', lang)} ─" in out
    titles = {*PANELS, "cli.help.arguments", "cli.help.options", "cli.help.commands"}
    for key in _help_keys():
        for text in _only_in(key, "en" if lang == "de" else "de"):
            if key in titles:  # one word ("Journal", "Options"): as a panel title
                assert f"─ {text} ─" not in out, (key, text)
            else:  # a sentence, or Typer's "[default: {}]" up to its value
                assert text.split("{")[0] not in flat, (key, text)


def _only_in(key: str, lang: str) -> list[str]:
    """The paragraphs of `key`'s text in `lang` that the other language does not share."""
    other = _paragraphs(i18n.message(key, "de" if lang == "en" else "en"))
    return [p for p in _paragraphs(i18n.message(key, lang)) if p not in other]


def test_every_command_and_option_has_a_help_text_in_both_languages() -> None:
    english, german = i18n.catalogue("en").texts, i18n.catalogue("de").texts
    used = set(TYPER_WORDS.values()) | {HELP_OPTION, USAGE} | set(PANELS)
    for path, command in _commands(_tree()):
        where = " ".join(path) or "dreamjournal"
        texts = [("", command.help)] + [
            (param.name, param.help) for param in command.params if not param.hidden
        ]
        for name, key in texts:
            assert key in english and key in german, (
                f"{where} {name}: {key!r} is no catalogue key; give it help=N_('cli.help....') and"
                " add the text: python -m dreamjournal.i18n_catalog add KEY 'English' 'Deutsch'"
            )
            assert english[key].strip() and german[key].strip(), (where, name, key)
            used.add(key)
        if len(path) == 1:
            assert getattr(command, "rich_help_panel", None) in PANELS, f"{where}: no panel"
    for key in used:
        assert key in english and key in german, key
    assert _help_keys() == used, "cli.help.* texts no command or option uses"


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (("--lang", "de", "--help"), ()),
        (("--help", "--lang", "de"), ()),
        (("--lang", "de", "add", "--help"), ("add",)),
        (("--lang", "de", "report", "--help"), ("report",)),
        (("--lang", "de", "session", "start", "--help"), ("session", "start")),
    ],
)
def test_help_is_german_with_lang_de(args: tuple[str, ...], path: tuple[str, ...]) -> None:
    out = _help(*args)
    assert_in_language(out, "de", _find(*path))
    assert "Diese Hilfe zeigen und beenden." in _flat(out) and "Show this message" not in out
    assert "<bool>" not in out
    if path == ("report",):
        assert "[erforderlich]" in _flat(out) and "[required]" not in out
    if path == ():
        assert "[Standard: data]" in _flat(out) and "[Umgebungsvariable: DREAMJOURNAL_VAULT]" in (
            _flat(out)
        )


def test_help_follows_a_german_locale_and_lang_overrules_it() -> None:
    out = _help("--help", LANG="de_DE.UTF-8")
    assert_in_language(out, "de", _tree())
    panels = re.findall(r"╭─ (.+?) ─", out)
    assert panels == ["Optionen"] + [i18n.message(key, "de") for key in PANELS]
    from typer import rich_utils

    assert rich_utils.OPTIONS_PANEL_TITLE == "Options"  # Typer's words are given back after help
    assert_in_language(_help("show", "--help", LC_ALL="de_DE.UTF-8"), "de", _find("show"))
    out = _help("--lang", "en", "add", "--help", LC_ALL="de_DE.UTF-8")
    assert_in_language(out, "en", _find("add"))


@pytest.mark.parametrize(
    "args", [("--help",), ("add", "--help"), ("report", "--help"), ("session", "start", "--help")]
)
def test_help_is_english_by_default(args: tuple[str, ...]) -> None:
    out = _help(*args, LANG="C")
    command = _find(*[a for a in args if a != "--help"])
    assert_in_language(out, "en", command)
    assert "Show this message and exit." in _flat(out) and "<bool>" not in out
    if args[0] == "report":  # Typer's word for a required option
        assert "[required]" in _flat(out) and "Aufruf" not in out


def test_a_group_without_a_command_shows_its_help_in_german() -> None:
    result = CliRunner().invoke(
        app, ["--lang", "de", "measure"], env={"LC_ALL": None}, prog_name="dreamjournal"
    )
    out = result.stdout + result.stderr
    assert "Aufruf: dreamjournal measure" in out and "─ Befehle ─" in out
    assert i18n.message("cli.help.measure.ddnsi", "de").split(";")[0] in _flat(out)
