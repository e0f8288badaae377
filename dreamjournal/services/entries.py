"""Writing dreams: add, edit against the version shown, delete everywhere, examples, preferences."""

from __future__ import annotations

from datetime import date
from typing import Any

from dreamjournal.errors import ChangedElsewhere
from dreamjournal.services._hooks import load_delete_hooks
from dreamjournal.store.dates import parse_date
from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy import days
from dreamjournal.therapy.days import past_or_today

__all__ = [
    "PREFS_ID",
    "add_entry",
    "answer_nightmare_question",
    "cameo_of",
    "delete_entry",
    "dream_night",
    "edit_entry",
    "entry_version",
    "load_preferences",
    "needs_nightmare_question",
    "require_nightmare_answer",
    "parse_date",
    "remove_examples",
    "save_preferences",
]

PREFS_ID = "preferences"  # row id of the UI preferences in the vault's `setting` table


def dream_night(value: str | date | None, *, today: date | None = None) -> date:
    """The night a dream is written for (default today); a night still to come is refused.
    "Today" and "yesterday" are read on the same clock as the check (`local_today`)."""
    today = today or days.local_today()  # the one clock (patched in tests)
    night = None if value is None else parse_date(value, today=today)
    return past_or_today(night, "error.day.night_future", today=today)


def add_entry(journal: Journal, *, today: date | None = None, **fields: Any) -> Entry:
    """Check, seal and store a new dream (one row, one transaction); never for a future night."""
    fields["date"] = dream_night(fields.get("date"), today=today)
    return journal.add(**fields)


def edit_entry(
    journal: Journal,
    entry_id: str,
    *,
    based_on: str | None = None,
    today: date | None = None,
    **changes: Any,
) -> Entry:
    """Change a dream. `based_on`: the version the editor showed (ChangedElsewhere if newer).

    Moving a dream to a night still to come is refused; a dream already stored for one (from
    before this rule) keeps its night when other things are edited.
    """
    if changes.get("date") is not None:
        today = today or days.local_today()
        night = parse_date(changes["date"], today=today)
        if night != journal.get(entry_id).date:
            night = dream_night(night, today=today)
        changes["date"] = night
    return journal.update(entry_id, based_on=based_on, **changes)


def entry_version(journal: Journal, entry_id: str) -> str | None:
    """The version of a dream as read now; an editor passes it back to `edit_entry`."""
    return journal.version("entry", entry_id)


def delete_entry(journal: Journal, entry_id: str) -> Entry:
    """Delete a dream and everything of it: links revoked first, clips, rehearsals, sessions.

    Relay links are revoked before the delete's transaction, so no network wait holds the
    vault's write lock (the delete hook then finds nothing left to ask the relay). A relay that
    cannot be reached stops the delete with a clear message: nothing is deleted.
    """
    load_delete_hooks()
    from dreamjournal.share.owner import revoke_entry_links

    entry = journal.get(entry_id)
    revoke_entry_links(journal, entry.id)
    return journal.delete(entry.id)


def remove_examples(journal: Journal) -> int:
    """Delete every example dream (through the same delete path), in one transaction."""
    load_delete_hooks()
    examples = [e for e in journal.list() if e.example]
    from dreamjournal.share.owner import revoke_entry_links

    for e in examples:
        revoke_entry_links(journal, e.id)
    with journal.transaction():
        for e in examples:
            journal.delete(e.id)
    return len(examples)


def add_examples(journal: Journal) -> int:
    """Add the example dreams (English and German) in one transaction; returns how many."""
    from dreamjournal.demo import seed_demo

    with journal.transaction():
        return seed_demo(journal)


def needs_nightmare_question(entry: Entry) -> bool:
    """A clearly distressing dream saved without the nightmare mark, not yet asked about."""
    if entry.nightmare or entry.nightmare_checked or not entry.body.strip():
        return False
    from dreamjournal.analysis import is_distressing

    return is_distressing(f"{entry.title}. {entry.body}")


def require_nightmare_answer(entry: Entry) -> None:
    """Refuse to replay a dream that reads like an unmarked nightmare until the person said
    whether it was one (the command line's form of the app's "Was this a nightmare?")."""
    if needs_nightmare_question(entry):
        from dreamjournal.errors import InvalidInput

        raise InvalidInput("error.cli.nightmare_first", entry_id=entry.id[:8])


def answer_nightmare_question(journal: Journal, entry_id: str, *, was_nightmare: bool) -> Entry:
    """Record the answer: a nightmare is marked as one (IRT then asks for a changed version)."""
    changes: dict[str, Any] = {"nightmare_checked": True}
    if was_nightmare:
        changes["nightmare"] = True
    return journal.update(entry_id, **changes)


def cameo_of(journal: Journal) -> str | None:
    """How the person looks in their dreams (Settings), for the dreamer in video prompts."""
    text = str(load_preferences(journal).get("cameo") or "").strip()
    return text or None


def load_preferences(journal: Journal) -> dict[str, Any]:
    """The vault's UI preferences (language, auto-lock minutes, ...)."""
    return journal.get_record("setting", PREFS_ID) or {}


def save_preferences(journal: Journal, **changes: Any) -> dict[str, Any]:
    """Merge `changes` into the preferences; a newer copy written elsewhere is merged, not lost."""
    for attempt in range(5):
        prefs = {**load_preferences(journal), **changes}
        try:
            journal.put_record("setting", PREFS_ID, prefs)
            return prefs
        except ChangedElsewhere:
            if attempt == 4:
                raise
            # another tab saved a preference between our read and our write: read it again
    raise AssertionError("unreachable")
