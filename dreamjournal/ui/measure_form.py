"""The DDNSI questionnaire on the Session page: every answer starts empty and must be given.

Scoring and storage are in `therapy.measures` (through `services.therapy.record_measure`); this
form shows the paraphrased item labels, collects the answers and says what is still open.
Filled in during a running session, it is that session's questionnaire: taken "in session", on
the session's day, and linked to it (the session's row and its report show it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Journal
from dreamjournal.services.therapy import record_measure
from dreamjournal.therapy.measures import DDNSI, OCCASIONS, PERIODS, measures
from dreamjournal.ui import state
from dreamjournal.ui.state import t

PREFIX = "m_"  # widget keys: m_occasion, m_day, m_period, m_nights, ...
RESULT = "m_result"


def _key(name: str) -> str:
    return f"{PREFIX}{name}"


def _item_name(key: str) -> str:
    return key.split(".")[-1]


@dataclass(frozen=True)
class DuringSession:
    """The running session a questionnaire is filled in during."""

    session_id: str
    day: date


def _save(journal: Journal, during: DuringSession | None) -> None:
    ss = st.session_state
    answers: dict[str, Any] = {"period": ss.get(_key("period")) or "week"}
    missing = []
    for item in DDNSI.items:
        name = _item_name(item.key)
        value = ss.get(_key(name))
        if value is None:
            missing.append(t(item.label))
        else:
            answers[name] = int(value)
    if missing:
        ss[RESULT] = ("error", t("measure.answer_all", missing=", ".join(missing)))
        return
    day = ss.get(_key("day"))
    occasion = str(ss.get(_key("occasion")) or "weekly")
    try:
        taken = record_measure(
            journal,
            DDNSI.id,
            answers,
            occasion="session" if during else occasion,
            day=during.day if during else day if isinstance(day, date) else None,
            session_id=during.session_id if during else None,
        )
    except DreamJournalError as exc:
        ss[RESULT] = ("error", state.error_text(exc))
        return
    verdict = "measure.clinical" if taken.clinical else "measure.below"
    text = t("measure.saved", total=f"{taken.total:g}", max=f"{DDNSI.max_total:g}")
    ss[RESULT] = ("success", f"{text} {t(verdict, cutoff=f'{DDNSI.cutoff:g}')}")
    for item in DDNSI.items:  # a saved questionnaire leaves an empty one for next time
        ss[_key(_item_name(item.key))] = None
    if taken.occasion == "intake":
        ss[_key("occasion")] = "weekly"  # after intake, the next one is a weekly check


def _history(journal: Journal) -> None:
    taken = measures(journal, DDNSI.id)
    if not taken:
        return
    st.markdown(f"**{t('measure.history')}**")
    frame = pd.DataFrame(
        {
            t("report.col_day"): [m.day.isoformat() for m in reversed(taken)],
            t("report.col_occasion"): [
                t(f"measure.occasion.{m.occasion}") for m in reversed(taken)
            ],
            t("report.col_total"): [m.total for m in reversed(taken)],
            t("report.col_clinical"): [
                t("report.yes") if m.clinical else t("report.no") for m in reversed(taken)
            ],
        }
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def _when() -> None:
    """Occasion and day, for a questionnaire filled in outside a session."""
    with st.container(horizontal=True, gap="large"):
        st.segmented_control(
            t("measure.occasion"),
            list(OCCASIONS),
            key=_key("occasion"),
            required=True,
            format_func=lambda o: t(f"measure.occasion.{o}"),
        )
        today = date.today()
        st.date_input(
            t("measure.day"),
            value=today,
            max_value=today,
            key=_key("day"),
            format="YYYY-MM-DD",
            width=200,
        )


def measure_form(journal: Journal, during: DuringSession | None = None) -> None:
    """The questionnaire: when, what occasion (a running session fixes both), five questions."""
    st.subheader(t("measure.heading"), anchor=False)
    st.caption(t("measure.intro_session") if during else t("measure.intro"))
    ss = st.session_state
    first = not measures(journal, DDNSI.id)
    if ss.get(_key("occasion")) not in OCCASIONS:
        ss[_key("occasion")] = "intake" if first else "weekly"
    with st.form("m_ddnsi", border=True):
        if during is None:
            _when()
        st.segmented_control(
            t("measure.period"),
            list(PERIODS),
            key=_key("period"),
            default="week",
            required=True,
            format_func=lambda p: t(f"measure.per.{p}"),
        )
        for item in DDNSI.items:
            name = _item_name(item.key)
            if item.counted:
                st.number_input(
                    t(item.label),
                    min_value=0,
                    max_value=100,
                    value=None,
                    step=1,
                    key=_key(name),
                    placeholder=t(item.anchors),
                    width=260,
                )
            else:
                st.pills(
                    t(item.label),
                    list(range(item.low, item.high + 1)),
                    selection_mode="single",
                    default=None,
                    key=_key(name),
                    help=t(item.anchors),
                )
                st.caption(t(item.anchors))
        st.form_submit_button(
            t("measure.save"),
            icon=":material/fact_check:",
            on_click=_save,
            args=(journal, during),
        )
    result = ss.pop(RESULT, None)
    if result:
        (st.success if result[0] == "success" else st.error)(result[1])
    st.caption(t("measure.note"))
    _history(journal)
