"""Unlocking and creating vaults. Passphrases are cleared from the session right after use."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import streamlit as st

from dreamjournal.errors import DreamJournalError, InvalidInput, WrongPassphrase
from dreamjournal.services.session_mode import visible_vaults
from dreamjournal.services.vaults import (
    MIN_PASSPHRASE_CHARS,
    create_vault,
    unlock_vault,
)
from dreamjournal.store.location import DEFAULT_VAULT, check_vault_name, list_vaults, vault_path
from dreamjournal.ui import routes, state
from dreamjournal.ui.passphrase import new_passphrase_error, strength
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape

GOTO = "goto_page"  # a page to switch to at the top of the next run (set in callbacks)
JOURNAL_PAGE = routes.JOURNAL
After = Literal["journal", "rerun"]
LIVE = "300ms"


def data_dir() -> Path:
    """Where vaults live (DREAMJOURNAL_DATA_DIR, default ./data)."""
    from dreamjournal.settings import get_settings

    return Path(get_settings().data_dir)


def follow_goto() -> None:
    """Switch page if a callback asked for it."""
    target = st.session_state.pop(GOTO, None)
    if target:
        st.switch_page(target)


def _show_error(key: str) -> None:
    error = st.session_state.pop(f"{key}_error", None)
    if error:
        st.error(error, icon=":material/error:")


def _unlock(key: str, names: list[str], after: After) -> None:
    name = st.session_state.get(f"{key}_vault") or names[0]
    passphrase = st.session_state.get(f"{key}_pass", "")
    st.session_state[f"{key}_pass"] = ""
    if not passphrase:
        st.session_state[f"{key}_error"] = t("unlock.empty")
        return
    try:
        j = unlock_vault(vault_path(data_dir(), name), passphrase)
    except WrongPassphrase:
        st.session_state[f"{key}_error"] = t("unlock.wrong")
        return
    except DreamJournalError as exc:
        st.session_state[f"{key}_error"] = state.error_text(exc)
        return
    state.open_vault(j, name)
    if after == "journal":
        st.session_state[GOTO] = JOURNAL_PAGE


def unlock_names() -> list[str]:
    """The vaults this unlock screen may name: all, or in session mode only the session's."""
    return visible_vaults(data_dir(), list_vaults(data_dir()))


def unlock_form(key: str, *, after: After) -> None:
    """Pick a vault (if there are several) and type its passphrase."""
    names = unlock_names()
    if not names:
        st.info(t("unlock.no_vault"), icon=":material/info:")
        st.page_link(routes.HOME, label=t("nav.home"), icon=":material/bedtime:")
        return
    with st.empty():
        _show_error(key)
    last = st.session_state.get(state.VAULT)
    if f"{key}_vault" not in st.session_state or st.session_state[f"{key}_vault"] not in names:
        default = last if last in names else (DEFAULT_VAULT if DEFAULT_VAULT in names else names[0])
        st.session_state[f"{key}_vault"] = default
    with st.form(f"{key}_form", border=False):
        if len(names) > 1:
            st.selectbox(t("unlock.vault"), names, key=f"{key}_vault")
        else:
            st.caption(t("unlock.one_vault", name=md_escape(names[0])))
        st.text_input(
            t("unlock.passphrase"),
            type="password",
            key=f"{key}_pass",
            placeholder=t("unlock.placeholder"),
            autocomplete="current-password",
        )
        st.form_submit_button(
            t("unlock.button"),
            type="primary",
            icon=":material/lock_open:",
            on_click=_unlock,
            args=(key, names, after),
        )
    st.caption(t("unlock.reload_hint"))


def _create(key: str, demo: bool) -> None:
    ss = st.session_state
    name = (ss.get(f"{key}_name") or "").strip()
    first, second = ss.get(f"{key}_pass1", ""), ss.get(f"{key}_pass2", "")
    error = None
    if state.session_mode() is not None:  # the form is not shown then; a stale click does nothing
        return
    try:
        check_vault_name(name)
    except InvalidInput:
        error = t("create.bad_name")
    if error is None and vault_path(data_dir(), name).exists():
        error = t("create.exists", name=md_escape(name))
    if error is None:
        error = new_passphrase_error(first, second)
    if error is not None:
        ss[f"{key}_error"] = error
        return
    try:
        j, added = create_vault(vault_path(data_dir(), name), first, demo=demo)
    except DreamJournalError as exc:
        ss[f"{key}_error"] = state.error_text(exc)
        return
    ss[f"{key}_pass1"] = ss[f"{key}_pass2"] = ""
    state.open_vault(j, name)
    ss[state.NOTICE] = "create.done_demo" if added else "create.done"
    ss[GOTO] = JOURNAL_PAGE


def create_form(key: str = "create", *, first: bool) -> None:
    """A new vault: name, passphrase twice, a strength hint and the no-recovery warning."""
    ss = st.session_state
    if f"{key}_name" not in ss:
        taken = set(list_vaults(data_dir()))
        ss[f"{key}_name"] = DEFAULT_VAULT if DEFAULT_VAULT not in taken else ""
    # Fixed slots: a message appearing must not move the fields below it (the browser would
    # remount them and drop what was typed but not yet sent).
    with st.empty():
        _show_error(key)
    st.text_input(t("create.name"), key=f"{key}_name", help=t("create.name_help"), max_chars=64)
    # live: the strength hint follows typing, and nothing typed waits for a blur to be sent.
    st.text_input(t("create.pass1"), type="password", key=f"{key}_pass1", live=LIVE)
    typed = ss.get(f"{key}_pass1", "")
    with st.empty():
        if typed:
            level = strength(typed)
            hint = t(f"strength.{level}", n=MIN_PASSPHRASE_CHARS)
            if level >= 3:
                st.success(hint, icon=":material/verified_user:")
            elif level == 2:
                st.info(hint, icon=":material/shield:")
            else:
                st.warning(hint, icon=":material/shield:")
    st.text_input(t("create.pass2"), type="password", key=f"{key}_pass2", live=LIVE)
    st.warning(t("create.no_recovery"), icon=":material/key:")
    with st.container(horizontal=True):
        st.button(
            t("create.button"),
            type="primary",
            icon=":material/add_circle:",
            on_click=_create,
            args=(key, False),
            key=f"{key}_plain",
        )
        if first:
            st.button(
                t("create.demo_button"),
                icon=":material/auto_awesome:",
                on_click=_create,
                args=(key, True),
                key=f"{key}_demo",
                help=t("create.demo_help"),
            )
