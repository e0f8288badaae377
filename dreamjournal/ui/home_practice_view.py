"""The Home-practice page: the client makes an encrypted file of their practice (or sends it
through the relay); the therapist brings it into that client's vault. Both sides type the code
they agreed on in session."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.i18n import has_message
from dreamjournal.services import Journal
from dreamjournal.services.home_practice import (
    ImportPlan,
    export_home_practice,
    import_home_practice,
    new_code,
    practice_counts,
)
from dreamjournal.therapy.home_practice import MIN_CODE_CHARS, HomePracticeRefused, normalize_code
from dreamjournal.ui import state
from dreamjournal.ui.practice_relay_view import address_section, send_section
from dreamjournal.ui.state import t

FILE = "hp_file"  # (ciphertext, what is in it, revision): the file made, ready to download
RESULT = "hp_result"
ERROR = "hp_error"
SUFFIX = ".djpractice"


def kind_label(kind: str) -> str:
    """'Rehearsals', 'Sessions'... for a record kind; a kind without a label shows its name."""
    key = f"hp.kind.{kind}"
    return t(key) if has_message(key) else kind


def summary(counts: dict[str, int]) -> str:
    """'Dreams: 2 · Rehearsals: 5' (kinds in a fixed order, dreams first)."""
    order = sorted(counts, key=lambda k: (k != "entry", k))
    return " · ".join(f"{kind_label(k)}: {counts[k]}" for k in order)


def _suggest(key: str) -> None:
    st.session_state[key] = new_code()


def _code(key: str) -> str | None:
    """The typed code, or None after leaving an error when it is too short."""
    code = str(st.session_state.get(key, ""))
    if len(normalize_code(code)) < MIN_CODE_CHARS:
        st.session_state[ERROR] = t("hp.code_short", n=MIN_CODE_CHARS)
        return None
    return code


def _make(journal: Journal) -> None:
    code = _code("hp_send_code")
    if code is None:
        return
    try:
        data, counts = export_home_practice(journal, code, st.session_state.get("hp_dreams", []))
    except DreamJournalError as exc:
        st.session_state[ERROR] = state.error_text(exc)
        return
    st.session_state["hp_send_code"] = ""
    st.session_state[FILE] = (data, counts, state.revision())


def _bring(journal: Journal) -> None:
    upload = st.session_state.get("hp_upload")
    if upload is None:
        st.session_state[ERROR] = t("hp.no_file")
        return
    code = _code("hp_bring_code")
    if code is None:
        return
    try:
        plan = import_home_practice(journal, upload.getvalue(), code)
    except HomePracticeRefused as exc:
        st.session_state[ERROR] = t(exc.key)
        return
    except DreamJournalError as exc:
        st.session_state[ERROR] = state.error_text(exc)
        return
    st.session_state["hp_bring_code"] = ""
    st.session_state[RESULT] = plan
    if plan.changes:
        state.bump_revision()


def _code_input(key: str) -> None:
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input(t("hp.code"), key=key, help=t("hp.code_help", n=MIN_CODE_CHARS))
        st.button(
            t("hp.suggest"),
            icon=":material/casino:",
            on_click=_suggest,
            args=(key,),
            key=f"{key}_suggest",
        )


def _dream_label(journal: Journal) -> Any:
    titles = {e.id: f"{state.day_text(e.date)} · {e.title}" for e in journal.list()}
    return lambda entry_id: titles.get(entry_id, entry_id[:8])


def _send_tab(journal: Journal) -> None:
    st.caption(t("hp.send_help"))
    counts = practice_counts(journal)
    if counts:
        st.markdown(t("hp.always", what=summary(counts)))
    else:
        st.info(t("hp.nothing_yet"), icon=":material/info:")
    st.multiselect(
        t("hp.dreams"),
        [e.id for e in journal.list()],
        format_func=_dream_label(journal),
        key="hp_dreams",
        help=t("hp.dreams_help"),
    )
    _code_input("hp_send_code")
    st.button(t("hp.make"), type="primary", icon=":material/lock:", on_click=_make, args=(journal,))
    made = st.session_state.get(FILE)
    if made is not None and made[2] == state.revision():
        data, what, _ = made
        st.success(t("hp.made", what=summary(what)), icon=":material/check_circle:")
        st.download_button(
            t("hp.download"),
            data=data,
            file_name=f"home-practice-{date.today().isoformat()}{SUFFIX}",
            mime="application/octet-stream",
            icon=":material/download:",
            on_click="ignore",
            key="hp_download",
        )
    st.divider()
    send_section(journal, _code, _code_input, summary, ERROR)


def _result(plan: ImportPlan) -> None:
    if plan.added:
        st.success(t("hp.result_added", what=summary(plan.added)), icon=":material/check_circle:")
    if plan.updated:
        st.success(t("hp.result_updated", what=summary(plan.updated)), icon=":material/update:")
    if plan.unchanged:
        st.info(t("hp.result_unchanged", what=summary(plan.unchanged)), icon=":material/info:")
    if plan.kept:
        st.warning(t("hp.result_kept", what=summary(plan.kept)), icon=":material/edit_note:")
    if plan.deleted_here:
        st.info(t("hp.result_deleted", what=summary(plan.deleted_here)), icon=":material/info:")
    if not plan.changes:
        st.info(t("hp.result_nothing"), icon=":material/done_all:")


def _bring_tab(journal: Journal) -> None:
    st.caption(t("hp.bring_help"))
    st.file_uploader(t("hp.file"), key="hp_upload", help=t("upload.help"))
    _code_input("hp_bring_code")
    st.button(
        t("hp.import"),
        type="primary",
        icon=":material/move_to_inbox:",
        on_click=_bring,
        args=(journal,),
    )
    plan = st.session_state.pop(RESULT, None)
    if isinstance(plan, ImportPlan):
        _result(plan)
    st.divider()
    address_section(journal, _code, _code_input, _result, ERROR)


def home_practice_page(journal: Journal) -> None:
    """Draw the page: one tab for each side of the exchange."""
    st.title(t("nav.home_practice"), anchor=False)
    st.caption(t("hp.intro"))
    error = st.session_state.pop(ERROR, None)
    if error:
        st.error(error, icon=":material/error:")
    send, bring = st.tabs([t("hp.tab_send"), t("hp.tab_bring")])
    with send:
        _send_tab(journal)
    with bring:
        _bring_tab(journal)
