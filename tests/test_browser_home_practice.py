"""In a real Chromium: session mode hides every other client, and home practice travels from a
client's journal to the therapist's vault as a downloaded, then uploaded, encrypted file, and
through a real relay on loopback, sealed to the therapist's key.

The server runs with the real key derivation (Argon2id, 64 MiB) for the practice passphrase and
the home-practice code. Screenshots go to test-artifacts/home-practice/.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from dreamjournal.services.therapy import rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.browser_support import chromium, submit_until
from tests.conftest import fast_kdf
from tests.home_practice_support import holds_plaintext
from tests.test_browser import _serve

PASSPHRASE = "a slow river under willows"
PRACTICE = "our quiet practice room"
CODE = "MOON-RIVER-42"
CLIENT = "client-anna"
OTHERS = ("client-bruno", "Jürgen-K")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "home-practice"

pytestmark = pytest.mark.browser


def _vault(data: Path, name: str) -> Journal:
    return Journal.create(vault_path(data, name), PASSPHRASE, kdf=fast_kdf())


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    data = tmp_path / "data"
    for name in (CLIENT, *OTHERS, "client-07"):
        _vault(data, name).lock()
    j = _vault(data, "my-journal")
    wolf = j.add(title="The wolf", body="A wolf chased me.", nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, "The wolf lies down in the sun and I walk on, calm.", today=date.today())
    rehearse(j, wolf.id, minutes=12, distress_before=6, distress_after=3)
    j.add(title="Sister", body="Dinner with my sister.")
    j.lock()
    with _serve(tmp_path) as url:
        yield url


def _unlock(page: Any, url: str, vault: str) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    main = page.get_by_test_id("stMain")
    main.get_by_role("combobox", name="Vault").click()
    page.get_by_role("option", name=vault, exact=True).click()
    main.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    main.get_by_role("button", name="Unlock").click()
    # Unlocking derives the key and builds the first page (a therapist's vault has charts): on a
    # busy two-core machine that took over 15 s once; wait on the page, longer.
    expect(page.get_by_role("button", name="Lock now")).to_be_visible(timeout=40_000)


def _settled(page: Any) -> None:
    """Wait until the app's script run is over (a click during a run can be lost)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def _dom(page: Any) -> str:
    """The whole document (hidden parts too), every field's current value and the title."""
    values = page.evaluate(
        "() => [...document.querySelectorAll('input, textarea')].map(e => e.value).join(' ')"
    )
    # NFC: the browser may hand back 'Jürgen' decomposed (u + combining diaeresis).
    return unicodedata.normalize("NFC", f"{page.content()}\n{values}\n{page.title()}")


def test_session_screen_shows_no_other_client_in_the_dom(app_url: str) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(app_url)
        expect(page.get_by_role("combobox", name="Vault")).to_be_visible()
        assert OTHERS[1] in _dom(page)  # before: the picker shows a vault name (the first)
        _unlock(page, app_url, CLIENT)
        main = page.get_by_test_id("stMain")
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Home", exact=True),
            main.get_by_text("Session mode", exact=True),
        )
        expect(main.get_by_text("Session mode", exact=True)).to_be_visible()
        _settled(page)
        main.get_by_text("Session mode", exact=True).click()
        main.get_by_role("textbox", name="Practice passphrase").fill(PRACTICE)
        main.get_by_role("textbox", name="Type it again").fill(PRACTICE)
        _settled(page)
        submit_until(
            main.get_by_role("button", name="Start session mode"),
            page.get_by_text("Session mode is on: only this vault"),
        )

        page.goto(app_url)  # a reload (or a restart): locked, and still in session mode
        expect(page.get_by_text(f"Vault: {CLIENT}")).to_be_visible()
        expect(page.get_by_role("combobox", name="Vault")).to_have_count(0)
        page.screenshot(path=str(ARTIFACTS / "session-mode-locked.png"))
        seen = [_dom(page)]
        main.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
        main.get_by_role("button", name="Unlock").click()
        expect(page.get_by_role("button", name="Lock now")).to_be_visible(timeout=40_000)
        for link in ("Home", "Journal", "Home practice", "Settings"):
            title = link if link != "Home" else "Dream Journal"
            submit_until(
                page.get_by_test_id("stSidebar").get_by_role("link", name=link, exact=True),
                main.get_by_role("heading", name=title, level=1, exact=True),
            )
            expect(main.get_by_role("heading", name=title, level=1)).to_be_visible()
            seen.append(_dom(page))
        page.screenshot(path=str(ARTIFACTS / "session-mode-open.png"))
        assert CLIENT in seen[0]
        for dom in seen:
            for name in OTHERS:
                assert name not in dom

        # The therapist's own way out: the practice passphrase brings the picker back.
        submit_until(
            page.get_by_test_id("stSidebar").get_by_role("link", name="Home", exact=True),
            main.get_by_text("End session mode", exact=True),
        )
        expect(main.get_by_text("End session mode", exact=True)).to_be_visible()
        _settled(page)
        main.get_by_text("End session mode", exact=True).click()
        main.get_by_role("textbox", name="Practice passphrase").fill(PRACTICE)
        _settled(page)
        # (round 53: a loaded run saw this click make no run at all, the form still filled)
        submit_until(
            main.get_by_role("button", name="Leave session mode"),
            page.get_by_text("Session mode ended."),
            page=page,
        )


def test_home_practice_goes_from_the_clients_journal_to_the_therapists_vault(
    app_url: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        context = browser.new_context(
            viewport={"width": 1280, "height": 1100}, accept_downloads=True
        )
        page = context.new_page()
        main = page.get_by_test_id("stMain")
        sidebar = page.get_by_test_id("stSidebar")

        # The client, at home, in their own journal.
        _unlock(page, app_url, "my-journal")
        submit_until(
            sidebar.get_by_role("link", name="Home practice"),
            main.get_by_text("Always in the file: Rehearsals: 1."),
        )
        expect(main.get_by_text("Always in the file: Rehearsals: 1.")).to_be_visible()
        main.get_by_role("combobox", name="Dreams to include").click()
        page.get_by_role("option", name="The wolf").click()
        page.keyboard.press("Escape")
        main.get_by_role("textbox", name="Code agreed in session").first.fill(CODE)
        _settled(page)
        main.get_by_role("button", name="Make the encrypted file").click()
        expect(
            main.get_by_text("The file is ready. It holds Dreams: 1 · Rehearsals: 1.")
        ).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "client-file-ready.png"))
        with page.expect_download() as download:
            main.get_by_role("button", name="Download home-practice file").click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.suffix == ".djpractice"
        assert not holds_plaintext(saved.read_bytes())

        # The therapist, in that client's vault.
        _unlock(page, app_url, "client-07")
        submit_until(
            sidebar.get_by_role("link", name="Home practice"),
            main.get_by_role("tab", name="Bring practice in"),
        )
        main.get_by_role("tab", name="Bring practice in").click()
        main.locator("input[type=file]").set_input_files(str(saved))
        expect(main.get_by_role("button", name=f"Remove {saved.name}")).to_be_visible()
        main.get_by_role("textbox", name="Code agreed in session").last.fill(CODE)
        _settled(page)
        main.get_by_role("button", name="Bring it in").click()
        expect(main.get_by_text("Added: Dreams: 1 · Rehearsals: 1.")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "therapist-imported.png"))
        main.get_by_role("textbox", name="Code agreed in session").last.fill(CODE)
        _settled(page)
        main.get_by_role("button", name="Bring it in").click()
        expect(
            main.get_by_text("Nothing new: everything in this file is already here.")
        ).to_be_visible()
        submit_until(sidebar.get_by_role("link", name="Journal"), main.get_by_text("The wolf"))
        expect(main.get_by_text("Sister")).to_have_count(0)

        # The report: what came from home is in it, what the client kept back is not.
        submit_until(
            sidebar.get_by_role("link", name="Outcomes"),
            main.get_by_text("The client consents to exporting this report"),
        )
        main.get_by_text("The client consents to exporting this report").click()
        _settled(page)
        with page.expect_download() as download:
            main.get_by_role("button", name="Outcomes report · PDF").click()
        pdf = tmp_path / "report.pdf"
        download.value.save_as(pdf)
        text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages).split())
        assert "client-07" in text and "Rehearsal minutes: 12" in text  # from home
        assert "Sister" not in text and "{" not in text


def test_home_practice_travels_through_the_relay_sealed_to_the_therapist(
    app_url: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    from tests.test_relay_owner_support import relay_in_thread

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with relay_in_thread(f"sqlite:///{tmp_path / 'relay.sqlite3'}") as relay, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1300})
        main = page.get_by_test_id("stMain")
        sidebar = page.get_by_test_id("stSidebar")

        # The therapist, in the client's vault: the practice address, made once.
        _unlock(page, app_url, "client-07")
        submit_until(
            sidebar.get_by_role("link", name="Home practice"),
            main.get_by_role("tab", name="Bring practice in"),
        )
        main.get_by_role("tab", name="Bring practice in").click()
        main.get_by_role("textbox", name="Relay address").fill(relay)
        _settled(page)
        main.get_by_role("button", name="Make the practice address").click()
        shown = main.get_by_test_id("stCode").filter(has_text=f"{relay}/p/")
        expect(shown).to_be_visible()
        address = shown.inner_text().strip()
        page.screenshot(path=str(ARTIFACTS / "therapist-practice-address.png"))

        # The client, at home: consent is asked for this send.
        _unlock(page, app_url, "my-journal")
        submit_until(
            sidebar.get_by_role("link", name="Home practice"),
            main.get_by_role("combobox", name="Dreams to include"),
        )
        main.get_by_role("combobox", name="Dreams to include").click()
        page.get_by_role("option", name="The wolf").click()
        page.keyboard.press("Escape")
        main.get_by_role("textbox", name="Practice address").fill(address)
        main.get_by_role("textbox", name="Code agreed in session").last.fill(CODE)
        _settled(page)
        submit_until(
            main.get_by_role("button", name="Send to my therapist"),
            main.get_by_text("Sending needs your consent each time"),
            page=page,
        )
        main.get_by_role("textbox", name="Code agreed in session").last.fill(CODE)
        main.get_by_text("Yes, send this sealed file").click()
        _settled(page)
        submit_until(
            main.get_by_role("button", name="Send to my therapist"),
            main.get_by_text("Sent, sealed to your therapist's key: Dreams: 1 · Rehearsals: 1."),
            page=page,
        )
        page.screenshot(path=str(ARTIFACTS / "client-sent.png"))
        stored = b"".join(p.read_bytes() for p in tmp_path.glob("relay.sqlite3*"))
        assert not holds_plaintext(stored) and b"Rehearsal" not in stored

        # The therapist fetches: imported once, then gone from the relay.
        _unlock(page, app_url, "client-07")
        submit_until(
            sidebar.get_by_role("link", name="Home practice"),
            main.get_by_role("tab", name="Bring practice in"),
        )
        main.get_by_role("tab", name="Bring practice in").click()
        for said in ("Packages imported and removed from the relay: 1.", "No packages are waiting"):
            main.get_by_role("textbox", name="Code agreed in session").last.fill(CODE)
            _settled(page)
            submit_until(
                main.get_by_role("button", name="Fetch from the relay"),
                main.get_by_text(said),
                page=page,
            )
            _settled(page)
        submit_until(sidebar.get_by_role("link", name="Journal"), main.get_by_text("The wolf"))
        expect(main.get_by_text("The wolf")).to_have_count(1)
        expect(main.get_by_text("Sister")).to_have_count(0)
