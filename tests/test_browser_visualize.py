"""End to end in a real Chromium: render a clip on the Visualize page, play it, cancel another.

Uses the server and browser helpers of `test_browser` (`streamlit run` on a free 127.0.0.1
port, Debian's Chromium). Checks that the decrypted clip plays in a real `<video>` element
(its currentTime advances), that Cancel stops a long render and leaves no file or temp dir
behind, and that no request leaves 127.0.0.1. Screenshots go to test-artifacts/visualize/.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dreamjournal.render.clips import list_clips, load_clip, render_temp_root
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.browser_support import chromium_profile, submit_until
from tests.conftest import fast_kdf
from tests.test_browser import _serve

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "visualize"
PASSPHRASE = "lanterns over a quiet harbour"
DREAM = {
    "title": "Lanterns on the water",
    "body": "I floated in a small boat on a calm lake at night. Paper lanterns drifted past "
    "and a heron stood in the reeds. I felt peaceful and light.",
}

pytestmark = pytest.mark.browser


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    journal = Journal.create(vault_path(tmp_path / "data", "journal"), PASSPHRASE, kdf=fast_kdf())
    journal.add(**DREAM)
    journal.lock()
    with _serve(tmp_path) as url:
        yield url


def _render_dirs() -> set[str]:
    return {
        p.name
        for p in Path(render_temp_root() or tempfile.gettempdir()).glob("dreamjournal-render-*")
    }


def test_render_play_and_cancel_a_clip(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    clip_dir = vault_path(tmp_path / "data", "journal").with_suffix(".clips")
    temp_before = _render_dirs()
    requests: list[str] = []
    profile = tmp_path / "chromium-profile"  # a real profile: its disk cache is checked below
    with chromium_profile(profile, viewport={"width": 1280, "height": 1100}) as context:
        context.on("request", lambda r: requests.append(r.url))
        page = context.new_page()
        page.on("websocket", lambda ws: requests.append(ws.url))
        main = page.get_by_test_id("stMain")

        page.goto(app_url)
        page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
        page.get_by_role("button", name="Unlock").click()
        # Navigate only once the unlock has landed: a click before that reaches a locked page.
        expect(page.get_by_role("button", name="Lock now")).to_be_visible(timeout=40_000)
        # (The Journal page, where the unlock lands, shows the dream's title too: wait for a tab.)
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Visualize"),
            main.get_by_role("tab", name="Clip"),
        )
        expect(main.get_by_text("Lanterns on the water", exact=True)).to_be_visible()
        main.get_by_role("tab", name="Clip").click()

        # A 4-second clip (the slider's minimum), rendered and stored encrypted.
        slider = main.get_by_role("slider")
        slider.focus()
        slider.press("Home")
        expect(main.get_by_test_id("stSliderThumbValue")).to_have_text("4")
        main.get_by_role("button", name="Render clip").click()
        expect(main.get_by_text("The clip is ready.")).to_be_visible(timeout=30_000)
        assert len(list(clip_dir.glob("*.djclip"))) == 2  # the MP4 and its poster

        # The decrypted bytes play in a real <video>.
        video = main.locator("video")
        expect(video).to_have_count(1)
        video.evaluate("v => { v.muted = true; return v.play(); }")
        page.wait_for_function(
            "() => { const v = document.querySelector('video'); "
            "return v && v.readyState >= 2 && v.currentTime > 0.5; }",
            timeout=15_000,
        )
        assert video.evaluate("v => v.duration") == pytest.approx(4.0, abs=0.2)
        page.screenshot(path=str(ARTIFACTS / "b01-clip-playing.png"), full_page=True)

        # A long render, cancelled part way: nothing is kept.
        slider = main.get_by_role("slider")  # the render controls stay open
        slider.focus()
        slider.press("End")
        # The slider's change reruns the page: while it runs, Streamlit may show the stale
        # controls beside the new ones for a moment, so wait for one before clicking it.
        resolution = main.get_by_text("1280x720", exact=True)
        expect(resolution).to_have_count(1, timeout=15_000)
        resolution.click()
        main.get_by_role("button", name="Render clip").click()
        rendering = main.locator(".st-key-v_clip_progress")
        bar = rendering.get_by_test_id("stProgress")
        expect(bar).to_be_visible()
        expect(bar).not_to_contain_text("Rendering… 0 %")  # it is under way
        page.screenshot(path=str(ARTIFACTS / "b02-rendering.png"), full_page=True)
        rendering.get_by_role("button", name="Cancel").click()
        expect(main.get_by_text("Stopped. Nothing of that clip was kept.")).to_be_visible()
        expect(rendering).to_have_count(0)
        page.screenshot(path=str(ARTIFACTS / "b03-cancelled.png"), full_page=True)
        expect(main.get_by_text("Clips of this dream (1)")).to_be_visible()

    assert len(list(clip_dir.glob("*.djclip"))) == 2
    assert _render_dirs() == temp_before
    # The decrypted clip was served with no-store: nothing of it is in the browser's profile.
    j = Journal.unlock(vault_path(tmp_path / "data", "journal"), PASSPHRASE)
    [clip] = list_clips(j)
    mp4 = load_clip(j, clip.id)
    j.lock()
    samples = [mp4[i : i + 48] for i in range(4096, len(mp4) - 48, len(mp4) // 8)]
    cached = [
        f.name
        for f in profile.rglob("*")
        if f.is_file() and any(sample in f.read_bytes() for sample in samples)
    ]
    assert cached == []
    hosts = {urlparse(u).hostname for u in requests if not u.startswith(("data:", "blob:"))}
    assert requests and hosts == {"127.0.0.1"}, sorted(set(requests))


# The boxes of every rendered line of text in the prompt's code block (a Range per text node).
_TEXT_BOXES = """(code) => {
    const boxes = [];
    const walk = document.createTreeWalker(code.querySelector("pre"), NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
        const text = walk.currentNode;
        if (!text.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const r of range.getClientRects()) boxes.push([r.left, r.top, r.right, r.bottom]);
    }
    return boxes;
}"""


@pytest.mark.parametrize("width", [1280, 800])
def test_the_copy_button_covers_no_word_of_the_prompt(app_url: str, width: int) -> None:
    from playwright.sync_api import expect

    from tests.browser_support import chromium

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        context = browser.new_context(viewport={"width": width, "height": 1000})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
        page = context.new_page()
        page.goto(app_url)
        page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
        page.get_by_role("button", name="Unlock").click()
        expect(page.get_by_role("button", name="Lock now")).to_be_visible(timeout=40_000)
        main = page.get_by_test_id("stMain")
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Visualize"),
            main.get_by_role("tab", name="Video prompt"),
        )
        main.get_by_role("tab", name="Video prompt").click()
        code = main.get_by_test_id("stCode").first
        expect(code).to_contain_text("Style:")
        code.hover()  # the button shows on hover
        copy = code.get_by_role("button", name="Copy to clipboard")
        expect(copy).to_be_visible()
        box = copy.bounding_box()
        assert box is not None
        left, top = box["x"], box["y"]
        right, bottom = left + box["width"], top + box["height"]
        lines = code.evaluate(_TEXT_BOXES)
        assert lines, "no text in the code block"
        covered = [
            b for b in lines if b[0] < right and b[2] > left and b[1] < bottom and b[3] > top
        ]
        code.screenshot(path=str(ARTIFACTS / f"prompt-copy-button-{width}.png"))
        assert covered == []
        copy.click()
        expect(code.get_by_role("button", name="Copied")).to_be_visible()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.strip().startswith("Style:") and "Shot list:" in copied
        context.close()
