"""Settings: language, auto-lock, passphrase, encrypted backup and restore."""

import streamlit as st

from dreamjournal.ui.layout import guard, page_setup
from dreamjournal.ui.settings_view import language_picker, settings_page
from dreamjournal.ui.state import t

page_setup("nav.settings")
journal = guard()
st.title(t("nav.settings"), anchor=False)
language_picker("s_lang")
if journal is not None:
    settings_page(journal)
