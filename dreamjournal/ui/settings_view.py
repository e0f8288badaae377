"""The Settings page: language, auto-lock, passphrase, encrypted backup and restore, examples."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dreamjournal.errors import DreamJournalError, ImportFormatError, WrongPassphrase
from dreamjournal.i18n import LANGUAGES
from dreamjournal.store.journal import Journal
from dreamjournal.ui import state
from dreamjournal.ui.backup import backup_bytes, restore_backup
from dreamjournal.ui.state import t
from dreamjournal.vault.header import unwrap_vault_key
from dreamjournal.vault.kdf import MIN_PASSPHRASE_CHARS

BACKUP = "s_backup"
RESULT = "s_result"  # (kind, message) shown once after an action


def _set_language(key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen in LANGUAGES:
        st.session_state[state.LANG] = chosen
        state.save_prefs(language=chosen)


def language_picker(key: str) -> None:
    """English / Deutsch; saved in the open vault, else for this session."""
    st.session_state[key] = state.lang()
    st.segmented_control(
        t("settings.language"),
        list(LANGUAGES),
        key=key,
        required=True,
        format_func=lambda code: LANGUAGES[code],
        on_change=_set_language,
        args=(key,),
    )


def _set_autolock() -> None:
    minutes = int(st.session_state["s_autolock"])
    st.session_state[state.AUTOLOCK] = minutes
    state.save_prefs(autolock_minutes=minutes)
    st.session_state[RESULT] = (
        "success",
        t("settings.autolock_saved", minutes=state.minutes(minutes)),
    )


def _change_passphrase(journal: Journal) -> None:
    ss = st.session_state
    current, new, again = ss.get("s_pw_old", ""), ss.get("s_pw_new", ""), ss.get("s_pw_again", "")
    ss["s_pw_old"] = ss["s_pw_new"] = ss["s_pw_again"] = ""
    if len(new.strip()) < MIN_PASSPHRASE_CHARS:
        ss[RESULT] = ("error", t("create.too_short", n=MIN_PASSPHRASE_CHARS))
        return
    if new != again:
        ss[RESULT] = ("error", t("create.mismatch"))
        return
    try:
        unwrap_vault_key(journal.header, current)
        journal.change_passphrase(new)
    except WrongPassphrase:
        ss[RESULT] = ("error", t("settings.pw_wrong"))
        return
    except DreamJournalError as exc:
        ss[RESULT] = ("error", exc.user_message)
        return
    ss[RESULT] = ("success", t("settings.pw_changed"))


def _prepare_backup(journal: Journal) -> None:
    data, count = backup_bytes(journal)
    st.session_state[BACKUP] = (data, count, state.revision())


def _restore(journal: Journal) -> None:
    ss = st.session_state
    upload = ss.get("s_upload")
    passphrase = ss.get("s_restore_pw", "")
    ss["s_restore_pw"] = ""
    if upload is None:
        ss[RESULT] = ("error", t("settings.restore_nofile"))
        return
    try:
        result = restore_backup(journal, upload.getvalue(), passphrase)
    except WrongPassphrase:
        ss[RESULT] = ("error", t("settings.restore_wrong"))
        return
    except ImportFormatError:
        ss[RESULT] = ("error", t("settings.restore_format"))
        return
    except DreamJournalError as exc:
        ss[RESULT] = ("error", exc.user_message)
        return
    state.bump_revision()
    ss[RESULT] = ("success", t("settings.restored", added=result.added, skipped=result.skipped))


def _remove_examples(journal: Journal) -> None:
    examples = [e for e in journal.list() if e.example]
    for e in examples:
        journal.delete(e.id)
    state.bump_revision()
    st.session_state[RESULT] = ("success", t("settings.examples_removed", n=len(examples)))


def _result() -> None:
    result = st.session_state.pop(RESULT, None)
    if result:
        kind, text = result
        (st.success if kind == "success" else st.error)(text)


def settings_page(journal: Journal) -> None:
    """Everything below the language picker (needs the open vault)."""
    ss = st.session_state
    _result()
    st.subheader(t("settings.autolock"), anchor=False)
    ss["s_autolock"] = state.autolock_minutes()
    st.number_input(
        t("settings.autolock_label"),
        min_value=1,
        max_value=240,
        step=1,
        key="s_autolock",
        on_change=_set_autolock,
        help=t("settings.autolock_help"),
        width=260,
    )
    st.subheader(t("settings.passphrase"), anchor=False)
    with st.form("s_pw_form"):
        st.text_input(
            t("settings.pw_old"), type="password", key="s_pw_old", autocomplete="current-password"
        )
        st.text_input(t("settings.pw_new"), type="password", key="s_pw_new")
        st.text_input(t("settings.pw_again"), type="password", key="s_pw_again")
        st.caption(t("create.no_recovery"))
        st.form_submit_button(t("settings.pw_button"), on_click=_change_passphrase, args=(journal,))
    st.subheader(t("settings.backup"), anchor=False)
    st.caption(t("settings.backup_help"))
    prepared = ss.get(BACKUP)
    if prepared is None or prepared[2] != state.revision():
        st.button(
            t("settings.backup_prepare"),
            icon=":material/lock:",
            on_click=_prepare_backup,
            args=(journal,),
            key="s_prepare",
        )
    else:
        data, count, _ = prepared
        name = f"dreamjournal-{ss.get(state.VAULT, 'vault')}-{date.today().isoformat()}.json"
        st.download_button(
            t("settings.backup_download", dreams=state.dreams(count)),
            data=data,
            file_name=name,
            mime="application/json",
            icon=":material/download:",
            on_click="ignore",
            key="s_download",
        )
    st.subheader(t("settings.restore"), anchor=False)
    st.caption(t("settings.restore_help"))
    with st.container(border=True):
        st.file_uploader(t("settings.restore_file"), type=["json"], key="s_upload")
        st.text_input(t("settings.restore_pw"), type="password", key="s_restore_pw")
        st.button(
            t("settings.restore_button"),
            icon=":material/restore:",
            on_click=_restore,
            args=(journal,),
            key="s_restore",
        )
    examples = sum(1 for e in journal.list() if e.example)
    if examples:
        st.subheader(t("settings.examples"), anchor=False)
        st.button(
            t("settings.examples_remove", n=examples),
            on_click=_remove_examples,
            args=(journal,),
            key="s_examples",
        )
