"""A dream entry: the record people write, and the checks every write goes through.

Entries are plain frozen dataclasses rather than pydantic models on purpose: the read path
builds ten thousand of them at unlock and a `dreamjournal list` must start in a fraction of a
second; importing pydantic alone costs about 90 ms here. Input is checked by `make_entry`.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from dreamjournal.errors import InvalidInput
from dreamjournal.i18n import Text
from dreamjournal.store.dates import parse_date

MAX_BODY_CHARS = 2_000_000
MAX_TITLE_CHARS = 500
MAX_TAGS = 100
RECORD_VERSION = 1


@dataclass(frozen=True)
class Entry:
    """One dream. Everything here, dates included, is stored inside the ciphertext."""

    id: str
    date: date
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    lucidity: int = 0
    vividness: int = 3
    nightmare: bool = False
    recurring: bool = False
    sleep_quality: int | None = None
    rescript: str | None = None
    rescript_started: str | None = None  # ISO date the changed version was first written (IRT)
    rescript_calmer: bool | None = None  # analysis: is the changed version calmer? (IRT)
    nightmare_checked: bool = False  # the person answered "Was this a nightmare?"
    example: bool = False
    created: str = ""
    updated: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def lucid(self) -> bool:
        """Lucid means any lucidity above zero."""
        return self.lucidity > 0

    def to_record(self) -> dict[str, Any]:
        """The JSON object sealed into the row (id lives in the row and its AD)."""
        data = asdict(self)
        del data["id"]
        data["date"] = self.date.isoformat()
        data["tags"] = list(self.tags)
        data["emotions"] = list(self.emotions)
        extra = data.pop("extra")
        return {**extra, **data}

    def to_public(self) -> dict[str, Any]:
        """The JSON shape of `list --json` / `show --json` and our export."""
        data = self.to_record()
        data.pop("example", None)
        return {"id": self.id, **data, "example": self.example}

    @classmethod
    def from_record(cls, entry_id: str, data: dict[str, Any]) -> Entry:
        """Rebuild from a decrypted record; unknown keys survive in `extra`."""
        known = {k: data[k] for k in _FIELDS if k in data}
        extra = {k: v for k, v in data.items() if k not in _FIELDS}
        known["date"] = date.fromisoformat(known["date"])
        known["tags"] = tuple(known.get("tags", ()))
        known["emotions"] = tuple(known.get("emotions", ()))
        return cls(id=entry_id, extra=extra, **known)


_FIELDS = frozenset(f for f in Entry.__dataclass_fields__ if f not in {"id", "extra"})
EDITABLE = frozenset(_FIELDS - {"created", "updated"})


def now_utc() -> str:
    """ISO timestamp in UTC with microseconds (orders entries written the same second)."""
    return datetime.now(UTC).isoformat()


def _field(name: str) -> Text:
    """The name of an entry field in the reader's language (`entry.field.<name>`)."""
    return Text(f"entry.field.{name}")


def _check_text(name: str, value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidInput("error.entry.must_text", name=_field(name))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("error.entry.contains_characters_are", name=_field(name)) from None
    if len(value) > limit:
        raise InvalidInput(
            "error.entry.too_long_characters", name=_field(name), length=len(value), limit=limit
        )
    return value


def _check_int(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput("error.entry.must_whole_number", name=_field(name), low=low, high=high)
    return value


def _clean_labels(name: str, values: Any) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    seen: dict[str, None] = {}
    for raw in values or ():
        label = _check_text(name, raw, 100).strip().lstrip("#@").strip()
        if label:
            seen.setdefault(label, None)
    if len(seen) > MAX_TAGS:
        raise InvalidInput("error.entry.most_per_entry", max_tags=MAX_TAGS, name=_field(f"{name}s"))
    return tuple(seen)


def validate_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Checked, normalised copies of editable fields; raises InvalidInput with what to fix."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise InvalidInput(
            "error.entry.unknown_entry_field", join_sorted_unknown=", ".join(sorted(unknown))
        )
    out = dict(fields)
    if "date" in out:
        out["date"] = parse_date(out["date"])
    if "title" in out:
        out["title"] = _check_text("title", out["title"], MAX_TITLE_CHARS).strip()
    if "body" in out:
        out["body"] = _check_text("body", out["body"] or "", MAX_BODY_CHARS)
    if out.get("rescript") is not None:
        out["rescript"] = _check_text("rescript", out["rescript"], MAX_BODY_CHARS)
    if out.get("rescript_started") is not None:
        out["rescript_started"] = parse_date(out["rescript_started"]).isoformat()
    for name in ("tags", "emotions"):
        if name in out:
            out[name] = _clean_labels(name[:-1], out[name])
    if "lucidity" in out:
        out["lucidity"] = _check_int("lucidity", out["lucidity"], 0, 5)
    if "vividness" in out:
        out["vividness"] = _check_int("vividness", out["vividness"], 1, 5)
    if out.get("sleep_quality") is not None:
        out["sleep_quality"] = _check_int("sleep_quality", out["sleep_quality"], 1, 5)
    if out.get("rescript_calmer") is not None:
        out["rescript_calmer"] = bool(out["rescript_calmer"])
    for flag in ("nightmare", "recurring", "example", "nightmare_checked"):
        if flag in out:
            out[flag] = bool(out[flag])
    return out


def _default_title(body: str) -> str:
    words = body.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def make_entry(fields: dict[str, Any], *, entry_id: str | None = None) -> Entry:
    """A new, checked entry; a title is made from the body's first words when left empty."""
    clean = validate_fields(fields)
    title = clean.get("title", "")
    body = clean.get("body", "")
    if not title and not body.strip():
        raise InvalidInput("error.entry.entry_needs_title")
    stamp = now_utc()
    clean.setdefault("date", date.today())
    clean["title"] = title or _default_title(body)
    return Entry(id=entry_id or uuid.uuid4().hex, created=stamp, updated=stamp, **clean)


def edit_entry(entry: Entry, changes: dict[str, Any]) -> Entry:
    """A checked copy of `entry` with `changes` applied and `updated` refreshed."""
    clean = validate_fields(changes)
    edited = replace(entry, **clean, updated=now_utc())
    if not edited.title and not edited.body.strip():
        raise InvalidInput("error.entry.entry_needs_title_2")
    if not edited.title:
        edited = replace(edited, title=_default_title(edited.body))
    return edited
