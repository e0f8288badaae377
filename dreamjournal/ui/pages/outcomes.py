"""Outcomes: one client's nightmares, distress, rehearsal and IRT adherence; the report."""

from dreamjournal.ui.layout import page_setup, require_journal
from dreamjournal.ui.outcomes_view import outcomes_page

page_setup("nav.outcomes")
outcomes_page(require_journal())
