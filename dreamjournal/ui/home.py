"""The home page: create a vault, unlock one, or see the open one."""

from __future__ import annotations

import streamlit as st

from dreamjournal.services import Journal
from dreamjournal.services.entries import add_examples
from dreamjournal.store.location import list_vaults
from dreamjournal.ui import state
from dreamjournal.ui.layout import show_notice
from dreamjournal.ui.routes import JOURNAL, WRITE
from dreamjournal.ui.session_mode_form import end_form, start_form
from dreamjournal.ui.settings_view import language_picker
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape
from dreamjournal.ui.vault_forms import GOTO, create_form, data_dir, unlock_form


def _seed(journal: Journal) -> None:
    added = add_examples(journal)
    state.bump_revision()
    st.session_state[state.NOTICE] = "create.done_demo" if added else "lock.done"
    st.session_state[GOTO] = JOURNAL


def _locked() -> None:
    names = list_vaults(data_dir())
    if state.session_mode() is not None:
        # A client is in the room: their vault only, no picker, no other name, no new vault.
        st.subheader(t("home.unlock"), anchor=False)
        with st.container(border=True):
            unlock_form("home", after="journal")
        end_form()
    elif not names:
        st.subheader(t("home.welcome"), anchor=False)
        st.markdown(t("home.intro"))
        with st.container(border=True):
            create_form(first=True)
    else:
        st.subheader(t("home.unlock"), anchor=False)
        with st.container(border=True):
            unlock_form("home", after="journal")
        with st.expander(t("home.new_vault"), icon=":material/add:"):
            st.caption(t("home.new_vault_help"))
            create_form(first=False)
    language_picker("home_lang")


def _unlocked(journal: Journal) -> None:
    name = md_escape(str(st.session_state.get(state.VAULT, "")))
    count = len(journal)
    st.subheader(t("home.open", name=name), anchor=False)
    st.markdown(t("home.count", dreams=state.dreams(count)))
    with st.container(horizontal=True):
        st.page_link(WRITE, label=t("home.go_write"), icon=":material/edit_note:")
        st.page_link(JOURNAL, label=t("home.go_journal"), icon=":material/menu_book:")
    if count == 0:
        st.info(t("home.empty"), icon=":material/auto_awesome:")
        st.button(
            t("create.demo_button"),
            icon=":material/auto_awesome:",
            on_click=_seed,
            args=(journal,),
            key="home_demo",
        )
    if state.session_mode() is not None:
        end_form()
        return
    with st.expander(t("home.other_vault"), icon=":material/swap_horiz:"):
        st.caption(t("home.other_vault_help"))
        create_form(first=False)
    start_form()


def home_page() -> None:
    """Draw the page."""
    st.title(t("app.name"), anchor=False)
    st.caption(t("home.tagline"))
    show_notice()
    journal = state.journal()
    if journal is None:
        _locked()
    else:
        _unlocked(journal)
    st.divider()
    st.caption(t("home.privacy"))
