"""Dream Journal: home page (create, unlock or lock a vault). Run: streamlit run streamlit_app.py"""

from dreamjournal.ui.home import home_page
from dreamjournal.ui.layout import page_setup

page_setup("nav.home")
home_page()
