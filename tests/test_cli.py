"""The `dreamjournal` command end to end, as a person or script runs it.

In process (tests/cli_support.py) with a cheap KDF; the last tests run the installed command
in subprocesses with the production KDF, as a smoke test of the install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import Result

from dreamjournal import __version__
from tests.cli_support import dj, ok, user_error
from tests.conftest import PASSPHRASE

JRNL_EXPORT = Path(__file__).parent / "data" / "jrnl_export.json"

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert "Created vault" in ok(dj(data, "init"))
    return data


def test_add_list_show_search_edit_delete(vault: Path) -> None:
    first = ok(
        dj(
            vault,
            "add",
            "--title",
            "Träume vom Meer",
            "--date",
            "2026-11-01",
            "--tag",
            "sea",
            "--emotion",
            "awe",
            "--lucidity",
            "2",
            stdin="Ich schwamm im Wasser unter dem Mond.\n",
        )
    ).strip()
    second = ok(
        dj(
            vault,
            "add",
            "-t",
            "Chased",
            "--nightmare",
            "--body",
            "Someone chased me",
            "--date",
            "2026-11-05",
        )
    ).strip()
    assert len(first) == 32 and len(second) == 32
    listed = json.loads(ok(dj(vault, "list", "--json")))
    assert [e["id"] for e in listed] == [second, first]
    assert {"id", "date", "title", "body", "tags", "emotions", "nightmare", "lucidity"} <= set(
        listed[0]
    )
    assert listed[1]["body"] == "Ich schwamm im Wasser unter dem Mond.\n"
    assert listed[1]["tags"] == ["sea"] and listed[1]["emotions"] == ["awe"]
    assert ok(dj(vault, "list", "-n", "1")).count("\n") == 1
    found = json.loads(ok(dj(vault, "search", "traum", "--json")))
    assert [e["id"] for e in found] == [first]
    assert [e["id"] for e in json.loads(ok(dj(vault, "search", "", "--nightmare", "--json")))] == [
        second
    ]
    assert json.loads(ok(dj(vault, "search", "", "--since", "2026-11-02", "--json")))[0]["id"] == (
        second
    )
    assert json.loads(ok(dj(vault, "search", "", "--tag", "SEA", "--json")))[0]["id"] == first
    assert "Ich schwamm" in ok(dj(vault, "show", first[:8]))
    ok(dj(vault, "edit", second, "--title", "Chased, then safe", "--no-nightmare"))
    shown = json.loads(ok(dj(vault, "show", second, "--json")))
    assert shown["title"] == "Chased, then safe" and shown["nightmare"] is False
    assert shown["body"] == "Someone chased me"
    ok(dj(vault, "delete", first))
    assert [e["id"] for e in json.loads(ok(dj(vault, "list", "--json")))] == [second]


def test_user_errors_are_one_line_and_exit_1(vault: Path, tmp_path: Path) -> None:
    ok(dj(vault, "add", "--title", "kept", "--body", "x"))
    user_error(dj(vault, "list", passphrase="wrong passphrase!"), "does not open this vault")
    user_error(dj(vault, "show", "deadbeef"), "No entry with id")
    user_error(dj(vault, "delete", "deadbeef"), "No entry with id")
    user_error(
        dj(vault, "add", "--title", "x", "--date", "2026-02-30", "--body", "y"), "Use YYYY-MM-DD"
    )
    user_error(dj(vault, "search", "x", "--since", "the week of the owls"), "Use YYYY-MM-DD")
    user_error(dj(vault, "add", "--title", "x", "--lucidity", "9", "--body", "y"), "0 to 5")
    user_error(dj(tmp_path / "elsewhere", "list"), "No vault at")
    user_error(dj(vault, "init"), "already exists")
    user_error(dj(vault, "import", str(tmp_path / "missing.json")), "There is no file")
    user_error(dj(vault, "--vault", "../etc", "list"), "cannot be a vault name")
    assert [e["title"] for e in json.loads(ok(dj(vault, "list", "--json")))] == ["kept"]


def test_passphrase_file_and_passwd(vault: Path, tmp_path: Path) -> None:
    ok(dj(vault, "add", "--title", "before", "--body", "x"))
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n")
    assert "before" in ok(dj(vault, "--passphrase-file", str(pw), "list", passphrase=None))
    ok(dj(vault, "passwd", extra_env={"DREAMJOURNAL_NEW_PASSPHRASE": "new passphrase 2026"}))
    user_error(dj(vault, "list"), "does not open this vault")
    assert "before" in ok(dj(vault, "list", passphrase="new passphrase 2026"))


def test_encrypted_export_restores_into_a_fresh_vault(vault: Path, tmp_path: Path) -> None:
    ids = [
        ok(dj(vault, "add", "--title", f"dream {i} 🌙", "--body", f"body {i}")).strip()
        for i in range(3)
    ]
    backup = tmp_path / "backup.djbackup"
    ok(dj(vault, "export", "--out", str(backup)))
    assert b"dream 0" not in backup.read_bytes()
    fresh = tmp_path / "fresh"
    ok(dj(fresh, "init", passphrase="another passphrase"))
    # The backup opens with the passphrase it was made with, asked for separately.
    user_error(
        dj(
            fresh,
            "import",
            str(backup),
            passphrase="another passphrase",
            extra_env={"DREAMJOURNAL_BACKUP_PASSPHRASE": "wrong one!"},
        ),
        "does not open",
    )
    out = ok(
        dj(
            fresh,
            "import",
            str(backup),
            passphrase="another passphrase",
            extra_env={"DREAMJOURNAL_BACKUP_PASSPHRASE": PASSPHRASE},
        )
    )
    assert "Imported 3" in out
    restored = json.loads(ok(dj(fresh, "list", "--json", passphrase="another passphrase")))
    assert sorted(e["id"] for e in restored) == sorted(ids)
    again = ok(
        dj(
            fresh,
            "import",
            str(backup),
            passphrase="another passphrase",
            extra_env={"DREAMJOURNAL_BACKUP_PASSPHRASE": PASSPHRASE},
        )
    )
    assert "Imported 0" in again and "3 are already here" in again


def test_plaintext_exports_warn_and_round_trip(vault: Path, tmp_path: Path) -> None:
    ok(dj(vault, "add", "--title", "Glass house", "--tag", "house", "--body", "Walls of glass"))
    as_json = tmp_path / "dreams.json"
    res = dj(vault, "export", "--format", "json", "--out", str(as_json))
    assert res.exit_code == 0 and "NOT be encrypted" in res.stderr
    md = tmp_path / "dreams.md"
    ok(dj(vault, "export", "--format", "markdown", "--out", str(md)))
    assert "## Glass house" in md.read_text() and "#house" in md.read_text()
    fresh = tmp_path / "fresh"
    ok(dj(fresh, "init"))
    assert "Imported 1" in ok(dj(fresh, "import", str(as_json)))
    assert json.loads(ok(dj(fresh, "list", "--json"))) == json.loads(
        ok(dj(vault, "list", "--json"))
    )


def test_import_of_a_jrnl_export(vault: Path) -> None:
    # tests/data/jrnl_export.json was written by jrnl 4.6 itself (`jrnl --format json`).
    source = json.loads(JRNL_EXPORT.read_text())
    out = ok(dj(vault, "import", str(JRNL_EXPORT)))
    assert f"Imported {len(source['entries'])}" in out
    listed = json.loads(ok(dj(vault, "list", "--json")))
    by_title = {e["title"]: e for e in listed}
    for item in source["entries"]:
        mine = by_title[item["title"]]
        assert mine["date"] == item["date"]
        assert mine["body"] == item["body"]
        assert mine["tags"] == [t.lstrip("@") for t in item["tags"]]


def test_import_rejects_unknown_files(vault: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes")
    user_error(dj(vault, "import", str(bad)), "is not JSON")
    bad.write_text('{"hello": 1}')
    user_error(dj(vault, "import", str(bad)), "not a format we know")


def rehearse(vault: Path, entry: str, minutes: int, before: int, after: int) -> Result:
    """`dreamjournal rehearse` with its three numbers."""
    return dj(
        vault,
        "rehearse",
        entry,
        "--minutes",
        str(minutes),
        "--distress-before",
        str(before),
        "--distress-after",
        str(after),
    )


def test_visualize_rescript_rehearse(vault: Path) -> None:
    dream = ok(
        dj(
            vault,
            "add",
            "-t",
            "Lighthouse",
            "--body",
            "I climbed the lighthouse stairs by the ocean and opened a door to the sky.",
        )
    ).strip()
    data = json.loads(ok(dj(vault, "visualize", dream, "--json")))
    assert {"prompt", "prompt_text", "script", "analysis", "safety"} <= set(data)
    assert data["prompt_text"].startswith("Style:") and "lighthouse" in data["prompt_text"]
    assert data["safety"]["flagged"] is False
    nightmare = ok(
        dj(
            vault,
            "add",
            "-t",
            "Wolf",
            "--nightmare",
            "--body",
            "A wolf chased me through the forest and I could not run.",
        )
    ).strip()
    user_error(dj(vault, "visualize", nightmare), "Write the changed version first")
    user_error(
        rehearse(vault, nightmare, 10, 6, 3),
        "no changed version yet",
    )
    assert "wolf" in ok(dj(vault, "rescript", nightmare, "--suggest"))
    ok(
        dj(
            vault,
            "rescript",
            nightmare,
            "--text",
            "I stop and the wolf lies down like a tired old dog. Friends walk me home.",
        )
    )
    script = json.loads(ok(dj(vault, "visualize", nightmare, "--json")))["script"]
    assert script["built_from"] == "rescript"
    assert "10 min today" in ok(rehearse(vault, nightmare, 10, 6, 3))
    user_error(
        rehearse(vault, nightmare, 15, 5, 2),
        "at most 10 more",
    )
    # A remote writer needs an endpoint, then consent for this dream; neither is given here.
    user_error(dj(vault, "visualize", dream, "--writer", "openai"), "DREAMJOURNAL_OPENAI_BASE_URL")
    user_error(
        dj(
            vault,
            "visualize",
            dream,
            "--writer",
            "openai",
            extra_env={"DREAMJOURNAL_OPENAI_BASE_URL": "http://127.0.0.1:9/v1"},
        ),
        "--consent",
    )


# The installed command in a subprocess, with the production KDF: the console script, `main`.
DREAMJOURNAL = Path(sys.executable).with_name("dreamjournal")


def installed(
    data_dir: Path, *args: str, stdin: str = "", passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    env.update(DREAMJOURNAL_DATA_DIR=str(data_dir), DREAMJOURNAL_PASSPHRASE=passphrase)
    return subprocess.run(
        [str(DREAMJOURNAL), *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def test_installed_command_shows_its_version(tmp_path: Path) -> None:
    done = installed(tmp_path, "--version")
    assert (done.returncode, done.stdout) == (0, f"dreamjournal {__version__}\n")


def test_installed_command_init_add_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert installed(data, "init").returncode == 0
    added = installed(data, "add", "--title", "Owls", stdin="Owls sang in a choir.\n")
    assert added.returncode == 0, added.stderr
    [listed] = json.loads(installed(data, "list", "--json").stdout)
    assert (listed["id"], listed["body"]) == (added.stdout.strip(), "Owls sang in a choir.\n")
    wrong = installed(data, "list", passphrase="wrong passphrase!")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert wrong.stderr.startswith("dreamjournal: ") and "does not open this vault" in wrong.stderr
    assert len(wrong.stderr.splitlines()) == 1


def test_no_passphrase_and_no_terminal_says_how_to_give_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    env.update(DREAMJOURNAL_DATA_DIR=str(tmp_path / "data"), LANG="C")
    done = subprocess.run(
        [str(DREAMJOURNAL), "list"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "DREAMJOURNAL_PASSPHRASE" in done.stderr and "--passphrase-file" in done.stderr
    assert "GetPassWarning" not in done.stderr and "Password input may be echoed" not in done.stderr
