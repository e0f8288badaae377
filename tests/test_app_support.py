"""Helpers for the AppTest suites (no tests here): vaults, opening pages, clicking by label."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf

ROOT = Path(__file__).resolve().parents[1]
HOME = "pages/home.py"
WRITE = "pages/write.py"
JOURNAL = "pages/journal.py"
INSIGHTS = "pages/insights.py"
SETTINGS = "pages/settings.py"


def make_vault(
    data_dir: Path, dreams: Iterable[dict[str, Any]] = (), name: str = "journal"
) -> Path:
    """A vault with a cheap KDF (unlocking is not what these tests measure), left locked."""
    path = vault_path(data_dir, name)
    journal = Journal.create(path, PASSPHRASE, kdf=fast_kdf())
    for fields in dreams:
        journal.add(**fields)
    journal.lock()
    return path


def open_app(page: str = HOME) -> AppTest:
    """A fresh browser session on `page` (a new session starts locked)."""
    at = AppTest.from_file(str(ROOT / "dreamjournal" / "ui" / "main.py"), default_timeout=30)
    at.run()
    if page != HOME:
        at.switch_page(page).run()
    return at


def button(at: AppTest, label: str) -> Any:
    """The one button (or form submit button) with this label."""
    found = [b for b in at.button if b.label == label]
    assert len(found) == 1, (
        f"{len(found)} buttons labelled {label!r}: {[b.label for b in at.button]}"
    )
    return found[0]


def click(at: AppTest, label: str) -> AppTest:
    """Click the button labelled `label` and rerun."""
    button(at, label).click()
    return at.run()


def unlock(at: AppTest, passphrase: str = PASSPHRASE, form: str = "home") -> AppTest:
    """Type the passphrase into an unlock form and submit it."""
    at.text_input(key=f"{form}_pass").input(passphrase)
    return click(at, "Unlock")


def texts(at: AppTest) -> str:
    """All text the page shows (markdown, captions, text, alerts, titles), one blob."""
    parts: list[str] = []
    kinds = ("title", "subheader", "markdown", "caption", "text", "info", "success", "warning")
    for kind in (*kinds, "error"):
        parts.extend(str(el.value) for el in getattr(at, kind))
    return "\n".join(parts)


def session_journal(at: AppTest) -> Journal | None:
    """The Journal kept in the session, or None."""
    j = at.session_state.get("journal")
    return j if isinstance(j, Journal) else None


class FakeClock:
    """A monotonic clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60
