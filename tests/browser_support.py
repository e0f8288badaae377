"""What every real-browser test (and bench/app.py) needs: Chromium, a free port, a server.

Chromium is Debian's package; Playwright drives it (no `playwright install`). The flags keep
it from calling home: this machine has no internet, and the tests assert loopback only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_chromium() -> None:
    """Skip without Chromium locally; fail in CI, which must run the browser tests."""
    import pytest

    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(
            f"{CHROMIUM} is missing; CI must run the browser tests (apt-get install chromium)"
        )
    pytest.skip(f"{CHROMIUM} is not installed")


# How long an action ("fill", "click") may wait for its element (Playwright's own default: 30 s)
ACTION_TIMEOUT_MS = 60_000


@contextmanager
def chromium(timeout_ms: int = 60_000) -> Iterator[Any]:
    """A headless Debian Chromium driven by Playwright; closed afterwards. Every wait is on a
    condition; the default allows a loaded 2-core machine to derive a key or read the crisis
    check's sentence encoder before the page answers (15 s was missed under load, round 17).
    It bounds actions ("fill", "click") as well as `expect`: Playwright's own 30 s for an action
    was missed once by the first page of a freshly started app while the other worker ran the
    crisis evaluations (round 47)."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        expect.set_options(timeout=timeout_ms)
        try:
            yield _PatientBrowser(browser, max(timeout_ms, ACTION_TIMEOUT_MS))
        except Exception as exc:
            exc.add_note(_what_the_pages_show(browser))
            raise
        finally:
            browser.close()


def _what_the_pages_show(browser: Any) -> str:
    """Each open page's address, script state and visible text, for a failure's report: a
    failure seen only in CI is then read from its log, not guessed at."""
    lines = []
    for context in browser.contexts:
        for page in context.pages:
            try:
                app = page.get_by_test_id("stApp")
                running = app.get_attribute("data-test-script-state", timeout=2_000)
                text = page.locator("body").inner_text(timeout=2_000)
            except Exception as exc:  # the page may be gone or hung: say so, keep the failure
                lines.append(f"page {page.url}: not readable ({type(exc).__name__})")
                continue
            shown = " | ".join(line.strip() for line in text.splitlines() if line.strip())
            lines.append(f"page {page.url} (script {running}) shows: {shown[:3000]}")
    return "\n".join(lines) or "no page was open"


class _PatientBrowser:
    """A Playwright browser whose new pages and contexts wait up to `timeout_ms` for an action."""

    def __init__(self, browser: Any, timeout_ms: int) -> None:
        self._browser = browser
        self._timeout_ms = timeout_ms

    def new_page(self, **options: Any) -> Any:
        page = self._browser.new_page(**options)
        page.set_default_timeout(self._timeout_ms)
        return page

    def new_context(self, **options: Any) -> Any:
        context = self._browser.new_context(**options)
        context.set_default_timeout(self._timeout_ms)
        return context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


@contextmanager
def chromium_profile(
    user_data_dir: Path, timeout_ms: int = 60_000, **options: Any
) -> Iterator[Any]:
    """A Chromium context with a real on-disk profile (its disk cache can be inspected)."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(user_data_dir), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, **options
        )
        context.set_default_timeout(max(timeout_ms, ACTION_TIMEOUT_MS))
        expect.set_options(timeout=timeout_ms)
        try:
            yield context
        finally:
            context.close()


@contextmanager
def serving(
    cmd: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    port: int,
    log_path: Path | None = None,
    timeout: float = 30.0,
    health: str = "/_stcore/health",
) -> Iterator[str]:
    """Start a server, wait for its health path (Streamlit's by default), yield its URL; stop it."""
    log = log_path.open("w") if log_path else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{url}{health}", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                detail = log_path.read_text() if log_path else ""
                raise RuntimeError(f"server did not start: {' '.join(cmd[:4])}\n{detail}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log_path:
            log.close()  # type: ignore[union-attr]


def record_requests(context: Any, origin: str) -> list[dict[str, Any]]:
    """Record every request of a browser context (URL, headers, body); abort all but `origin`."""
    seen: list[dict[str, Any]] = []

    def handle(route: Any) -> None:
        req = route.request
        seen.append({"url": req.url, "headers": req.headers, "body": req.post_data or ""})
        if req.url.startswith((origin + "/", "blob:", "data:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", handle)
    return seen


def play_video(page: Any) -> dict[str, float]:
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


def small_mp4(path: Path) -> bytes:
    """A 3-second H.264 + AAC clip made with the ffmpeg that imageio-ffmpeg ships."""
    import imageio_ffmpeg

    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=s=160x120:d=3:r=12",
            "-f", "lavfi", "-i", "sine=f=330:d=3",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    return path.read_bytes()


def choose_chip(scope: Any, label: str, value: int | str) -> None:
    """Choose the number chip `value` in the chip group (st.pills) labelled `label`, and wait
    until the page shows it chosen.

    A click that lands while the layout above shifts (the pacer image above a form loading late)
    can miss its chip: CI saw a questionnaire saved with one answer "still open" although the test
    had clicked it. What a person would see, an unchosen chip, is what this waits for; the click
    is repeated only when the chip is still unchosen (a second click on a chosen chip unchooses it).
    """
    import re

    from playwright.sync_api import expect

    group = scope.get_by_test_id("stButtonGroup").filter(has_text=label)
    chip = group.locator("button").filter(has_text=re.compile(rf"^{value}$"))
    for _attempt in range(3):
        if chip.get_attribute("aria-checked") != "true":
            chip.click()
        try:
            expect(chip).to_have_attribute("aria-checked", "true", timeout=5_000)
            return
        except AssertionError:
            continue
    expect(chip).to_have_attribute("aria-checked", "true")


def submit_until(button: Any, shown: Any, attempts: int = 3, page: Any = None) -> None:
    """Click `button` (a form's submit, an expander's label) until `shown` (what its run or its
    opening draws) is visible.

    An open vault reruns a small fragment every ten seconds (the idle-lock watch). A submit that
    reaches the server while that run is being merged with it can lose its trigger (Streamlit
    coalesces the two requests and drops the submit's; streamlit/streamlit#16161 discusses it):
    CI saw "Start session mode" clicked, the form still filled and nothing started. A person
    clicks again; so does this, only while the button is still there. A click whose run did
    start replaces the page (CI saw the Journal link clicked and the page blank, sidebar and
    all, 10 s later on a loaded machine): that run is waited for as any page is, with the
    browser's whole default timeout (see `chromium`).

    With `page`, for a button whose run acts (a send to a relay), a click is repeated only once
    the run it may have started is over and `shown` is still missing: a late first run must not
    be followed by a second send (CI, round 35: "Send to my therapist" clicked with the consent
    ticked, and nothing sent in 30 s). Such a click is also given the browser's whole default
    timeout before a second one: on a loaded machine the run of a first click can start after
    10 s (queued behind the idle-lock run), and a second click then replaced its "Packages
    imported and removed from the relay: 1." with the second fetch's "No packages are waiting"
    (CI, round 44).
    """
    from playwright.sync_api import expect

    wait_ms = None if page is not None else 10_000
    for attempt in range(attempts):
        # While a run replaces the page, the old element and the new one can both be there for a
        # moment (CI, round 45: "Send to my therapist" resolved to two buttons, one in the tab
        # panel of the run before): wait until there is one to click.
        expect(button).to_have_count(1)
        button.click()
        try:
            expect(shown).to_be_visible(timeout=wait_ms)
            return
        except AssertionError:
            if page is not None:
                expect(page.get_by_test_id("stApp")).to_have_attribute(
                    "data-test-script-state", "notRunning"
                )
                if shown.is_visible():
                    return
            if not button.is_visible():
                expect(shown).to_be_visible()
                return
            if attempt + 1 == attempts:
                raise
