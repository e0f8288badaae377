"""AppTest: a clinician's session flow — ratings start unset and must be chosen, a session
is back-dated, notes are kept in full and edited with their history, the DDNSI is filled in,
the Settings hold the clinician and pseudonym, and the Outcomes page charts the measure."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from dreamjournal.services import therapy
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.measures import measures
from dreamjournal.therapy.sessions import sessions
from dreamjournal.ui import state
from tests.test_app_session import SESSION, client_vault
from tests.test_app_support import FakeClock, click, open_app, texts, unlock

LONG = "The dog came to the door and the wolf was gone. " * 8  # ~390 characters


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(state, "now", fake)
    return fake


def _errors(at: object) -> str:
    return " ".join(str(e.value) for e in at.error)  # type: ignore[attr-defined]


def test_ratings_start_unset_and_must_be_chosen(data_dir: Path, clock: FakeClock) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    assert at.pills(key="s_before").value is None  # nothing pre-set
    at = click(at, "Start session")
    assert "Choose the distress before (0–10) first" in _errors(at)
    journal = at.session_state["journal"]
    assert len(sessions(journal)) == 1  # only the vault's earlier session: nothing started
    at.pills(key="s_before").set_value(8).run()
    at = click(at, "Start session")
    assert at.pills(key="s_after").value is None  # the rating after is not assumed either
    at.text_area(key="s_notes").input(LONG).run()
    at = click(at, "Save session")
    assert "Choose the distress after (0–10) first" in _errors(at)
    assert [s.ended for s in sessions(journal)].count(None) == 1  # still running, notes kept
    assert at.text_area(key="s_notes").value == LONG
    at.pills(key="s_after").set_value(4).run()
    at = click(at, "Save session")
    assert "Session saved, encrypted." in texts(at)
    saved = [s for s in sessions(journal) if s.notes == LONG]
    assert [(s.suds_before, s.suds_after) for s in saved] == [(8, 4)]
    notes_column = at.dataframe[-1].value["Notes"]
    assert LONG in list(notes_column)  # in full: no 160-character cut


def test_a_session_is_back_dated(data_dir: Path, clock: FakeClock) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    earlier = date.today() - timedelta(days=3)
    at.date_input(key="s_day").set_value(earlier).run()
    at.pills(key="s_before").set_value(6).run()
    at = click(at, "Start session")
    at.pills(key="s_after").set_value(2).run()
    at = click(at, "Save session")
    journal = at.session_state["journal"]
    latest = max(sessions(journal), key=lambda s: s.started)
    assert latest.started_at.astimezone().date() == earlier
    assert latest.ended == latest.started  # recorded as ending on its own day
    assert str(earlier) in at.dataframe[-1].value["Started"].iloc[0]


def test_notes_are_edited_afterwards_and_the_history_is_kept(data_dir: Path) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    journal = at.session_state["journal"]
    [past] = sessions(journal)
    key = f"sn_text_{past.id}"
    assert at.text_area(key=key).value == "ALDER note"
    at.text_area(key=key).input("ALDER note, corrected: the dog was his own.").run()
    at = click(at, "Save notes")
    assert "Notes saved, encrypted" in texts(at)
    [edited] = sessions(journal)
    assert edited.notes == "ALDER note, corrected: the dog was his own."
    assert [v["notes"] for v in edited.notes_history] == ["ALDER note"]
    assert "Earlier versions (1)" in texts(at)
    assert "ALDER note" in [str(x.value) for x in at.text]


def test_the_ddnsi_is_filled_in_on_the_session_page(data_dir: Path) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    journal = at.session_state["journal"]
    assert at.segmented_control(key="m_occasion").value == "intake"  # the first one
    assert at.number_input(key="m_nights").value is None
    assert at.pills(key="m_severity").value is None
    # A form: values are sent together when it is submitted (no run in between).
    at.number_input(key="m_nights").set_value(3)
    at.number_input(key="m_nightmares").set_value(4)
    at.pills(key="m_severity").set_value(4)
    at = click(at, "Save questionnaire")
    assert "still open: How intense the nightmares are, How often a nightmare wakes you" in (
        _errors(at)
    )
    assert measures(journal) == []
    assert at.number_input(key="m_nights").value == 3  # what was given stays in the form
    at.pills(key="m_intensity").set_value(5)
    at.pills(key="m_awakenings").set_value(3)
    at = click(at, "Save questionnaire")
    assert "DDNSI 19 of 37" in texts(at) and "clinically significant" in texts(at)
    [taken] = measures(journal)
    assert (taken.occasion, taken.total, taken.day) == ("intake", 19, date.today())
    assert at.pills(key="m_severity").value is None  # an empty form for next time
    assert at.segmented_control(key="m_occasion").value == "weekly"  # after the intake


def test_settings_hold_the_clinician_and_pseudonym_and_outcomes_chart_the_measure(
    data_dir: Path,
) -> None:
    path = client_vault(data_dir, "client-a", "ALDER")
    j = Journal.unlock(path, "correct horse battery staple")
    answers = {"period": "week", "nights": 2, "nightmares": 3}
    for week, severity in enumerate((5, 3)):
        therapy.record_measure(
            j,
            "ddnsi",
            {**answers, "severity": severity, "intensity": 3, "awakenings": 1},
            occasion="intake" if week == 0 else "weekly",
            day=date(2026, 2, 16) + timedelta(weeks=week),
        )
    j.lock()
    at = unlock(open_app()).switch_page("pages/settings.py").run()
    at.text_input(key="s_clinician").input("Dr Rowan").run()
    at.text_input(key="s_pseudonym").input("K-07").run()
    journal = at.session_state["journal"]
    assert therapy.report_people(journal) == ("Dr Rowan", "K-07")
    at.switch_page("pages/outcomes.py").run()
    assert not at.exception
    assert "Questionnaires over time" in texts(at)
    specs = [c.proto.spec for c in at.get("vega_lite_chart")]
    assert len(specs) == 6  # nightmares, distress, the measure, minutes, days, new dreams
    assert sum('"cutoff"' in spec for spec in specs) == 1  # the DDNSI with its cut-off line
    assert "Client (pseudonym): K-07 · Clinician: Dr Rowan" in texts(at)  # on the report
    first, _last = at.date_input(key="o_period").value  # the period the report covers
    assert first == date(2026, 2, 16)


def test_a_ddnsi_filled_in_during_a_session_is_linked_to_it(
    data_dir: Path, clock: FakeClock
) -> None:
    from dreamjournal.therapy.report import session_report

    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    earlier = date.today() - timedelta(days=2)  # recorded afterwards: the questionnaire too
    at.date_input(key="s_day").set_value(earlier).run()
    at.pills(key="s_before").set_value(7).run()
    at = click(at, "Start session")
    assert "Questionnaire in this session" in [e.label for e in at.expander]
    assert not [c for c in at.segmented_control if c.key == "m_occasion"]  # fixed: in session
    at.number_input(key="m_nights").set_value(2)
    at.number_input(key="m_nightmares").set_value(3)
    for name, value in (("severity", 3), ("intensity", 2), ("awakenings", 1)):
        at.pills(key=f"m_{name}").set_value(value)
    at = click(at, "Save questionnaire")
    assert "DDNSI 11 of 37" in texts(at), _errors(at)
    journal = at.session_state["journal"]
    running = next(s for s in sessions(journal) if s.ended is None)
    [taken] = measures(journal)
    assert (taken.occasion, taken.session_id, taken.day) == ("session", running.id, earlier)
    at.pills(key="s_after").set_value(3).run()
    at = click(at, "Save session")
    table = at.dataframe[-1].value
    assert list(table["Questionnaires"]) == ["DDNSI 11", ""]  # this session's row, not the other
    [saved] = [s for s in sessions(journal) if s.id == running.id]
    text = session_report(journal, saved, client="A.").markdown()
    assert "DDNSI filled in during this session: 11 of 37; at or above the cut-off: yes" in text
    [other] = [s for s in sessions(journal) if s.id != running.id]
    assert (
        "filled in during this session"
        not in session_report(journal, other, client="A.").markdown()
    )
