"""Imagery Rehearsal: rescripts, rehearsals and sessions (start, end, discard, resume)."""

from __future__ import annotations

from datetime import date, datetime

from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy import irt
from dreamjournal.therapy import sessions as _sessions
from dreamjournal.therapy.irt import Rehearsal
from dreamjournal.therapy.sessions import Session

__all__ = [
    "Rehearsal",
    "Session",
    "discard_session",
    "end_session",
    "rehearse",
    "rescript",
    "running_sessions",
    "start_session",
]


def rescript(journal: Journal, entry_id: str, text: str, *, today: date | None = None) -> Entry:
    """Store the changed version of a nightmare (IRT rules checked in the domain)."""
    return irt.set_rescript(journal, entry_id, text, today=today)


def rehearse(journal: Journal, entry_id: str, **fields: object) -> Rehearsal:
    """Log one rehearsal of a changed dream."""
    return irt.log_rehearsal(journal, entry_id, **fields)  # type: ignore[arg-type]


def start_session(
    journal: Journal, entry_id: str, *, suds_before: int, now: datetime | None = None
) -> Session:
    """Open a session (a nightmare needs its rescript first; a distressing dream, an answer)."""
    from dreamjournal.errors import InvalidInput
    from dreamjournal.services.entries import needs_nightmare_question

    if needs_nightmare_question(journal.get(entry_id)):
        raise InvalidInput("error.therapy.dream_reads_like")
    return _sessions.start_session(journal, entry_id, suds_before=suds_before, now=now)


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
