"""Therapy sessions: distress (SUDS 0-10) before and after a guided rehearsal, and notes.

Each session is one sealed record in the vault's `session` table; times are UTC ISO strings,
shown and bucketed in the client's own time zone.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.irt import distress_score, require_rescript

MAX_NOTES = 20_000


class SessionNotFound(DreamJournalError):
    """No session with that id in this vault."""


@dataclass(frozen=True)
class Session:
    """One session: which dream, distress before/after, how far the script got, notes."""

    id: str
    entry_id: str
    started: str
    suds_before: int
    ended: str | None = None
    suds_after: int | None = None
    notes: str = ""
    steps_completed: int = 0

    @property
    def started_at(self) -> datetime:
        """Start as an aware UTC datetime."""
        return datetime.fromisoformat(self.started)

    def record(self) -> dict[str, Any]:
        """The sealed JSON (id lives in the row)."""
        data = asdict(self)
        del data["id"]
        return data


def _now(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat()


def start_session(
    journal: Journal, entry_id: str, *, suds_before: int, now: datetime | None = None
) -> Session:
    """Open a session on a dream (a nightmare needs its rescript first)."""
    entry = journal.get(entry_id)
    require_rescript(entry)
    session = Session(
        uuid.uuid4().hex, entry.id, _now(now), distress_score("Distress before", suds_before)
    )
    journal.put_record("session", session.id, session.record())
    return session


def get_session(journal: Journal, session_id: str) -> Session:
    """A session by id or unique prefix (6+ characters)."""
    records = journal.records("session")
    wanted = session_id.strip().lower()
    matches = [i for i in records if i == wanted or (len(wanted) >= 6 and i.startswith(wanted))]
    if len(matches) != 1:
        raise SessionNotFound("error.sessions.session_vault_dreamjournal", session_id=session_id)
    return Session(id=matches[0], **records[matches[0]])


def end_session(
    journal: Journal,
    session_id: str,
    *,
    suds_after: int,
    notes: str = "",
    steps_completed: int | None = None,
    now: datetime | None = None,
) -> Session:
    """Close a session with distress after and notes (one row rewritten)."""
    session = get_session(journal, session_id)
    if len(notes) > MAX_NOTES:
        raise InvalidInput("error.sessions.session_notes_are", max_notes=MAX_NOTES)
    done = replace(
        session,
        ended=_now(now),
        suds_after=distress_score("Distress after", suds_after),
        notes=notes,
        steps_completed=steps_completed or session.steps_completed,
    )
    journal.put_record("session", done.id, done.record())
    return done


def discard_session(journal: Journal, session_id: str) -> Session:
    """Delete a session that was started but never ended (a saved one stays on the record)."""
    session = get_session(journal, session_id)
    if session.ended is not None:
        raise InvalidInput("error.sessions.session_saved_stays")
    journal.delete_record("session", session.id)
    return session


def sessions(journal: Journal, entry_id: str | None = None) -> list[Session]:
    """Sessions, oldest first (optionally for one dream)."""
    items = [Session(id=i, **r) for i, r in journal.records("session").items()]
    if entry_id is not None:
        items = [s for s in items if s.entry_id == entry_id]
    return sorted(items, key=lambda s: s.started)
