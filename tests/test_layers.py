"""The arrows point down: ui, cli -> services -> domain -> store -> vault.

import-linter checks the import graph (contracts in pyproject.toml); the AST check below
catches what module contracts cannot: a page or command calling a write method itself.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDGE = [
    *sorted((ROOT / "dreamjournal" / "ui").glob("*.py")),
    ROOT / "dreamjournal" / "cli.py",
    ROOT / "dreamjournal" / "share" / "commands.py",
    ROOT / "dreamjournal" / "render" / "commands.py",
    *sorted((ROOT / "pages").glob("*.py")),
]
# Methods of the repository that write; only services and the domain below them call these.
WRITE_METHODS = {
    "put_record",
    "delete_record",
    "add_entry",
    "change_passphrase",
    "add",
    "update",
    "delete",
}
JOURNAL_NAMES = {"journal", "j", "jour"}


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "2 kept, 0 broken" in done.stdout


def _journal_writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, target = node.func.attr, node.func.value
        on_journal = isinstance(target, ast.Name) and target.id in JOURNAL_NAMES
        if method in {"put_record", "delete_record", "add_entry", "change_passphrase"} or (
            on_journal and method in WRITE_METHODS
        ):
            found.append(f"{path.name}:{node.lineno} .{method}(")
    return found


def test_pages_and_commands_write_only_through_services() -> None:
    offenders = [hit for path in EDGE for hit in _journal_writes(path)]
    assert offenders == []


def test_every_dependent_table_has_a_delete_hook_once_services_load() -> None:
    from dreamjournal.services._hooks import load_delete_hooks
    from dreamjournal.store.hooks import NEEDS_HOOK, hook_for

    load_delete_hooks()
    assert all(hook_for(table) is not None for table in NEEDS_HOOK)
