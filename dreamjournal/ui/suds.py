"""A distress rating (SUDS 0-10) that starts unset: nothing is recorded until a number is chosen.

A slider always holds a value, so an untouched one would record a rating the client never
gave; number chips with nothing selected return None until one is tapped.
"""

from __future__ import annotations

import streamlit as st

SUDS = list(range(11))


def suds_picker(label: str, key: str, help_text: str) -> None:
    """Chips 0-10, none selected at first; the choice is in `st.session_state[key]`."""
    # persist_state: a look at another page mid-session keeps what was set here (a lock does not).
    st.pills(
        label,
        SUDS,
        selection_mode="single",
        default=None,
        key=key,
        help=help_text,
        persist_state="session",
    )
