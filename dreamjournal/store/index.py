"""The in-memory entry index of an unlocked journal: decrypted records, newest first.

Records stay as the decoded JSON dicts; `Entry` objects and the folded search text are built
on first use, so `list -n 5` over ten thousand dreams builds five entries, not ten thousand.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from dreamjournal.store.entry import Entry
from dreamjournal.store.search import fold

SortKey = tuple[str, str, str]  # (dream date, created, id), ascending


def _key(entry_id: str, record: dict[str, Any]) -> SortKey:
    return (record["date"], record.get("created", ""), entry_id)


def searchable_text(record: dict[str, Any]) -> str:
    """Folded title, body, tags, feelings and rescript of one record."""
    parts = [
        record.get("title", ""),
        record.get("body", ""),
        " ".join(record.get("tags", ())),
        " ".join(record.get("emotions", ())),
        record.get("rescript") or "",
    ]
    return fold("\n".join(parts))


class EntryIndex:
    """Decrypted entry records by id, with a newest-first order kept under writes."""

    def __init__(self, records: dict[str, dict[str, Any]]) -> None:
        self._records = records
        self._entries: dict[str, Entry] = {}
        self._order: list[SortKey] = sorted(_key(i, r) for i, r in records.items())
        self._folded: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._records

    def ids(self) -> Iterator[str]:
        """Every id, in no particular order."""
        return iter(self._records)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every decrypted record, in no particular order."""
        return iter(self._records.values())

    def entry(self, entry_id: str) -> Entry:
        """The Entry for an id (KeyError if absent), built once."""
        found = self._entries.get(entry_id)
        if found is None:
            found = self._entries[entry_id] = Entry.from_record(entry_id, self._records[entry_id])
        return found

    def newest_first(self) -> Iterator[str]:
        """Ids by dream date, newest first (ties: written later first)."""
        return (key[2] for key in reversed(self._order))

    def searchable(self, entry_id: str) -> str:
        """Folded text to match queries against, built once per version of the entry."""
        text = self._folded.get(entry_id)
        if text is None:
            text = self._folded[entry_id] = searchable_text(self._records[entry_id])
        return text

    def put(self, entry: Entry) -> None:
        """Add or replace an entry."""
        if entry.id in self._records:
            self.remove(entry.id)
        record = entry.to_record()
        self._records[entry.id] = record
        self._entries[entry.id] = entry
        bisect.insort(self._order, _key(entry.id, record))

    def remove(self, entry_id: str) -> None:
        """Forget an entry (no-op if absent)."""
        record = self._records.pop(entry_id, None)
        if record is None:
            return
        key = _key(entry_id, record)
        i = bisect.bisect_left(self._order, key)
        if i < len(self._order) and self._order[i] == key:
            del self._order[i]
        self._entries.pop(entry_id, None)
        self._folded.pop(entry_id, None)
