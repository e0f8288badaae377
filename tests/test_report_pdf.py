"""The clinician's PDF report: who, when, consent, charts, notes in full, one client only."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf

from dreamjournal.services import therapy
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.irt import log_rehearsal
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report, session_report
from tests.conftest import fast_kdf

MONDAY = date(2026, 3, 2)
LONG_NOTES = " ".join(f"sentence {i} of the {{who}} notes about the boat." for i in range(40))


def _client(data_dir: Path, who: str) -> Journal:
    """A client with an intake DDNSI, rehearsals, two sessions (one edited) and settings."""
    j = Journal.create(vault_path(data_dir, who.lower()), f"passphrase {who}", kdf=fast_kdf())
    therapy.save_report_people(j, clinician=f"Dr {who} Clinician", pseudonym=f"{who}-PSEUDO")
    e = j.add(
        title=f"{who} flooded house",
        body="The water rose and I could not reach my brother.",
        date=MONDAY,
        nightmare=True,
        rescript=f"{who} rows a boat to the dry hill.",
        rescript_started=MONDAY.isoformat(),
    )
    answers = {"period": "week", "nights": 4, "nightmares": 6}
    answers |= {"severity": 5, "intensity": 4, "awakenings": 3}
    therapy.record_measure(j, "ddnsi", answers, occasion="intake", day=MONDAY)
    for k, minutes in enumerate((3, 5, 10, 15, 20), start=1):
        log_rehearsal(
            j, e.id, minutes=minutes, distress_before=7, distress_after=4, day=MONDAY + timedelta(k)
        )
    for week, notes in enumerate((LONG_NOTES.format(who=who), f"{who}-SECOND-NOTES")):
        at = datetime(2026, 3, 3 + 7 * week, 15, tzinfo=UTC)
        s = therapy.start_session(j, e.id, suds_before=8 - week, now=at)
        therapy.end_session(j, s.id, suds_after=4 - week, notes=notes, now=at + timedelta(hours=1))
    return j


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_report_holds_this_clients_facts_and_nothing_of_another(tmp_path: Path) -> None:
    a = _client(tmp_path, "ALDER")
    _client(tmp_path, "BIRCH")  # another client of the same practice, same data dir
    people = therapy.report_people(a)
    outcomes = compute_outcomes(a, tz=UTC)
    report = outcomes_report(
        a,
        outcomes,
        client=people.pseudonym,
        clinician=people.clinician,
        tz=UTC,
        made=date(2026, 3, 20),
    )
    text = " ".join(_text(report.pdf()).split())
    assert "Clinician: Dr ALDER Clinician" in text
    assert "Client (pseudonym): ALDER-PSEUDO" in text
    assert "Period: 2026-03-02 to 2026-03-15" in text
    assert "Made on 2026-03-20 with the client's consent to this report." in text
    for chart in (
        "Nightmares per week",
        "Distress before and after",
        "DDNSI total over time",
        "Rehearsal minutes per day",
        "5–20 minutes a day (IRT)",
    ):
        assert chart in text
    assert "Distress (SUDS 0–10): before 8, after 4" in text
    assert "sentence 39 of the ALDER notes about the boat." in text  # notes in full, no cut
    assert "ALDER-SECOND-NOTES" in text
    assert "DDNSI: first 22 (2026-03-02)" in text  # 4 + 6 + 5 + 4 + 3
    assert "Days rehearsed: 5; within 5–20 minutes: 4." in text  # 3 minutes is under
    assert "BIRCH" not in text


def test_the_report_is_in_the_clinicians_language(tmp_path: Path) -> None:
    a = _client(tmp_path, "ALDER")
    people = therapy.report_people(a)
    text = _text(
        outcomes_report(
            a,
            compute_outcomes(a, tz=UTC),
            client=people.pseudonym,
            clinician=people.clinician,
            tz=UTC,
            lang="de",
            made=date(2026, 3, 20),
        ).pdf()
    )
    text = " ".join(text.split())
    assert "Therapeut:in: Dr ALDER Clinician" in text
    assert "Zeitraum: 2026-03-02 bis 2026-03-15" in text
    assert "Albträume pro Woche" in text and "Übungsminuten pro Tag" in text
    assert "mit Einwilligung" in text


def test_an_edited_note_is_reported_as_edited(tmp_path: Path) -> None:
    a = _client(tmp_path, "ALDER")
    first = therapy.running_sessions(a) or []
    assert first == []
    from dreamjournal.therapy.sessions import sessions

    s = sessions(a)[1]
    therapy.edit_session_notes(a, s.id, "ALDER corrected notes")
    text = " ".join(_text(session_report(a, sessions(a)[1], client="ALDER-PSEUDO").pdf()).split())
    assert "ALDER corrected notes" in text
    assert "1 earlier version(s) kept in the vault" in text
    assert "ALDER-SECOND-NOTES" not in text  # the report shows the current notes


def test_a_report_for_a_period_holds_only_that_period(tmp_path: Path) -> None:
    a = _client(tmp_path, "ALDER")
    second_week = compute_outcomes(a, tz=UTC, since=date(2026, 3, 9), until=date(2026, 3, 15))
    text = " ".join(
        _text(outcomes_report(a, second_week, client="ALDER-PSEUDO", tz=UTC).pdf()).split()
    )
    assert "Period: 2026-03-09 to 2026-03-15" in text
    assert "ALDER-SECOND-NOTES" in text
    assert "sentence 39 of the ALDER notes" not in text  # the first week's session stays out
    assert "Sessions: 1" in text
