"""Nothing is dated in the future: a dream's night, and sessions, rehearsals and questionnaires
recorded for an earlier day may be today or earlier, never a day still to come.

`local_today` is the person's local date, the one clock these checks read (tests replace it).
"""

from __future__ import annotations

from datetime import date

from dreamjournal.errors import InvalidInput


def local_today() -> date:
    """Today on this computer's calendar (the person's local date)."""
    return date.today()


def past_or_today(day: date | None, message_id: str, *, today: date | None = None) -> date:
    """`day` (default today); InvalidInput(`message_id`, day=...) when it lies in the future."""
    today = today or local_today()
    day = day or today
    if day > today:
        raise InvalidInput(message_id, day=day.isoformat())
    return day
