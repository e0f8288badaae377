"""AppTest: Settings — language, passphrase change, backup and restore, example removal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.demo import seed_demo
from dreamjournal.errors import WrongPassphrase
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import (
    HOME,
    JOURNAL,
    SETTINGS,
    WRITE,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)

NEW = "seven owls in a quiet library"


def _settings(data_dir: Path, dreams: list[dict[str, object]] | None = None) -> AppTest:
    make_vault(data_dir, dreams or [{"title": "Kept"}])
    at = unlock(open_app())
    return at.switch_page(SETTINGS).run()


def _change(at: AppTest, old: str, new: str, again: str) -> AppTest:
    at.text_input(key="s_pw_old").input(old)
    at.text_input(key="s_pw_new").input(new)
    at.text_input(key="s_pw_again").input(again)
    return click(at, "Change passphrase")


def test_change_passphrase(data_dir: Path) -> None:
    at = _settings(data_dir)
    _change(at, "wrong current words", NEW, NEW)
    assert at.error[0].value.startswith("The current passphrase is not right")
    _change(at, PASSPHRASE, NEW, NEW + "!")
    assert at.error[0].value.startswith("The two passphrases differ")
    _change(at, PASSPHRASE, NEW, NEW)
    assert at.success[0].value.startswith("Passphrase changed.")
    assert at.session_state["s_pw_new"] == ""  # not kept in the session
    path = vault_path(data_dir, "journal")
    with pytest.raises(WrongPassphrase):
        Journal.unlock(path, PASSPHRASE)
    again = Journal.unlock(path, NEW)
    assert [e.title for e in again.list()] == ["Kept"]
    again.lock()


def test_language_switch_is_saved_in_the_vault(data_dir: Path) -> None:
    at = _settings(data_dir)
    at.segmented_control(key="s_lang").set_value("de").run()
    assert at.title[0].value == "Einstellungen"
    assert "Verschlüsselte Sicherung" in texts(at)
    at.switch_page(WRITE).run()
    assert at.title[0].value == "Traum aufschreiben"
    assert at.text_area(key="w_body").label == "Woran erinnerst du dich?"
    # A new session (a reload) starts in English, and German comes back with the unlock.
    fresh = open_app()
    assert "Unlock your journal" in texts(fresh)
    unlock(fresh)
    assert fresh.title[0].value == "Tagebuch"


def test_autolock_minutes_are_saved_in_the_vault(data_dir: Path) -> None:
    at = _settings(data_dir)
    at.number_input(key="s_autolock").set_value(25).run()
    assert "Auto-lock after 25 minutes without input." in texts(at)
    fresh = unlock(open_app())
    assert fresh.session_state["autolock_minutes"] == 25


def test_backup_download_and_restore(data_dir: Path) -> None:
    at = _settings(data_dir, [{"title": "First"}, {"title": "Second"}])
    click(at, "Prepare backup")
    [download] = at.get("download_button")
    assert download.label == "Download encrypted backup (2 dreams)"
    backup, count, _ = at.session_state["s_backup"]
    assert count == 2
    doc = json.loads(backup)
    assert doc["format"] == "dreamjournal-backup"
    assert b"First" not in backup and b"Second" not in backup  # encrypted
    # Restore into a second, empty vault.
    click(at, "Lock now")
    make_vault(data_dir, name="restored")
    at.switch_page(HOME).run()
    at.selectbox(key="home_vault").select("restored")
    unlock(at)
    at.switch_page(SETTINGS).run()
    click(at, "Restore")
    assert at.error[0].value == "Choose a backup file first."
    at.file_uploader(key="s_upload").upload("backup.json", backup, "application/json").run()
    at.text_input(key="s_restore_pw").input("not it at all")
    click(at, "Restore")
    assert at.error[0].value.startswith("That passphrase does not open the backup")
    at.text_input(key="s_restore_pw").input(PASSPHRASE)
    click(at, "Restore")
    # First it says what it will do, and nothing has been written yet.
    assert at.info[0].value.startswith("This backup is intact. Restoring adds 2 dreams and 0 clips")
    journal = session_journal(at)
    assert journal is not None and len(journal) == 0
    click(at, "Restore now")
    assert at.success[0].value == "Restored 2 dreams; 0 were already here."
    journal = session_journal(at)
    assert journal is not None
    assert sorted(e.title for e in journal.list()) == ["First", "Second"]
    # Restoring the same backup again duplicates nothing.
    at.text_input(key="s_restore_pw").input(PASSPHRASE)
    click(at, "Restore")
    assert "adds 0 dreams and 0 clips; 2 dreams are already here" in at.info[0].value
    assert at.button(key="s_restore_go").disabled


def test_restore_refuses_a_plaintext_file(data_dir: Path) -> None:
    at = _settings(data_dir)
    plain = json.dumps({"format": "dreamjournal", "version": 1, "entries": []}).encode()
    at.file_uploader(key="s_upload").upload("export.json", plain, "application/json").run()
    at.text_input(key="s_restore_pw").input(PASSPHRASE)
    click(at, "Restore")
    assert at.error[0].value.startswith("This is not a Dream Journal encrypted backup")


def test_remove_examples_keeps_own_dreams(data_dir: Path) -> None:
    journal = Journal.create(vault_path(data_dir, "journal"), PASSPHRASE, kdf=fast_kdf())
    seed_demo(journal)
    journal.add(title="My own dream")
    journal.lock()
    at = unlock(open_app()).switch_page(SETTINGS).run()
    click(at, "Remove the 12 example dreams")
    assert "Removed 12 example dreams." in texts(at)
    opened = session_journal(at)
    assert opened is not None
    assert [e.title for e in opened.list()] == ["My own dream"]


def test_locked_settings_offer_only_language(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app(SETTINGS)
    assert "This vault is locked" in texts(at)
    assert not [b for b in at.button if b.label == "Prepare backup"]
    at.segmented_control(key="s_lang").set_value("de").run()
    assert "Dieser Tresor ist gesperrt" in texts(at)
    at.switch_page(JOURNAL).run()
    assert "Dieser Tresor ist gesperrt" in texts(at)


def test_how_you_look_in_your_dreams_is_kept_sealed(data_dir: Path) -> None:
    at = _settings(data_dir)
    at.text_area(key="s_cameo").input("a tall man with a grey beard and a red scarf").run()
    assert "Saved how you look" in at.success[0].value
    journal = session_journal(at)
    assert journal is not None
    from dreamjournal.services.entries import load_preferences

    assert load_preferences(journal)["cameo"] == "a tall man with a grey beard and a red scarf"
