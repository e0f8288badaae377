"""Run `dreamjournal` in process through Typer's CliRunner, as a person or script runs it.

The whole app runs (option parsing, the root group that turns user errors into one line and
exit 1), minus the process start. Tests that use `dj` also use the `cheap_kdf` fixture, so
`init` makes vaults that open in milliseconds; `test_cli.py` keeps subprocess smoke tests of
the installed command with the production KDF.
"""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner, Result

from dreamjournal.cli import app
from tests.conftest import PASSPHRASE


def dj(
    data_dir: Path,
    *args: str,
    stdin: str | None = None,
    passphrase: str | None = PASSPHRASE,
    extra_env: dict[str, str] | None = None,
) -> Result:
    """`dreamjournal ARGS` with this data dir and passphrase (None: none in the environment)."""
    # Only what the test gives: no DREAMJOURNAL_* setting of the machine running the tests.
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("DREAMJOURNAL_")}
    env["DREAMJOURNAL_DATA_DIR"] = str(data_dir)
    env["DREAMJOURNAL_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    return CliRunner().invoke(app, list(args), input=stdin or "", env=env)


def ok(result: Result) -> str:
    """stdout of a command that must succeed."""
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


def user_error(result: Result, text: str, *, one_line: bool = True) -> None:
    """Exit 1 with `text` on stderr and no traceback; `one_line=False` allows help lines first."""
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    assert text in result.stderr
    assert "Traceback" not in result.stderr
    if one_line:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
