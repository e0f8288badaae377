"""Home: create a vault, unlock one, or see the open one."""

from dreamjournal.ui.home import home_page
from dreamjournal.ui.layout import page_setup

page_setup("nav.home")
home_page()
