"""Dates a person types: one strict parser, and no dream, session, rehearsal or questionnaire
dated after today (the person's local date; `therapy.days.local_today` is the clock)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.services.entries import add_entry, dream_night, edit_entry
from dreamjournal.store.dates import parse_date
from dreamjournal.store.journal import Journal
from dreamjournal.therapy import days

TODAY = date(2026, 12, 1)


@pytest.fixture
def fake_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(days, "local_today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-28", date(2026, 11, 28)),
        ("28.11.2026", date(2026, 11, 28)),
        ("1.2.2026", date(2026, 2, 1)),
        ("28.12.2026", date(2026, 12, 28)),  # a search may run up to a day still to come
        (" 2026-12-01 ", TODAY),
        ("today", TODAY),
        ("yesterday", TODAY - timedelta(days=1)),
        ("Last Night", TODAY - timedelta(days=1)),
        ("3 days ago", TODAY - timedelta(days=3)),
        ("heute", TODAY),
        ("gestern", TODAY - timedelta(days=1)),
        ("vorgestern", TODAY - timedelta(days=2)),
        ("letzte Nacht", TODAY - timedelta(days=1)),
        ("vor 3 Tagen", TODAY - timedelta(days=3)),
    ],
)
def test_dates_people_type_are_read(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-13-01",  # month 13 is not read as 13 January
        "32.12.2026",
        "2026-02-30",
        "29.02.2026",
        "12/28/2026",
        "20261201",
        "2026-W48-1",
        "2026-12-1",
        "tomorrow",
        "morgen",
        "",
        "the day the music died",
    ],
)
def test_anything_else_is_refused_with_what_to_type(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, today=TODAY)
    assert "YYYY-MM-DD or DD.MM.YYYY" in caught.value.render("en")
    assert "JJJJ-MM-TT oder TT.MM.JJJJ" in caught.value.render("de")


def test_a_future_night_is_refused_in_both_languages(journal: Journal, fake_today: date) -> None:
    for night in ("2026-12-28", "28.12.2026", date(2026, 12, 2)):
        with pytest.raises(InvalidInput) as caught:
            add_entry(journal, title="Falling", date=night)
        assert "That night has not happened yet" in caught.value.render("en")
        assert "pick today or an earlier night" in caught.value.render("en")
        assert "Diese Nacht ist noch nicht gewesen" in caught.value.render("de")
    assert len(journal) == 0
    assert add_entry(journal, title="Tonight's", date=TODAY).date == TODAY
    assert add_entry(journal, title="Undated").date == TODAY
    assert add_entry(journal, title="Earlier", date="gestern").date == TODAY - timedelta(days=1)


def test_today_can_be_passed_to_the_service(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        dream_night("2026-12-28", today=TODAY)
    assert dream_night("2026-12-28", today=date(2026, 12, 28)) == date(2026, 12, 28)
    assert add_entry(journal, title="x", date="2026-12-28", today=date(2027, 1, 1))


def test_a_vault_with_a_future_night_still_opens_lists_and_edits(
    vault_file: Path, fake_today: date
) -> None:
    from tests.conftest import PASSPHRASE, fast_kdf

    old = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    kept = old.add(title="Written ahead before the rule", date=date(2026, 12, 28))  # store level
    old.lock()
    journal = Journal.unlock(vault_file, PASSPHRASE)
    assert [e.id for e in journal.list()] == [kept.id]
    edited = edit_entry(journal, kept.id, title="New title", date=kept.date)
    assert (edited.title, edited.date) == ("New title", date(2026, 12, 28))
    assert edit_entry(journal, kept.id, date="2026-11-30").date == date(2026, 11, 30)
    with pytest.raises(InvalidInput, match="That night has not happened yet"):
        edit_entry(journal, kept.id, date="2026-12-28")  # moving it ahead again is refused
    journal.lock()


def test_sessions_rehearsals_and_questionnaires_refuse_a_future_day_in_german() -> None:
    for key in ("session", "rehearsal", "measure"):
        with pytest.raises(InvalidInput) as caught:
            days.past_or_today(date(2026, 12, 2), f"error.day.{key}_future", today=TODAY)
        assert "today or earlier, not 2026-12-02" in caught.value.render("en")
        assert "heute oder früher" in caught.value.render("de")
    assert days.past_or_today(None, "error.day.session_future", today=TODAY) == TODAY
