"""Numbers about a journal: dreams and nightmares per week, lucid rate, top tags, dream signs.

Pure functions over `Entry` lists (no Streamlit, no I/O), so the Insights page stays thin and
the figures are testable. Dream signs come from `dreamjournal.analysis` when it is installed,
else from a plain count of words that recur across dreams.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dreamjournal.store.entry import Entry
from dreamjournal.store.search import fold

Unit = Literal["week", "month"]
SIGN_SAMPLE = 1000  # dream signs read at most this many of the newest dreams (about 0.5 s)

_WORD = re.compile(r"[^\W\d_]{4,}")
_STOPWORD_TEXT = """
    about above after again against also always another because been before being below
    between both came come could didn does doing down during each even ever every from
    further going have having here into just know like made make many more most much must
    myself never next night once only other over same several should since some something
    still such than that their them then there these they thing things this those though
    through time told took turned under until very want wanted was were what when where
    which while will with would your dream dreamed dreamt suddenly again felt feel seemed
    around back away looked look there's realized began started tried trying someone people
    aber alle allem allen aller alles also auch bevor dann darauf daran dass dein deine dem
    demnach denn dessen diese diesem diesen dieser dieses doch dort durch eine einem einen
    einer eines etwas euch habe haben hatte hatten hier hinter immer ihre ihrem ihren ihrer
    jede jedem jeden jeder jedes jetzt kann kein keine konnte machen mein meine meinem
    meinen meiner mich mir mit nach nicht noch nur oder ohne schon sehr sein seine seinem
    seinen seiner sich sie sind soll sollte traum träumte über unter viel vom von vor war
    waren warum weil wenn werden wieder wird wollte wurde wurden zum zur zwischen plötzlich
    irgendwie einfach ganz gab geht ging kam stand sah fühlte
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class PeriodStats:
    """Counts for one week (starting Monday) or one calendar month."""

    start: date
    dreams: int
    nightmares: int
    lucid: int

    @property
    def lucid_rate(self) -> float:
        """Share of lucid dreams, 0.0 when there were none."""
        return self.lucid / self.dreams if self.dreams else 0.0


@dataclass(frozen=True)
class Summary:
    """Totals over a set of dreams."""

    dreams: int
    nightmares: int
    lucid: int
    recurring: int
    mean_vividness: float

    @property
    def lucid_rate(self) -> float:
        """Share of lucid dreams."""
        return self.lucid / self.dreams if self.dreams else 0.0

    @property
    def nightmare_rate(self) -> float:
        """Share of nightmares."""
        return self.nightmares / self.dreams if self.dreams else 0.0


def week_start(d: date) -> date:
    """The Monday of `d`'s week."""
    return d - timedelta(days=d.weekday())


def month_start(d: date) -> date:
    """The first day of `d`'s month."""
    return d.replace(day=1)


def _next(start: date, unit: Unit) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def in_range(entries: Iterable[Entry], since: date | None, until: date | None) -> list[Entry]:
    """Entries dated from `since` to `until`, both inclusive (None = open)."""
    return [
        e
        for e in entries
        if (since is None or e.date >= since) and (until is None or e.date <= until)
    ]


def per_period(
    entries: Sequence[Entry],
    unit: Unit = "week",
    since: date | None = None,
    until: date | None = None,
) -> list[PeriodStats]:
    """One row per week or month from `since` (or the first dream) to `until` (or the last),
    empty periods included, so a chart shows quiet weeks as zero."""
    if not entries and (since is None or until is None):
        return []
    first = since or min(e.date for e in entries)
    last = until or max(e.date for e in entries)
    floor = week_start if unit == "week" else month_start
    dreams: Counter[date] = Counter()
    nightmares: Counter[date] = Counter()
    lucid: Counter[date] = Counter()
    for e in entries:
        if first <= e.date <= last:
            key = floor(e.date)
            dreams[key] += 1
            nightmares[key] += e.nightmare
            lucid[key] += e.lucid
    rows = []
    start = floor(first)
    while start <= last:
        rows.append(PeriodStats(start, dreams[start], nightmares[start], lucid[start]))
        start = _next(start, unit)
    return rows


def summarize(entries: Sequence[Entry]) -> Summary:
    """Totals and the mean vividness (0.0 for no dreams)."""
    n = len(entries)
    return Summary(
        dreams=n,
        nightmares=sum(e.nightmare for e in entries),
        lucid=sum(e.lucid for e in entries),
        recurring=sum(e.recurring for e in entries),
        mean_vividness=sum(e.vividness for e in entries) / n if n else 0.0,
    )


def label_counts(entries: Iterable[Entry], field: Literal["tags", "emotions"]) -> Counter[str]:
    """How many dreams carry each tag or emotion; spellings that differ only in case or
    accents count together under the first spelling seen."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for e in entries:
        seen = set()
        for label in getattr(e, field):
            name = spelled.setdefault(fold(label), label)
            if name not in seen:
                seen.add(name)
                counts[name] += 1
    return counts


def recurring_words(texts: Iterable[str], min_count: int = 2) -> list[tuple[str, int]]:
    """Words of four or more letters that recur across texts (counted once per text),
    without common English and German filler words; most frequent first."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS})
    ranked = [(w, n) for w, n in counts.items() if n >= min_count]
    return sorted(ranked, key=lambda item: (-item[1], item[0]))


def dream_signs(
    entries: Sequence[Entry],
    min_count: int = 2,
    limit: int = 15,
    memo: dict[str, dict[str, int]] | None = None,
) -> list[tuple[str, int]]:
    """Words and symbols that recur across the newest `SIGN_SAMPLE` dreams, most frequent first.

    `memo` (text -> that dream's candidate signs) keeps each dream's reading for the next call,
    so one more dream costs one reading, not a thousand. It holds what the dreams say: keep it
    where the decrypted dreams are kept (the session), never in a shared cache.
    """
    newest = sorted(entries, key=lambda e: (e.date, e.created), reverse=True)[:SIGN_SAMPLE]
    texts = [f"{e.title}\n{e.body}" for e in newest]
    try:
        from dreamjournal.analysis.features import recurring_signs, sign_labels
    except ImportError:
        return recurring_words(texts, min_count)[:limit]
    memo = {} if memo is None else memo
    if len(memo) > 2 * SIGN_SAMPLE:  # edited and deleted dreams' readings pile up: start over
        memo.clear()
    per_dream = []
    for text in texts:
        labels = memo.get(text)
        if labels is None:
            labels = memo[text] = sign_labels(text)
        per_dream.append(labels)
    return recurring_signs(per_dream, min_count)[:limit]
