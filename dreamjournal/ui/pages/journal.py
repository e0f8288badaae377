"""Journal: newest first, search and filters, pages of 20, a dream's detail view."""

from dreamjournal.ui.journal_view import journal_page
from dreamjournal.ui.layout import page_setup, require_journal, show_notice

page_setup("nav.journal")
journal = require_journal()
show_notice()
journal_page(journal)
