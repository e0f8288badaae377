"""Notes of past sessions: read in full, edit afterwards, every earlier version shown.

The edit goes through `services.therapy.edit_session_notes`, which keeps the version replaced
in the session's sealed record; nothing here holds notes outside `st.session_state`.
"""

from __future__ import annotations

from datetime import tzinfo

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Journal
from dreamjournal.services.therapy import edit_session_notes
from dreamjournal.therapy.sessions import MAX_NOTES, Session, sessions
from dreamjournal.ui import state
from dreamjournal.ui.outcomes_view import local_time
from dreamjournal.ui.state import t

PICK = "sn_pick"
RESULT = "sn_result"  # ("success" | "error", text), shown once


def _text_key(session_id: str) -> str:
    return f"sn_text_{session_id}"


def _save(journal: Journal, session_id: str) -> None:
    ss = st.session_state
    try:
        edit_session_notes(journal, session_id, str(ss.get(_text_key(session_id)) or ""))
    except DreamJournalError as exc:
        ss[RESULT] = ("error", state.error_text(exc))
        return
    ss[RESULT] = ("success", t("session.notes_saved"))


def _label(s: Session, titles: dict[str, str], tz: tzinfo | None) -> str:
    return f"{local_time(s.started, tz)} · {titles.get(s.entry_id, t('session.deleted'))}"


def notes_editor(journal: Journal, tz: tzinfo | None) -> None:
    """Pick a saved session, edit its notes, see the versions they replaced."""
    done = [s for s in reversed(sessions(journal)) if s.ended is not None]
    if not done:
        return
    titles = {e.id: e.title for e in journal.search()}
    by_id = {s.id: s for s in done}
    ss = st.session_state
    with st.expander(t("session.edit_heading"), icon=":material/edit_note:"):
        if ss.get(PICK) not in by_id:
            ss[PICK] = done[0].id
        st.selectbox(
            t("session.pick_past"),
            list(by_id),
            key=PICK,
            format_func=lambda sid: _label(by_id[sid], titles, tz),
        )
        chosen = by_id[str(ss[PICK])]
        key = _text_key(chosen.id)
        if key not in ss:
            ss[key] = chosen.notes
        st.text_area(t("session.notes"), key=key, height=220, max_chars=MAX_NOTES)
        st.button(
            t("session.save_notes"),
            icon=":material/save:",
            on_click=_save,
            args=(journal, chosen.id),
            key="sn_save",
        )
        result = ss.pop(RESULT, None)
        if result:
            (st.success if result[0] == "success" else st.error)(result[1])
        if chosen.notes_history:
            st.markdown(f"**{t('session.notes_history', n=len(chosen.notes_history))}**")
            for version in reversed(chosen.notes_history):
                st.caption(t("session.version_until", time=local_time(version["until"], tz)))
                st.text(version["notes"] or t("session.no_notes"), width="stretch")
