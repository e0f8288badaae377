"""Real Chromium: a dream published from the owner's vault with the CLI to a relay (SQLite, then
PostgreSQL) and opened by a friend; and the offline bundle.

Screenshots go to test-artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dreamjournal.share.crypto import new_token
from dreamjournal.share.service import create_bundle
from dreamjournal.store.journal import Journal
from tests.browser_support import (
    chromium,
    play_video,
    record_requests,
    require_chromium,
    small_mp4,
)
from tests.cli_support import dj, ok
from tests.conftest import PASSPHRASE, fast_kdf
from tests.pg_support import database_url, pg_server, relay_server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
XSS_TITLE = '<img src=x onerror="window.__xss=1"> Moths **at** the [lamp](https://evil.example)'
XSS_BODY = (
    "The moths spelled words on the ceiling.\n"
    '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">\n'
    "![tracker](https://evil.example/pixel.png) <a href=https://evil.example>click</a>"
)
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    with chromium(timeout_ms=20_000) as b:
        yield b


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return small_mp4(tmp_path_factory.mktemp("clip") / "clip.mp4")


def _guard_network(context: Any, allowed: tuple[str, ...]) -> list[str]:
    """Abort (and record) every request that does not start with an allowed prefix."""
    seen: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        seen.append(url)
        if url.startswith(allowed):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", handle)
    return seen


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__xss === undefined")
    assert page.locator('img[src="x"], a[href*="evil.example"], img[src*="evil"]').count() == 0


def test_owner_publishes_with_the_cli_friend_opens_replies_owner_revokes(
    browser: Any,
    vault_file: Path,
    data_dir: Path,
    tmp_path: Path,
    database_url: str,  # noqa: F811
) -> None:
    """Issue 16 end to end, driven from the owner's side: the owner's vault and CLI publish a
    dream with its rendered clip to a relay process; a friend in a fresh browser context (no
    vault, nothing but the link) opens it, plays the clip and replies; the owner reads the
    reply and revokes with the CLI; the friend's reload says "not available"."""
    from dreamjournal.render.clips import render_clip

    canary, other = f"SHARED{uuid.uuid4().hex}", f"OTHER{uuid.uuid4().hex}"
    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    shared = journal.add(title=XSS_TITLE, body=f"{XSS_BODY}\n{canary}", date="2025-04-05")
    journal.add(title=f"Other {other}", body=f"Not for friends {other}")
    render_clip(journal, shared.id, seconds=4)  # a real clip, stored encrypted in the vault
    journal.lock()
    with relay_server(database_url, tmp_path / "relay.log") as origin:
        # fmt: off
        published = ok(dj(data_dir, "share", shared.id[:8], "--relay", origin, "--consent",
                          "--include", "text,prompt,script,clip", "--max-views", "3"))
        # fmt: on
        link, share_line = published.splitlines()[:2]
        share_id = share_line.split()[2]
        assert link.startswith(f"{origin}/s/") and "#k=" in link
        fragment = link.split("#k=", 1)[1]

        context = browser.new_context(locale="en-US", viewport={"width": 1000, "height": 2000})
        requests = record_requests(context, origin)
        errors: list[str] = []
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(link)
        page.wait_for_selector("body[data-state=ready]", timeout=WAIT_MS)
        assert canary not in page.content()
        assert json.loads(ok(dj(data_dir, "shares", "--json")))[0]["views"] == 0
        page.get_by_role("button", name="Open the dream").click()
        page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
        assert page.locator("#title").inner_text() == XSS_TITLE
        assert canary in page.locator("#text").inner_text()
        assert other not in page.content() and "Not for friends" not in page.content()
        page.wait_for_selector("body[data-clip=ready]", timeout=WAIT_MS)
        video = play_video(page)
        assert video["duration"] > 3.5 and video["width"] == 854 and video["played"] > 2
        _assert_inert(page)

        reply = f"I saw the lamp too. <img src=x onerror=window.__xss=9> {canary}"
        page.locator("#reply").fill(reply)
        page.get_by_role("button", name="Send reply").click()
        page.wait_for_selector("body[data-reply=sent]", timeout=WAIT_MS)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "share-relay-friend.png"), full_page=True)
        assert reply in ok(dj(data_dir, "replies", share_id[:8]))
        [listed] = json.loads(ok(dj(data_dir, "shares", "--json")))
        assert (listed["status"], listed["views"], listed["replies"]) == ("active", 1, 1)

        assert "no longer opens" in ok(dj(data_dir, "revoke", share_id[:8]))
        page.reload()
        page.wait_for_selector("body[data-state=gone]", timeout=WAIT_MS)
        assert page.get_by_text("This link is not available").is_visible()
        assert canary not in page.content()
        context.close()

    assert errors == []
    assert requests and all(r["url"].startswith((origin + "/", "blob:")) for r in requests)
    leaks = [r for r in requests if fragment in f"{r['url']} {r['headers']} {r['body']}"]
    assert leaks == [], leaks
    log = (tmp_path / "relay.log").read_text()
    assert canary not in log and fragment not in log


def test_offline_bundle_in_chromium(
    browser: Any, journal: Journal, tmp_path: Path, clip: bytes
) -> None:
    canary = f"BUNDLE{uuid.uuid4().hex}"
    e = journal.add(title=XSS_TITLE, body=f"{XSS_BODY}\n{canary}")
    made = create_bundle(
        journal,
        e.id,
        tmp_path / "dream.html",
        include="text,script,clip",
        clip_loader=lambda j, i: clip,
    )
    locked = create_bundle(journal, e.id, tmp_path / "locked.html", passcode="moth lamp")
    context = browser.new_context(locale="en-US")
    context.set_offline(True)
    requests = _guard_network(context, ("file:", "blob:", "data:"))
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(made.link)
    page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
    assert page.locator("#title").inner_text() == XSS_TITLE
    assert canary in page.locator("#text").inner_text()
    _assert_inert(page)
    video = play_video(page)
    assert video["duration"] > 2.5 and video["width"] == 160 and video["played"] > 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "share-bundle.png"), full_page=True)

    wrong = made.link.split("#", 1)[0] + "#k=" + new_token()
    page.close()  # a new page: going to the same file with another #k= would not reload it
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(wrong)
    page.wait_for_selector("body[data-state=failed]", timeout=WAIT_MS)
    assert "does not open" in page.locator("#error").inner_text()
    assert page.locator("#dream").is_hidden() and canary not in page.content()
    page.screenshot(path=str(ARTIFACTS / "share-bundle-wrong-key.png"))

    page.goto(locked.link)
    page.locator("#pass").fill("moth lump")
    page.locator("#submit").click()
    page.wait_for_selector("body[data-state=failed]", timeout=WAIT_MS)
    page.locator("#pass").fill("moth lamp")
    page.locator("#submit").click()
    page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
    assert canary in page.locator("#text").inner_text()
    assert errors == []
    assert made.path is not None and locked.path is not None
    assert {u.split("#")[0] for u in requests if not u.startswith("blob:")} == {
        made.path.as_uri(),
        locked.path.as_uri(),
    }
    context.close()


def test_bundle_without_its_key_says_what_it_is_in_the_friends_language(
    browser: Any, journal: Journal, tmp_path: Path
) -> None:
    """A friend who opens the file before the key arrives learns what it is and what to do; the
    dream's night is written as their language writes a day."""
    from datetime import date

    from dreamjournal.i18n import message

    e = journal.add(title="Über den Dächern", body="Wir flogen.", date=date(2026, 11, 28))
    made = create_bundle(journal, e.id, tmp_path / "dream.html")
    context = browser.new_context(locale="de-DE")
    context.set_offline(True)
    page = context.new_page()
    page.goto(made.link.split("#", 1)[0])
    page.wait_for_selector("#unlock:not([hidden])", timeout=WAIT_MS)
    assert page.locator("#status").inner_text() == message("page.intro", "de")
    page.locator("#key").fill(made.link)
    page.locator("#submit").click()
    page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
    assert page.locator("#title").inner_text() == "Über den Dächern"
    assert page.locator("#date").inner_text() == "28. November 2026"
    context.close()
