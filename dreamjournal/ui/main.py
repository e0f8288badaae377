"""The app's entry script: `st.navigation` over the pages beside it (run by `dreamjournal app`).

The menu is our own sidebar (labels in the chosen language, the vault's status below it), so
Streamlit's navigation is hidden; pages are the targets of its links and of `switch_page`.
"""

import threading

import streamlit as st

from dreamjournal.therapy.safety import prepare_crisis_check
from dreamjournal.ui.routes import HOME, NAV
from dreamjournal.ui.state import t


@st.cache_resource(show_spinner=False)
def _crisis_check_prepared() -> threading.Thread:
    """The crisis check's classifier and sentence encoder, read once per process in the
    background, so the first dream saved does not wait for them."""
    thread = threading.Thread(target=prepare_crisis_check, name="crisis-check", daemon=True)
    thread.start()
    return thread


_crisis_check_prepared()

pages = [st.Page(path, title=t(key), icon=icon, default=path == HOME) for path, key, icon in NAV]
st.navigation(pages, position="hidden").run()
