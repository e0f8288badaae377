"""Unsaved work, autosaved sealed in the vault: the dream being written, a running session.

A draft is one sealed record in the `draft` table, keyed by the browser session (or CLI run)
that wrote it, so two tabs never overwrite each other's drafts. After a lock, a reload or a
crash the app lists the vault's drafts and offers them back ("Restored your draft from 14:32",
Keep / Discard). Drafts are never written anywhere in plaintext: the same AES-GCM sealing as
entries, the same WAL + synchronous=FULL file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from dreamjournal.errors import InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.store.records import ANY

TABLE = "draft"
DraftKind = Literal["write", "session"]
MAX_DRAFT_CHARS = 2_500_000  # a body at its limit plus the form's other fields


@dataclass(frozen=True)
class Draft:
    """One autosaved piece of unsaved work."""

    id: str
    kind: DraftKind
    saved: str  # UTC ISO time of the last autosave
    data: dict[str, Any]

    @property
    def saved_at(self) -> datetime:
        """The last autosave as an aware datetime."""
        return datetime.fromisoformat(self.saved)


def new_draft_id() -> str:
    """An id for the drafts of one browser session or command."""
    return uuid.uuid4().hex


def save_draft(
    journal: Journal,
    draft_id: str,
    kind: DraftKind,
    data: dict[str, Any],
    *,
    now: datetime | None = None,
) -> Draft:
    """Seal `data` as the draft `draft_id` (one row; the last autosave wins for that id)."""
    import orjson

    if len(orjson.dumps(data)) > MAX_DRAFT_CHARS * 4:
        raise InvalidInput("error.drafts.draft_too_large")
    saved = (now or datetime.now(UTC)).astimezone(UTC).isoformat()
    record = {"kind": kind, "saved": saved, "data": data}
    # Unconditional: a draft id belongs to one browser session, so the text in hand is always
    # the newest (a restored draft is taken over under the new session's own id).
    journal.put_record(TABLE, draft_id, record, expect=ANY)
    return Draft(draft_id, kind, saved, data)


def drafts(journal: Journal, kind: DraftKind | None = None) -> list[Draft]:
    """The vault's drafts, newest first (optionally of one kind)."""
    found = [
        Draft(i, r["kind"], r["saved"], r.get("data") or {})
        for i, r in journal.records(TABLE).items()
        if isinstance(r, dict) and r.get("kind") in ("write", "session")
    ]
    return sorted(
        (d for d in found if kind is None or d.kind == kind), key=lambda d: d.saved, reverse=True
    )


def get_draft(journal: Journal, draft_id: str) -> Draft | None:
    """One draft, or None."""
    r = journal.get_record(TABLE, draft_id)
    return None if r is None else Draft(draft_id, r["kind"], r["saved"], r.get("data") or {})


def discard_draft(journal: Journal, draft_id: str) -> None:
    """Forget a draft (after it was saved as a dream, or the person chose Discard)."""
    journal.delete_record(TABLE, draft_id, expect=ANY)
