"""Share: one chosen dream as a link for the friend viewer or as an offline HTML file."""

from dreamjournal.ui.layout import page_setup, require_journal, show_notice
from dreamjournal.ui.share_view import share_page

page_setup("nav.share")
journal = require_journal()
show_notice()
share_page(journal)
