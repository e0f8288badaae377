"""Standard measures: DDNSI scoring against worked examples, sealed storage, back-dating."""

from __future__ import annotations

from datetime import date

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.measures import DDNSI, measures, record_measure


def _answers(**given: object) -> dict[str, object]:
    base: dict[str, object] = {
        "period": "week",
        "nights": 0,
        "nightmares": 0,
        "severity": 0,
        "intensity": 0,
        "awakenings": 0,
    }
    return {**base, **given}


def test_ddnsi_weekly_counts_are_summed() -> None:
    """Source: Krakow et al., DDNSI (SLEEP 2006;29:1313). Rule: total = nights/week (0-7)
    + nightmares/week (0-14) + severity (0-6) + intensity (0-6) + awakenings (0-4).
    Worked example: 3 nights, 4 nightmares, severity 4, intensity 5, awakenings 3
    -> 3 + 4 + 4 + 5 + 3 = 19, at or above the cut-off of 10: clinically significant."""
    score = DDNSI.score(_answers(nights=3, nightmares=4, severity=4, intensity=5, awakenings=3))
    assert score.total == 19
    assert score.clinical
    assert score.points == {
        "nights": 3,
        "nightmares": 4,
        "severity": 4,
        "intensity": 5,
        "awakenings": 3,
    }


def test_ddnsi_cut_off_is_ten() -> None:
    """Rule: a DDNSI total of 10 or more marks a clinically significant nightmare problem.
    Worked example: 1 + 1 + 3 + 3 + 1 = 9 is below; one more awakening point gives 10."""
    below = DDNSI.score(_answers(nights=1, nightmares=1, severity=3, intensity=3, awakenings=1))
    at = DDNSI.score(_answers(nights=1, nightmares=1, severity=3, intensity=3, awakenings=2))
    assert (below.total, below.clinical) == (9, False)
    assert (at.total, at.clinical) == (10, True)


def test_ddnsi_monthly_counts_are_converted_to_weekly() -> None:
    """Rule: frequencies given per month are divided by 4.3 weeks (our stated conversion).
    Worked example: 4 nights and 6 nightmares a month -> 0.93 and 1.40 a week; with severity 2,
    intensity 3, awakenings 1 the total is 4/4.3 + 6/4.3 + 6 = 8.33 -> 8.3, below 10."""
    score = DDNSI.score(
        _answers(period="month", nights=4, nightmares=6, severity=2, intensity=3, awakenings=1)
    )
    assert score.points["nights"] == pytest.approx(0.93)
    assert score.points["nightmares"] == pytest.approx(1.4)
    assert score.total == 8.3
    assert not score.clinical


def test_ddnsi_nightmares_above_fourteen_count_as_fourteen() -> None:
    """Rule: nightmares per week score 0-14, so the total ranges 0-37. Worked example: every
    night, 20 nightmares a week, severity 6, intensity 6, always woken -> 7 + 14 + 6 + 6 + 4."""
    score = DDNSI.score(_answers(nights=7, nightmares=20, severity=6, intensity=6, awakenings=4))
    assert score.total == 37 == DDNSI.max_total
    assert score.points["nightmares"] == 14


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"severity": None}, "still open"),
        ({"intensity": 7}, "from 0 to 6"),
        ({"awakenings": 2.5}, "whole number"),
        ({"nights": -1}, "0 or more"),
        ({"nights": 3, "nightmares": 2}, "fewer nightmares than nights"),
        ({"period": "day"}, "per week or per month"),
    ],
)
def test_ddnsi_refuses_incomplete_or_impossible_answers(
    change: dict[str, object], says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        DDNSI.score({**_answers(nights=1, nightmares=2), **change})


def test_a_measure_is_sealed_and_listed_oldest_first(journal: Journal) -> None:
    later = record_measure(
        journal,
        "ddnsi",
        _answers(nights=2, nightmares=2, severity=3, intensity=3, awakenings=2),
        occasion="weekly",
        day=date(2026, 3, 9),
        today=date(2026, 3, 10),
    )
    intake = record_measure(
        journal,
        "DDNSI",
        _answers(nights=5, nightmares=7, severity=5, intensity=5, awakenings=3),
        occasion="intake",
        day=date(2026, 3, 2),
        today=date(2026, 3, 10),
    )
    assert [m.id for m in measures(journal)] == [intake.id, later.id]
    assert (intake.total, intake.clinical, later.total) == (25, True, 12)
    rows = journal.store.rows("measure")
    assert len(rows) == 2
    for _id, _nonce, ciphertext, _version in rows:  # nothing readable in the row
        assert b"ddnsi" not in ciphertext and b"intake" not in ciphertext


def test_a_measure_cannot_be_dated_in_the_future(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="today or earlier"):
        record_measure(
            journal,
            "ddnsi",
            _answers(),
            day=date(2026, 3, 11),
            today=date(2026, 3, 10),
        )
    assert measures(journal) == []


def test_unknown_instruments_and_occasions_are_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="known measures: ddnsi"):
        record_measure(journal, "phq9", _answers())
    with pytest.raises(InvalidInput, match="intake, session, weekly"):
        record_measure(journal, "ddnsi", _answers(), occasion="monthly")


# ---- sessions as clinicians work: back-dated, notes in full and edited with history --------


def _rescripted(journal: Journal) -> str:
    e = journal.add(
        title="Flood",
        nightmare=True,
        body="The water rose and I could not move.",
        rescript="A boat came and I rowed to the hill.",
        rescript_started="2026-03-02",
    )
    return e.id


def test_a_session_back_dated_keeps_its_day_and_ends_on_it(journal: Journal) -> None:
    from datetime import UTC, datetime

    from dreamjournal.therapy.sessions import end_session, start_session

    now = datetime(2026, 3, 12, 14, 30, tzinfo=UTC)
    s = start_session(journal, _rescripted(journal), suds_before=7, day=date(2026, 3, 9), now=now)
    assert s.started == "2026-03-09T14:30:00+00:00"  # that day, at this time of day
    done = end_session(journal, s.id, suds_after=3, now=now)
    assert done.ended == done.started
    with pytest.raises(InvalidInput, match="today or earlier"):
        start_session(journal, s.entry_id, suds_before=7, day=date(2026, 3, 13), now=now)


def test_notes_are_kept_in_full_and_every_edit_keeps_the_version_before(
    journal: Journal,
) -> None:
    from dreamjournal.therapy.sessions import edit_notes, end_session, get_session, start_session

    long_notes = "She held the image of the boat. " * 200  # 6,400 characters
    s = start_session(journal, _rescripted(journal), suds_before=8)
    with pytest.raises(InvalidInput, match="still running"):
        edit_notes(journal, s.id, "too early")
    end_session(journal, s.id, suds_after=4, notes=long_notes)
    assert get_session(journal, s.id).notes == long_notes
    edit_notes(journal, s.id, "Second version.")
    edit_notes(journal, s.id, "Second version.")  # unchanged: no new history entry
    edited = edit_notes(journal, s.id, "Third version.")
    assert edited.notes == "Third version."
    assert [v["notes"] for v in edited.notes_history] == [long_notes, "Second version."]
    assert get_session(journal, s.id) == edited  # sealed in the session's own record


def test_measures_travel_in_the_encrypted_backup_and_never_twice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dreamjournal.services.backup import backup_bytes, restore_backup
    from tests.conftest import PASSPHRASE, fast_kdf

    source = Journal.create(tmp_path / "a.db", PASSPHRASE, kdf=fast_kdf())
    record_measure(source, "ddnsi", _answers(nights=2, nightmares=3, severity=4), occasion="intake")
    data, _ = backup_bytes(source)
    target = Journal.create(tmp_path / "b.db", PASSPHRASE, kdf=fast_kdf())
    restore_backup(target, data, PASSPHRASE)
    restore_backup(target, data, PASSPHRASE)  # a second restore adds nothing
    [restored] = measures(target)
    assert (restored.total, restored.occasion) == (9, "intake")
