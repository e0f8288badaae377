"""Outcomes for one client (one vault), week by week, in the client's time zone.

Weeks are ISO weeks (Monday first) of local dates: a session at 23:30 on a Sunday in Berlin
belongs to that week even though it is already Monday in UTC. Weeks with nothing in them
are listed with zeros, so a chart shows the quiet weeks too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, tzinfo
from statistics import mean
from typing import Any

from pydantic import BaseModel

from dreamjournal.store.journal import Journal
from dreamjournal.therapy.irt import NEW_DREAMS_PER_WEEK, rehearsals
from dreamjournal.therapy.measures import measures
from dreamjournal.therapy.sessions import sessions


def week_start(day: date) -> date:
    """Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def local_day(stamp: str, tz: tzinfo | None) -> date:
    """The client's calendar day of a UTC ISO timestamp (system zone when tz is None)."""
    return datetime.fromisoformat(stamp).astimezone(tz).date()


class Week(BaseModel):
    """One week's figures."""

    week: date
    dreams: int = 0
    nightmares: int = 0
    rehearsal_minutes: int = 0
    days_rehearsed: int = 0
    new_dreams: int = 0
    sessions: int = 0

    @property
    def adherent(self) -> bool:
        """At most two new dreams started this week."""
        return self.new_dreams <= NEW_DREAMS_PER_WEEK


class DistressPoint(BaseModel):
    """Distress before and after one session or rehearsal."""

    kind: str  # "session" | "rehearsal"
    day: date
    entry_id: str
    before: int
    after: int | None
    time: str | None = None  # "HH:MM" in the client's zone (sessions; rehearsals have a day)


class MeasurePoint(BaseModel):
    """One filled-in standard measure (see therapy.measures): its total and the cut-off verdict."""

    instrument: str
    day: date
    occasion: str
    total: float
    clinical: bool


class Outcomes(BaseModel):
    """Everything the outcomes page, `dreamjournal outcomes` and the report show."""

    weeks: list[Week]
    distress: list[DistressPoint]
    measures: list[MeasurePoint] = []
    total_sessions: int
    total_rehearsal_minutes: int
    mean_drop_sessions: float | None
    mean_drop_rehearsals: float | None
    weeks_over_new_dream_limit: list[date]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data (dates as ISO strings)."""
        return self.model_dump(mode="json")


def _weeks_between(first: date, last: date) -> list[date]:
    out, w = [], week_start(first)
    while w <= last:
        out.append(w)
        w += timedelta(days=7)
    return out


def compute_outcomes(
    journal: Journal,
    *,
    tz: tzinfo | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Outcomes:
    """Weekly nightmares, rehearsal minutes, adherence and distress for this vault."""
    entries = journal.search(since=since, until=until)
    reh = [
        r
        for r in rehearsals(journal)
        if (not since or r.day >= since) and (not until or r.day <= until)
    ]
    sess = [
        s
        for s in sessions(journal)
        if (not since or local_day(s.started, tz) >= since)
        and (not until or local_day(s.started, tz) <= until)
    ]
    taken = [
        m
        for m in measures(journal)
        if (not since or m.day >= since) and (not until or m.day <= until)
    ]
    days: list[date] = [e.date for e in entries] + [r.day for r in reh]
    days += [local_day(s.started, tz) for s in sess] + [m.day for m in taken]
    started = [
        date.fromisoformat(e.rescript_started) for e in journal.search() if e.rescript_started
    ]
    days += [d for d in started if (not since or d >= since) and (not until or d <= until)]
    if not days:
        return Outcomes(
            weeks=[],
            distress=[],
            total_sessions=0,
            total_rehearsal_minutes=0,
            mean_drop_sessions=None,
            mean_drop_rehearsals=None,
            weeks_over_new_dream_limit=[],
        )
    weeks = {w: Week(week=w) for w in _weeks_between(since or min(days), until or max(days))}
    for e in entries:
        wk = weeks[week_start(e.date)]
        wk.dreams += 1
        wk.nightmares += int(e.nightmare)
    rehearsed_days: dict[date, set[date]] = defaultdict(set)
    for r in reh:
        weeks[week_start(r.day)].rehearsal_minutes += r.minutes
        rehearsed_days[week_start(r.day)].add(r.day)
    for w, ds in rehearsed_days.items():
        weeks[w].days_rehearsed = len(ds)
    for w, n in Counter(week_start(d) for d in started if week_start(d) in weeks).items():
        weeks[w].new_dreams = n
    for s in sess:
        weeks[week_start(local_day(s.started, tz))].sessions += 1
    distress = [
        DistressPoint(
            kind="session",
            day=local_day(s.started, tz),
            time=datetime.fromisoformat(s.started).astimezone(tz).strftime("%H:%M"),
            entry_id=s.entry_id,
            before=s.suds_before,
            after=s.suds_after,
        )
        for s in sess
    ]
    distress += [
        DistressPoint(
            kind="rehearsal",
            day=r.day,
            entry_id=r.entry_id,
            before=r.distress_before,
            after=r.distress_after,
        )
        for r in reh
    ]
    distress.sort(key=lambda p: (p.day, p.kind))
    ended = [s.suds_before - s.suds_after for s in sess if s.suds_after is not None]
    ordered = [weeks[w] for w in sorted(weeks)]
    return Outcomes(
        weeks=ordered,
        distress=distress,
        total_sessions=len(sess),
        total_rehearsal_minutes=sum(r.minutes for r in reh),
        mean_drop_sessions=round(mean(ended), 2) if ended else None,
        mean_drop_rehearsals=round(mean(r.distress_before - r.distress_after for r in reh), 2)
        if reh
        else None,
        weeks_over_new_dream_limit=[w.week for w in ordered if not w.adherent],
        measures=[
            MeasurePoint(
                instrument=m.instrument,
                day=m.day,
                occasion=m.occasion,
                total=m.total,
                clinical=m.clinical,
            )
            for m in taken
        ],
    )
