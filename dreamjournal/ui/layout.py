"""What every page shares: page config, the sidebar, the auto-lock watcher and the vault guard."""

from __future__ import annotations

import streamlit as st

from dreamjournal.services import Journal
from dreamjournal.ui import state
from dreamjournal.ui.routes import NAV, THERAPY
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape
from dreamjournal.ui.vault_forms import follow_goto, unlock_form

WATCH_SECONDS = 10  # how often an open page checks for idle time (server-side, no input needed)


def page_setup(title_key: str) -> None:
    """Page config, idle check (every interaction counts as activity) and the sidebar."""
    st.set_page_config(
        page_title=f"{t(title_key)} · {t('app.name')}",
        page_icon="🌙",  # an emoji favicon is inline SVG; a :material: one comes from Google
        layout="centered",
        initial_sidebar_state="expanded",
    )
    follow_goto()
    state.check_idle()
    with st.sidebar:
        _sidebar()


def _on_lock() -> None:
    state.lock("manual")


def _sidebar() -> None:
    st.markdown(f"### {t('app.name')}")
    heading_shown = False
    for page, key, icon in NAV:
        if page in THERAPY and not heading_shown:
            st.caption(t("nav.therapy_section"), help=t("nav.therapy_help"))
            heading_shown = True
        st.page_link(page, label=t(key), icon=icon)
    st.divider()
    j = state.journal()
    if j is None:
        st.caption(t("sidebar.locked"))
    else:
        name = md_escape(str(st.session_state.get(state.VAULT, "")))
        st.caption(t("sidebar.open", name=name, dreams=state.dreams(len(j))))
        st.button(
            t("sidebar.lock"),
            icon=":material/lock:",
            on_click=_on_lock,
            key="sidebar_lock",
            width="stretch",
        )
        _watch_idle()
    st.caption(t("sidebar.privacy", minutes=state.minutes(state.autolock_minutes())))


@st.fragment(run_every=WATCH_SECONDS)
def _watch_idle() -> None:
    """Lock on time even when nobody interacts; the page reruns to hide what it showed."""
    if state.idle_expired():
        state.lock("idle")
        st.rerun(scope="app")


def show_notice() -> None:
    """A one-shot notice left by the previous run (locked, saved, deleted...).

    It always takes one slot, shown or not: the next run (a field sending its text) then
    replaces it in place instead of shifting what follows, which would show the unlock form
    twice while that run is drawn.
    """
    key = state.pop_notice()
    with st.empty():
        _draw_notice(key)


def _draw_notice(key: str | None) -> None:
    if key == "lock.stale":
        st.warning(t(key), icon=":material/key:")
    elif key == "lock.idle_notice":
        st.info(
            t(key, minutes=state.minutes(state.autolock_minutes())), icon=":material/lock_clock:"
        )
    elif key:
        st.success(t(key), icon=":material/check_circle:")


def guard() -> Journal | None:
    """The unlocked journal, or None after drawing the unlock form in the page's first slot.

    Pages call this before drawing anything else, so the form always sits in the same slot
    and the widgets below it (the write form's text) keep their place and their content.
    """
    slot = st.empty()
    j = state.journal()
    if j is not None:
        return j
    with slot.container():
        show_notice()
        st.markdown(f"#### {t('guard.title')}", anchors=False)
        unlock_form("guard", after="rerun")
    return None


def require_journal() -> Journal:
    """The unlocked journal; when locked, the unlock form and nothing else of the page."""
    j = guard()
    if j is None:
        st.stop()
    return j
