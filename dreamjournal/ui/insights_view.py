"""The Insights page: totals, dreams and nightmares over time, lucid rate, labels, dream signs.

Figures are computed once per (period, change counter, day) and kept in this session's
state only; reruns that change nothing (a resize, another widget) do not recompute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from dreamjournal import insights
from dreamjournal.store.journal import Journal
from dreamjournal.ui import state
from dreamjournal.ui.state import t

PERIODS: dict[str, int | None] = {"12w": 84, "1y": 365, "all": None}
CACHE = "i_cache"
PERIOD = "i_period"
DREAMS_COLOR, NIGHTMARE_COLOR, LUCID_COLOR = "#8E9BFF", "#C77DBA", "#7FD1C7"


@dataclass(frozen=True)
class Overview:
    """Everything the page draws for one period."""

    summary: insights.Summary
    periods: list[insights.PeriodStats]
    unit: insights.Unit
    tags: list[tuple[str, int]]
    emotions: list[tuple[str, int]]
    signs: list[tuple[str, int]]


def overview(journal: Journal, period: str, today: date) -> Overview:
    """Compute the figures for the last `period` (see PERIODS) up to `today`."""
    days = PERIODS[period]
    since = None if days is None else today - timedelta(days=days - 1)
    entries = insights.in_range(journal.list(), since, today)
    unit: insights.Unit = "week" if days is not None else "month"
    return Overview(
        summary=insights.summarize(entries),
        periods=insights.per_period(entries, unit, since, today if since else None),
        unit=unit,
        tags=insights.label_counts(entries, "tags").most_common(10),
        emotions=insights.label_counts(entries, "emotions").most_common(10),
        signs=insights.dream_signs(entries, min_count=2, limit=12),
    )


def _cached(journal: Journal, period: str) -> Overview:
    today = date.today()
    key = (period, state.revision(), today, len(journal))
    hit = st.session_state.get(CACHE)
    if hit is not None and hit[0] == key:
        result: Overview = hit[1]
        return result
    result = overview(journal, period, today)
    st.session_state[CACHE] = (key, result)
    return result


def _label_chart(pairs: list[tuple[str, int]], color: str) -> None:
    frame = pd.DataFrame({"label": [p[0] for p in pairs], t("insights.dreams"): [p[1] for p in pairs]})
    st.bar_chart(
        frame,
        x="label",
        y=t("insights.dreams"),
        horizontal=True,
        color=color,
        x_label="",
        y_label="",
        sort=f"-{t('insights.dreams')}",
        height=max(160, 34 * len(pairs)),
    )


def insights_page(journal: Journal) -> None:
    """Draw the page."""
    st.title(t("insights.heading"), anchor=False)
    st.session_state.setdefault(PERIOD, "12w")
    period = st.segmented_control(
        t("insights.period"),
        list(PERIODS),
        key=PERIOD,
        required=True,
        format_func=lambda p: t(f"insights.period_{p}"),
        label_visibility="collapsed",
    )
    data = _cached(journal, period or "12w")
    s = data.summary
    if s.dreams == 0:
        st.info(t("insights.empty"), icon=":material/bedtime:")
        return
    cols = st.columns(4)
    cols[0].metric(t("insights.dreams"), f"{s.dreams:,}")
    cols[1].metric(t("insights.nightmares"), f"{s.nightmares:,}")
    cols[2].metric(t("insights.lucid_rate"), f"{s.lucid_rate:.0%}")
    cols[3].metric(t("insights.vividness"), f"{s.mean_vividness:.1f} / 5")

    per = t("insights.per_week" if data.unit == "week" else "insights.per_month")
    st.subheader(t("insights.over_time", per=per), anchor=False)
    frame = pd.DataFrame(
        {
            "start": [p.start for p in data.periods],
            t("insights.other_dreams"): [p.dreams - p.nightmares for p in data.periods],
            t("insights.nightmares"): [p.nightmares for p in data.periods],
        }
    )
    st.bar_chart(
        frame, x="start", x_label="", y_label="", color=[DREAMS_COLOR, NIGHTMARE_COLOR], height=240
    )
    st.subheader(t("insights.lucid_over_time", per=per), anchor=False)
    rate = pd.DataFrame(
        {
            "start": [p.start for p in data.periods],
            t("insights.lucid_rate"): [round(100 * p.lucid_rate) for p in data.periods],
        }
    )
    st.line_chart(rate, x="start", x_label="", y_label="%", color=LUCID_COLOR, height=200)

    left, right = st.columns(2)
    with left:
        st.subheader(t("insights.top_tags"), anchor=False)
        if data.tags:
            _label_chart(data.tags, DREAMS_COLOR)
        else:
            st.caption(t("insights.no_tags"))
    with right:
        st.subheader(t("insights.top_emotions"), anchor=False)
        if data.emotions:
            _label_chart(data.emotions, NIGHTMARE_COLOR)
        else:
            st.caption(t("insights.no_emotions"))
    st.subheader(t("insights.signs"), anchor=False)
    st.caption(t("insights.signs_help", n=insights.SIGN_SAMPLE))
    if data.signs:
        _label_chart(data.signs, LUCID_COLOR)
    else:
        st.caption(t("insights.no_signs"))
