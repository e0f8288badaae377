"""Insights: dreams and nightmares over time, lucid rate, top tags and emotions, dream signs."""

from dreamjournal.ui.insights_view import insights_page
from dreamjournal.ui.layout import page_setup, require_journal

page_setup("nav.insights")
insights_page(require_journal())
