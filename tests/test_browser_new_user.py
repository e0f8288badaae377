"""What a new user tripped over, in a real Chromium: scroll position, filters, the Rehearsal tab.

AppTest cannot see scrolling or which tab is open, so these run against the real app.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.browser_support import choose_chip, chromium, submit_until
from tests.conftest import fast_kdf
from tests.test_browser import _serve

PASSPHRASE = "a slow river under willows"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "new-user"

pytestmark = pytest.mark.browser


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    j = Journal.create(vault_path(tmp_path / "data", "journal"), PASSPHRASE, kdf=fast_kdf())
    for i in range(30):
        j.add(
            title=f"Dream {i}",
            body="I walked along a quiet river under willows. " * 6,
            date=date(2026, 11, 1) + timedelta(days=i),
            nightmare=i == 29,
        )
    j.lock()
    with _serve(tmp_path) as url:
        yield url


def _unlock(page, url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(url)
    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Unlock").click()
    expect(page.get_by_role("button", name="Lock now")).to_be_visible(timeout=40_000)


def _set_switch(page, name: str, on: bool) -> None:  # type: ignore[no-untyped-def]
    """Click a toggle by its label until the switch shows the wanted state. A click that lands
    while the page is still settling after a rerun can be dropped by the browser (seen once in
    CI: the switch stayed off, no rerun followed); the state is checked before every click, so a
    click that did land is never undone by a second one."""
    from playwright.sync_api import expect

    switch = page.get_by_role("switch", name=name)
    for _ in range(3):
        if switch.is_checked() == on:
            return
        page.get_by_text(name, exact=True).click()
        try:
            if on:
                expect(switch).to_be_checked(timeout=5_000)
            else:
                expect(switch).not_to_be_checked(timeout=5_000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"the switch {name!r} did not turn {'on' if on else 'off'}")


def _scrolled(page) -> int:  # type: ignore[no-untyped-def]
    return int(
        page.evaluate(
            "() => Math.max(window.scrollY, ...[...document.querySelectorAll("
            "'[data-testid=stMain], [data-testid=stAppViewContainer]')].map(e => e.scrollTop))"
        )
    )


def test_next_page_starts_at_the_top_and_filters_stay_open(app_url: str) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        _unlock(page, app_url)
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Journal"),
            page.get_by_text("page 1 of 2"),
        )
        pager = page.get_by_test_id("stPagination")
        pager.scroll_into_view_if_needed()
        assert _scrolled(page) > 300  # at the bottom of twenty dreams
        pager.get_by_text("2", exact=True).click()
        expect(page.get_by_text("page 2 of 2")).to_be_visible()
        page.wait_for_function(
            "() => Math.max(window.scrollY, ...[...document.querySelectorAll("
            "'[data-testid=stMain], [data-testid=stAppViewContainer]')].map(e => e.scrollTop))"
            " === 0"
        )
        page.screenshot(path=str(ARTIFACTS / "next-page-top.png"))

        # Filters: turning one off keeps the panel open for the next change. Each click waits
        # until the app has finished its run: a click during a rerun can be lost.
        idle = page.get_by_test_id("stApp")
        expect(idle).to_have_attribute("data-test-script-state", "notRunning")
        page.get_by_text("Filters", exact=True).click()
        expect(page.get_by_text("Nightmares only")).to_be_visible()
        expect(idle).to_have_attribute("data-test-script-state", "notRunning")
        _set_switch(page, "Nightmares only", on=True)
        expect(page.get_by_text("1 dream found")).to_be_visible()
        expect(idle).to_have_attribute("data-test-script-state", "notRunning")
        _set_switch(page, "Nightmares only", on=False)
        expect(page.get_by_text("page 1 of 2")).to_be_visible()
        expect(page.get_by_text("Lucid only")).to_be_visible()  # still open


def test_saving_the_changed_version_opens_the_rehearsal_tab(app_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        _unlock(page, app_url)
        main = page.get_by_test_id("stMain")
        field = main.get_by_role("textbox", name="Your changed version")
        submit_until(page.get_by_test_id("stSidebar").get_by_role("link", name="Visualize"), field)
        field.fill("The river carried me gently to a warm house; friends waited inside with tea.")
        main.get_by_role("button", name="Save the changed version").click()
        expect(page.get_by_text("Saved. The script and prompt")).to_be_visible()
        rehearsal = main.get_by_role("tab", name="Rehearsal")
        expect(rehearsal).to_have_attribute("aria-selected", "true")  # where they were working
        for label, value in (("Distress before", "6"), ("Distress after", "3")):  # unset at first
            choose_chip(main, label, value)
        main.get_by_role("button", name="Log rehearsal").click()
        expect(main.get_by_text("Rehearsal logged")).to_be_visible()
        expect(main.get_by_role("tab", name="Rehearsal")).to_have_attribute("aria-selected", "true")


@pytest.mark.parametrize("locale", ["de-DE", "en-GB"])
def test_the_locked_start_screen_speaks_the_browsers_language(app_url: str, locale: str) -> None:
    """Every reload locks the vault, so the unlock screen is what a person sees first each time:
    before any vault says otherwise it follows the browser's language."""
    from playwright.sync_api import expect

    from dreamjournal.i18n import language, message

    lang = language(locale)
    with chromium() as browser:
        page = browser.new_context(locale=locale).new_page()
        page.goto(app_url)
        expect(page.get_by_text(message("home.unlock", lang), exact=True)).to_be_visible()
        expect(page.get_by_role("button", name=message("unlock.button", lang))).to_be_visible()
        page.get_by_label(message("unlock.passphrase", lang), exact=True).fill(PASSPHRASE)
        page.get_by_role("button", name=message("unlock.button", lang)).click()
        expect(page.get_by_role("button", name=message("sidebar.lock", lang))).to_be_visible()


def test_help_lines_follow_the_browsers_country_and_the_texts_language(app_url: str) -> None:
    """A reader in the UK (browser locale en-GB) who writes in German, with no region set:
    the Samaritans for where they are and TelefonSeelsorge for the language they wrote in, each
    with its country and a number to tap; no US line."""
    from playwright.sync_api import expect

    with chromium() as browser:
        page = browser.new_context(locale="en-GB", viewport={"width": 1100, "height": 1300})
        page = page.new_page()
        _unlock(page, app_url)
        main = page.get_by_test_id("stMain")
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Write"),
            main.get_by_label("Title"),
        )
        main.get_by_label("Title").fill("nachts")
        main.get_by_label("What do you remember?").fill(
            "Ich will nicht mehr leben, ich hab meine Tabletten gesammelt."
        )
        main.get_by_role("button", name="Save dream").click()
        expect(main.get_by_text("Before anything else")).to_be_visible()
        box = main.locator("[class*='st-key-w_care']")
        expect(box.get_by_role("link", name="116 123")).to_have_attribute("href", "tel:116123")
        expect(box.get_by_role("link", name="0800 111 0 111").first).to_be_visible()
        expect(box.get_by_text("Samaritans (UK)")).to_be_visible()
        expect(box.get_by_text("TelefonSeelsorge (Germany)")).to_be_visible()
        expect(box.get_by_text("In immediate danger, call 999 (UK)")).to_be_visible()
        assert box.get_by_role("link", name="988").count() == 0
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        box.screenshot(path=str(ARTIFACTS / "help-lines-en-GB.png"))
