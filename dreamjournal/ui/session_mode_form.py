"""The Home page's session-mode forms: start it from an open client vault, end it with the
practice passphrase. Passphrases are cleared from the session right after use."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import session_mode
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.vault_forms import data_dir

KEY = "sm"


def _take(name: str) -> str:
    value = str(st.session_state.get(f"{KEY}_{name}", ""))
    st.session_state[f"{KEY}_{name}"] = ""
    return value


def _attempt(change: Callable[[], object], notice: str) -> None:
    """Run a session-mode change; a wrong passphrase or another user error is shown on the
    form, success as the page's notice."""
    try:
        change()
    except session_mode.WrongPracticePassphrase:
        st.session_state[f"{KEY}_error"] = t("sm.wrong")
    except DreamJournalError as exc:
        st.session_state[f"{KEY}_error"] = state.error_text(exc)
    else:
        st.session_state[state.NOTICE] = notice


def _start() -> None:
    first, second = _take("pass1"), _take("pass2")
    vault = st.session_state.get(state.VAULT)
    if state.journal() is None or not vault:
        return
    if not session_mode.passphrase_set(data_dir()) and first != second:
        st.session_state[f"{KEY}_error"] = t("sm.mismatch")
        return
    _attempt(lambda: session_mode.start(data_dir(), str(vault), first), "sm.started")


def _end() -> None:
    passphrase = _take("end_pass")
    _attempt(lambda: session_mode.end(data_dir(), passphrase), "sm.ended")


def _error() -> None:
    error = st.session_state.pop(f"{KEY}_error", None)
    if error:
        st.error(error, icon=":material/error:")


def start_form() -> None:
    """For a therapist in an open client vault: show only this vault until they say otherwise."""
    with st.expander(t("sm.title"), icon=":material/privacy_tip:"):
        st.caption(t("sm.help"))
        _error()
        first_time = not session_mode.passphrase_set(data_dir())
        with st.form(f"{KEY}_start_form", border=False):
            st.text_input(
                t("sm.pass"),
                type="password",
                key=f"{KEY}_pass1",
                help=t("sm.pass_new_help") if first_time else None,
                autocomplete="new-password" if first_time else "current-password",
            )
            if first_time:
                st.text_input(t("sm.pass2"), type="password", key=f"{KEY}_pass2")
            st.form_submit_button(t("sm.start"), icon=":material/privacy_tip:", on_click=_start)


def end_form() -> None:
    """Session mode is on: say so, and let the therapist leave it with their passphrase."""
    st.info(t("sm.on"), icon=":material/privacy_tip:")
    with st.expander(t("sm.end_title"), icon=":material/lock_person:"):
        _error()
        with st.form(f"{KEY}_end_form", border=False):
            st.text_input(
                t("sm.pass"),
                type="password",
                key=f"{KEY}_end_pass",
                autocomplete="current-password",
            )
            st.form_submit_button(t("sm.end"), icon=":material/logout:", on_click=_end)
