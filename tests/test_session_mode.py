"""Session mode: while a client is in the room, no other client's vault name is anywhere.

AppTest drives the Home page as a therapist does; the check reads every element of the page
(main area and sidebar, widget options included), not only the visible text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import text_format
from streamlit.testing.v1 import AppTest

from dreamjournal.services import session_mode
from tests.conftest import fast_kdf
from tests.test_app_support import HOME, JOURNAL, click, make_vault, open_app, session_journal
from tests.test_app_support import unlock as unlock_with

PRACTICE = "our quiet practice room"
CLIENT = "client-anna"
OTHERS = ("client-bruno", "Jürgen-K")


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The practice passphrase's Argon2id at test strength (what it guards is not timed here)."""
    monkeypatch.setattr(session_mode, "new_params", fast_kdf)


@pytest.fixture
def vaults(data_dir: Path) -> list[str]:
    for name in (CLIENT, *OTHERS):
        make_vault(data_dir, name=name)
    return [CLIENT, *OTHERS]


def _nodes(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def everything(at: AppTest) -> str:
    """Every element the page sent (main and sidebar) as its full message: labels, options...

    UTF-8 text, with Markdown's backslash escapes removed ('client\\-bruno' is 'client-bruno').
    """
    protos = (getattr(n, "proto", None) for n in _nodes(at._tree))
    text = "\n".join(text_format.MessageToString(p, as_utf8=True) for p in protos if p)
    return text.replace("\\", "")


def _no_other_client(at: AppTest) -> None:
    dump = everything(at)
    assert dump.strip()
    for name in OTHERS:
        assert name not in dump


def _start_session_mode(at: AppTest, vault: str = CLIENT) -> AppTest:
    at.selectbox(key="home_vault").set_value(vault)
    unlock_with(at)
    at.switch_page(HOME).run()
    at.text_input(key="sm_pass1").input(PRACTICE)
    at.text_input(key="sm_pass2").input(PRACTICE)
    return click(at, "Start session mode")


def test_session_screen_names_no_other_client_after_reload(
    data_dir: Path, vaults: list[str]
) -> None:
    before = open_app()
    assert all(name in everything(before) for name in OTHERS)  # the check sees names if shown
    at = _start_session_mode(before)
    assert not at.exception
    assert "Session mode is on" in at.success[0].value
    state = json.loads((data_dir / "practice.json").read_text())
    assert state["session"] == {"vault": CLIENT}
    assert PRACTICE not in json.dumps(state)  # a verifier only
    _no_other_client(at)  # the open vault's Home: no "Another vault" form, no picker

    reloaded = open_app()  # a reload is a new browser session: locked, still in session mode
    assert session_journal(reloaded) is None
    assert not reloaded.selectbox  # no vault picker
    assert CLIENT in everything(reloaded)
    assert not [e for e in reloaded.expander if "Create another vault" in e.label]
    _no_other_client(reloaded)
    reloaded.switch_page(JOURNAL).run()  # the unlock form every page shows when locked
    _no_other_client(reloaded)
    unlock_with(reloaded, form="guard")
    assert session_journal(reloaded) is not None
    _no_other_client(reloaded)


def test_only_the_practice_passphrase_ends_session_mode(data_dir: Path, vaults: list[str]) -> None:
    _start_session_mode(open_app())
    at = open_app()
    at.text_input(key="sm_end_pass").input("a guess from the client")
    click(at, "Leave session mode")
    assert "not the practice passphrase" in at.error[0].value
    assert session_mode.current(data_dir) == session_mode.SessionMode(CLIENT)
    _no_other_client(at)
    at.text_input(key="sm_end_pass").input(PRACTICE)
    click(at, "Leave session mode")
    assert session_mode.current(data_dir) is None
    assert set(at.selectbox(key="home_vault").options) == set(vaults)  # the picker is back


def test_a_tab_left_open_on_another_client_is_locked_and_forgets_it(vaults: list[str]) -> None:
    other_tab = open_app()
    other_tab.selectbox(key="home_vault").set_value(OTHERS[0])
    unlock_with(other_tab)
    assert session_journal(other_tab) is not None
    _start_session_mode(open_app())
    other_tab.switch_page(HOME).run()  # its next interaction
    assert session_journal(other_tab) is None
    _no_other_client(other_tab)


def test_state_survives_a_restart_and_a_damaged_file_shows_no_vault(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    session_mode.start(data_dir, CLIENT, PRACTICE)
    assert session_mode.visible_vaults(data_dir, [CLIENT, *OTHERS]) == [CLIENT]
    with pytest.raises(session_mode.WrongPracticePassphrase):
        session_mode.end(data_dir, "not it at all")
    session_mode.end(data_dir, PRACTICE)
    assert session_mode.visible_vaults(data_dir, [CLIENT, *OTHERS]) == [CLIENT, *OTHERS]
    session_mode.start(data_dir, OTHERS[0], PRACTICE)  # set once, asked again each time
    with pytest.raises(session_mode.WrongPracticePassphrase):
        session_mode.start(data_dir, CLIENT, "another passphrase")
    (data_dir / "practice.json").write_text("{not json")
    assert session_mode.current(data_dir) == session_mode.SessionMode(None)
    assert session_mode.visible_vaults(data_dir, [CLIENT, *OTHERS]) == []  # fail closed
