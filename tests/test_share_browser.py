"""Real Chromium: the friend viewer served by `dreamjournal share-server`, and the offline bundle.

Screenshots go to test-artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dreamjournal.share.crypto import lookup_id, new_token, token_bytes
from dreamjournal.share.service import create_bundle, create_share, share_url
from dreamjournal.share.store import ShareStore
from dreamjournal.store.journal import Journal
from tests.browser_support import chromium, free_port, require_chromium, serving
from tests.conftest import PASSPHRASE, fast_kdf

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
XSS_TITLE = '<img src=x onerror="window.__xss=1"> Moths **at** the [lamp](https://evil.example)'
XSS_BODY = (
    "The moths spelled words on the ceiling.\n"
    '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">\n'
    "![tracker](https://evil.example/pixel.png) <a href=https://evil.example>click</a>"
)
WAIT_MS = 20_000


def _mp4(path: Path) -> bytes:
    """A 3-second H.264 + AAC clip made with the ffmpeg that imageio-ffmpeg ships."""
    import imageio_ffmpeg

    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-v", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=s=160x120:d=3:r=12",
            "-f", "lavfi", "-i", "sine=f=330:d=3",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    return path.read_bytes()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    with chromium(timeout_ms=20_000) as b:
        yield b


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return _mp4(tmp_path_factory.mktemp("clip") / "clip.mp4")


@pytest.fixture
def share_server(data_dir: Path) -> Iterator[int]:
    """`dreamjournal share-server` on a free loopback port, stopped after the test."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    env["DREAMJOURNAL_DATA_DIR"] = str(data_dir)
    cmd = [sys.executable, "-m", "dreamjournal.cli", "share-server", "--port", str(port)]
    with serving(cmd, cwd=Path.cwd(), env=env, port=port):
        yield port


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


def _play_video(page: Any) -> dict[str, float]:
    """Play the page's video (muted) until it has advanced past 2 s; its size and length."""
    result: dict[str, float] = page.evaluate(
        """async () => {
            const v = document.querySelector("video");
            v.muted = true;
            await v.play();
            await new Promise((ok, fail) => {
                const tick = () => (v.currentTime > 2 ? ok() : setTimeout(tick, 50));
                v.addEventListener("error", fail, { once: true });
                tick();
            });
            v.pause();
            return { duration: v.duration, width: v.videoWidth, played: v.currentTime };
        }"""
    )
    return result


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__xss === undefined")
    assert page.locator('img[src="x"], a[href*="evil.example"], img[src*="evil"]').count() == 0


def test_share_server_shows_only_the_shared_dream(
    browser: Any, share_server: int, vault_file: Path, data_dir: Path
) -> None:
    from dreamjournal.render.clips import render_clip

    port = share_server
    canary, other = f"SHARED{uuid.uuid4().hex}", f"OTHER{uuid.uuid4().hex}"
    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    shared = journal.add(title=XSS_TITLE, body=f"{XSS_BODY}\n{canary}", date="2025-04-05")
    journal.add(title=f"Other {other}", body=f"Not for friends {other}")
    journal.add(title="Third", body=f"{other} again")
    render_clip(journal, shared.id, seconds=4)  # a real clip, stored encrypted in the vault
    store = ShareStore.in_data_dir(data_dir)
    created = create_share(journal, store, shared.id, include="text,prompt,script,clip")
    journal.lock()
    origin = f"http://127.0.0.1:{port}"
    # Tall enough that one screenshot shows the whole page (Streamlit scrolls inside the page).
    context = browser.new_context(locale="en-US", viewport={"width": 1100, "height": 2400})
    requests = _guard_network(context, (origin + "/", "blob:", "data:"))
    sockets: list[str] = []
    page = context.new_page()
    page.on("websocket", lambda ws: sockets.append(ws.url))
    page.goto(share_url(origin, created.token))
    page.get_by_role("button", name="Open the dream").wait_for(timeout=WAIT_MS)
    lookup = lookup_id(token_bytes(created.token))  # type: ignore[arg-type]
    assert store.get(lookup).views == 0  # type: ignore[union-attr]
    page.get_by_role("button", name="Open the dream").click()
    page.get_by_text(canary).first.wait_for(timeout=WAIT_MS)  # the text, and the script's scene
    page.locator("video").wait_for(timeout=WAIT_MS)
    heading = page.get_by_role("heading", level=1).inner_text().replace("\u2060", "")
    assert heading == XSS_TITLE
    assert page.get_by_text("<script>window.__xss=2</script>", exact=False).count() >= 1
    _assert_inert(page)
    html = page.content()
    assert other not in html and "Not for friends" not in html
    video = _play_video(page)
    assert video["duration"] > 3.5 and video["width"] == 854 and video["played"] > 2
    page.get_by_text("Guided script").wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "share-viewer.png"), full_page=True)
    assert store.get(lookup).views == 1  # type: ignore[union-attr]

    page.goto(share_url(origin, new_token()))
    page.get_by_text("This link is not available").wait_for(timeout=WAIT_MS)
    page.screenshot(path=str(ARTIFACTS / "share-viewer-not-available.png"))
    off_box = [u for u in requests if not u.startswith((origin + "/", "blob:", "data:"))]
    assert off_box == [], off_box
    assert sockets and all(u.startswith(f"ws://127.0.0.1:{port}/") for u in sockets), sockets
    context.close()


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
    video = _play_video(page)
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
