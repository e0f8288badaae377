"""Home practice through the relay, on the Home practice page: the client's "Send to my
therapist" (with consent, each time) and the therapist's practice address and fetch."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Journal
from dreamjournal.services.home_practice import (
    fetch_home_practice,
    practice_address,
    remembered_address,
    send_home_practice,
)
from dreamjournal.settings import get_settings
from dreamjournal.ui import state
from dreamjournal.ui.state import t

SENT = "hp_sent"
FETCHED = "hp_fetched"


def _send(journal: Journal, code: Callable[[str], str | None], error_key: str) -> None:
    typed = code("hp_relay_code")
    if typed is None:
        return
    try:
        counts = send_home_practice(
            journal,
            str(st.session_state.get("hp_address", "")),
            typed,
            st.session_state.get("hp_dreams", []),
            consent=bool(st.session_state.get("hp_consent")),
        )
    except DreamJournalError as exc:
        st.session_state[error_key] = state.error_text(exc)
        return
    st.session_state["hp_relay_code"] = ""
    st.session_state["hp_consent"] = False  # consent is per send
    st.session_state[SENT] = counts


def send_section(
    journal: Journal,
    code: Callable[[str], str | None],
    code_input: Callable[[str], None],
    summary: Callable[[dict[str, int]], str],
    error_key: str,
) -> None:
    """The client's side: the remembered address, the code, consent, and "Send"."""
    st.subheader(t("hp.relay_heading"), anchor=False)
    st.caption(t("hp.relay_help"))
    if "hp_address" not in st.session_state:
        st.session_state["hp_address"] = remembered_address(journal)
    st.text_input(t("hp.address"), key="hp_address", help=t("hp.address_help"))
    code_input("hp_relay_code")
    st.checkbox(t("hp.consent"), key="hp_consent")
    st.button(
        t("hp.send"),
        icon=":material/send:",
        on_click=_send,
        args=(journal, code, error_key),
        key="hp_send_relay",
    )
    sent = st.session_state.pop(SENT, None)
    if sent is not None:
        st.success(t("hp.sent", what=summary(sent)), icon=":material/check_circle:")


def _make_address(journal: Journal, error_key: str) -> None:
    try:
        practice_address(journal, str(st.session_state.get("hp_relay_url", "")))
    except DreamJournalError as exc:
        st.session_state[error_key] = state.error_text(exc)


def _fetch(journal: Journal, code: Callable[[str], str | None], error_key: str) -> None:
    typed = code("hp_fetch_code")
    if typed is None:
        return
    try:
        fetched = fetch_home_practice(journal, typed)
    except DreamJournalError as exc:
        st.session_state[error_key] = state.error_text(exc)
        return
    st.session_state["hp_fetch_code"] = ""
    st.session_state[FETCHED] = fetched
    if fetched.plan.changes:
        state.bump_revision()


def address_section(
    journal: Journal,
    code: Callable[[str], str | None],
    code_input: Callable[[str], None],
    show_plan: Callable[..., None],
    error_key: str,
) -> None:
    """The therapist's side: this vault's practice address, and fetching what waits for it."""
    st.subheader(t("hp.address_heading"), anchor=False)
    st.caption(t("hp.address_intro"))
    address = practice_address(journal)
    if address is None:
        if "hp_relay_url" not in st.session_state:
            st.session_state["hp_relay_url"] = get_settings().share_relay_url or ""
        st.text_input(t("hp.relay_url"), key="hp_relay_url")
        st.button(
            t("hp.make_address"),
            icon=":material/key:",
            on_click=_make_address,
            args=(journal, error_key),
        )
        return
    st.code(str(address), language=None, wrap_lines=True)
    code_input("hp_fetch_code")
    st.button(
        t("hp.fetch"),
        icon=":material/cloud_download:",
        on_click=_fetch,
        args=(journal, code, error_key),
    )
    fetched = st.session_state.pop(FETCHED, None)
    if fetched is None:
        return
    if fetched.imported:
        st.success(t("hp.fetched", n=fetched.imported), icon=":material/check_circle:")
        show_plan(fetched.plan)
    elif not fetched.refused:
        st.info(t("hp.fetched_none"), icon=":material/inbox:")
    for key, n in sorted(fetched.refused.items()):
        st.warning(t("hp.left_on_relay", n=n, why=t(key)), icon=":material/block:")
