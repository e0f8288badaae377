"""The app shows every user error in the person's language: no page reads the English
`user_message` (they go through `state.error_text` / `state.show_error`)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "dreamjournal" / "ui"


def test_no_page_shows_an_error_in_english_only() -> None:
    offenders = [
        f"{path.relative_to(UI)}:{node.lineno}"
        for path in sorted(UI.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "user_message"
    ]
    assert offenders == []
