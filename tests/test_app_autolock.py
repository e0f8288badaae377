"""AppTest: auto-lock after idle minutes, driven by a fake clock; drafts survive it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.ui import state
from tests.test_app_support import (
    JOURNAL,
    WRITE,
    FakeClock,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(state, "now", fake)
    return fake


def _unlocked(data_dir: Path) -> AppTest:
    make_vault(data_dir, [{"title": "Glass orchard", "body": "Apples rang like bells."}])
    return unlock(open_app())


def test_idle_past_the_limit_locks_on_next_interaction(data_dir: Path, clock: FakeClock) -> None:
    at = _unlocked(data_dir)
    journal = session_journal(at)
    assert journal is not None and at.session_state["autolock_minutes"] == 10
    clock.advance(10.5)
    at.run()
    assert journal.locked  # the key has left memory
    assert session_journal(at) is None
    body = texts(at)
    assert "Locked after 10 minutes without input" in body
    assert "Glass orchard" not in body
    assert "This vault is locked" in body


def test_activity_keeps_it_open(data_dir: Path, clock: FakeClock) -> None:
    at = _unlocked(data_dir)
    for _ in range(4):
        clock.advance(9)
        at.run()
    assert session_journal(at) is not None
    assert "Glass orchard" in texts(at)


def test_unsaved_text_survives_auto_lock(data_dir: Path, clock: FakeClock) -> None:
    at = _unlocked(data_dir)
    at.switch_page(WRITE).run()
    at.text_input(key="w_title").input("Half a dream")
    at.text_area(key="w_body").input("The stairs went on and on")
    at.multiselect(key="w_tags").set_value(["stairs"]).run()
    clock.advance(11)
    at.run()
    assert session_journal(at) is None
    # Locked: the unlock form is there, the text is still on screen, and nothing can be saved.
    assert "This vault is locked" in texts(at)
    assert at.text_area(key="w_body").value == "The stairs went on and on"
    assert not [b for b in at.button if b.label == "Save dream"]
    unlock(at, form="guard")
    assert at.text_input(key="w_title").value == "Half a dream"
    assert at.multiselect(key="w_tags").value == ["stairs"]
    click(at, "Save dream")
    journal = session_journal(at)
    assert journal is not None
    saved = journal.search("stairs")
    assert [(e.title, e.tags) for e in saved] == [("Half a dream", ("stairs",))]


def test_chosen_minutes_apply(data_dir: Path, clock: FakeClock) -> None:
    at = _unlocked(data_dir)
    at.switch_page("pages/settings.py").run()
    at.number_input(key="s_autolock").set_value(2).run()
    clock.advance(1.5)
    at.switch_page(JOURNAL).run()
    assert session_journal(at) is not None
    clock.advance(2.5)
    at.run()
    assert session_journal(at) is None
    assert "Locked after 2 minutes without input" in texts(at)


def _slot(node: object, key: str, trail: tuple[int, ...] = ()) -> tuple[int, ...] | None:
    """Where in the page's element tree the widget with `key` is drawn."""
    children = getattr(node, "children", None)
    for index, child in children.items() if isinstance(children, dict) else ():
        found = _slot(child, key, (*trail, index))
        if found is not None:
            return found
    return trail if getattr(node, "key", None) == key else None


def test_the_unlock_form_keeps_its_slot_when_the_lock_notice_goes(
    data_dir: Path, clock: FakeClock
) -> None:
    """The run after an idle lock (the text field sending its text) draws the form in place.

    Were it drawn one slot higher, the browser would show two unlock forms until that run ends:
    the old one still on screen below the new one.
    """
    at = _unlocked(data_dir)
    at.switch_page(WRITE).run()
    clock.advance(11)
    at.run()
    assert "Locked after 10 minutes without input" in texts(at)
    with_notice = _slot(at.main, "guard_pass")
    at.text_area(key="w_body").input("The stairs went on").run()
    assert "Locked after" not in texts(at)  # the notice is shown once
    assert with_notice is not None
    assert _slot(at.main, "guard_pass") == with_notice
