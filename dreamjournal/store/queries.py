"""Reading entries: list, search, tags, ids; all in memory, from the Journal's entry index."""

from __future__ import annotations

import builtins
import itertools
from collections import Counter
from datetime import date

from dreamjournal.errors import EntryNotFound, InvalidInput
from dreamjournal.store.entry import Entry
from dreamjournal.store.index import EntryIndex
from dreamjournal.store.search import fold, matches_filters, query_tags, query_terms

MIN_PREFIX = 6  # characters of an id that name a dream (the list shows 8)


class EntryQueries:
    """What an unlocked journal answers from its in-memory index (see `Journal._index`)."""

    def _index(self) -> EntryIndex:
        raise NotImplementedError

    def has_entry(self, entry_id: str) -> bool:
        """True if an entry with exactly this id exists."""
        return entry_id in self._index()

    def resolve_id(self, entry_id: str) -> str:
        """A full id from a full id or a unique prefix of at least 6 characters."""
        index = self._index()
        wanted = entry_id.strip().lower()
        if wanted in index:
            return wanted
        found = [i for i in index.ids() if wanted and i.startswith(wanted)]
        if len(wanted) >= MIN_PREFIX and len(found) == 1:
            return found[0]
        if found and len(wanted) < MIN_PREFIX:
            raise EntryNotFound("error.queries.prefix_short", entry_id=entry_id, n=MIN_PREFIX)
        if len(found) > 1:
            raise EntryNotFound("error.queries.prefix_several", entry_id=entry_id, n=len(found))
        raise EntryNotFound("error.queries.entry_id_vault", entry_id=entry_id)

    def get(self, entry_id: str) -> Entry:
        """The entry, or EntryNotFound."""
        return self._index().entry(self.resolve_id(entry_id))

    def __len__(self) -> int:
        return len(self._index())

    def list(self, limit: int | None = None, offset: int = 0) -> builtins.list[Entry]:
        """Entries, newest dream date first."""
        if limit is not None and limit < 0:
            raise InvalidInput("error.queries.number_entries_show")
        index = self._index()
        stop = None if limit is None else offset + limit
        return [index.entry(i) for i in itertools.islice(index.newest_first(), offset, stop)]

    def search(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        since: date | None = None,
        until: date | None = None,
        nightmare: bool | None = None,
        lucid: bool | None = None,
    ) -> builtins.list[Entry]:
        """Entries matching every query term (case- and accent-insensitive) and every filter."""
        if since and until and since > until:
            raise InvalidInput("error.queries.start_date_after", since=since, until=until)
        terms = query_terms(query)
        tags = query_tags(query) + ([] if tag is None else [tag])
        filtered = bool(tags) or since or until or nightmare is not None or lucid is not None
        index = self._index()
        out = []
        for entry_id in index.newest_first():
            if terms:
                text = index.searchable(entry_id)
                if not all(t in text for t in terms):
                    continue
            entry = index.entry(entry_id)
            if filtered and not (
                matches_filters(
                    entry, tag=None, since=since, until=until, nightmare=nightmare, lucid=lucid
                )
                and all(
                    matches_filters(
                        entry, tag=t, since=None, until=None, nightmare=None, lucid=None
                    )
                    for t in tags
                )
            ):
                continue
            out.append(entry)
        return out

    def tag_counts(self) -> Counter[str]:
        """How often each tag is used (case kept from first use), for suggestions and insights."""
        counts: Counter[str] = Counter()
        spelled: dict[str, str] = {}
        for record in self._index().records():
            for t in record.get("tags", ()):
                counts[spelled.setdefault(fold(t), t)] += 1
        return counts
