"""The one way a typed date is read (the CLI's --date, --since, --until, --day, and edits).

Accepted, strictly: `YYYY-MM-DD`, `DD.MM.YYYY`, and a few words people use for a night
already past: today, yesterday, last night, N days ago; heute, gestern, vorgestern, letzte
Nacht, vor N Tagen. Anything else (month 13, day 32, 12/28/2026, "tomorrow") is refused with
one message that shows what to type. Whether a date may lie in the future is not decided here
(a search may run up to a day still to come; a dream's night may not: `therapy.days`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dreamjournal.errors import InvalidInput

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DAYS_AGO = re.compile(r"(\d{1,4}) days? ago|vor (\d{1,4}) tag(?:en)?")
_WORDS = {
    "today": 0,
    "heute": 0,
    "yesterday": 1,
    "last night": 1,
    "gestern": 1,
    "letzte nacht": 1,
    "vorgestern": 2,
}


def parse_date(value: str | date, *, today: date | None = None) -> date:
    """`value` as a date; InvalidInput (one line, what to type) when it is not one."""
    if isinstance(value, date):
        return value
    today = today or date.today()
    text = " ".join(str(value).split()).lower()
    found = _calendar_date(text)
    if found is None:
        found = _relative_date(text, today)
    if found is None:
        raise InvalidInput("error.date.not_a_date", value=str(value), today=today.isoformat())
    return found


def _calendar_date(text: str) -> date | None:
    iso, dotted = _ISO.fullmatch(text), _DOTTED.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif dotted:
        day, month, year = (int(part) for part in dotted.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # month 13, day 32, 29 February in a common year
        return None


def _relative_date(text: str, today: date) -> date | None:
    if text in _WORDS:
        return today - timedelta(days=_WORDS[text])
    ago = _DAYS_AGO.fullmatch(text)
    if ago:
        return today - timedelta(days=int(ago.group(1) or ago.group(2)))
    return None
