"""The Insights page: totals, dreams and nightmares over time, lucid rate, labels, dream signs.

Figures are computed once per (period, change counter, day) and kept in this session's
state only; reruns that change nothing (a resize, another widget) do not recompute. After a
new dream only that dream is read for dream signs: each dream's reading is kept (per session).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from dreamjournal import i18n, insights
from dreamjournal.services import Journal
from dreamjournal.ui import state
from dreamjournal.ui.state import t

PERIODS: dict[str, int | None] = {"12w": 84, "1y": 365, "all": None}
CACHE = "i_cache"
SIGNS = "i_signs"  # text -> its candidate dream signs: one more dream, one more reading
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


def overview(
    journal: Journal, period: str, today: date, signs: dict[str, dict[str, int]] | None = None
) -> Overview:
    """Compute the figures for the last `period` (see PERIODS) up to `today`.

    `signs` carries each dream's reading from the last call (see `insights.dream_signs`).
    """
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
        signs=insights.dream_signs(entries, min_count=2, limit=12, memo=signs),
    )


def _cached(journal: Journal, period: str) -> Overview:
    today = date.today()
    version = (state.revision(), today, len(journal))
    cache = st.session_state.get(CACHE)
    if not isinstance(cache, dict) or cache.get("version") != version:
        cache = {"version": version}  # entries changed: drop every period's figures
        st.session_state[CACHE] = cache
    if period not in cache:
        # Per session only (a lock deletes it): it is read from the decrypted dreams.
        signs = st.session_state.setdefault(SIGNS, {})
        cache[period] = overview(journal, period, today, signs)
    result: Overview = cache[period]
    return result


def _axis_label(d: date, unit: insights.Unit) -> str:
    form = "d MMM" if unit == "week" else "MMM y"
    return i18n.format_date(d, state.lang(), form)


def _label_chart(pairs: list[tuple[str, int]], color: str) -> None:
    """Horizontal bars, most frequent on top (labels are people's words: drawn as SVG text)."""
    frame = pd.DataFrame({"label": [p[0] for p in pairs], "n": [p[1] for p in pairs]})
    chart = (
        alt.Chart(frame)
        .mark_bar(color=color, cornerRadiusEnd=4, height={"band": 0.7})
        .encode(
            x=alt.X("n:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("label:N", title=None, sort="-x"),
            tooltip=[
                alt.Tooltip("label:N", title=" "),
                alt.Tooltip("n:Q", title=t("insights.dreams")),
            ],
        )
        .properties(height=max(120, 30 * len(pairs)))
    )
    st.altair_chart(chart, width="stretch")


def _time_charts(data: Overview) -> None:
    labels = [_axis_label(p.start, data.unit) for p in data.periods]
    dreams, nightmares = t("insights.other_dreams"), t("insights.nightmares")
    rows = []
    for label, p in zip(labels, data.periods, strict=True):
        rows.append({"period": label, "kind": dreams, "n": p.dreams - p.nightmares})
        rows.append({"period": label, "kind": nightmares, "n": p.nightmares})
    bars = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar(cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        .encode(
            x=alt.X(
                "period:N",
                sort=labels,
                title=None,
                axis=alt.Axis(labelAngle=0, labelOverlap="greedy"),
            ),
            y=alt.Y("sum(n):Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=[dreams, nightmares], range=[DREAMS_COLOR, NIGHTMARE_COLOR]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            order=alt.Order("kind:N", sort="descending"),
            tooltip=["period:N", "kind:N", "n:Q"],
        )
        .properties(height=230)
    )
    st.altair_chart(bars, width="stretch")
    per = t("insights.per_week" if data.unit == "week" else "insights.per_month")
    st.subheader(t("insights.lucid_over_time", per=per), anchor=False)
    # Periods without dreams have no rate: they are left out rather than drawn as 0 %.
    rate = pd.DataFrame(
        [
            {"period": label, "rate": round(100 * p.lucid_rate)}
            for label, p in zip(labels, data.periods, strict=True)
            if p.dreams
        ]
    )
    line = (
        alt.Chart(rate)
        .mark_line(point=alt.OverlayMarkDef(color=LUCID_COLOR), color=LUCID_COLOR)
        .encode(
            x=alt.X(
                "period:N",
                sort=labels,
                title=None,
                axis=alt.Axis(labelAngle=0, labelOverlap="greedy"),
            ),
            y=alt.Y("rate:Q", title="%", scale=alt.Scale(domain=[0, 100])),
            tooltip=["period:N", alt.Tooltip("rate:Q", title="%")],
        )
        .properties(height=180)
    )
    st.altair_chart(line, width="stretch")


def insights_page(journal: Journal) -> None:
    """Draw the page."""
    st.title(t("insights.heading"), anchor=False)
    st.session_state.setdefault(PERIOD, "12w")
    period = st.segmented_control(
        t("insights.period"),
        list(PERIODS),
        key=PERIOD,
        required=True,
        format_func=state.labels(PERIODS, lambda p: t(f"insights.period_{p}")),
        label_visibility="collapsed",
    )
    data = _cached(journal, period or "12w")
    s = data.summary
    if s.dreams == 0:
        st.info(t("insights.empty"), icon=":material/bedtime:")
        return
    cols = st.columns(4)
    cols[0].metric(t("insights.dreams"), i18n.format_number(s.dreams, state.lang()))
    cols[1].metric(t("insights.nightmares"), i18n.format_number(s.nightmares, state.lang()))
    cols[2].metric(t("insights.lucid_rate"), i18n.format_percent(s.lucid_rate, state.lang()))
    cols[3].metric(
        t("insights.vividness"), f"{i18n.format_decimal(s.mean_vividness, state.lang())} / 5"
    )

    per = t("insights.per_week" if data.unit == "week" else "insights.per_month")
    st.subheader(t("insights.over_time", per=per), anchor=False)
    _time_charts(data)
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
    st.caption(t("insights.signs_help", n=i18n.format_number(insights.SIGN_SAMPLE, state.lang())))
    if data.signs:
        signs = [(i18n.analysis_label("sign", n, state.lang()), c) for n, c in data.signs]
        _label_chart(signs, LUCID_COLOR)
    else:
        st.caption(t("insights.no_signs"))
