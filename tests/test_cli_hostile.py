"""Hostile and unlucky input to the CLI: every command exits 0, or 1 with one clear line.

Runs `dreamjournal.cli.main` in process (the real exit point that turns user errors into a
message and exit 1), over a corpus of hostile inputs and a hypothesis fuzz of dream text.
Anything else (a traceback, exit 2 from a crash) fails the test.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dreamjournal.cli import main
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf


def run(args: list[str], data_dir: Path, stdin: str = "") -> tuple[int, str, str]:
    """`dreamjournal ARGS` in process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old_argv, old_stdin = sys.argv, sys.stdin
    env = {"DREAMJOURNAL_PASSPHRASE": PASSPHRASE, "DREAMJOURNAL_DATA_DIR": str(data_dir)}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    sys.argv, sys.stdin = ["dreamjournal", *args], io.StringIO(stdin)
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = int(exc.code or 0) if not isinstance(exc.code, str) else 1
    finally:
        sys.argv, sys.stdin = old_argv, old_stdin
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


def assert_clean(result: tuple[int, str, str]) -> None:
    code, _, err = result
    assert code in (0, 1), result
    assert "Traceback" not in err
    if code == 1:
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("dreamjournal: "), err


@pytest.fixture
def vault(data_dir: Path) -> Path:
    Journal.create(vault_path(data_dir, "journal"), PASSPHRASE, kdf=fast_kdf()).lock()
    return data_dir


HOSTILE_TITLES = [
    "t" * 500,  # the longest title `add` accepts (visualize's fields hold 200)
    "<script>alert(1)</script>",
    "\u202eevil\u202c",  # right-to-left override
    "a\u0000b",
    "🌙" * 120,
    "Ünïcödé  ",
]
HOSTILE_BODIES = [
    "夢の中で私は海の上を飛んでいた" * 25,  # 375 characters and no sentence end at all
    "",
    "word " * 20_000,
    "\n\n\n",
    "ich träumte 'von' \"Anführungszeichen\" — und … Ellipsen",
]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (title, body)
        for body in HOSTILE_BODIES
        for title in HOSTILE_TITLES
        # the 20,000-word body with one title: each command encodes its one 20,000-word
        # sentence for the crisis check (about 30 s a title), and the titles meet every other body
        if len(body) < 10_000 or title == HOSTILE_TITLES[0]
    ],
)
def test_hostile_dreams_go_through_every_command(vault: Path, title: str, body: str) -> None:
    code, out, err = run(["add", "--title", title, "--body", body], vault)
    assert_clean((code, out, err))
    if code != 0:
        return
    entry_id = out.strip()
    for args in (
        ["show", entry_id],
        ["visualize", entry_id],
        ["visualize", entry_id, "--json"],
        ["rescript", entry_id, "--suggest"],
        ["search", title[:10]],
        ["list", "--json"],
    ):
        assert_clean(run(args, vault))


@pytest.mark.parametrize(
    "args",
    [
        ["--vault", "bad\n", "list"],
        ["--vault", "../../etc/passwd", "list"],
        ["--vault", "", "list"],
        ["--vault", ".hidden", "init"],
        ["show", "nope"],
        ["show", ""],
        ["edit", "0" * 32, "--title", "x"],
        ["delete", "ab:cd", "--yes"],
        ["add", "--title", "x", "--date", "2026-02-30"],
        ["add", "--title", "x", "--lucidity", "9"],
        ["search", "", "--since", "2026-05-01", "--until", "2026-01-01"],
        ["import", "/nonexistent/file.json"],
        ["export", "--out", "/dev/null"],
        ["export", "--out", "/"],
        ["export", "--out", "x.md", "--format", "pdf"],
        ["render", "0" * 32, "--size", "1x1"],
        ["share", "nope"],
        ["revoke", "nope"],
        ["session", "end", "nope", "--suds-after", "3"],
        ["outcomes", "--tz", "Mars/Olympus"],
        ["report", "--out", "/dev/null"],
    ],
)
def test_hostile_options_get_one_line(vault: Path, args: list[str]) -> None:
    before = os.stat("/dev/null")
    assert_clean(run(args, vault))
    after = os.stat("/dev/null")
    assert (before.st_mode, before.st_rdev) == (after.st_mode, after.st_rdev)  # still a device


def test_a_vault_name_with_umlauts_is_accepted(data_dir: Path) -> None:
    code, out, err = run(["--vault", "Jürgen", "init"], data_dir)
    assert code == 0, err
    assert (data_dir / "vaults" / "Jürgen.db").is_file()
    assert_clean(run(["--vault", "Jürgen", "list"], data_dir))


def test_imported_ids_that_could_confuse_the_row_binding_are_refused(
    vault: Path, tmp_path: Path
) -> None:
    import json

    doc = {"format": "dreamjournal", "version": 1, "entries": [{"id": "entry:1", "title": "x"}]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc))
    code, _, err = run(["import", str(path)], vault)
    assert code == 1 and "unusable id" in err


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=520),
    body=st.text(max_size=3000),
)
def test_fuzzed_dreams_never_crash_the_cli(vault: Path, title: str, body: str) -> None:
    code, out, err = run(["add", "--title", title, "--body", body], vault)
    assert_clean((code, out, err))
    if code == 0:
        entry_id = out.strip()
        assert_clean(run(["visualize", entry_id, "--json"], vault))
        assert_clean(run(["show", entry_id, "--json"], vault))


def test_import_dry_run_says_what_it_would_do_and_writes_nothing(
    vault: Path, tmp_path: Path
) -> None:
    assert run(["add", "--title", "kept"], vault)[0] == 0
    backup = tmp_path / "b.djb"
    assert run(["export", "--out", str(backup)], vault)[0] == 0
    Journal.create(vault_path(vault, "other"), PASSPHRASE, kdf=fast_kdf()).lock()
    code, out, _ = run(["--vault", "other", "import", str(backup), "--dry-run"], vault)
    assert code == 0 and "Would import 1 dreams" in out and "Nothing was written" in out
    code, out, _ = run(["--vault", "other", "list", "--json"], vault)
    assert out.strip() == "[]"


def test_crisis_language_is_checked_on_add(vault: Path) -> None:
    code, out, err = run(["add", "--title", "tonight", "--body", "I want to kill myself"], vault)
    assert code == 0 and len(out.strip()) == 32  # the id, alone on stdout, as scripts expect
    assert "116 123" in err or "988" in err or "findahelpline" in err
    code, out, err = run(["add", "--title", "calm", "--body", "I swam with dolphins"], vault)
    assert code == 0 and err == ""


def test_an_untitled_entry_is_checked_without_its_cut_off_title(vault: Path) -> None:
    # The title made from the first eight words ends before "not at all": read on its own it
    # would be a crisis statement, so it is not read a second time (round 15).
    body = "Thoughts that I would be better off dead: not at all. Slept badly."
    code, out, err = run(["add", "--body", body], vault)
    assert code == 0 and err == ""
    code, out, _ = run(["show", out.strip()], vault)
    assert "better off dead: …" in out  # the title is still the body's first words
    # a title of the writer's own is still read
    code, _, err = run(["add", "--title", "I want to die", "--body", "Slept badly."], vault)
    assert code == 0 and ("116 123" in err or "988" in err or "findahelpline" in err)


def test_help_on_add_is_in_the_chosen_language_for_the_locale_and_the_text(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DREAMJOURNAL_HELP_REGION", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    body = "Ich will nicht mehr leben, ich hab meine Tabletten gesammelt."
    code, _, err = run(["--lang", "de", "add", "--title", "nachts", "--body", body], vault)
    assert code == 0
    assert "allein" in err  # the message in the language asked for with --lang
    assert "Samaritans (Großbritannien): 116 123" in err  # the locale's country
    assert "TelefonSeelsorge (Deutschland): 0800 111 0 111" in err  # the text's language
    assert "999 (Großbritannien)" in err


def test_an_unmarked_nightmare_is_asked_about_before_the_cli_replays_it(vault: Path) -> None:
    body = "A man with a knife chased me through the dark house. I screamed, I was terrified."
    code, out, err = run(["add", "--title", "chase", "--body", body], vault)
    entry_id = out.strip()
    assert code == 0 and "Was it a nightmare?" in err and f"edit {entry_id[:8]}" in err
    code, out, err = run(["visualize", entry_id], vault)
    assert code == 1 and out == "" and "not replayed word for word" in err  # nothing replayed
    assert_clean((code, out, err))
    assert run(["render", entry_id], vault)[0] == 1
    assert run(["edit", entry_id, "--no-nightmare"], vault)[0] == 0  # answered: not one
    code, out, err = run(["visualize", entry_id], vault)
    assert code == 0 and "shot" in out.lower()
    code, out, err = run(["add", "--title", "again", "--body", body, "--nightmare"], vault)
    assert code == 0 and "Was it a nightmare?" not in err  # marked: nothing to ask
    code, out, err = run(["add", "--title", "not one", "--body", body, "--no-nightmare"], vault)
    assert code == 0 and "Was it a nightmare?" not in err  # answered on add: not one
    code, out, err = run(["visualize", out.strip()], vault)
    assert code == 0 and "shot" in out.lower()
