"""Session: distress before, a guided rehearsal of a changed dream, distress after, notes."""

from dreamjournal.ui.layout import page_setup, require_journal, show_notice
from dreamjournal.ui.session_view import session_page

page_setup("nav.session")
journal = require_journal()
show_notice()
session_page(journal)
