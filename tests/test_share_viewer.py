"""The friend viewer's Streamlit script under AppTest: one page per kind of link."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dreamjournal.share.viewer as viewer_module
from dreamjournal.share.crypto import lookup_id, new_token, token_bytes
from dreamjournal.share.owner import revoke_share
from dreamjournal.share.service import create_share
from dreamjournal.share.store import ShareStore
from dreamjournal.store.journal import Journal
from dreamjournal.ui.launch import VIEWER_SCRIPT
from tests.conftest import fast_kdf

XSS_TITLE = '<img src=x onerror="alert(1)"> **bold** [link](https://evil.example) :material/home:'
XSS_BODY = "<script>alert(1)</script>\n![x](https://evil.example/x.png) $$x$$ *soft*"


@pytest.fixture(autouse=True)
def _no_miss_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viewer_module, "MISS_DELAY_S", 0.0)


@pytest.fixture
def store(data_dir: Path) -> ShareStore:
    return ShareStore.in_data_dir(data_dir)


def _app(token: str | None) -> AppTest:
    at = AppTest.from_file(str(VIEWER_SCRIPT), default_timeout=30)
    if token is not None:
        at.query_params["s"] = token
    return at.run()


def _page(at: AppTest) -> list[tuple[str, str]]:
    """What the page shows, element by element."""
    return [
        (type(el).__name__, str(getattr(el, "value", getattr(el, "label", ""))))
        for el in at.main
        if not type(el).__name__.endswith("Block")
    ]


def _views(store: ShareStore, token: str) -> int:
    row = store.get(lookup_id(token_bytes(token)))  # type: ignore[arg-type]
    assert row is not None
    return row.views


def test_the_dream_opens_on_a_click_and_counts_once(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title=XSS_TITLE, body=XSS_BODY, date="2025-02-03")
    journal.add(title="Another dream", body="OTHER-ENTRY-CANARY")
    token = create_share(journal, store, e.id, include="text,script").token
    at = _app(token)
    assert not at.exception
    assert [b.label for b in at.button] == ["Open the dream"]
    assert _views(store, token) == 0  # loading the page (what a preview would do) counts nothing
    at.button[0].click().run()
    assert _views(store, token) == 1
    page = _page(at)
    assert page[0][0] == "Title" and "\\<img src\\=x" in page[0][1]  # escaped Markdown
    assert ("Caption", "2025\\-02\\-03") in page
    assert ("Text", XSS_BODY) in page  # st.text parses nothing
    assert "OTHER-ENTRY-CANARY" not in repr(page) and "Another dream" not in repr(page)
    assert not at.button
    at.run()  # any later rerun of this session shows the same dream without a new view
    assert _page(at) == page and _views(store, token) == 1


def test_passcode_form(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title="Behind a door", body="A door of light.")
    token = create_share(journal, store, e.id, passcode="moth lamp", passcode_kdf=fast_kdf()).token
    at = _app(token)
    assert at.text_input[0].label == "Passcode"
    at.text_input[0].input("wrong one")
    at.button[0].click().run()
    assert [x.value for x in at.error] == [
        "That passcode does not open this dream. Check it with the person who sent it."
    ]
    assert _views(store, token) == 0
    at.text_input[0].input("moth lamp")
    at.button[0].click().run()
    assert not at.error and ("Text", "A door of light.") in _page(at)
    assert "passcode" not in at.session_state  # the passcode does not linger in the session
    assert _views(store, token) == 1


def test_all_not_available_pages_are_identical(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title="Gone", body="x")
    expired = create_share(journal, store, e.id, expires_in=3600, now=time.time() - 7200).token
    used_up = create_share(journal, store, e.id, max_views=1).token
    revoked = create_share(journal, store, e.id)
    revoke_share(journal, store, revoked.share_id)
    first = _app(used_up)
    first.button[0].click().run()
    assert ("Text", "x") in _page(first)
    pages = [_page(_app(t)) for t in (new_token(), expired, revoked.token, used_up, "x", None)]
    assert pages[0][0] == ("Markdown", "### This link is not available")
    assert all(p == pages[0] for p in pages), pages


def test_a_link_used_up_between_load_and_click(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title="Last one", body="x")
    token = create_share(journal, store, e.id, max_views=1).token
    slow, fast = _app(token), _app(token)
    fast.button[0].click().run()
    slow.button[0].click().run()
    assert _page(slow)[0] == ("Markdown", "### This link is not available")
    assert _views(store, token) == 1
