"""Real Chromium against a real relay on loopback (SQLite, then PostgreSQL): the owner publishes,
a friend in a fresh browser context opens the link, sees the dream, plays the clip and replies;
the owner reads the reply and revokes; the friend's reload says "not available". Every request
the browser makes is recorded: none carries the key.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dreamjournal.share.relay_client import fetch_replies, generate_reply_keys, publish, revoke
from dreamjournal.share.relay_client import share_stats as stats
from dreamjournal.share.snapshot import ScriptStepView, Snapshot
from tests.browser_support import (
    chromium,
    play_video,
    record_requests,
    require_chromium,
    small_mp4,
)
from tests.pg_support import database_url, pg_server, relay_server  # noqa: F401

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
XSS_TITLE = '<img src=x onerror="window.__xss=1"> Moths **at** the [lamp](https://evil.example)'
XSS_BODY = (
    "The moths spelled words on the ceiling.\n"
    '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">\n'
    "<a href=https://evil.example>click</a>"
)
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    with chromium(timeout_ms=WAIT_MS) as b:
        yield b


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return small_mp4(tmp_path_factory.mktemp("clip") / "clip.mp4")


def test_friend_opens_plays_replies_and_owner_revokes(
    browser: Any,
    clip: bytes,
    database_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    canary = f"RELAYBROWSER{uuid.uuid4().hex}"
    keys = generate_reply_keys()  # the private half stays with the owner (the vault, later)
    snapshot = Snapshot(
        title=XSS_TITLE,
        date="2026-11-29",
        text=f"{XSS_BODY}\n{canary}",
        script_title="Back to the lamp",
        script=(ScriptStepView("grounding", "Feel your feet on the floor.", 30.0),),
        clip=clip,
    )
    with relay_server(database_url, tmp_path / "relay.log") as origin:
        made = publish(snapshot, origin, consent=True, max_views=3, reply_public=keys.public)
        locked = publish(
            Snapshot(title="Locked", date="2026-11-29", text=f"Behind a passcode {canary}"),
            origin,
            consent=True,
            passcode="moth lamp",
            burn=True,
        )
        context = browser.new_context(locale="en-US", viewport={"width": 1000, "height": 1800})
        requests = record_requests(context, origin)
        errors: list[str] = []
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(made.url)
        page.wait_for_selector("body[data-state=ready]", timeout=WAIT_MS)
        assert stats(origin, made.share_id, made.owner_secret).views == 0  # loading is not opening
        assert canary not in page.content()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "relay-friend-ready.png"))
        page.get_by_role("button", name="Open the dream").click()
        page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
        assert page.locator("#title").inner_text() == XSS_TITLE
        assert canary in page.locator("#text").inner_text()
        page.wait_for_selector("body[data-clip=ready]", timeout=WAIT_MS)
        video = play_video(page)
        assert video["duration"] > 2.5 and video["width"] == 160 and video["played"] > 2
        assert page.evaluate("window.__xss === undefined")
        assert page.locator('img[src="x"], a[href*="evil.example"]').count() == 0
        assert stats(origin, made.share_id, made.owner_secret).views == 1

        reply_text = (
            f"I flew with the moths. <b>bold?</b> <img src=x onerror=window.__xss=9> {canary}"
        )
        page.locator("#reply").fill(reply_text)
        page.get_by_role("button", name="Send reply").click()
        page.wait_for_selector("body[data-reply=sent]", timeout=WAIT_MS)
        page.screenshot(path=str(ARTIFACTS / "relay-friend.png"), full_page=True)
        [reply] = fetch_replies(origin, made.share_id, made.owner_secret, keys.private_der)
        assert reply.text == reply_text

        revoke(origin, made.share_id, made.owner_secret)
        page.reload()
        page.wait_for_selector("body[data-state=gone]", timeout=WAIT_MS)
        assert page.get_by_text("This link is not available").is_visible()
        assert canary not in page.content()
        page.screenshot(path=str(ARTIFACTS / "relay-not-available.png"))

        # A passcode: a wrong one costs no second view; the right one opens in the same page.
        page.goto(locked.url)
        page.wait_for_selector("body[data-state=ready]", timeout=WAIT_MS)
        assert "only once" in page.locator("#intro-p").inner_text()
        page.locator("#pass").fill("moth lump")
        page.get_by_role("button", name="Open the dream").click()
        page.wait_for_selector("body[data-state=failed]", timeout=WAIT_MS)
        page.locator("#pass").fill("moth lamp")
        page.get_by_role("button", name="Open the dream").click()
        page.wait_for_selector("body[data-state=open]", timeout=WAIT_MS)
        assert canary in page.locator("#text").inner_text()
        assert stats(origin, locked.share_id, locked.owner_secret).views == 1
        assert page.locator("#reply-sec").is_hidden()  # published without a reply key
        context.close()

    assert errors == []
    assert requests and all(r["url"].startswith((origin + "/", "blob:")) for r in requests)
    for secret in (made.fragment, locked.fragment, "moth lamp"):
        leaks = [r for r in requests if secret in f"{r['url']} {r['headers']} {r['body']}"]
        assert leaks == [], leaks
    log = (tmp_path / "relay.log").read_text()
    for secret in (made.fragment, made.share_id, canary, made.owner_secret, "moth lamp"):
        assert secret not in log
