"""Sessions, outcomes on known data, reports, and isolation between client vaults."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest

from dreamjournal.errors import InvalidInput, TamperedData, WrongPassphrase
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.irt import RescriptRequired, log_rehearsal, set_rescript
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report, session_report
from dreamjournal.therapy.sessions import (
    SessionNotFound,
    discard_session,
    end_session,
    get_session,
    sessions,
    start_session,
)
from tests.cli_support import dj, ok
from tests.conftest import PASSPHRASE, fast_kdf

BERLIN = ZoneInfo("Europe/Berlin")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _nightmare(j: Journal, day: str, title: str = "Flood") -> str:
    e = j.add(title=title, nightmare=True, date=day, body="The water rose and I could not move.")
    return e.id


def test_session_round_trip_and_rules(journal: Journal, vault_file: Path) -> None:
    n = _nightmare(journal, "2026-11-02")
    with pytest.raises(RescriptRequired):
        start_session(journal, n, suds_before=7)
    set_rescript(
        journal, n, "The water turns into a warm lake and I swim to shore.", today=date(2026, 11, 2)
    )
    with pytest.raises(InvalidInput, match="0 \\(calm\\) to 10"):
        start_session(journal, n, suds_before=11)
    s = start_session(journal, n, suds_before=8, now=_at("2026-11-03T09:00:00"))
    done = end_session(
        journal,
        s.id[:8],
        suds_after=3,
        notes="Calmer. Ünïcødé notes 🌊",
        steps_completed=7,
        now=_at("2026-11-03T09:20:00"),
    )
    assert (done.suds_before, done.suds_after, done.steps_completed) == (8, 3, 7)
    with pytest.raises(SessionNotFound):
        get_session(journal, "nope")
    with pytest.raises(InvalidInput, match="stays in the client's record"):
        discard_session(journal, done.id)
    abandoned = start_session(journal, n, suds_before=6, now=_at("2026-11-04T09:00:00"))
    assert discard_session(journal, abandoned.id[:8]).id == abandoned.id
    assert [x.id for x in sessions(journal)] == [done.id]
    assert all(b"Calmer" not in r[2] for r in journal.store.rows("session"))
    journal.lock()
    again = Journal.unlock(vault_file, PASSPHRASE)
    assert sessions(again) == [done]
    again.lock()


def test_outcomes_on_known_data(journal: Journal) -> None:
    # Week of 2026-11-02: two nightmares, one lucid dream; nothing in the week of 11-09;
    # week of 11-16: one nightmare, rehearsals on two days, two sessions on one day.
    a = _nightmare(journal, "2026-11-02")
    _nightmare(journal, "2026-11-05", "Flood again")
    journal.add(title="Flying", date="2026-11-06", lucidity=3)
    b = _nightmare(journal, "2026-11-17", "Fire")
    set_rescript(journal, a, "The water becomes a calm lake.", today=date(2026, 11, 3))
    set_rescript(journal, b, "Rain puts the fire out gently.", today=date(2026, 11, 17))
    log_rehearsal(
        journal, a, minutes=10, distress_before=7, distress_after=5, day=date(2026, 11, 17)
    )
    log_rehearsal(
        journal, a, minutes=5, distress_before=6, distress_after=4, day=date(2026, 11, 17)
    )
    log_rehearsal(
        journal, b, minutes=15, distress_before=8, distress_after=4, day=date(2026, 11, 19)
    )
    for start, before, after in [("2026-11-18T08:00:00", 8, 5), ("2026-11-18T15:00:00", 6, 2)]:
        s = start_session(journal, a, suds_before=before, now=_at(start))
        end_session(journal, s.id, suds_after=after, now=_at(start))
    out = compute_outcomes(journal, tz=BERLIN)
    weeks = {w.week.isoformat(): w for w in out.weeks}
    assert list(weeks) == ["2026-11-02", "2026-11-09", "2026-11-16"]
    assert (weeks["2026-11-02"].dreams, weeks["2026-11-02"].nightmares) == (3, 2)
    assert weeks["2026-11-09"].model_dump(exclude={"week"}) == {
        "dreams": 0,
        "nightmares": 0,
        "rehearsal_minutes": 0,
        "days_rehearsed": 0,
        "new_dreams": 0,
        "sessions": 0,
    }
    w3 = weeks["2026-11-16"]
    assert (w3.nightmares, w3.rehearsal_minutes, w3.days_rehearsed, w3.sessions) == (1, 30, 2, 2)
    assert weeks["2026-11-02"].new_dreams == 1 and w3.new_dreams == 1
    assert out.total_sessions == 2 and out.total_rehearsal_minutes == 30
    assert out.mean_drop_sessions == 3.5  # (3 + 4) / 2
    assert out.mean_drop_rehearsals == pytest.approx((2 + 2 + 4) / 3, abs=0.01)
    assert out.weeks_over_new_dream_limit == []


def test_sessions_near_midnight_count_in_the_clients_time_zone(journal: Journal) -> None:
    n = _nightmare(journal, "2026-11-15")
    set_rescript(journal, n, "A boat comes and takes me home.", today=date(2026, 11, 15))
    # Sunday 23:30 in Berlin is Sunday 22:30 UTC: same week either way ...
    end_session(
        journal,
        start_session(journal, n, suds_before=5, now=_at("2026-11-15T22:30:00")).id,
        suds_after=2,
    )
    # ... but Sunday 23:30 in New York is Monday 04:30 UTC: it belongs to the Sunday's week.
    ny = ZoneInfo("America/New_York")
    end_session(
        journal,
        start_session(journal, n, suds_before=5, now=_at("2026-11-16T04:30:00")).id,
        suds_after=2,
    )
    by_ny = {w.week.isoformat(): w.sessions for w in compute_outcomes(journal, tz=ny).weeks}
    by_utc = {w.week.isoformat(): w.sessions for w in compute_outcomes(journal, tz=UTC).weeks}
    assert by_ny == {"2026-11-09": 2}
    assert by_utc == {"2026-11-09": 1, "2026-11-16": 1}


def test_empty_vault_has_empty_outcomes(journal: Journal) -> None:
    out = compute_outcomes(journal)
    assert out.weeks == [] and out.total_sessions == 0 and out.mean_drop_sessions is None


def _two_clients(data_dir: Path) -> tuple[Journal, Journal]:
    a = Journal.create(vault_path(data_dir, "client-a"), "passphrase of client A", kdf=fast_kdf())
    b = Journal.create(vault_path(data_dir, "client-b"), "passphrase of client B", kdf=fast_kdf())
    for j, who in ((a, "ALPHA"), (b, "BRAVO")):
        e = j.add(title=f"{who} nightmare", nightmare=True, body=f"{who}-CANARY water rising")
        set_rescript(j, e.id, f"{who} swims to a quiet beach.")
        s = start_session(j, e.id, suds_before=7)
        end_session(j, s.id, suds_after=3, notes=f"{who}-NOTES")
    return a, b


def test_pdf_report_holds_the_facts_and_nothing_of_another_client(tmp_path: Path) -> None:
    a, b = _two_clients(tmp_path / "data")
    pdf_path = tmp_path / "a.pdf"
    pdf_path.write_bytes(outcomes_report(a, compute_outcomes(a), client="client-a").pdf())
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(pdf_path).pages)
    assert "outcomes report: client-a" in text
    assert "ALPHA nightmare" in text and "Sessions: 1" in text
    assert "BRAVO" not in text
    summary = session_report(a, sessions(a)[0], client="client-a")
    s_text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(summary.pdf())).pages)
    assert "before 7, after 3" in s_text and "ALPHA-NOTES" in s_text and "BRAVO" not in s_text
    assert "ALPHA swims" in summary.markdown()


def test_client_vaults_are_isolated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    a, b = _two_clients(data)
    assert all("BRAVO" not in e.title + e.body for e in a.search())
    for table in ("entry", "session", "rehearsal"):
        assert "BRAVO" not in json.dumps(a.records(table))
    with pytest.raises(WrongPassphrase):
        Journal.unlock(vault_path(data, "client-b"), "passphrase of client A")
    # Rows copied from B's file into A's are rejected: they are bound to B's vault id.
    row = b.store.rows("entry")[0]
    a.store.put("entry", row)
    a._entries = None
    with pytest.raises(TamperedData, match="integrity check"):
        a.search()


@pytest.mark.usefixtures("cheap_kdf")
def test_cli_session_outcomes_report_per_vault(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env_a = {"DREAMJOURNAL_VAULT": "client-a"}
    ok(dj(data, "init", extra_env=env_a))
    ok(dj(data, "--vault", "client-b", "init"))
    n = ok(
        dj(
            data,
            "add",
            "-t",
            "ALPHA flood",
            "--nightmare",
            "--body",
            "water rising",
            extra_env=env_a,
        )
    ).strip()
    ok(dj(data, "--vault", "client-b", "add", "-t", "BRAVO fire", "--body", "fire"))
    ok(dj(data, "rescript", n, "--text", "A calm lake instead.", extra_env=env_a))
    sid = ok(dj(data, "session", "start", n, "--suds-before", "8", extra_env=env_a)).strip()
    notes = tmp_path / "notes.txt"
    notes.write_text("Breathing helped.")
    assert "8 -> 2" in ok(
        dj(
            data,
            "session",
            "end",
            sid,
            "--suds-after",
            "2",
            "--notes-file",
            str(notes),
            extra_env=env_a,
        )
    )
    data_a = json.loads(ok(dj(data, "outcomes", "--json", extra_env=env_a)))
    assert data_a["total_sessions"] == 1 and data_a["mean_drop_sessions"] == 6
    listed_a = ok(dj(data, "list", extra_env=env_a))
    assert "ALPHA" in listed_a and "BRAVO" not in listed_a
    assert "BRAVO" in ok(dj(data, "--vault", "client-b", "list"))
    md = tmp_path / "report.md"
    ok(dj(data, "report", "--out", str(md), extra_env=env_a))
    assert "ALPHA flood" in md.read_text() and "BRAVO" not in md.read_text()
    pdf = tmp_path / "session.pdf"
    ok(dj(data, "report", "--out", str(pdf), "--session", sid, extra_env=env_a))
    assert "Breathing helped." in pypdf.PdfReader(pdf).pages[0].extract_text()
