"""Back-dating: sessions, rehearsals and questionnaires may be recorded for an earlier day, never
for a day still to come."""

from __future__ import annotations

from datetime import date

from dreamjournal.errors import InvalidInput


def past_or_today(day: date | None, what: str, *, today: date | None = None) -> date:
    """`day` (default today), refused when it lies in the future."""
    today = today or date.today()
    day = day or today
    if day > today:
        raise InvalidInput(
            f"{what} can be dated today or earlier, not {day.isoformat()} (a day still to come)."
        )
    return day
