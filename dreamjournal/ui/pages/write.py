"""Write: quick capture of a new dream, or editing one."""

from dreamjournal.ui.draft import write_form
from dreamjournal.ui.layout import guard, page_setup

page_setup("nav.write")
# Locked: the unlock form shows above and the text fields stay, so nothing typed is lost.
write_form(guard())
