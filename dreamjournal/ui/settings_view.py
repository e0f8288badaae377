"""The Settings page: language, auto-lock, the names on reports, passphrase, encrypted backup
and restore, examples."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dreamjournal.errors import DreamJournalError, ImportFormatError, WrongPassphrase
from dreamjournal.i18n import LANGUAGES
from dreamjournal.services import Journal
from dreamjournal.services.backup import backup_bytes, plan_restore, restore_backup
from dreamjournal.services.entries import load_preferences, remove_examples
from dreamjournal.services.vaults import change_passphrase
from dreamjournal.ui import state
from dreamjournal.ui.passphrase import new_passphrase_error
from dreamjournal.ui.state import t

BACKUP = "s_backup"
CAMEO_CHARS = 300
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
    refused = new_passphrase_error(new, again)
    if refused is not None:
        ss[RESULT] = ("error", refused)
        return
    try:
        change_passphrase(journal, current, new)
    except WrongPassphrase:
        ss[RESULT] = ("error", t("settings.pw_wrong"))
        return
    except DreamJournalError as exc:
        ss[RESULT] = ("error", state.error_text(exc))
        return
    ss[RESULT] = ("success", t("settings.pw_changed"))


def _prepare_backup(journal: Journal) -> None:
    data, count = backup_bytes(journal)
    st.session_state[BACKUP] = (data, count, state.revision())


PLAN = "s_restore_plan"  # (what restoring would do, the passphrase, the file) until confirmed


def _check_restore(journal: Journal) -> None:
    """First step: open and check the whole backup, say what restoring will do."""
    ss = st.session_state
    upload = ss.get("s_upload")
    passphrase = ss.get("s_restore_pw", "")
    ss["s_restore_pw"] = ""
    ss.pop(PLAN, None)
    if upload is None:
        ss[RESULT] = ("error", t("settings.restore_nofile"))
        return
    try:
        plan = plan_restore(journal, upload.getvalue(), passphrase)
    except DreamJournalError as exc:
        ss[RESULT] = ("error", _restore_error(exc))
        return
    ss[PLAN] = (plan, passphrase, upload.file_id)


def _restore_error(exc: DreamJournalError) -> str:
    """What to say when a backup cannot be read (checking or restoring): nothing was changed."""
    if isinstance(exc, WrongPassphrase):
        return t("settings.restore_wrong")
    if isinstance(exc, ImportFormatError):
        return t("settings.restore_format")
    return state.error_text(exc)


def _cancel_restore() -> None:
    st.session_state.pop(PLAN, None)


def _restore(journal: Journal) -> None:
    ss = st.session_state
    upload = ss.get("s_upload")
    planned = ss.pop(PLAN, None)
    if upload is None or planned is None or planned[2] != upload.file_id:
        ss[RESULT] = ("error", t("settings.restore_nofile"))
        return
    try:
        result = restore_backup(journal, upload.getvalue(), planned[1])
    except DreamJournalError as exc:
        ss[RESULT] = ("error", _restore_error(exc))
        return
    state.bump_revision()
    text = t("settings.restored", added=result.added, skipped=result.skipped)
    if result.clips:
        text += " " + t("settings.restored_clips", n=result.clips)
    ss[RESULT] = ("success", text)


def _restore_plan_box(journal: Journal) -> None:
    planned = st.session_state.get(PLAN)
    if planned is None:
        return
    plan = planned[0]
    text = t("settings.restore_plan", added=plan.added, skipped=plan.skipped, clips=plan.clips)
    if plan.clips_missing:
        text += " " + t("settings.restore_plan_missing", n=plan.clips_missing)
    st.info(text, icon=":material/restore:")
    with st.container(horizontal=True):
        st.button(
            t("settings.restore_confirm"),
            type="primary",
            on_click=_restore,
            args=(journal,),
            key="s_restore_go",
            disabled=plan.added == 0 and plan.clips == 0,
        )
        st.button(t("write.cancel"), on_click=_cancel_restore, key="s_restore_cancel")


def _remove_examples(journal: Journal) -> None:
    try:
        n = remove_examples(journal)
    except DreamJournalError as exc:
        st.session_state[RESULT] = ("error", state.error_text(exc))
        return
    state.bump_revision()
    st.session_state[RESULT] = ("success", t("settings.examples_removed", n=n))


def _result() -> None:
    result = st.session_state.pop(RESULT, None)
    if result:
        kind, text = result
        (st.success if kind == "success" else st.error)(text)


def _save_cameo() -> None:
    text = " ".join(str(st.session_state.get("s_cameo") or "").split())[:CAMEO_CHARS]
    state.save_prefs(cameo=text)
    st.session_state[RESULT] = ("success", t("settings.cameo_saved"))


def _cameo() -> None:
    """How the person looks in their dreams: the dreamer in every shot of a video prompt."""
    st.subheader(t("settings.cameo"), anchor=False)
    j = state.journal()
    if "s_cameo" not in st.session_state and j is not None:
        st.session_state["s_cameo"] = str(load_preferences(j).get("cameo") or "")
    st.text_area(
        t("settings.cameo_label"),
        key="s_cameo",
        max_chars=CAMEO_CHARS,
        height=80,
        placeholder=t("settings.cameo_ph"),
        help=t("settings.cameo_help"),
        on_change=_save_cameo,
    )


def _save_report_people() -> None:
    from dreamjournal.services.therapy import save_report_people

    j = state.journal()
    if j is None:
        return
    try:
        save_report_people(
            j,
            clinician=str(st.session_state.get("s_clinician") or ""),
            pseudonym=str(st.session_state.get("s_pseudonym") or ""),
        )
    except DreamJournalError as exc:
        st.session_state[RESULT] = ("error", state.error_text(exc))
        return
    st.session_state[RESULT] = ("success", t("settings.people_saved"))


def _report_people(journal: Journal) -> None:
    """Clinician name and client pseudonym, printed on this vault's PDF reports."""
    from dreamjournal.services.therapy import MAX_NAME, report_people

    st.subheader(t("settings.report_people"), anchor=False)
    st.caption(t("settings.people_help"))
    if "s_clinician" not in st.session_state or "s_pseudonym" not in st.session_state:
        people = report_people(journal)
        st.session_state["s_clinician"] = people.clinician
        st.session_state["s_pseudonym"] = people.pseudonym
    with st.container(horizontal=True, gap="medium"):
        for key, label in (
            ("s_clinician", "settings.clinician"),
            ("s_pseudonym", "settings.pseudonym"),
        ):
            st.text_input(
                t(label), key=key, max_chars=MAX_NAME, on_change=_save_report_people, width=320
            )


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
    _cameo()
    _report_people(journal)
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
        name = f"dreamjournal-{ss.get(state.VAULT, 'vault')}-{date.today().isoformat()}.djb"
        st.download_button(
            t("settings.backup_download", dreams=state.dreams(count)),
            data=data,
            file_name=name,
            mime="application/octet-stream",
            icon=":material/download:",
            on_click="ignore",
            key="s_download",
        )
    st.subheader(t("settings.restore"), anchor=False)
    st.caption(t("settings.restore_help"))
    with st.container(border=True):
        # .djb is what the README's `export --out backup.djb` writes; .json what the app does.
        # Streamlit (1.67) writes the box's own words in English only ("Upload", "200MB per
        # file", "Drag and drop a file here") and lets no app change them: the help says in
        # the person's language what to do.
        st.file_uploader(
            t("settings.restore_file"),
            type=["djb", "json"],
            key="s_upload",
            help=t("upload.help"),
        )
        st.text_input(t("settings.restore_pw"), type="password", key="s_restore_pw")
        st.button(
            t("settings.restore_button"),
            icon=":material/restore:",
            on_click=_check_restore,
            args=(journal,),
            key="s_restore",
        )
        _restore_plan_box(journal)
    examples = sum(1 for e in journal.list() if e.example)
    if examples:
        st.subheader(t("settings.examples"), anchor=False)
        st.button(
            t("settings.examples_remove", n=examples),
            on_click=_remove_examples,
            args=(journal,),
            key="s_examples",
        )
