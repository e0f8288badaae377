"""Where help is, shown calmly wherever crisis language was written (Write, Visualize, Share)."""

from __future__ import annotations

import streamlit as st

from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape


def help_lines() -> None:
    """The support message and the help lines of the configured region, as plain text."""
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.safety import help_resources, support_message

    st.markdown(support_message(state.lang()))
    for r in help_resources(get_settings().help_region):
        reach = " · ".join(x for x in (r.phone, r.url) if x)
        st.markdown(f"- **{md_escape(r.name)}** {md_escape(reach)}")
        st.caption(md_escape(r.description))


def care_box(key: str) -> None:
    """A bordered box with a calm title and the help lines."""
    with st.container(border=True, key=key):
        st.markdown(f"#### {t('vis.crisis_title')}", anchors=False)
        help_lines()
