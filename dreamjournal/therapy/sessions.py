"""Therapy sessions: distress (SUDS 0-10) before and after a guided rehearsal, and notes.

Each session is one sealed record in the vault's `session` table; times are UTC ISO strings,
shown and bucketed in the client's own time zone. A session can be back-dated (recorded
after the day it took place, never for a day still to come). Notes are kept in full and can
be edited after the session; every earlier version stays in the record's `notes_history`
(sealed with it), so what was written on the day is never lost.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.days import past_or_today
from dreamjournal.therapy.irt import distress_score, require_rescript

MAX_NOTES = 20_000
BACKDATED = timedelta(hours=12)  # a session "ended" this long after its start was back-dated


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
    # Earlier versions of the notes, oldest first: {"until": when it was replaced, "notes": ...}
    notes_history: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def from_record(cls, record_id: str, record: dict[str, Any]) -> Session:
        """From a decrypted session record (older records have no notes history)."""
        return cls(id=record_id, **record)

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


def session_start_time(
    day: date | None, *, now: datetime | None = None, tz: tzinfo | None = None
) -> str:
    """When a session started: now, or on an earlier `day` at this time of day (client's zone)."""
    moment = (now or datetime.now(UTC)).astimezone(tz)
    day = past_or_today(day, "error.day.session_future", today=moment.date())
    return datetime.combine(day, moment.timetz()).astimezone(UTC).isoformat()


def start_session(
    journal: Journal,
    entry_id: str,
    *,
    suds_before: int,
    now: datetime | None = None,
    day: date | None = None,
    tz: tzinfo | None = None,
) -> Session:
    """Open a session on a dream (a nightmare needs its rescript first), today or back-dated."""
    entry = journal.get(entry_id)
    require_rescript(entry)
    session = Session(
        uuid.uuid4().hex,
        entry.id,
        session_start_time(day, now=now, tz=tz),
        distress_score("Distress before", suds_before),
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
    return Session.from_record(matches[0], records[matches[0]])


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
    _check_notes(notes)
    ended = _now(now)
    if datetime.fromisoformat(ended) - session.started_at > BACKDATED:
        ended = session.started  # a back-dated session is recorded as ending on its own day
    done = replace(
        session,
        ended=ended,
        suds_after=distress_score("Distress after", suds_after),
        notes=notes,
        steps_completed=steps_completed or session.steps_completed,
    )
    journal.put_record("session", done.id, done.record())
    return done


def _check_notes(notes: str) -> None:
    if len(notes) > MAX_NOTES:
        raise InvalidInput("error.sessions.session_notes_are", max_notes=MAX_NOTES)


def edit_notes(
    journal: Journal, session_id: str, notes: str, *, now: datetime | None = None
) -> Session:
    """Replace a saved session's notes, keeping the version replaced in its history."""
    session = get_session(journal, session_id)
    if session.ended is None:
        raise InvalidInput("error.sessions.still_running")
    _check_notes(notes)
    if notes == session.notes:
        return session
    history = [*session.notes_history, {"until": _now(now), "notes": session.notes}]
    edited = replace(session, notes=notes, notes_history=history)
    journal.put_record("session", edited.id, edited.record())
    return edited


def discard_session(journal: Journal, session_id: str) -> Session:
    """Delete a session that was started but never ended (a saved one stays on the record)."""
    session = get_session(journal, session_id)
    if session.ended is not None:
        raise InvalidInput("error.sessions.session_saved_stays")
    journal.delete_record("session", session.id)
    return session


def sessions(journal: Journal, entry_id: str | None = None) -> list[Session]:
    """Sessions, oldest first (optionally for one dream)."""
    items = [Session.from_record(i, r) for i, r in journal.records("session").items()]
    if entry_id is not None:
        items = [s for s in items if s.entry_id == entry_id]
    return sorted(items, key=lambda s: s.started)
