"""Imagery Rehearsal Therapy: the person writes the changed version and rehearses it.

The protocol's rules, kept here rather than only shown:
- never rehearse the nightmare unchanged: visualizations of a nightmare need a rescript, and a
  rescript that barely differs from the nightmare is refused;
- rehearse 5-20 minutes a day (a day's logged minutes may not pass 20);
- at most two new dreams a week (a third rescript within seven days waits).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from dreamjournal.analysis import CalmerVerdict, DreamFeatures
from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.i18n import message
from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.days import past_or_today

DAILY_MINUTES = (5, 20)
NEW_DREAMS_PER_WEEK = 2
MAX_SIMILARITY = 0.85

RULE_KEYS = ("irt.rule_1", "irt.rule_2", "irt.rule_3")


def rules(lang: str) -> list[str]:
    """The IRT rules, in `lang`, as the person reads them before rehearsing."""
    return [message(key, lang) for key in RULE_KEYS]


class RescriptRequired(DreamJournalError):
    """A nightmare is only visualized and rehearsed in its changed version."""


class ProtocolRule(DreamJournalError):
    """An IRT rule would be broken (too many minutes today, too many new dreams this week)."""


def needs_rescript(entry: Entry) -> bool:
    """Nightmares without a written changed version."""
    return entry.nightmare and not (entry.rescript or "").strip()


def require_rescript(entry: Entry) -> None:
    """Raise RescriptRequired for an unrescripted nightmare."""
    if needs_rescript(entry):
        raise RescriptRequired("error.irt.marked_as_nightmare", entry_title=entry.title)


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'()").casefold() for w in text.split() if len(w) > 2}


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the two texts' words (0 = nothing shared, 1 = the same words)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def set_rescript(journal: Journal, entry_id: str, text: str, *, today: date | None = None) -> Entry:
    """Store the changed version, keeping the two-new-dreams-a-week rule."""
    today = today or date.today()
    entry = journal.get(entry_id)
    if not text.strip():
        raise InvalidInput("error.irt.write_changed_version")
    if entry.body.strip() and similarity(text, entry.body) > MAX_SIMILARITY:
        raise InvalidInput("error.irt.almost_same_as")
    changes: dict[str, Any] = {"rescript": text}
    if entry.rescript_started is None:
        week_start = today - timedelta(days=6)
        recent = sorted(
            date.fromisoformat(e.rescript_started)
            for e in journal.search()
            if e.rescript_started
            and e.id != entry.id
            and week_start <= date.fromisoformat(e.rescript_started) <= today
        )
        if len(recent) >= NEW_DREAMS_PER_WEEK:
            free = recent[-NEW_DREAMS_PER_WEEK] + timedelta(days=7)
            raise ProtocolRule(
                "error.irt.you_have_started",
                count=len(recent),
                new_dreams_per_week=NEW_DREAMS_PER_WEEK,
                free_isoformat=free.isoformat(),
            )
        changes["rescript_started"] = today
    # A changed version that is not calmer (more negative, or the threat still wins) is kept,
    # since the person wrote it, but never called "ending in safety"; the page invites a change.
    changes["rescript_calmer"] = rescript_verdict(entry.body, text).calmer
    return journal.update(entry.id, **changes)


def rescript_verdict(nightmare: str, rescript: str) -> CalmerVerdict:
    """Whether the changed version is calmer than the nightmare, and why not when it is not."""
    from dreamjournal.analysis import is_calmer

    return is_calmer(nightmare, rescript)


@dataclass(frozen=True)
class Rehearsal:
    """One logged rehearsal of a rescript."""

    id: str
    entry_id: str
    day: date
    minutes: int
    distress_before: int
    distress_after: int
    created: str

    @classmethod
    def from_record(cls, record_id: str, r: dict[str, Any]) -> Rehearsal:
        """From a decrypted rehearsal record."""
        return cls(
            record_id,
            r["entry_id"],
            date.fromisoformat(r["day"]),
            r["minutes"],
            r["distress_before"],
            r["distress_after"],
            r["created"],
        )


def rehearsals(journal: Journal, entry_id: str | None = None) -> list[Rehearsal]:
    """The rehearsal log (all, or one entry's), oldest first."""
    items = [Rehearsal.from_record(i, r) for i, r in journal.records("rehearsal").items()]
    if entry_id is not None:
        items = [r for r in items if r.entry_id == entry_id]
    return sorted(items, key=lambda r: (r.day, r.created))


def distress_score(name: str, value: Any) -> int:
    """A distress (SUDS) score 0-10, or a clear error."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidInput("error.irt.whole_number_from", name=name)
    return value


def log_rehearsal(
    journal: Journal,
    entry_id: str,
    *,
    minutes: int,
    distress_before: int,
    distress_after: int,
    day: date | None = None,
) -> Rehearsal:
    """Record a rehearsal of the entry's rescript (today or back-dated), at most 20 min a day."""
    day = past_or_today(day, "error.day.rehearsal_future")
    entry = journal.get(entry_id)
    if not (entry.rescript or "").strip():
        raise RescriptRequired("error.irt.changed_version_yet", entry_title=entry.title)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise InvalidInput("error.irt.minutes_rehearsed_must")
    done_today = sum(r.minutes for r in rehearsals(journal) if r.day == day)
    if done_today + minutes > DAILY_MINUTES[1]:
        raise ProtocolRule(
            "error.irt.irt_asks_minutes",
            daily_minutes_0=DAILY_MINUTES[0],
            daily_minutes_1=DAILY_MINUTES[1],
            done_today=done_today,
            day=day.isoformat(),
            daily_minutes_1_done_today=DAILY_MINUTES[1] - done_today,
        )
    record = {
        "entry_id": entry.id,
        "day": day.isoformat(),
        "minutes": minutes,
        "distress_before": distress_score("Distress before", distress_before),
        "distress_after": distress_score("Distress after", distress_after),
        "created": datetime.now(UTC).isoformat(),
    }
    record_id = uuid.uuid4().hex
    journal.put_record("rehearsal", record_id, record)
    return Rehearsal.from_record(record_id, record)


def minutes_on(journal: Journal, day: date) -> int:
    """Minutes rehearsed on one day, across all dreams."""
    return sum(r.minutes for r in rehearsals(journal) if r.day == day)


_HELPERS = {
    "friend",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "sister",
    "brother",
    "partner",
    "teacher",
    "dog",
    "cat",
    "horse",
    "child",
}
_THREATS = {"wolf", "snake", "spider", "monster", "stranger", "dog", "intruder", "shadow"}


def suggest_rescripts(features: DreamFeatures) -> list[str]:
    """Ideas for changing this dream, drawn from its own figures, places and signs.

    Threatening figures are named in the dreamer's own word for them (the symbol's evidence),
    so a German dream reads "Verwandle Wolf", never an English lexicon key.
    """
    de = features.language == "de"
    out: list[str] = []
    threats = [s.evidence[0] for s in features.symbols if s.name in _THREATS and s.evidence]
    if de:
        threats = [t[:1].upper() + t[1:] for t in threats]  # German nouns are capitalised
    if not de:
        threats += [c for c in features.characters if c.lower() in _THREATS and c not in threats]
    names = [c for c in features.characters if c[:1].isupper()]
    helpers = names + (
        [] if de else [f"your {c}" for c in features.characters if c.lower() in _HELPERS]
    )
    place = features.settings[0] if features.settings and not de else None
    lang = features.language
    if threats:
        out.append(message("irt.idea_transform", lang, threat=threats[0]))
    if helpers:
        out.append(message("irt.idea_helper_named", lang, helper=helpers[0]))
    else:
        out.append(message("irt.idea_helper", lang))
    if "being chased" in features.dream_signs or "falling" in features.dream_signs:
        out.append(message("irt.idea_power_escape", lang))
    else:
        out.append(message("irt.idea_power", lang))
    if place:
        out.append(message("irt.idea_ending_place", lang, place=place))
    else:
        out.append(message("irt.idea_ending", lang))
    return out
