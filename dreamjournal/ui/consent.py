"""Consent and crisis-confirmation boxes (one per dream, fresh for every remote request).

A box's key names the dream and a round counter. Using the consent (one remote request) moves
the counter on, so the next request starts with a new, unticked box; and Streamlit drops a
box's state when the page is left, so every visit starts unticked too.
"""

from __future__ import annotations

import streamlit as st

from dreamjournal.errors import BackendError, DreamJournalError
from dreamjournal.ui import state
from dreamjournal.ui.text import md_escape

ROUND = "v_consent_round"


def consent_key(kind: str, entry_id: str) -> str:
    """Session key of the consent box for sending this dream to a `kind` of remote backend."""
    return f"v_consent_{kind}_{entry_id}_{st.session_state.get(ROUND, 0)}"


def take_consent(kind: str, entry_id: str) -> bool:
    """Whether the box is ticked; the consent is used up either way (call once per request)."""
    given = bool(st.session_state.get(consent_key(kind, entry_id)))
    st.session_state[ROUND] = int(st.session_state.get(ROUND, 0)) + 1
    return given


def crisis_key(entry_id: str) -> str:
    """Session key of the 'I have read this and want to go on' box of a dream."""
    return f"v_crisis_{entry_id}"


def crisis_confirmed(entry_id: str) -> bool:
    """Whether the person confirmed going on despite the dream's crisis language."""
    return bool(st.session_state.get(crisis_key(entry_id)))


def error_text(exc: DreamJournalError) -> str:
    """An error's message for Markdown; a remote backend's may quote its server, so escaped."""
    return (
        md_escape(state.error_text(exc)) if isinstance(exc, BackendError) else state.error_text(exc)
    )
