"""Insights: weekly and monthly counts, lucid rate, label counts, dream signs."""

from __future__ import annotations

from datetime import date

import pytest

from dreamjournal import insights
from dreamjournal.store.entry import make_entry


def _e(day: date, **fields: object):  # type: ignore[no-untyped-def]
    return make_entry({"title": "t", "date": day, **fields})


def test_weeks_start_on_monday_and_quiet_weeks_are_zero() -> None:
    entries = [
        _e(date(2025, 3, 3), nightmare=True),  # Monday
        _e(date(2025, 3, 9), lucidity=2),  # Sunday, same week
        _e(date(2025, 3, 24)),
    ]
    rows = insights.per_period(entries, "week")
    assert [r.start for r in rows] == [
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
        date(2025, 3, 24),
    ]
    assert [(r.dreams, r.nightmares, r.lucid) for r in rows] == [
        (2, 1, 1),
        (0, 0, 0),
        (0, 0, 0),
        (1, 0, 0),
    ]
    assert rows[0].lucid_rate == 0.5 and rows[1].lucid_rate == 0.0


def test_period_bounds_and_months() -> None:
    entries = [_e(date(2024, 12, 31)), _e(date(2025, 1, 15)), _e(date(2025, 2, 1))]
    rows = insights.per_period(entries, "month", since=date(2025, 1, 1), until=date(2025, 3, 31))
    assert [(r.start, r.dreams) for r in rows] == [
        (date(2025, 1, 1), 1),
        (date(2025, 2, 1), 1),
        (date(2025, 3, 1), 0),
    ]
    assert insights.per_period([], "week") == []
    assert len(insights.per_period([], "week", date(2025, 1, 6), date(2025, 1, 19))) == 2


def test_in_range_is_inclusive() -> None:
    entries = [_e(date(2025, 1, d)) for d in (1, 2, 3)]
    assert [e.date.day for e in insights.in_range(entries, date(2025, 1, 2), date(2025, 1, 3))] == [
        2,
        3,
    ]
    assert len(insights.in_range(entries, None, None)) == 3


def test_summary() -> None:
    entries = [
        _e(date(2025, 1, 1), nightmare=True, vividness=5),
        _e(date(2025, 1, 2), lucidity=1, vividness=2),
    ]
    s = insights.summarize(entries)
    assert (s.dreams, s.nightmares, s.lucid) == (2, 1, 1)
    assert s.lucid_rate == 0.5 and s.nightmare_rate == 0.5 and s.mean_vividness == 3.5
    assert insights.summarize([]).lucid_rate == 0.0


def test_label_counts_merge_case_and_accents_once_per_dream() -> None:
    entries = [
        _e(date(2025, 1, 1), tags=["Träume", "sea"]),
        _e(date(2025, 1, 2), tags=["traume"]),
        _e(date(2025, 1, 3), emotions=["fear", "Fear"]),
    ]
    assert insights.label_counts(entries, "tags") == {"Träume": 2, "sea": 1}
    assert insights.label_counts(entries, "emotions") == {"fear": 1}


def test_recurring_words_skip_filler_and_count_once_per_text() -> None:
    texts = [
        "The train left the station. Train!",
        "A train and a lighthouse",
        "lighthouse again, with them",
    ]
    assert insights.recurring_words(texts, min_count=2) == [("lighthouse", 2), ("train", 2)]


def test_dream_signs_find_what_recurs() -> None:
    entries = [
        _e(date(2025, 1, d), body=body)
        for d, body in enumerate(
            ["I was flying over the ocean.", "Flying again above the ocean", "A quiet kitchen"],
            start=1,
        )
    ]
    signs = dict(insights.dream_signs(entries, min_count=2))
    assert signs.get("ocean") == 2
    assert all(n >= 2 for n in signs.values())


def test_dream_signs_read_each_dream_once_across_calls() -> None:
    bodies = ["I was flying over the ocean.", "Flying again above the ocean", "A quiet kitchen"]
    entries = [_e(date(2025, 1, d), body=b) for d, b in enumerate(bodies, start=1)]
    memo: dict[str, dict[str, int]] = {}
    first = insights.dream_signs(entries, min_count=2, memo=memo)
    assert first == insights.dream_signs(entries, min_count=2)  # the same figures
    assert len(memo) == 3
    # One more dream: only it is read; the others' readings are taken from the memo.
    kept = {text: dict(labels) for text, labels in memo.items()}
    more = [*entries, _e(date(2025, 1, 4), body="The kitchen again, quiet as before")]
    again = insights.dream_signs(more, min_count=2, memo=memo)
    assert len(memo) == 4 and all(memo[text] == labels for text, labels in kept.items())
    assert again == insights.dream_signs(more, min_count=2)
    assert dict(again).get("quiet") == 2  # the new dream counts


@pytest.mark.parametrize("n", [0, 1])
def test_dream_signs_of_few_dreams_are_empty(n: int) -> None:
    assert insights.dream_signs([_e(date(2025, 1, 1), body="ocean")] * n, min_count=2) == []
