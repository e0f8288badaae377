"""Case- and accent-insensitive matching: `traum` finds `Träume`, `strasse` finds `Straße`."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from dreamjournal.store.entry import Entry

# Combining marks left after NFKD (accents, umlaut dots); removed with one C-speed regex pass.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, drop accents, expand ß and ligatures; ASCII takes the fast path."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


def query_terms(query: str) -> list[str]:
    """Folded whitespace-separated words to find in the text; every one must appear.

    A word written the way tags are shown, `#cat`, is a tag filter instead (`query_tags`).
    """
    return [t for t in fold(query).split() if t and not _is_tag(t)]


def query_tags(query: str) -> list[str]:
    """The `#tag` words of a query: each must be one of the dream's tags (`#cat` finds cat)."""
    return [t.lstrip("#") for t in fold(query).split() if _is_tag(t)]


def _is_tag(word: str) -> bool:
    return word.startswith("#") and len(word) > 1


def matches_filters(
    entry: Entry,
    *,
    tag: str | None,
    since: date | None,
    until: date | None,
    nightmare: bool | None,
    lucid: bool | None,
) -> bool:
    """The structured filters (tag compared folded, dates inclusive)."""
    if since is not None and entry.date < since:
        return False
    if until is not None and entry.date > until:
        return False
    if nightmare is not None and entry.nightmare != nightmare:
        return False
    if lucid is not None and entry.lucid != lucid:
        return False
    if tag is not None:
        wanted = fold(tag.strip().lstrip("#@"))
        if not any(fold(t) == wanted for t in entry.tags):
            return False
    return True
