"""AppTest: the Share page — create a link, list it, copy it again, revoke; crisis confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal import i18n
from dreamjournal.share.store import ShareStore
from dreamjournal.share.viewer import MissThrottle, ShareNotAvailable, ShareViewer
from tests.test_app_support import click, make_vault, open_app, texts, unlock

SHARE = "pages/share.py"
NAV_LABEL = ("Share", "Teilen")


@pytest.fixture
def nav_label(monkeypatch: pytest.MonkeyPatch) -> None:
    # Until i18n.py carries "nav.share" (see test_the_share_page_has_a_nav_label) the page
    # tests below still exercise the page itself.
    if "nav.share" not in i18n.MESSAGES:
        monkeypatch.setitem(i18n.MESSAGES, "nav.share", NAV_LABEL)


def test_the_share_page_has_a_nav_label() -> None:
    """Fails until the diffs to dreamjournal/i18n.py and ui/layout.py (share report) are in."""
    from dreamjournal.ui import layout

    assert "nav.share" in i18n.MESSAGES
    assert SHARE in [page for page, _key, _icon in layout.NAV]


def _share_page(data_dir: Path) -> AppTest:
    make_vault(
        data_dir,
        [
            {"title": "Glass orchard", "body": "Trees of glass rang softly.", "date": "2025-01-02"},
            {"title": "Low night", "body": "I want to die, I thought.", "date": "2025-01-01"},
        ],
    )
    at = unlock(open_app())
    return at.switch_page(SHARE).run()


def _viewer(data_dir: Path) -> ShareViewer:
    return ShareViewer(ShareStore.in_data_dir(data_dir), throttle=MissThrottle(0.0))


def test_create_copy_and_revoke_a_link(data_dir: Path, nav_label: None) -> None:
    at = _share_page(data_dir)
    assert not at.exception
    assert at.selectbox(key="sh_entry").value is not None
    at.checkbox(key="sh_inc_script").check()
    at.toggle(key="sh_limit").set_value(True).run()
    at.number_input(key="sh_max_views").set_value(2)
    click(at, "Create link")
    assert "Link ready" in texts(at)
    url = at.code[0].value
    assert url.startswith("http://localhost:8502/?s=")
    snapshot = _viewer(data_dir).open(url.split("?s=")[1])
    assert snapshot.title == "Glass orchard" and snapshot.includes == ("text", "script")
    assert "views 1 \\/ 2" in texts(at.run())  # the caption is Markdown-escaped
    assert [c.value for c in at.code].count(url) == 2  # the new link, and again in the list
    click(at, "Revoke")
    assert "revoked" in texts(at)
    with pytest.raises(ShareNotAvailable):
        _viewer(data_dir).check(url.split("?s=")[1])


def test_a_dream_with_crisis_language_asks_first(data_dir: Path, nav_label: None) -> None:
    at = _share_page(data_dir)
    entry_id = [o for o in at.selectbox(key="sh_entry").options if "Low night" in o]
    assert entry_id
    at.selectbox(key="sh_entry").select_index(1).run()
    assert "Help is there" in texts(at) and "Find A Helpline" in texts(at)
    click(at, "Create link")
    assert "confirm" in at.error[0].value
    assert at.session_state["journal"].records("share") == {}
    assert "Link ready" not in texts(at)
    at.checkbox(key="sh_crisis").check()
    click(at, "Create link")
    assert "Link ready" in texts(at)


def test_prepare_a_bundle(data_dir: Path, nav_label: None) -> None:
    at = _share_page(data_dir)
    at.text_input(key="sh_passcode").input("otter")
    click(at, "Prepare file")
    html, key, name = at.session_state["sh_bundle"]
    assert html.startswith("<!doctype html>") and "Glass orchard" not in html
    assert name.endswith(".html") and key in [c.value for c in at.code]
    assert at.session_state["sh_passcode"] == ""  # not kept after use
    assert "file" in texts(at)  # listed as a file share
