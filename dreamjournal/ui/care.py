"""Where help is, shown calmly wherever crisis language was written (Write, Visualize, Share)."""

from __future__ import annotations

import streamlit as st

from dreamjournal.services import Entry, Journal
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape


def help_lines() -> None:
    """The support message and the help lines of the configured region, as plain text."""
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.safety import help_for, support_message

    st.markdown(support_message(state.lang()))
    for r in help_for(state.lang(), get_settings().help_region):
        reach = " · ".join(x for x in (r.phone, r.url) if x)
        st.markdown(f"- **{md_escape(r.name)}** {md_escape(reach)}")
        st.caption(md_escape(r.describe(state.lang())))


def _answer(journal: Journal, entry_id: str, was_nightmare: bool) -> None:
    from dreamjournal.errors import DreamJournalError
    from dreamjournal.services.entries import answer_nightmare_question

    try:
        answer_nightmare_question(journal, entry_id, was_nightmare=was_nightmare)
    except DreamJournalError as exc:
        st.session_state["care_error"] = state.error_text(exc)
        return
    state.bump_revision()


def nightmare_question(journal: Journal, entry: Entry, key: str) -> bool:
    """Ask gently, once, when a distressing dream was saved unmarked. True while it is open.

    Before anything rehearses a dream word for word (the guided script, a session), a dream
    that reads as a nightmare is offered Imagery Rehearsal instead: a changed version first.
    """
    from dreamjournal.services.entries import needs_nightmare_question

    if not needs_nightmare_question(entry):
        return False
    with st.container(border=True, key=key):
        st.markdown(f"#### {t('care.nightmare_q')}", anchors=False)
        st.caption(t("care.nightmare_help"))
        with st.container(horizontal=True):
            st.button(
                t("care.yes_nightmare"),
                type="primary",
                on_click=_answer,
                args=(journal, entry.id, True),
                key=f"{key}_yes",
            )
            st.button(
                t("care.not_nightmare"),
                on_click=_answer,
                args=(journal, entry.id, False),
                key=f"{key}_no",
            )
    return True


def care_box(key: str) -> None:
    """A bordered box with a calm title and the help lines."""
    with st.container(border=True, key=key):
        st.markdown(f"#### {t('vis.crisis_title')}", anchors=False)
        help_lines()
