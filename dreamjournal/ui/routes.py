"""The app's pages: file paths relative to `main.py`, their title keys and icons, in menu order."""

from __future__ import annotations

HOME = "pages/home.py"
WRITE = "pages/write.py"
JOURNAL = "pages/journal.py"
INSIGHTS = "pages/insights.py"
VISUALIZE = "pages/visualize.py"
SHARE = "pages/share.py"
SESSION = "pages/session.py"
OUTCOMES = "pages/outcomes.py"
HOME_PRACTICE = "pages/home_practice.py"
SETTINGS = "pages/settings.py"

NAV = (
    (HOME, "nav.home", ":material/bedtime:"),
    (WRITE, "nav.write", ":material/edit_note:"),
    (JOURNAL, "nav.journal", ":material/menu_book:"),
    (INSIGHTS, "nav.insights", ":material/insights:"),
    (VISUALIZE, "nav.visualize", ":material/movie_filter:"),
    (SHARE, "nav.share", ":material/share:"),
    (SETTINGS, "nav.settings", ":material/settings:"),
    (SESSION, "nav.session", ":material/self_improvement:"),
    (OUTCOMES, "nav.outcomes", ":material/monitoring:"),
    (HOME_PRACTICE, "nav.home_practice", ":material/home_health:"),
)

# Pages for nightmare work with a therapist: the menu lists them last, under their own heading,
# so a person keeping a journal for themselves sees what they belong to.
THERAPY = frozenset({SESSION, OUTCOMES, HOME_PRACTICE})
