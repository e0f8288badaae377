"""AppTest: the Write page — quick capture, tag suggestions, edit, drafts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dreamjournal.store.journal import Journal
from tests.test_app_support import (
    JOURNAL,
    WRITE,
    button,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)


def _unlocked_write(data_dir: Path, dreams: list[dict[str, object]] | None = None):  # type: ignore[no-untyped-def]
    make_vault(data_dir, dreams or [])
    at = open_app()
    unlock(at)
    return at.switch_page(WRITE).run()


def test_quick_capture_saves_every_field(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("Whales in the stairwell")
    at.date_input(key="w_date").set_value(date(2025, 3, 14))
    at.text_area(key="w_body").input("They sang in a key I almost knew.")
    at.multiselect(key="w_tags").set_value(["sea", "house"])
    at.multiselect(key="w_emotions").set_value(["wonder"])
    at.slider(key="w_lucidity").set_value(2)
    at.slider(key="w_vividness").set_value(5)
    at.toggle(key="w_nightmare").set_value(True)
    at.toggle(key="w_recurring").set_value(True)
    click(at, "Save dream")
    assert not at.exception
    journal = session_journal(at)
    assert journal is not None
    [entry] = journal.list()
    assert entry.title == "Whales in the stairwell"
    assert entry.date == date(2025, 3, 14)
    assert entry.body == "They sang in a key I almost knew."
    assert entry.tags == ("sea", "house") and entry.emotions == ("wonder",)
    assert (entry.lucidity, entry.vividness, entry.nightmare, entry.recurring) == (2, 5, True, True)
    assert not entry.example
    assert "Saved: **Whales in the stairwell**" in texts(at)
    # The form is empty again for the next dream.
    assert at.text_input(key="w_title").value == ""
    assert at.text_area(key="w_body").value == ""
    assert at.multiselect(key="w_tags").value == []


def test_empty_dream_is_refused(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    click(at, "Save dream")
    assert at.error[0].value == "Write a title or a few words of the dream first."
    journal = session_journal(at)
    assert journal is not None and len(journal) == 0


def test_tags_are_suggested_from_earlier_dreams(data_dir: Path) -> None:
    at = _unlocked_write(
        data_dir, [{"title": "a", "tags": ["flying"]}, {"title": "b", "tags": ["flying", "exam"]}]
    )
    options = at.multiselect(key="w_tags").options
    assert options[:2] == ["flying", "exam"]  # most used first
    assert "fear" in at.multiselect(key="w_emotions").options  # feelings are suggested too


def test_edit_from_the_detail_view(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Old title", "body": "The body stays.", "tags": ["keep"]}])
    at = open_app()
    unlock(at)
    click(at, "Open")
    click(at, "Edit")
    assert at.title[0].value == "Edit dream"
    assert at.text_input(key="w_title").value == "Old title"
    assert at.multiselect(key="w_tags").value == ["keep"]
    at.text_input(key="w_title").input("New title")
    click(at, "Save changes")
    journal = session_journal(at)
    assert journal is not None
    [entry] = journal.list()
    assert (entry.title, entry.body, entry.tags) == ("New title", "The body stays.", ("keep",))
    # Back on the journal's detail view of the edited dream.
    assert "### New title" in texts(at)
    assert button(at, "Back to the list")


def test_editing_puts_a_new_draft_aside_and_brings_it_back(data_dir: Path) -> None:
    at = _unlocked_write(data_dir, [{"title": "Written before"}])
    at.text_area(key="w_body").input("Half-written new dream").run()
    at.switch_page(JOURNAL).run()
    click(at, "Open")
    click(at, "Edit")
    assert at.text_input(key="w_title").value == "Written before"
    click(at, "Cancel")
    at.switch_page(WRITE).run()
    assert at.text_area(key="w_body").value == "Half-written new dream"
    assert at.title[0].value == "Write a dream"


def test_draft_survives_switching_pages(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("Unfinished")
    at.multiselect(key="w_tags").set_value(["moon"]).run()
    at.switch_page(JOURNAL).run()
    at.switch_page(WRITE).run()
    assert at.text_input(key="w_title").value == "Unfinished"
    assert at.multiselect(key="w_tags").value == ["moon"]


def test_locked_write_page_shows_only_the_unlock_form(data_dir: Path) -> None:
    make_vault(data_dir)
    at = open_app(WRITE)
    assert "This vault is locked" in texts(at)
    assert len(at.text_area) == 0
    assert not [b for b in at.button if b.label == "Save dream"]
    unlock(at, form="guard")
    assert at.title[0].value == "Write a dream"
    at.text_area(key="w_body").input("Written after unlocking")
    click(at, "Save dream")
    journal = session_journal(at)
    assert journal is not None
    assert [e.body for e in journal.list()] == ["Written after unlocking"]


def test_lock_now_hides_the_draft_and_unlock_brings_it_back(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("Private draft")
    at.text_area(key="w_body").input("Not for other eyes").run()
    click(at, "Lock now")
    assert len(at.text_area) == 0
    assert [field.key for field in at.text_input] == ["guard_pass"]
    assert "Your unsaved dream is kept" in texts(at)
    unlock(at, form="guard")
    assert at.text_input(key="w_title").value == "Private draft"
    assert at.text_area(key="w_body").value == "Not for other eyes"


def test_saved_dream_is_in_the_vault_file(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("Persisted")
    click(at, "Save dream")
    click(at, "Lock now")
    from dreamjournal.store.location import vault_path
    from tests.conftest import PASSPHRASE

    again = Journal.unlock(vault_path(data_dir, "journal"), PASSPHRASE)
    assert [e.title for e in again.list()] == ["Persisted"]
    again.lock()


def test_crisis_language_shows_help_right_after_saving(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("late")
    at.text_area(key="w_body").input("I don't want to wake up anymore. I want to die.")
    at = click(at, "Save dream")
    assert "Saved:" in at.success[0].value
    assert "findahelpline" in texts(at)
    at.text_area(key="w_body").input("We had a picnic by the lake.")
    at = click(at, "Save dream")
    assert "findahelpline" not in texts(at)


NIGHTMARE_BODY = (
    "Something was chasing me through a dark corridor. I was terrified, my heart was pounding, "
    "I screamed but no sound came out and the door would not open."
)


def test_a_distressing_dream_saved_unmarked_asks_if_it_was_a_nightmare(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("The corridor")
    at.text_area(key="w_body").input(NIGHTMARE_BODY)
    at = click(at, "Save dream")
    assert "Was this a nightmare?" in texts(at)
    at = click(at, "Yes, it was a nightmare")
    j = session_journal(at)
    assert j is not None
    [entry] = j.list()
    assert entry.nightmare and entry.nightmare_checked


def test_a_calm_dream_is_not_asked_about(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_area(key="w_body").input("We had a picnic by the lake and laughed in the sun.")
    at = click(at, "Save dream")
    assert "Was this a nightmare?" not in texts(at)


def test_no_stale_saved_banner_after_an_edit(data_dir: Path) -> None:
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("First dream")
    at = click(at, "Save dream")
    assert at.success[0].value.startswith("Saved:")
    j = session_journal(at)
    assert j is not None
    [entry] = j.list()
    at.switch_page("pages/journal.py").run()
    click(at, "Open")
    click(at, "Edit")
    at.text_input(key="w_title").input("First dream, edited")
    at = click(at, "Save changes")
    assert "Changes saved." in texts(at)  # said where the edit lands
    at.switch_page("pages/write.py").run()
    assert not any(s.value.startswith("Saved:") for s in at.success)  # nothing stale waits here
    assert entry.id == j.list()[0].id


def test_a_passphrase_changed_elsewhere_locks_and_keeps_the_text(data_dir: Path) -> None:
    from dreamjournal.services.vaults import change_passphrase
    from dreamjournal.store.location import vault_path
    from tests.conftest import PASSPHRASE

    at = _unlocked_write(data_dir)
    other = Journal.unlock(vault_path(data_dir, "journal"), PASSPHRASE)
    change_passphrase(other, PASSPHRASE, "a brand new passphrase")  # the CLI, meanwhile
    other.lock()
    at.text_input(key="w_title").input("Written before I knew")
    at.text_area(key="w_body").input("The stairs went down forever.")
    at = click(at, "Save dream")
    assert session_journal(at) is None
    assert "changed elsewhere" in texts(at)
    assert at.session_state["w_body"] == "The stairs went down forever."  # kept through the lock
    at.text_input(key="guard_pass").input("a brand new passphrase")
    at = click(at, "Unlock")
    at = click(at, "Save dream")
    j = session_journal(at)
    assert j is not None and [e.title for e in j.list()] == ["Written before I knew"]


def test_a_night_after_today_is_refused_and_the_text_kept(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dreamjournal.therapy import days

    monkeypatch.setattr(days, "local_today", lambda: date(2026, 12, 1))
    at = _unlocked_write(data_dir)
    at.text_input(key="w_title").input("Falling")
    at.date_input(key="w_date").set_value(date(2026, 12, 28))  # typed 28 on 1 December
    at.text_area(key="w_body").input("falling again.")
    click(at, "Save dream")
    assert not at.exception
    assert at.error[0].value == (
        "That night has not happened yet (2026-12-28) — pick today or an earlier night."
    )
    journal = session_journal(at)
    assert journal is not None and len(journal) == 0
    assert at.text_area(key="w_body").value == "falling again."  # nothing typed is lost
    at.date_input(key="w_date").set_value(date(2026, 11, 30))
    click(at, "Save dream")
    assert [e.date for e in journal.list()] == [date(2026, 11, 30)]


def test_a_night_after_today_is_refused_in_german(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dreamjournal.services.entries import save_preferences
    from dreamjournal.therapy import days
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(days, "local_today", lambda: date(2026, 12, 1))
    path = make_vault(data_dir)
    j = Journal.unlock(path, PASSPHRASE)
    save_preferences(j, language="de")
    j.lock()
    at = open_app()
    unlock(at)
    at.switch_page(WRITE).run()
    at.text_input(key="w_title").input("Fallen")
    at.date_input(key="w_date").set_value(date(2026, 12, 28))
    click(at, "Traum speichern")
    assert "Diese Nacht ist noch nicht gewesen" in at.error[0].value
    journal = session_journal(at)
    assert journal is not None and len(journal) == 0
