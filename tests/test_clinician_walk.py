"""A clinician's month, end to end on real vault files: intake DDNSI, the client's home practice
(back-dated rehearsals, a DDNSI taken at home, chosen dreams) brought in from a second vault,
a back-dated session with its own questionnaire and edited notes, then the PDF report.

What must hold: the measures and the chosen dreams really travel in the home-practice file and
land in the report; a second import adds nothing; a tampered file is refused whole; the PDF
holds this client's facts, every placeholder filled, and nothing of another client.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from dreamjournal.services.home_practice import export_home_practice, import_home_practice
from dreamjournal.services.therapy import (
    edit_session_notes,
    end_session,
    record_measure,
    rehearse,
    rescript,
    save_report_people,
    start_session,
)
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.charts import Chart
from dreamjournal.therapy.home_practice import HomePracticeRefused
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report, session_report
from dreamjournal.therapy.sessions import sessions
from tests.conftest import PASSPHRASE, fast_kdf

CODE = "MOON-RIVER-42"
TODAY = date.today()
START = TODAY - timedelta(days=27)
NOTES = "Rehearsed the garden ending twice; the wolf felt smaller. Homework: 10 minutes a day."
EDITED = NOTES.replace("10 minutes a day", "10-15 minutes a day, evenings")


def _answers(level: int) -> dict[str, int]:
    return {
        "nights": level,
        "nightmares": level + 2,
        "severity": level + 1,
        "intensity": level + 1,
        "awakenings": min(4, level),
    }


@pytest.fixture
def month(tmp_path: Path) -> tuple[Journal, Journal]:
    """The therapist's vault for client R. and the client's own journal, a month in."""
    practice = tmp_path / "practice"
    other = Journal.create(vault_path(practice, "client-birch"), PASSPHRASE, kdf=fast_kdf())
    other.add(title="BIRCH forest", body="BIRCH: the other client's dream.", date=START)
    other.lock()
    therapist = Journal.create(vault_path(practice, "client-r"), PASSPHRASE, kdf=fast_kdf())
    save_report_people(therapist, clinician="Dr. Ruth Adler", pseudonym="Client R.")
    record_measure(therapist, "ddnsi", _answers(4), occasion="intake", day=START)
    client = Journal.create(vault_path(tmp_path / "home", "mine"), PASSPHRASE, kdf=fast_kdf())
    wolf = client.add(
        title="The wolf",
        body="A wolf chased me.",
        nightmare=True,
        nightmare_checked=True,
        date=START,
    )
    rescript(client, wolf.id, "The wolf sits down beside me, calm, in the garden.", today=START)
    for i in range(1, 26, 3):  # back-dated: logged later, on the days they happened
        day = START + timedelta(days=i)
        rehearse(client, wolf.id, minutes=12, distress_before=6, distress_after=3, day=day)
    for k in (1, 2, 3):
        day = START + timedelta(days=7 * k)
        record_measure(client, "ddnsi", _answers(4 - k), occasion="weekly", day=day)
    client.add(title="Flood", body="Water rose.", nightmare=True, date=START + timedelta(days=9))
    client.add(title="Sister", body="PRIVATE dinner with my sister.", date=START + timedelta(9))
    return therapist, client


def _text(pdf: bytes) -> str:
    """The PDF's text with line breaks and runs of spaces made single spaces."""
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_a_month_of_practice_lands_in_the_report(month: tuple[Journal, Journal]) -> None:
    therapist, client = month
    chosen = [e.id for e in client.list() if e.title in ("The wolf", "Flood")]
    data, counts = export_home_practice(client, CODE, chosen, kdf=fast_kdf())
    assert counts == {"entry": 2, "rehearsal": 9, "measure": 3}

    tampered = bytearray(data)
    tampered[len(tampered) // 2] ^= 0x01
    with pytest.raises(HomePracticeRefused):
        import_home_practice(therapist, bytes(tampered), CODE)
    assert len(therapist) == 0 and len(therapist.records("measure")) == 1  # the intake only

    assert import_home_practice(therapist, data, CODE).added == counts
    assert not import_home_practice(therapist, data, CODE).changes  # a second import: nothing
    assert sorted(e.title for e in therapist.list()) == ["Flood", "The wolf"]

    wolf = next(e.id for e in therapist.list() if e.title == "The wolf")
    session_day = START + timedelta(days=14)
    s = start_session(therapist, wolf, suds_before=7, day=session_day)
    record_measure(
        therapist, "ddnsi", _answers(2), occasion="session", day=session_day, session_id=s.id
    )
    end_session(therapist, s.id, suds_after=3, notes=NOTES)
    edit_session_notes(therapist, s.id, EDITED)

    outcomes = compute_outcomes(therapist, since=START, until=TODAY)
    taken = [(m.occasion, m.day) for m in outcomes.measures]
    assert taken.count(("weekly", START + timedelta(days=7))) == 1  # from home, in the charts
    assert [o for o, _ in taken] == ["intake", "weekly", "weekly", "session", "weekly"]
    assert outcomes.total_rehearsal_minutes == 9 * 12
    report = outcomes_report(
        therapist, outcomes, client="Client R.", clinician="Dr. Ruth Adler", made=TODAY
    )
    charts = [c for kind, c in report.blocks if isinstance(c, Chart)]
    [ddnsi] = [c for c in charts if c.title.startswith("DDNSI")]
    assert ddnsi.series[0].values == [24, 19, 14, 14, 9]  # intake, home, home + session, home
    assert ddnsi.squares == [False, False, False, True, False]  # the session's one is a square
    text = _text(report.pdf())
    for fact in (
        "Client R.",
        "Dr. Ruth Adler",
        f"Period: {START - timedelta(days=START.weekday())} to {TODAY}",
        "Rehearsal minutes: 108",
        "DDNSI total over time",
        "The wolf",
        "10-15 minutes a day, evenings",
        "DDNSI filled in during this session: 14 of 37",
    ):
        assert fact in text, fact
    assert text.count("weekly") == 3  # the home measures, one table row each
    assert "{" not in text  # every placeholder filled
    for absent in ("BIRCH", "PRIVATE", "Sister", "Homework: 10 minutes a day."):
        assert absent not in text

    [saved] = sessions(therapist)
    alone = _text(session_report(therapist, saved, client="Client R.", made=TODAY).pdf())
    assert "DDNSI filled in during this session: 14 of 37" in alone and "{" not in alone
