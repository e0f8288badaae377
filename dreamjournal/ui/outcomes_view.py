"""The Outcomes page: one client's (one vault's) IRT figures week by week, and the report.

Weeks are ISO weeks in the client's time zone (Settings().timezone, else this computer's).
Exports hold clinical facts about one person, so every download waits for a consent tick.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import altair as alt
import orjson
import pandas as pd
import streamlit as st

from dreamjournal import i18n
from dreamjournal.services import Journal
from dreamjournal.therapy.irt import NEW_DREAMS_PER_WEEK
from dreamjournal.therapy.outcomes import Outcomes, compute_outcomes
from dreamjournal.therapy.report import outcomes_report, session_report
from dreamjournal.therapy.sessions import Session, sessions
from dreamjournal.ui import state
from dreamjournal.ui.state import t

NIGHTMARE_COLOR, CALM_COLOR, MINUTES_COLOR, OVER_COLOR = "#C77DBA", "#7FD1C7", "#8E9BFF", "#E8A33D"
CONSENT = "o_consent"
SESSION_PICK = "o_session"
PERIOD = "o_period"  # (first day, last day) the outcomes report covers


def client_zone() -> tuple[tzinfo | None, str]:
    """The client's time zone from Settings (None = this computer's) and a name to show."""
    from dreamjournal.settings import get_settings

    name = get_settings().timezone
    if name:
        try:
            return ZoneInfo(name), name
        except (ZoneInfoNotFoundError, ValueError):
            st.warning(t("outcomes.bad_zone", zone=name), icon=":material/schedule:")
    local = datetime.now().astimezone().tzname() or "local"
    return None, t("outcomes.local_zone", zone=local)


def local_time(stamp: str | None, tz: tzinfo | None) -> str:
    """'2026-11-24 21:30' in the client's zone ('–' when there is none)."""
    if not stamp:
        return "–"
    return datetime.fromisoformat(stamp).astimezone(tz).strftime("%Y-%m-%d %H:%M")


def week_label(d: date) -> str:
    """'24 Nov' (a week's Monday) in the UI language."""
    return i18n.format_date(d, state.lang(), "d MMM")


def _x(labels: list[str], angle: int = 0) -> alt.X:
    return alt.X(
        "week:N", sort=labels, title=None, axis=alt.Axis(labelAngle=angle, labelOverlap="greedy")
    )


def _count_y(title: str | None = None, top: int | None = None) -> alt.Y:
    scale = alt.Scale(domain=[0, top]) if top else alt.Undefined
    return alt.Y("n:Q", title=title, scale=scale, axis=alt.Axis(tickMinStep=1, format="d"))


def _nightmare_chart(data: Outcomes, labels: list[str]) -> None:
    # Points on a line, so a week without nightmares is a visible zero, not a missing bar.
    frame = pd.DataFrame({"week": labels, "n": [w.nightmares for w in data.weeks]})
    line = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(color=NIGHTMARE_COLOR, size=60), color=NIGHTMARE_COLOR)
        .encode(x=_x(labels), y=_count_y(), tooltip=["week:N", alt.Tooltip("n:Q", title="#")])
        .properties(height=200)
    )
    st.altair_chart(line, width="stretch")


def _month_expr() -> str:
    """A Vega expression for '24 Nov' in the UI language (Vega's own names are English)."""
    months = [i18n.month_name(m, state.lang(), "abbreviated") for m in range(1, 13)]
    names = ",".join(f"'{m}'" for m in months)
    return f"utcdate(datum.value) + ' ' + [{names}][utcmonth(datum.value)]"


def _distress_chart(data: Outcomes) -> None:
    st.altair_chart(distress_chart(data), width="stretch")


def distress_chart(data: Outcomes) -> alt.LayerChart:
    """Before and after of every session and rehearsal, joined by a line (a dumbbell).

    Points sit at their time of day (several sessions on one day stand side by side); the
    axis has one label per day at most, and the tooltip gives the time.
    """
    kinds = {"session": t("outcomes.kind_session"), "rehearsal": t("outcomes.kind_rehearsal")}
    before, after = t("outcomes.before"), t("outcomes.after")
    wide: list[dict[str, object]] = []
    long: list[dict[str, object]] = []
    for p in data.distress:
        # Sessions at their own time; rehearsals (a day, no time) in the early morning.
        clock = p.time or "06:00"
        at = f"{p.day.isoformat()}T{clock}:00Z"
        label = f"{week_label(p.day)} {p.day.year}"
        wide.append({"at": at, "before": p.before, "after": p.after})
        for when, value in ((before, p.before), (after, p.after)):
            if value is not None:
                long.append(
                    {
                        "at": at,
                        "day": label,
                        "time": p.time or "",
                        "when": when,
                        "suds": value,
                        "kind": kinds[p.kind],
                    }
                )
    x = alt.X(
        "at:T",
        title=None,
        # Whole days: sessions of one day sit inside it, and its date label is drawn once.
        scale=alt.Scale(type="utc", nice="day"),
        axis=alt.Axis(
            labelExpr=_month_expr(),
            labelOverlap="greedy",
            # Ticks on day boundaries only: never the same date twice (sessions on one day).
            tickCount={"interval": "day", "step": 1},
            grid=False,
        ),
    )
    domain = alt.Scale(domain=[0, 10])
    rules = (
        alt.Chart(pd.DataFrame(wide).dropna())
        .mark_rule(color="#9AA0B8", strokeWidth=2, opacity=0.6)
        .encode(x=x, y=alt.Y("before:Q", scale=domain), y2="after:Q")
    )
    points = (
        alt.Chart(pd.DataFrame(long))
        .mark_point(filled=True, size=90, opacity=1)
        .encode(
            x=x,
            y=alt.Y("suds:Q", title="SUDS", scale=domain),
            color=alt.Color(
                "when:N",
                scale=alt.Scale(domain=[before, after], range=[NIGHTMARE_COLOR, CALM_COLOR]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            shape=alt.Shape(
                "kind:N",
                scale=alt.Scale(domain=list(kinds.values()), range=["circle", "diamond"]),
                legend=alt.Legend(title=None, orient="top", symbolFillColor="#9AA0B8"),
            ),
            tooltip=[
                alt.Tooltip("day:N", title=" "),
                alt.Tooltip("time:N", title=" "),
                alt.Tooltip("kind:N", title=" "),
                alt.Tooltip("when:N", title=" "),
                alt.Tooltip("suds:Q", title="SUDS"),
            ],
        )
    )
    chart: alt.LayerChart = (rules + points).properties(height=240)
    return chart


def _minutes_chart(data: Outcomes, labels: list[str]) -> None:
    frame = pd.DataFrame({"week": labels, "n": [w.rehearsal_minutes for w in data.weeks]})
    bars = (
        alt.Chart(frame)
        .mark_bar(color=MINUTES_COLOR, cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        .encode(x=_x(labels), y=_count_y(), tooltip=["week:N", alt.Tooltip("n:Q", title="min")])
        .properties(height=200)
    )
    st.altair_chart(bars, width="stretch")


def measures_chart(data: Outcomes) -> alt.LayerChart | None:
    """Each standard measure's total over time, with its cut-off as a dashed line."""
    from dreamjournal.therapy.measures import INSTRUMENTS

    if not data.measures:
        return None
    frame = pd.DataFrame(
        {
            "day": [m.day.isoformat() for m in data.measures],
            "total": [m.total for m in data.measures],
            "measure": [INSTRUMENTS[m.instrument].name for m in data.measures],
            "taken": [t(f"measure.occasion.{m.occasion}") for m in data.measures],
        }
    )
    top = max(i.max_total for i in INSTRUMENTS.values())
    line = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=70, color=MINUTES_COLOR), color=MINUTES_COLOR)
        .encode(
            x=alt.X("day:T", title=None, axis=alt.Axis(format="%d %b", labelOverlap="greedy")),
            y=alt.Y("total:Q", title=None, scale=alt.Scale(domain=[0, top])),
            detail="measure:N",
            tooltip=["day:T", "measure:N", "taken:N", "total:Q"],
        )
    )
    cutoffs = pd.DataFrame({"cutoff": sorted({i.cutoff for i in INSTRUMENTS.values()})})
    rule = alt.Chart(cutoffs).mark_rule(color=OVER_COLOR, strokeDash=[4, 4]).encode(y="cutoff:Q")
    chart: alt.LayerChart = (line + rule).properties(height=200)
    return chart


def _adherence_charts(data: Outcomes, labels: list[str]) -> None:
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('outcomes.days_rehearsed')}**")
        frame = pd.DataFrame({"week": labels, "n": [w.days_rehearsed for w in data.weeks]})
        bars = (
            alt.Chart(frame)
            .mark_bar(color=CALM_COLOR, cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
            .encode(x=_x(labels, -45), y=_count_y(top=7), tooltip=["week:N", "n:Q"])
            .properties(height=180)
        )
        st.altair_chart(bars, width="stretch")
    with right:
        st.markdown(f"**{t('outcomes.new_dreams')}**")
        ok, over = t("outcomes.within_limit"), t("outcomes.over_limit")
        frame = pd.DataFrame(
            {
                "week": labels,
                "n": [w.new_dreams for w in data.weeks],
                "rule": [ok if w.adherent else over for w in data.weeks],
            }
        )
        top = max(NEW_DREAMS_PER_WEEK + 1, int(frame["n"].max()))
        bars = (
            alt.Chart(frame)
            .mark_bar(cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
            .encode(
                x=_x(labels, -45),
                y=_count_y(top=top),
                color=alt.Color(
                    "rule:N",
                    scale=alt.Scale(domain=[ok, over], range=[MINUTES_COLOR, OVER_COLOR]),
                    legend=alt.Legend(title=None, orient="top"),
                ),
                tooltip=["week:N", "n:Q", "rule:N"],
            )
        )
        limit = (
            alt.Chart(pd.DataFrame({"limit": [NEW_DREAMS_PER_WEEK]}))
            .mark_rule(color=OVER_COLOR, strokeDash=[4, 4])
            .encode(y="limit:Q")
        )
        st.altair_chart((bars + limit).properties(height=180), width="stretch")


def weekly_table(data: Outcomes) -> pd.DataFrame:
    """The week-by-week figures as a table with labelled columns."""
    rows = [
        {
            t("outcomes.col_week"): w.week.isoformat(),
            t("outcomes.col_nightmares"): w.nightmares,
            t("outcomes.col_dreams"): w.dreams,
            t("outcomes.col_minutes"): w.rehearsal_minutes,
            t("outcomes.col_days"): w.days_rehearsed,
            t("outcomes.col_new"): w.new_dreams,
            t("outcomes.col_sessions"): w.sessions,
        }
        for w in data.weeks
    ]
    return pd.DataFrame(rows)


def _drop(value: float | None) -> str:
    return "–" if value is None else i18n.format_decimal(value, state.lang())


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "client"


def _session_label(s: Session, titles: dict[str, str], tz: tzinfo | None) -> str:
    return f"{local_time(s.started, tz)} · {titles.get(s.entry_id, '–')}"


def _downloads(
    label: str, stem: str, make_pdf: Callable[[], bytes], make_md: Callable[[], str], key: str
) -> None:
    consent = bool(st.session_state.get(CONSENT, False))
    with st.container(horizontal=True):
        st.download_button(
            f"{label} · PDF",
            data=make_pdf,  # built only when clicked
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            disabled=not consent,
            on_click="ignore",
            key=f"{key}_pdf",
        )
        st.download_button(
            f"{label} · Markdown",
            data=lambda: make_md().encode("utf-8"),
            file_name=f"{stem}.md",
            mime="text/markdown",
            icon=":material/description:",
            disabled=not consent,
            on_click="ignore",
            key=f"{key}_md",
        )


def _report(journal: Journal, data: Outcomes, tz: tzinfo | None) -> None:
    from dreamjournal.services.therapy import report_people

    st.subheader(t("outcomes.report"), anchor=False)
    people = report_people(journal)
    # The pseudonym from Settings; the vault's name only when none was chosen.
    client = people.pseudonym or str(st.session_state.get(state.VAULT, "")) or "client"
    lang = state.lang()
    st.caption(
        " · ".join(
            (
                t("report.client", name=client),
                t("report.clinician", name=people.clinician or t("report.not_set")),
            )
        )
    )
    today = date.today()
    first = data.weeks[0].week
    st.date_input(
        t("outcomes.period"),
        value=(first, max(first, min(today, data.weeks[-1].week + timedelta(days=6)))),
        max_value=max(today, data.weeks[-1].week + timedelta(days=6)),
        key=PERIOD,
        format="YYYY-MM-DD",
        width=300,
    )
    chosen = st.session_state.get(PERIOD)
    since, until = chosen if isinstance(chosen, tuple) and len(chosen) == 2 else (None, None)

    def period() -> Outcomes:
        return compute_outcomes(journal, tz=tz, since=since, until=until)

    st.checkbox(t("outcomes.consent"), key=CONSENT, value=False)
    st.caption(t("outcomes.not_encrypted"))
    stem = f"outcomes-{_slug(client)}-{today.isoformat()}"
    _downloads(
        t("outcomes.dl_outcomes"),
        stem,
        lambda: outcomes_report(
            journal, period(), client=client, clinician=people.clinician, tz=tz, lang=lang
        ).pdf(),
        lambda: outcomes_report(
            journal, period(), client=client, clinician=people.clinician, tz=tz, lang=lang
        ).markdown(),
        "o_dl_outcomes",
    )
    st.download_button(
        t("outcomes.dl_json"),
        data=lambda: orjson.dumps(data.to_json(), option=orjson.OPT_INDENT_2),
        file_name=f"{stem}.json",
        mime="application/json",
        icon=":material/data_object:",
        disabled=not st.session_state.get(CONSENT, False),
        on_click="ignore",
        key="o_dl_json",
    )
    done = list(reversed(sessions(journal)))
    if not done:
        st.caption(t("outcomes.no_sessions"))
        return
    titles = {e.id: e.title for e in journal.search()}
    by_id = {s.id: s for s in done}
    picked = st.selectbox(
        t("outcomes.pick_session"),
        list(by_id),
        key=SESSION_PICK,
        format_func=state.labels(by_id, lambda sid: _session_label(by_id[sid], titles, tz)),
    )
    chosen = by_id[picked or done[0].id]
    _downloads(
        t("outcomes.dl_session"),
        f"session-{_slug(client)}-{local_time(chosen.started, tz)[:10]}",
        lambda: session_report(
            journal, chosen, client=client, clinician=people.clinician, tz=tz, lang=lang
        ).pdf(),
        lambda: session_report(
            journal, chosen, client=client, clinician=people.clinician, tz=tz, lang=lang
        ).markdown(),
        "o_dl_session",
    )


def outcomes_page(journal: Journal) -> None:
    """Draw the page."""
    st.title(t("outcomes.heading"), anchor=False)
    tz, zone = client_zone()
    client = str(st.session_state.get(state.VAULT, ""))
    st.caption(t("outcomes.caption", client=_slug(client), zone=zone))
    data = compute_outcomes(journal, tz=tz)
    if not data.weeks:
        st.info(t("outcomes.empty"), icon=":material/monitoring:")
        return
    cols = st.columns(4)
    cols[0].metric(t("outcomes.sessions"), i18n.format_number(data.total_sessions, state.lang()))
    cols[1].metric(
        t("outcomes.minutes"), i18n.format_number(data.total_rehearsal_minutes, state.lang())
    )
    drop_help = t("outcomes.drop_help")
    cols[2].metric(t("outcomes.drop_sessions"), _drop(data.mean_drop_sessions), help=drop_help)
    cols[3].metric(t("outcomes.drop_rehearsals"), _drop(data.mean_drop_rehearsals), help=drop_help)
    labels = [week_label(w.week) for w in data.weeks]

    st.subheader(t("outcomes.nightmares"), anchor=False)
    _nightmare_chart(data, labels)
    st.subheader(t("outcomes.distress"), anchor=False)
    if data.distress:
        st.caption(t("outcomes.distress_help"))
        _distress_chart(data)
    else:
        st.caption(t("outcomes.no_distress"))
    st.subheader(t("outcomes.measures"), anchor=False)
    measured = measures_chart(data)
    if measured is None:
        st.caption(t("outcomes.no_measures"))
    else:
        st.caption(t("outcomes.measures_help"))
        st.altair_chart(measured, width="stretch")
    st.subheader(t("outcomes.minutes_per_week"), anchor=False)
    st.caption(t("outcomes.minutes_help"))
    _minutes_chart(data, labels)
    st.subheader(t("outcomes.adherence"), anchor=False)
    _adherence_charts(data, labels)
    if data.weeks_over_new_dream_limit:
        over = data.weeks_over_new_dream_limit
        weeks = ", ".join(week_label(w) for w in over)
        key = "outcomes.over_limit_week" if len(over) == 1 else "outcomes.over_limit_weeks"
        st.warning(
            t(key, weeks=weeks, n=NEW_DREAMS_PER_WEEK),
            icon=":material/priority_high:",
        )
    else:
        st.caption(t("outcomes.all_within", n=NEW_DREAMS_PER_WEEK))
    with st.expander(t("outcomes.table"), icon=":material/table_rows:"):
        st.dataframe(weekly_table(data), hide_index=True, width="stretch")
    st.divider()
    _report(journal, data, tz)
