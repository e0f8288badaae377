"""AppTest: the Home-practice page, the client's side (make the file) and the therapist's side
(bring it in), on real vault files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.services.therapy import rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy import home_practice
from tests.conftest import PASSPHRASE, fast_kdf
from tests.home_practice_support import holds_plaintext
from tests.test_app_support import click, make_vault, open_app, session_journal, texts, unlock
from tests.test_relay_owner_support import relay  # noqa: F401  (fixture)

PAGE = "pages/home_practice.py"
CODE = "moon-river-42"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file's Argon2id at test strength (the format test covers the real parameters)."""
    monkeypatch.setattr(home_practice, "new_params", fast_kdf)


@pytest.fixture
def vaults(data_dir: Path) -> dict[str, str]:
    """The client's journal (a rescripted nightmare, a rehearsal, a private dream) and the
    therapist's empty vault for that client."""
    make_vault(data_dir, name="my-journal")
    j = Journal.unlock(vault_path(data_dir, "my-journal"), PASSPHRASE)
    wolf = j.add(title="The wolf", body="A wolf chased me.", nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, "The wolf lies down in the sun and I walk on, calm.", today=date.today())
    rehearse(j, wolf.id, minutes=12, distress_before=6, distress_after=3)
    private = j.add(title="Sister", body="Dinner with my sister.")
    j.lock()
    make_vault(data_dir, name="client-07")
    return {"wolf": wolf.id, "private": private.id}


def _open(vault: str) -> AppTest:
    at = open_app()
    at.selectbox(key="home_vault").set_value(vault)
    unlock(at)
    return at.switch_page(PAGE).run()


def _make_file(ids: dict[str, str]) -> bytes:
    at = _open("my-journal")
    assert "Always in the file: Rehearsals: 1." in texts(at)
    at.multiselect(key="hp_dreams").set_value([ids["wolf"]])
    at.text_input(key="hp_send_code").input(CODE)
    click(at, "Make the encrypted file")
    assert not at.exception and not at.error
    assert "The file is ready. It holds Dreams: 1 · Rehearsals: 1." in texts(at)
    assert [b.label for b in at.download_button] == ["Download home-practice file"]
    assert at.session_state["hp_send_code"] == ""  # the code does not stay in the session
    data: bytes = at.session_state["hp_file"][0]  # what the download button serves
    assert not holds_plaintext(data)
    return data


def _bring(data: bytes, code: str = CODE) -> AppTest:
    at = _open("client-07")
    at.file_uploader(key="hp_upload").upload(
        "home-practice.djpractice", data, "application/octet-stream"
    ).run()
    at.text_input(key="hp_bring_code").input(code)
    return click(at, "Bring it in")


def test_client_makes_the_file_and_therapist_brings_it_in_once(vaults: dict[str, str]) -> None:
    data = _make_file(vaults)
    at = _bring(data)
    assert not at.exception and not at.error
    assert "Added: Dreams: 1 · Rehearsals: 1." in texts(at)
    journal = session_journal(at)
    assert journal is not None
    assert [e.title for e in journal.list()] == ["The wolf"]  # not the dream left out
    again = _bring(data)
    assert "Nothing new: everything in this file is already here." in texts(again)
    assert "Already here, unchanged: Dreams: 1 · Rehearsals: 1." in texts(again)
    journal = session_journal(again)
    assert journal is not None and len(journal) == 1 and len(journal.records("rehearsal")) == 1


def test_a_wrong_code_or_a_damaged_file_is_refused_with_nothing_written(
    vaults: dict[str, str],
) -> None:
    data = _make_file(vaults)
    at = _bring(data, code="moon-river-43")
    assert "does not open with that code" in at.error[0].value
    damaged = _bring(data[: len(data) // 2])
    assert "cut short" in damaged.error[0].value
    journal = session_journal(damaged)
    assert journal is not None and len(journal) == 0 and not journal.records("rehearsal")


def test_a_short_code_is_asked_again(vaults: dict[str, str]) -> None:
    at = _open("my-journal")
    at.text_input(key="hp_send_code").input("1234")
    click(at, "Make the encrypted file")
    assert "at least 8 characters" in at.error[0].value
    at.button(key="hp_send_code_suggest").click().run()
    suggested = at.text_input(key="hp_send_code").value
    assert len(home_practice.check_code(suggested)) == 12


def test_the_page_speaks_german(vaults: dict[str, str]) -> None:
    at = _open("my-journal")
    at.session_state["lang"] = "de"
    at.run()
    assert at.title[0].value == "Übung zu Hause"
    assert [t.label for t in at.tabs] == ["Meine Übung senden", "Übung übernehmen"]
    assert "Immer in der Datei: Einübungen: 1." in texts(at)


def test_send_to_my_therapist_through_the_relay(vaults: dict[str, str], relay: str) -> None:  # noqa: F811
    therapist = _open("client-07")
    therapist.text_input(key="hp_relay_url").input(relay)
    click(therapist, "Make the practice address")
    assert not therapist.exception and not therapist.error
    address = therapist.code[0].value
    assert address.startswith(f"{relay}/p/")

    client = _open("my-journal")
    client.text_input(key="hp_address").input(address)
    client.multiselect(key="hp_dreams").set_value([vaults["wolf"]])
    client.text_input(key="hp_relay_code").input(CODE)
    click(client, "Send to my therapist")
    assert "Sending needs your consent each time" in client.error[0].value  # not ticked
    client.text_input(key="hp_relay_code").input(CODE)
    client.checkbox(key="hp_consent").check()
    click(client, "Send to my therapist")
    assert not client.error
    assert "Sent, sealed to your therapist's key: Dreams: 1 · Rehearsals: 1." in texts(client)
    assert client.checkbox(key="hp_consent").value is False  # asked again next time
    again = _open("my-journal")
    assert again.text_input(key="hp_address").value == address  # remembered

    therapist = _open("client-07")
    assert therapist.code[0].value == address
    therapist.text_input(key="hp_fetch_code").input(CODE)
    click(therapist, "Fetch from the relay")
    assert not therapist.error
    assert "Packages imported and removed from the relay: 1." in texts(therapist)
    assert "Added: Dreams: 1 · Rehearsals: 1." in texts(therapist)
    therapist.text_input(key="hp_fetch_code").input(CODE)
    click(therapist, "Fetch from the relay")
    assert "No packages are waiting on the relay." in texts(therapist)
    journal = session_journal(therapist)
    assert journal is not None and [e.title for e in journal.list()] == ["The wolf"]
