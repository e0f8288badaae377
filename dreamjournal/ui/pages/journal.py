"""Journal: newest first, search and filters, pages of 20, a dream's detail view."""

import streamlit as st

from dreamjournal.ui.care import care_box
from dreamjournal.ui.draft import CARE_PENDING
from dreamjournal.ui.journal_view import journal_page
from dreamjournal.ui.layout import page_setup, require_journal, show_notice

page_setup("nav.journal")
journal = require_journal()
show_notice()
care_language = st.session_state.pop(CARE_PENDING, "")
if care_language:
    care_box("j_care", care_language)
journal_page(journal)
