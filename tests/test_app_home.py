"""AppTest: the home page — create a vault, unlock, wrong passphrase, lock, several vaults."""

from __future__ import annotations

from pathlib import Path

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE
from tests.test_app_support import (
    button,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)

NEW_PASSPHRASE = "moonlit tide over quiet roofs"


def test_first_visit_offers_a_vault_with_a_no_recovery_warning() -> None:
    at = open_app()
    assert "Welcome" in texts(at)
    assert any("cannot be recovered" in w.value for w in at.warning)
    assert button(at, "Create vault")
    assert button(at, "Try it with example dreams")
    assert session_journal(at) is None


def test_strength_hint_follows_the_passphrase() -> None:
    at = open_app()
    at.text_input(key="create_pass1").input("hunter22").run()
    assert any(w.value.startswith("Weak") for w in at.warning)
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE).run()
    assert [s.value for s in at.success] == ["Strong passphrase."]


def test_create_vault_opens_the_empty_journal(data_dir: Path) -> None:
    at = open_app()
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE)
    click(at, "Create vault")
    assert not at.exception
    assert at.title[0].value == "Journal"
    assert "No dreams yet" in texts(at)
    assert session_journal(at) is not None
    # The passphrase does not stay in the session after use.
    assert at.session_state.get("create_pass1") == ""
    assert at.session_state.get("create_pass2") == ""
    # A real vault on disk that opens with that passphrase.
    Journal.unlock(vault_path(data_dir, "journal"), NEW_PASSPHRASE).lock()


def test_create_refuses_mismatch_and_short_passphrases(data_dir: Path) -> None:
    at = open_app()
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE + "x")
    click(at, "Create vault")
    assert [e.value for e in at.error] == ["The two passphrases differ. Type the same one twice."]
    at.text_input(key="create_pass1").input("short")
    at.text_input(key="create_pass2").input("short")
    click(at, "Create vault")
    assert "at least 8 characters" in at.error[0].value
    assert not vault_path(data_dir, "journal").exists()


def test_demo_button_seeds_a_dozen_examples() -> None:
    at = open_app()
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE)
    click(at, "Try it with example dreams")
    journal = session_journal(at)
    assert journal is not None and len(journal) == 12
    assert all(e.example for e in journal.list())
    assert "12 dreams, newest first" in texts(at)


def test_unlock_goes_to_the_journal(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Owls in the orchard", "body": "They spoke softly."}])
    at = open_app()
    assert "Unlock your journal" in texts(at)
    unlock(at)
    assert at.title[0].value == "Journal"
    assert "Owls in the orchard" in texts(at)
    assert at.session_state.get("home_pass") == ""


def test_wrong_passphrase_says_so_and_stays_locked(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Secret garden"}])
    at = open_app()
    unlock(at, "not the passphrase")
    assert len(at.error) == 1
    assert at.error[0].value.startswith("That passphrase does not open this vault.")
    assert session_journal(at) is None
    assert "Secret garden" not in texts(at)
    unlock(at)  # and the right one still works afterwards
    assert "Secret garden" in texts(at)


def test_empty_passphrase_asks_for_one(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app()
    click(at, "Unlock")
    assert at.error[0].value == "Type your passphrase first."


def test_lock_forgets_key_and_text(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Lantern under water"}])
    at = open_app()
    unlock(at)
    journal = session_journal(at)
    assert journal is not None
    click(at, "Lock now")
    assert journal.locked
    assert session_journal(at) is None
    assert "Lantern under water" not in texts(at)
    assert "This vault is locked" in texts(at)
    # Nothing decrypted is left in the session.
    for key in at.session_state:
        value = at.session_state[key]
        assert not isinstance(value, Journal)
        assert "Lantern" not in repr(value), key


def test_several_vaults_pick_one_to_unlock(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Mine"}], name="journal")
    make_vault(data_dir, [{"title": "Client seven's dream"}], name="client-07")
    at = open_app()
    assert at.selectbox(key="home_vault").options == ["client-07", "journal"]
    assert at.selectbox(key="home_vault").value == "journal"
    at.selectbox(key="home_vault").select("client-07")
    unlock(at)
    body = texts(at)
    assert "Client seven" in body and "Mine" not in body
    assert at.session_state["vault_name"] == "client-07"


def test_create_a_second_vault_next_to_the_first(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app()
    at.text_input(key="create_name").input("client-08")
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE)
    click(at, "Create vault")
    assert at.session_state["vault_name"] == "client-08"
    assert vault_path(data_dir, "client-08").exists()
    assert vault_path(data_dir, "journal").exists()


def test_unlocked_empty_vault_offers_examples(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app()
    unlock(at)
    at.switch_page("pages/home.py").run()
    assert "Vault **journal** is open" in texts(at)
    click(at, "Try it with example dreams")
    journal = session_journal(at)
    assert journal is not None and len(journal) == 12


def test_language_switch_on_home_page(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app()
    at.segmented_control(key="home_lang").set_value("de").run()
    assert "Tagebuch entsperren" in texts(at)
    assert button(at, "Entsperren")
    unlock_de = at.text_input(key="home_pass")
    assert unlock_de.label == "Passphrase"
    unlock_de.input(PASSPHRASE)
    click(at, "Entsperren")
    assert at.title[0].value == "Tagebuch"


def test_a_vault_for_a_client_called_juergen(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app()
    at.text_input(key="create_name").input("Jürgen")
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE)
    click(at, "Create vault")
    assert at.session_state["vault_name"] == "Jürgen"
    assert vault_path(data_dir, "Jürgen").exists()
    at = open_app()
    assert "Jürgen" in at.selectbox(key="home_vault").options
    at.text_input(key="create_name").input("bad/name")
    at.text_input(key="create_pass1").input(NEW_PASSPHRASE)
    at.text_input(key="create_pass2").input(NEW_PASSPHRASE)
    click(at, "Create vault")
    assert "letters (any alphabet" in at.error[0].value
