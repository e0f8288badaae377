"""Visualize: a dream's analysis, guided script, video prompt and clips; IRT for nightmares."""

from dreamjournal.ui.layout import page_setup, require_journal, show_notice
from dreamjournal.ui.visualize_view import visualize_page

page_setup("nav.visualize")
journal = require_journal()
show_notice()
visualize_page(journal)
