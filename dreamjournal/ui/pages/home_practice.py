"""Home practice: the client's encrypted practice file out; the therapist brings it in."""

from dreamjournal.ui.home_practice_view import home_practice_page
from dreamjournal.ui.layout import page_setup, require_journal

page_setup("nav.home_practice")
home_practice_page(require_journal())
