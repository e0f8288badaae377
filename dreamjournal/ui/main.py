"""The app's entry script: `st.navigation` over the pages beside it (run by `dreamjournal app`).

The menu is our own sidebar (labels in the chosen language, the vault's status below it), so
Streamlit's navigation is hidden; pages are the targets of its links and of `switch_page`.
"""

import streamlit as st

from dreamjournal.therapy.safety import prepare_crisis_check_in_background
from dreamjournal.ui.routes import HOME, NAV
from dreamjournal.ui.state import t

# the crisis check's sentence encoder (about a second to read), read once per process in the
# background, so the first dream saved does not wait for it
prepare_crisis_check_in_background()

pages = [st.Page(path, title=t(key), icon=icon, default=path == HOME) for path, key, icon in NAV]
st.navigation(pages, position="hidden").run()
