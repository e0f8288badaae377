"""What a new user meets first at the command line, in English and German: the passphrase
prompts of `init` and `passwd` (every word from the catalogue, a too-short passphrase refused
before it is repeated), a yes/no question, a stopped prompt, and a search that finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dreamjournal import cli_text
from tests.cli_support import dj, ok
from tests.conftest import PASSPHRASE

GOOD = "lanterns over the harbour"
CLICK_WORDS = ("Repeat for confirmation", "do not match", "Aborted!", "[y/N]", "Error:")

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def _init(tmp_path: Path, typed: list[str], *lang: str) -> tuple[int, str, str]:
    done = dj(tmp_path, *lang, "init", stdin="".join(t + "\n" for t in typed), passphrase=None)
    return done.exit_code, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("lang", "ask", "repeat", "too_short", "differ", "created"),
    [
        (
            (),
            "Passphrase:",
            "Repeat to confirm:",
            "at least 8 characters",
            "The two passphrases differ",
            "Created vault",
        ),
        (
            ("--lang", "de"),
            "Passphrase:",
            "Zur Bestätigung wiederholen:",
            "mindestens 8 Zeichen",
            "Die beiden Passphrasen unterscheiden sich",
            "angelegt",
        ),
    ],
)
def test_init_asks_in_the_catalogues_words(
    tmp_path: Path,
    lang: tuple[str, ...],
    ask: str,
    repeat: str,
    too_short: str,
    differ: str,
    created: str,
) -> None:
    # too short, then two that differ, then the same one twice
    code, out, err = _init(tmp_path, ["short", GOOD, GOOD + "!", GOOD, GOOD], *lang)
    assert code == 0, err
    assert created in out
    assert out.count(ask) == 3 and out.count(repeat) == 2
    assert too_short in err and differ in err
    assert not any(word in out + err for word in CLICK_WORDS)
    ok(dj(tmp_path, "list", passphrase=GOOD))  # the vault opens with what was typed twice


def test_a_too_short_passphrase_is_refused_before_it_is_repeated(tmp_path: Path) -> None:
    code, out, err = _init(tmp_path, ["short", GOOD, GOOD], "--lang", "de")
    assert code == 0, err
    # one "repeat" only: the short one was never asked for again
    assert out.count("Zur Bestätigung wiederholen:") == 1
    assert err.count("mindestens 8 Zeichen") == 1


def test_passwd_asks_for_the_new_passphrase_the_same_way(tmp_path: Path) -> None:
    ok(dj(tmp_path, "init"))
    done = dj(tmp_path, "--lang", "de", "passwd", stdin=f"kurz\n{GOOD}\n{GOOD}\n")
    assert done.exit_code == 0, done.stderr
    assert "Neue Passphrase:" in done.stdout
    assert done.stdout.count("Zur Bestätigung wiederholen:") == 1
    assert "mindestens 8 Zeichen" in done.stderr
    ok(dj(tmp_path, "list", passphrase=GOOD))


def test_a_stopped_prompt_says_so_in_german(tmp_path: Path) -> None:
    code, out, err = _init(tmp_path, [], "--lang", "de")  # end of input at the first prompt
    assert code == 1
    assert "Abgebrochen. Nichts wurde geändert." in err
    assert "Aborted" not in out + err
    assert not (tmp_path / "vaults").exists()


def _ask(question: str, typed: str, lang: str) -> tuple[bool, str]:
    """`cli_text.confirm(question)` at a terminal where `typed` is typed; answer, what it showed."""
    asker = typer.Typer()

    @asker.command()
    def ask() -> None:
        typer.echo(f"ANSWER={cli_text.confirm(question)}")

    cli_text.set_language(lang)
    try:
        done = CliRunner().invoke(asker, [], input=typed)
    finally:
        cli_text.set_language(None)
    assert done.exit_code == 0, done.output
    return "ANSWER=True" in done.stdout, done.output


@pytest.mark.parametrize(
    ("lang", "typed", "answer"),
    [
        ("de", "ja\n", True),
        ("de", "j\n", True),
        ("de", "\n", False),
        ("de", "nein\n", False),
        ("en", "yes\n", True),
        ("en", "n\n", False),
    ],
)
def test_a_question_takes_answers_in_the_language(lang: str, typed: str, answer: bool) -> None:
    got, shown = _ask("Löschen?", typed, lang)
    assert got is answer
    assert ("[j/N]" if lang == "de" else "[y/N]") in shown


def test_a_question_asks_again_in_german_after_an_unknown_answer() -> None:
    got, shown = _ask("Löschen?", "vielleicht\nj\n", "de")
    assert got is True
    assert "Antworte mit j (ja) oder n (nein)." in shown
    assert "Error" not in shown


@pytest.mark.parametrize(
    ("lang", "message"),
    [((), "No dream matches."), (("--lang", "de"), "Kein Traum passt.")],
)
def test_a_search_without_hits_says_so(tmp_path: Path, lang: tuple[str, ...], message: str) -> None:
    ok(dj(tmp_path, "init"))
    ok(dj(tmp_path, "add", "--title", "Der Zug", "--body", "Ich fuhr mit dem Zug ans Meer."))
    done = dj(tmp_path, *lang, "search", "elephant")
    assert done.exit_code == 0
    assert done.stdout == ""  # a script reading the list reads nothing
    assert message in done.stderr
    found = dj(tmp_path, *lang, "search", "zug")
    assert "Der Zug" in ok(found) and message not in found.stderr
    assert ok(dj(tmp_path, "search", "elephant", "--json")).strip() == "[]"


def test_an_empty_journal_says_how_to_begin(tmp_path: Path) -> None:
    ok(dj(tmp_path, "init"))
    done = dj(tmp_path, "--lang", "de", "list", passphrase=PASSPHRASE)
    assert ok(done) == ""
    assert "Noch keine Träume" in done.stderr and "dreamjournal add" in done.stderr
    assert ok(dj(tmp_path, "list", "--json")).strip() == "[]"


@pytest.mark.parametrize("short", ["short", "   seven   ", "1234567"])
def test_the_cli_and_the_app_refuse_the_same_passphrases_in_the_same_words(
    tmp_path: Path, short: str
) -> None:
    from tests.test_app_support import click, open_app

    at = open_app()
    at.text_input(key="create_pass1").input(short)
    at.text_input(key="create_pass2").input(short)
    click(at, "Create vault")
    app_says = at.error[0].value
    code, _, err = _init(tmp_path, [short, GOOD, GOOD])
    assert code == 0
    assert err.strip() == app_says


def test_a_number_prompt_asks_again_in_german() -> None:
    from dreamjournal.cli import _ask_number

    asker = typer.Typer()

    @asker.command()
    def ask() -> None:
        typer.echo(f"ANSWER={_ask_number('Frage 1')}")

    cli_text.set_language("de")
    try:
        done = CliRunner().invoke(asker, [], input="drei\n3\n")
    finally:
        cli_text.set_language(None)
    assert done.exit_code == 0, done.output
    assert "ANSWER=3" in done.stdout
    assert "„drei“ ist keine ganze Zahl" in done.stderr
    assert "Error" not in done.output
