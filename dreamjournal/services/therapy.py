"""Imagery Rehearsal: rescripts, rehearsals, sessions (start, end, discard, resume, notes),
standard measures, and who a report is by and about (clinician name, client pseudonym)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any, NamedTuple

from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy import irt
from dreamjournal.therapy import measures as _measures
from dreamjournal.therapy import sessions as _sessions
from dreamjournal.therapy.irt import Rehearsal
from dreamjournal.therapy.measures import Measure
from dreamjournal.therapy.sessions import Session

__all__ = [
    "Measure",
    "Rehearsal",
    "ReportPeople",
    "Session",
    "discard_session",
    "edit_session_notes",
    "end_session",
    "record_measure",
    "rehearse",
    "report_people",
    "rescript",
    "running_sessions",
    "save_report_people",
    "start_session",
]
MAX_NAME = 120  # clinician name, client pseudonym


def rescript(journal: Journal, entry_id: str, text: str, *, today: date | None = None) -> Entry:
    """Store the changed version of a nightmare (IRT rules checked in the domain)."""
    return irt.set_rescript(journal, entry_id, text, today=today)


def rehearse(journal: Journal, entry_id: str, **fields: object) -> Rehearsal:
    """Log one rehearsal of a changed dream."""
    return irt.log_rehearsal(journal, entry_id, **fields)  # type: ignore[arg-type]


def start_session(
    journal: Journal,
    entry_id: str,
    *,
    suds_before: int,
    now: datetime | None = None,
    day: date | None = None,
    tz: tzinfo | None = None,
) -> Session:
    """Open a session (a nightmare needs its rescript first; a distressing dream, an answer)."""
    from dreamjournal.errors import InvalidInput
    from dreamjournal.services.entries import needs_nightmare_question

    if needs_nightmare_question(journal.get(entry_id)):
        raise InvalidInput("error.therapy.dream_reads_like")
    return _sessions.start_session(
        journal, entry_id, suds_before=suds_before, now=now, day=day, tz=tz
    )


def end_session(journal: Journal, session_id: str, **fields: object) -> Session:
    """Close a session with distress after, notes and the steps done."""
    return _sessions.end_session(journal, session_id, **fields)  # type: ignore[arg-type]


def discard_session(journal: Journal, session_id: str) -> Session:
    """Delete a session that was started and never ended."""
    return _sessions.discard_session(journal, session_id)


def running_sessions(journal: Journal) -> list[Session]:
    """Sessions started and never ended, newest first: the app offers to finish or discard them."""
    return sorted(
        (s for s in _sessions.sessions(journal) if s.ended is None),
        key=lambda s: s.started,
        reverse=True,
    )


def edit_session_notes(journal: Journal, session_id: str, notes: str) -> Session:
    """Change a saved session's notes; the version replaced is kept in its history."""
    return _sessions.edit_notes(journal, session_id, notes)


def record_measure(
    journal: Journal,
    instrument_id: str,
    answers: Mapping[str, Any],
    *,
    occasion: str = "weekly",
    day: date | None = None,
    session_id: str | None = None,
) -> Measure:
    """Score and seal one filled-in questionnaire (intake, session or weekly).

    With `session_id` (an id or a unique prefix) it is that session's questionnaire: taken
    "in session", on the session's day unless another day is given, linked to the session.
    """
    if session_id is not None:
        session = _sessions.get_session(journal, session_id)
        session_id, occasion = session.id, "session"
        day = day or session.started_at.astimezone().date()
    return _measures.record_measure(
        journal, instrument_id, answers, occasion=occasion, day=day, session_id=session_id
    )


class ReportPeople(NamedTuple):
    """Who a report is by and about, from the vault's settings ("" when not set)."""

    clinician: str
    pseudonym: str


def report_people(journal: Journal) -> ReportPeople:
    """Who a report is by and about, from this vault's settings."""
    from dreamjournal.services.entries import load_preferences

    prefs = load_preferences(journal)
    return ReportPeople(
        str(prefs.get("clinician_name") or ""), str(prefs.get("client_pseudonym") or "")
    )


def save_report_people(
    journal: Journal, *, clinician: str | None = None, pseudonym: str | None = None
) -> ReportPeople:
    """Store the clinician name and/or the client pseudonym in the vault (sealed)."""
    from dreamjournal.errors import InvalidInput
    from dreamjournal.services.entries import save_preferences

    changes: dict[str, str] = {}
    for key, value in (("clinician_name", clinician), ("client_pseudonym", pseudonym)):
        if value is None:
            continue
        text = " ".join(value.split())
        if len(text) > MAX_NAME:
            raise InvalidInput("error.therapy.name_too_long", limit=MAX_NAME)
        changes[key] = text
    if changes:
        save_preferences(journal, **changes)
    return report_people(journal)
