"""Standard measures: validated questionnaires a client fills in at intake and then weekly.

One instrument so far, the **Disturbing Dreams and Nightmare Severity Index** (DDNSI; Krakow et
al., used in Krakow's Imagery Rehearsal trials and in Krakow, SLEEP 2006;29(10):1313-1319). It
asks about both nightmare frequency and nightmare distress in five questions, which suits a
weekly check in an IRT course. Its items and anchors are published, but no licence for
reproducing their wording was found, so the app shows short paraphrased labels (i18n keys
`measure.ddnsi.*`), never the original item text. The scoring rule, as published:

- nights with nightmares per week, 0-7;
- nightmares per week, 0-14 (more counts as 14);
- severity of the nightmare problem, 0-6;
- intensity of the nightmares, 0-6;
- how often nightmares wake the person, 0-4 (never ... always).

The total is the sum (0-37); a total of 10 or more marks a clinically significant nightmare
problem. Frequencies given per month are converted to per week by dividing by 4.3 (weeks in
a month, rounded as clinicians do; our choice where the published summary gives no factor),
and the total is kept to one decimal.

Each filled-in questionnaire is one sealed record in the vault's `measure` table: the
instrument, the day it was about, when it was taken (intake, session, weekly), the answers
as given and the score computed here, so a chart never re-derives old scores differently.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from dreamjournal.errors import InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.days import past_or_today

OCCASIONS = ("intake", "session", "weekly")
PERIODS = {"week": 1.0, "month": 4.3}  # divide a count given per <period> by this for a week


@dataclass(frozen=True)
class Item:
    """One question: its answer key, its label's i18n key, and the whole numbers it accepts."""

    key: str
    low: int
    high: int
    anchors: str  # i18n key of the scale's end labels ("0 = never · 4 = always")
    counted: bool = False  # a count of nights or nightmares, given per week or per month
    cap: int | None = None  # counts above this score as this (DDNSI nightmares per week: 14)

    @property
    def label(self) -> str:
        """i18n key of the short paraphrased label."""
        return f"measure.{self.key}"


@dataclass(frozen=True)
class Score:
    """A scored questionnaire: the total, the points per item, and whether it passes the cut-off."""

    total: float
    points: dict[str, float]
    clinical: bool


@dataclass(frozen=True)
class Instrument:
    """A validated questionnaire: items, scoring, range and cut-off."""

    id: str
    name: str
    source: str
    items: tuple[Item, ...]
    max_total: float
    cutoff: float
    score: Callable[[Mapping[str, Any]], Score]


def _count(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InvalidInput("error.measures.count", name=name)
    return float(value)


def _scale(value: Any, item: Item, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not item.low <= value <= item.high:
        raise InvalidInput("error.measures.scale", name=name, low=item.low, high=item.high)
    return value


def _ddnsi_score(answers: Mapping[str, Any]) -> Score:
    period = answers.get("period", "week")
    if period not in PERIODS:
        raise InvalidInput("error.measures.period")
    per_week = PERIODS[period]
    points: dict[str, float] = {}
    for item in DDNSI.items:
        name = item.key.split(".")[-1]
        if name not in answers or answers[name] is None:
            raise InvalidInput("error.measures.ddnsi_open", name=repr(name))
        if item.counted:
            weekly = _count(answers[name], name) / per_week
            points[name] = min(weekly, float(item.cap if item.cap is not None else item.high))
        else:
            points[name] = float(_scale(answers[name], item, name))
    if points["nightmares"] < points["nights"]:
        raise InvalidInput("error.measures.fewer_nightmares")
    total = round(sum(points.values()), 1)
    return Score(total, {k: round(v, 2) for k, v in points.items()}, total >= DDNSI.cutoff)


DDNSI = Instrument(
    id="ddnsi",
    name="DDNSI",
    source="Disturbing Dreams and Nightmare Severity Index (Krakow et al.; SLEEP 2006;29:1313)",
    items=(
        Item("ddnsi.nights", 0, 7, "measure.anchor.nights", counted=True),
        Item("ddnsi.nightmares", 0, 14, "measure.anchor.nightmares", counted=True, cap=14),
        Item("ddnsi.severity", 0, 6, "measure.anchor.severity"),
        Item("ddnsi.intensity", 0, 6, "measure.anchor.intensity"),
        Item("ddnsi.awakenings", 0, 4, "measure.anchor.awakenings"),
    ),
    max_total=37,
    cutoff=10,
    score=_ddnsi_score,
)
INSTRUMENTS: dict[str, Instrument] = {DDNSI.id: DDNSI}


def instrument(instrument_id: str) -> Instrument:
    """An instrument by id, or a clear error."""
    found = INSTRUMENTS.get(instrument_id.strip().lower())
    if found is None:
        names = ", ".join(sorted(INSTRUMENTS))
        raise InvalidInput("error.measures.unknown", name=repr(instrument_id), names=names)
    return found


@dataclass(frozen=True)
class Measure:
    """One filled-in questionnaire, as stored."""

    id: str
    instrument: str
    day: date
    occasion: str
    answers: dict[str, Any]
    total: float
    clinical: bool
    created: str
    session_id: str | None = None

    @classmethod
    def from_record(cls, record_id: str, r: dict[str, Any]) -> Measure:
        """From a decrypted measure record."""
        return cls(
            record_id,
            r["instrument"],
            date.fromisoformat(r["day"]),
            r["occasion"],
            dict(r["answers"]),
            float(r["total"]),
            bool(r["clinical"]),
            r["created"],
            r.get("session_id"),
        )


def record_measure(
    journal: Journal,
    instrument_id: str,
    answers: Mapping[str, Any],
    *,
    occasion: str = "weekly",
    day: date | None = None,
    session_id: str | None = None,
    today: date | None = None,
) -> Measure:
    """Score the answers as the instrument's authors specify and seal them into the vault."""
    inst = instrument(instrument_id)
    if occasion not in OCCASIONS:
        raise InvalidInput(
            "error.measures.occasion", occasions=", ".join(OCCASIONS), occasion=repr(occasion)
        )
    day = past_or_today(day, "error.day.measure_future", today=today)
    score = inst.score(answers)
    record = {
        "instrument": inst.id,
        "day": day.isoformat(),
        "occasion": occasion,
        "answers": dict(answers),
        "total": score.total,
        "clinical": score.clinical,
        "created": datetime.now(UTC).isoformat(),
        "session_id": session_id,
    }
    record_id = uuid.uuid4().hex
    journal.put_record("measure", record_id, record)
    return Measure.from_record(record_id, record)


def measures(journal: Journal, instrument_id: str | None = None) -> list[Measure]:
    """Filled-in questionnaires, oldest first (optionally of one instrument)."""
    items = [Measure.from_record(i, r) for i, r in journal.records("measure").items()]
    if instrument_id is not None:
        items = [m for m in items if m.instrument == instrument_id]
    return sorted(items, key=lambda m: (m.day, m.created))


def session_measures(journal: Journal, session_id: str) -> list[Measure]:
    """The questionnaires filled in during one session, oldest first."""
    return [m for m in measures(journal) if m.session_id == session_id]
