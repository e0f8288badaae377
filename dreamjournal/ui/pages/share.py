"""Share: one chosen dream through a relay (a link whose key only the link holds), or as a file."""

from dreamjournal.ui.layout import page_setup, require_journal, show_notice
from dreamjournal.ui.share_view import share_page

page_setup("nav.share")
journal = require_journal()
show_notice()
share_page(journal)
