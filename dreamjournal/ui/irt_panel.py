"""The Imagery Rehearsal Therapy panel: the rules, ideas, the changed version, the rehearsal log.

The rules live in `therapy.irt` and are enforced there (a too-similar rescript, a third new
dream in a week, more than 20 minutes a day); this panel shows them and their messages.
"""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd
import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Entry, Journal
from dreamjournal.services import therapy as therapy_service
from dreamjournal.therapy import irt
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.suds import suds_picker
from dreamjournal.ui.text import md_escape

ERROR = "v_irt_error"  # + "_rescript" or "_log": shown next to the form that caused it
NOTICE = "v_irt_notice"
OPEN_TAB = "v_open_tab"  # a tab to open on the next run of the Visualize page
BEFORE_COLOR, AFTER_COLOR = "#C77DBA", "#7FD1C7"


def today() -> date:
    """The day rehearsals are logged for (a seam for tests)."""
    return date.today()


def _rescript_key(entry_id: str) -> str:
    return f"v_rescript_{entry_id}"


def _save_rescript(journal: Journal, entry_id: str) -> None:
    text = str(st.session_state.get(_rescript_key(entry_id)) or "")
    try:
        therapy_service.rescript(journal, entry_id, text, today=today())
    except DreamJournalError as exc:
        st.session_state[f"{ERROR}_rescript"] = state.error_text(exc)
        return
    state.bump_revision()
    st.session_state[state.NOTICE] = "irt.saved"  # shown at the top of the page
    st.session_state[OPEN_TAB] = "irt"  # the tabs appear now: open the one they worked in


def _log(journal: Journal, entry_id: str) -> None:
    ss = st.session_state
    before, after = ss.get("v_reh_before"), ss.get("v_reh_after")
    if before is None or after is None:  # ratings start unset: never record one not given
        ss[f"{ERROR}_log"] = t("irt.choose_ratings")
        return
    day = ss.get("v_reh_day")
    try:
        therapy_service.rehearse(
            journal,
            entry_id,
            minutes=int(ss.get("v_reh_minutes", 10)),
            distress_before=int(before),
            distress_after=int(after),
            day=day if isinstance(day, date) else today(),
        )
    except DreamJournalError as exc:
        ss[f"{ERROR}_log"] = state.error_text(exc)
        return
    ss["v_reh_before"] = ss["v_reh_after"] = None  # the next rehearsal is rated afresh
    ss[f"{NOTICE}_log"] = "irt.logged"


def _messages(where: str) -> None:
    error = st.session_state.pop(f"{ERROR}_{where}", None)
    if error:
        st.error(error, icon=":material/error:")
    notice = st.session_state.pop(f"{NOTICE}_{where}", None)
    if notice:
        st.success(t(notice), icon=":material/check_circle:")


def _rules() -> None:
    rules = irt.rules(state.lang())
    st.markdown("\n".join(f"{i}. {rule}" for i, rule in enumerate(rules, 1)))


def _rescript_editor(journal: Journal, entry: Entry) -> None:
    from dreamjournal.analysis import analyze

    key = _rescript_key(entry.id)
    if key not in st.session_state:
        st.session_state[key] = entry.rescript or ""
    if not entry.rescript:
        with st.expander(t("irt.original"), icon=":material/visibility:"):
            st.text(entry.body or t("detail.no_text"), width="stretch")
    ideas = irt.suggest_rescripts(analyze(entry.body or entry.title))
    st.markdown(f"**{t('irt.ideas')}**")
    st.markdown("\n".join(f"- {md_escape(idea)}" for idea in ideas))
    _messages("rescript")
    st.text_area(
        t("irt.rescript"),
        key=key,
        height=160,
        placeholder=t("irt.rescript_ph"),
        max_chars=20_000,
    )
    st.button(
        t("irt.save" if not entry.rescript else "irt.save_again"),
        type="primary" if not entry.rescript else "secondary",
        icon=":material/auto_fix_high:",
        on_click=_save_rescript,
        args=(journal, entry.id),
        key="v_irt_save",
    )


def _today_minutes(journal: Journal) -> None:
    low, high = irt.DAILY_MINUTES
    done = irt.minutes_on(journal, today())
    st.progress(min(1.0, done / high), text=t("irt.today", done=done, low=low, high=high))
    if done >= high:
        st.info(t("irt.enough", high=high), icon=":material/bedtime:")
    elif done < low:
        st.caption(t("irt.aim", low=low - done))


def _log_form(journal: Journal, entry: Entry) -> None:
    done = irt.minutes_on(journal, today())
    room = max(1, irt.DAILY_MINUTES[1] - done)
    with st.form("v_rehearse", border=True):
        with st.container(horizontal=True, gap="large"):
            st.number_input(
                t("irt.minutes"),
                min_value=1,
                max_value=60,
                value=min(10, room),
                key="v_reh_minutes",
                width=200,
            )
            st.date_input(
                t("irt.day"),
                value=today(),
                max_value=today(),
                key="v_reh_day",
                format="YYYY-MM-DD",
                width=200,
            )
        suds_picker(t("irt.before"), "v_reh_before", t("irt.suds_help"))
        suds_picker(t("irt.after"), "v_reh_after", t("irt.suds_help"))
        st.form_submit_button(
            t("irt.log"), icon=":material/add_task:", on_click=_log, args=(journal, entry.id)
        )


def _history(journal: Journal, entry: Entry) -> None:
    past = irt.rehearsals(journal, entry.id)
    if not past:
        st.caption(t("irt.none_yet"))
        return
    before, after = t("irt.col.before"), t("irt.col.after")
    frame = pd.DataFrame(
        {
            t("irt.col.day"): [r.day for r in past],
            t("irt.col.minutes"): [r.minutes for r in past],
            before: [r.distress_before for r in past],
            after: [r.distress_after for r in past],
        }
    )
    if len(past) >= 2:
        long = pd.DataFrame(
            [
                {"n": i + 1, "when": label, "distress": score}
                for i, r in enumerate(past)
                for label, score in ((before, r.distress_before), (after, r.distress_after))
            ]
        )
        chart = (
            alt.Chart(long)
            .mark_line(point=True, strokeWidth=2)
            .encode(
                x=alt.X("n:O", title=t("irt.col.session"), axis=alt.Axis(labelAngle=0)),
                y=alt.Y("distress:Q", title=t("irt.col.distress"), scale=alt.Scale(domain=[0, 10])),
                color=alt.Color(
                    "when:N",
                    title=None,
                    scale=alt.Scale(domain=[before, after], range=[BEFORE_COLOR, AFTER_COLOR]),
                    legend=alt.Legend(orient="right"),
                ),
            )
        )
        # A fixed height: the chart is often drawn inside a tab that is not shown yet.
        st.altair_chart(chart, width="stretch", height=260)
    st.dataframe(frame.iloc[::-1], hide_index=True, width="stretch")


def _not_calmer(entry: Entry) -> None:
    if entry.rescript_calmer is not False:
        return
    from dreamjournal.therapy.irt import rescript_verdict

    reasons = rescript_verdict(entry.body, entry.rescript or "").reasons
    why = ", ".join(t(f"irt.why_{r}") for r in reasons) or t("irt.why_not_less_distressing")
    st.warning(t("irt.not_calmer", why=why), icon=":material/sentiment_neutral:")


def irt_panel(journal: Journal, entry: Entry) -> None:
    """Rules, ideas and the changed version; once it is written, the rehearsal log first."""
    st.markdown(f"#### {t('irt.title')}", anchors=False)
    _rules()
    if not entry.rescript:
        _rescript_editor(journal, entry)
        return
    _not_calmer(entry)
    st.markdown(f"##### {t('irt.rehearse')}", anchors=False)
    st.caption(t("irt.rehearse_help"))
    _today_minutes(journal)
    _messages("log")
    _log_form(journal, entry)
    _history(journal, entry)
    st.space("small")
    with st.expander(t("irt.edit"), icon=":material/edit:", key="v_irt_edit"):
        _rescript_editor(journal, entry)
