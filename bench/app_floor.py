"""The framework's floor for bench/app.py: a minimal Streamlit app, served like ours.

Two pages under `st.navigation` with our sidebar-link menu, a title, a button and a caption:
the rerun round trip of a click and a page switch with nothing of ours in them. Served by
`dreamjournal.ui.launch.serve`, so the same flags, theme and middleware apply.
"""

import streamlit as st


def _again() -> None:
    st.session_state["runs"] = st.session_state.get("runs", 0) + 1


def _one() -> None:
    st.title("Floor one", anchor=False)
    st.button("Again", on_click=_again)
    st.caption(f"runs {st.session_state.get('runs', 0)}")


def _two() -> None:
    st.title("Floor two", anchor=False)
    st.caption("the other page")


pages = [
    st.Page(_one, title="One", url_path="one", default=True),
    st.Page(_two, title="Two", url_path="two"),
]
nav = st.navigation(pages, position="hidden")
with st.sidebar:
    for p in pages:
        st.page_link(p, label=p.title)
nav.run()
