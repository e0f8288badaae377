"""The CLI's dates, untitled dreams and --help, in process (English and German)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy import days
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_cli_hostile import run


@pytest.fixture
def vault(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(days, "local_today", lambda: date(2026, 12, 1))
    j = Journal.create(vault_path(data_dir, "journal"), PASSPHRASE, kdf=fast_kdf())
    j.add(title="Late November", date=date(2026, 11, 28))
    j.add(title="Early November", date=date(2026, 11, 2))
    j.lock()
    return data_dir


def _titles(data_dir: Path, *args: str) -> list[str]:
    code, out, err = run(["search", "", *args, "--json"], data_dir)
    assert code == 0, err
    return [e["title"] for e in json.loads(out)]


def test_a_night_after_today_is_refused(vault: Path) -> None:
    for night in ("2027-06-01", "28.12.2026"):
        code, out, err = run(["add", "--title", "x", "--date", night, "--body", "b"], vault)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and "That night has not happened yet" in err
    code, _, err = run(["--lang", "de", "add", "--date", "2027-06-01", "--body", "b"], vault)
    assert code == 1 and "Diese Nacht ist noch nicht gewesen" in err
    assert len(_titles(vault)) == 2
    code, _, err = run(["add", "--title", "x", "--date", "01.12.2026", "--body", "b"], vault)
    assert code == 0, err


@pytest.mark.parametrize(
    "option", ["--since", "--until", "--date", "--day"], ids=lambda o: o.strip("-")
)
@pytest.mark.parametrize("value", ["2026-13-01", "32.12.2026", "12/28/2026"])
def test_every_date_option_refuses_what_is_not_a_date(vault: Path, option: str, value: str) -> None:
    command = {
        "--since": ["search", ""],
        "--until": ["search", ""],
        "--date": ["add", "--title", "x", "--body", "b"],
        "--day": [
            "rehearse",
            "abc",
            "--minutes",
            "5",
            "--distress-before",
            "6",
            "--distress-after",
            "3",
        ],
    }[option]
    code, out, err = run([*command, option, value], vault)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert f"'{value}' is not a date. Use YYYY-MM-DD or DD.MM.YYYY" in err
    code, _, err = run(["--lang", "de", *command, option, value], vault)
    assert code == 1 and "ist kein Datum" in err


def test_search_reads_both_forms_and_may_end_after_today(vault: Path) -> None:
    assert _titles(vault, "--since", "28.11.2026") == ["Late November"]
    assert _titles(vault, "--since", "2026-11-28", "--until", "28.12.2026") == ["Late November"]
    assert _titles(vault, "--until", "2026-11-27") == ["Early November"]


def test_add_without_a_title_takes_its_first_words(vault: Path) -> None:
    code, out, err = run(["add"], vault, stdin="falling again.\n")
    assert code == 0, err
    code, _, err = run(["--lang", "de", "add"], vault, stdin="Ich fiel wieder durch den Boden.\n")
    assert code == 0, err
    titles = _titles(vault)
    assert "falling again." in titles and "Ich fiel wieder durch den Boden." in titles
    code, _, err = run(["--lang", "de", "add"], vault, stdin="  \n")
    assert code == 1 and "Missing option" not in err and err.count("\n") == 1


def test_help_lists_journal_commands_first_in_panels_without_placeholders() -> None:
    code, out, err = run(["--help"], Path("unused"))
    assert code == 0, err
    panels = re.findall(r"╭─ (.+?) ─", out)
    assert panels == ["Options", "Journal", "Visualize & clips", "Sharing", "Therapy"] + [
        "Vault & backup"
    ]
    names = re.findall(r"^│ ([a-z-]+) ", out, flags=re.M)
    for first, later in (("init", "share"), ("add", "render"), ("list", "narration")):
        assert names.index(first) < names.index(later)
    assert names.index("passwd") > names.index("measure")
    assert "<bool>" not in out
    code, out, _ = run(["edit", "--help"], Path("unused"))
    assert code == 0 and "--nightmare" in out and "<bool>" not in out
