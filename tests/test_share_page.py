"""AppTest: the Share page against a real relay on loopback — publish with consent, the link and
its note, live views, a friend's reply shown as plain text, revoke; crisis; consent; bundles.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal import i18n
from tests.test_app_support import click, make_vault, open_app, texts, unlock
from tests.test_relay_owner_support import (  # noqa: F401  (fixture)
    closed_url,
    friend_opens,
    friend_replies,
    relay,
)

SHARE = "pages/share.py"
HOSTILE_REPLY = '<img src=x onerror="alert(1)"> **not bold** [link](https://evil.example)'


def test_the_share_page_has_a_nav_label() -> None:
    from dreamjournal.ui.routes import NAV

    assert i18n.has_message("nav.share")
    assert SHARE in [page for page, _key, _icon in NAV]


def _share_page(data_dir: Path, relay_url: str | None = None) -> AppTest:
    make_vault(
        data_dir,
        [
            {"title": "Glass orchard", "body": "Trees of glass rang softly.", "date": "2025-01-02"},
            {"title": "Low night", "body": "I want to die, I thought.", "date": "2025-01-01"},
        ],
    )
    at = unlock(open_app())
    at = at.switch_page(SHARE).run()
    if relay_url is not None:
        at.text_input(key="sh_relay").set_value(relay_url).run()
    return at


def _publish_button(at: AppTest) -> object:
    return at.button(key="sh_create")


def test_publish_see_views_and_replies_then_revoke(
    data_dir: Path,
    relay: str,  # noqa: F811
) -> None:
    at = _share_page(data_dir, relay)
    assert not at.exception
    assert at.checkbox(key="sh_consent").value is False
    assert at.button(key="sh_create").disabled  # no consent, no publish
    at.checkbox(key="sh_inc_script").check()
    at.toggle(key="sh_limit").set_value(True).run()
    at.number_input(key="sh_max_views").set_value(3)
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "Link ready" in texts(at)
    assert "the link contains its key" in at.warning[0].value
    url = at.code[0].value
    assert url.startswith(f"{relay}/s/") and "#k=" in url
    assert at.checkbox(key="sh_consent").value is False  # used up by the publish
    assert at.button(key="sh_create").disabled
    meta, _ticket = friend_opens(url)
    assert meta["title"] == "Glass orchard" and meta["script"]
    friend_replies(url, HOSTILE_REPLY)

    click(at, "Refresh")
    assert "views 2 \\/ 3" in texts(at)  # two opens; the caption is Markdown-escaped
    assert [c.value for c in at.code].count(url) == 2  # the new link, and again in the list
    assert "Replies (1)" in texts(at)
    assert [t.value for t in at.text] == [HOSTILE_REPLY]  # st.text: shown, never interpreted
    assert all(HOSTILE_REPLY not in m.value for m in at.markdown)
    click(at, "Revoke")
    assert "revoked" in texts(at)
    with pytest.raises(httpx.HTTPStatusError):
        friend_opens(url)


def test_consent_is_asked_again_on_every_visit(
    data_dir: Path,
    relay: str,  # noqa: F811
) -> None:
    at = _share_page(data_dir, relay)
    at.checkbox(key="sh_consent").check().run()
    at.switch_page("pages/journal.py").run()
    at.switch_page(SHARE).run()
    assert at.checkbox(key="sh_consent").value is False


def test_an_unreachable_relay_is_shown_not_fatal(data_dir: Path, tmp_path: Path) -> None:
    from tests.test_relay_owner_support import relay_in_thread

    at = _share_page(data_dir)
    with relay_in_thread(f"sqlite:///{tmp_path / 'r.sqlite3'}") as url:
        at.text_input(key="sh_relay").set_value(url).run()
        at.checkbox(key="sh_consent").check().run()
        click(at, "Publish to relay")
        assert "Link ready" in texts(at)
    click(at, "Refresh")
    assert not at.exception
    assert "relay unreachable" in texts(at)
    click(at, "Revoke")
    assert "Could not reach the relay" in at.error[0].value


def test_a_dream_with_crisis_language_asks_first(
    data_dir: Path,
    relay: str,  # noqa: F811
) -> None:
    at = _share_page(data_dir, relay)
    at.selectbox(key="sh_entry").select_index(1).run()
    assert "Help is there" in texts(at) and "Find A Helpline" in texts(at)
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    assert not at.error  # a pause for the person's sake, said calmly, in this page's words
    note = at.info[0].value
    assert "Nothing was shared yet" in note and "I have read this" in note and "--" not in note
    assert at.session_state["journal"].records("share") == {}
    assert "Link ready" not in texts(at)
    at.checkbox(key="sh_crisis").check()
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    assert "Link ready" in texts(at)


def test_no_relay_says_where_on_the_page_to_set_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DREAMJOURNAL_SHARE_RELAY_URL", raising=False)
    at = _share_page(data_dir)
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    error = at.error[0].value
    assert "Relay field" in error and "Or: a file to send" in error
    assert "--relay" not in error and "DREAMJOURNAL_" not in error  # the CLI's words stay there


def test_a_plain_http_relay_elsewhere_is_refused(data_dir: Path) -> None:
    at = _share_page(data_dir, "http://relay.example.org")
    at.checkbox(key="sh_consent").check().run()
    click(at, "Publish to relay")
    assert "not a relay address" in at.error[0].value
    assert at.session_state["journal"].records("share") == {}


def test_prepare_a_bundle(data_dir: Path) -> None:
    at = _share_page(data_dir)
    at.text_input(key="sh_passcode").input("otter")
    click(at, "Prepare file")
    html, key, name = at.session_state["sh_bundle"]
    assert html.startswith("<!doctype html>") and "Glass orchard" not in html
    assert name.endswith(".html") and key in [c.value for c in at.code]
    assert at.session_state["sh_passcode"] == ""  # not kept after use
    assert "file" in texts(at)  # listed as a file share
