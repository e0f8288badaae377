"""The friend viewer: one shared dream per link, run by `dreamjournal share-server`.

It reads only the share store; it never opens a vault. A link (`/?s=TOKEN`) is looked up when
the page loads, but the dream is decrypted and a view counted only when a person clicks "Open
the dream": link-preview bots fetch the HTML shell and never run this script, and even a bot
that runs it does not click. Everything a friend sees is shown through elements that parse
nothing (`st.text`, `st.code`) or Markdown with every punctuation character escaped.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from dreamjournal.share.messages import msg
from dreamjournal.share.snapshot import Snapshot
from dreamjournal.share.store import ShareStore
from dreamjournal.share.viewer import (
    PasscodeLocked,
    ShareNotAvailable,
    ShareViewer,
    WrongPasscode,
)
from dreamjournal.ui.text import md_escape

SNAPSHOT = "shared_snapshot"
OPENED_LINK = "shared_link"  # session key: the link whose dream is open
PROBLEM = "open_problem"
PASSCODE = "passcode"


def _lang() -> str:
    locale = (st.context.locale or "").lower()
    return "de" if locale.startswith("de") else "en"


def _viewer() -> ShareViewer:
    data_dir = Path(os.environ.get("DREAMJOURNAL_DATA_DIR") or "data")
    return ShareViewer(ShareStore.in_data_dir(data_dir))


def _not_available(lang: str) -> None:
    st.markdown(f"### {md_escape(msg('viewer.not_available', lang))}")
    st.write(msg("viewer.not_available_body", lang))


def _open(token: str) -> None:
    """On a person's click: decrypt, count one view, keep the dream for this session only."""
    try:
        snapshot = _viewer().open(token, st.session_state.get(PASSCODE))
    except ShareNotAvailable:
        st.session_state[PROBLEM] = ("viewer.not_available", {})
        return
    except PasscodeLocked as exc:
        st.session_state[PROBLEM] = ("viewer.locked", {"minutes": exc.minutes})
        return
    except WrongPasscode as exc:
        key = "viewer.missing_passcode" if exc.missing else "viewer.wrong_passcode"
        st.session_state[PROBLEM] = (key, {})
        return
    st.session_state[SNAPSHOT] = snapshot
    st.session_state[OPENED_LINK] = token
    st.session_state.pop(PASSCODE, None)


def _open_form(token: str, needs_passcode: bool, lang: str) -> None:
    st.markdown(f"### {md_escape(msg('viewer.intro', lang))}")
    label = msg("viewer.open", lang)
    if needs_passcode:
        with st.form("open", border=False):
            st.text_input(
                msg("viewer.passcode", lang),
                type="password",
                help=msg("viewer.passcode_help", lang),
                max_chars=200,
                key=PASSCODE,
            )
            st.form_submit_button(label, type="primary", on_click=_open, args=(token,))
    else:
        st.button(label, type="primary", on_click=_open, args=(token,))
    st.caption(msg("viewer.counts", lang))


def _show(snapshot: Snapshot, lang: str) -> None:
    st.title(md_escape(snapshot.title), anchor=False)
    st.caption(md_escape(snapshot.date))
    if snapshot.clip is not None:
        st.video(snapshot.clip, format="video/mp4")
    if snapshot.text is not None:
        st.text(snapshot.text, width="stretch")
    if snapshot.prompt is not None:
        st.subheader(msg("viewer.prompt", lang), anchor=False)
        st.code(snapshot.prompt, language=None, wrap_lines=True)
    if snapshot.script:
        st.subheader(msg("viewer.script", lang), anchor=False)
        for step in snapshot.script:
            phase = step.phase.replace("_", " ")
            seconds = msg("viewer.seconds", lang, seconds=round(step.seconds))
            st.caption(md_escape(f"{phase} · {seconds}"))
            st.text(step.text, width="stretch")
    st.divider()
    st.caption(msg("viewer.footer", lang))


def main() -> None:
    """Draw the page for the link in the address bar."""
    lang = _lang()
    st.set_page_config(
        page_title=msg("viewer.page_title", lang),
        # An emoji icon becomes a data: URL; a :material/...: icon would be fetched from
        # fonts.gstatic.com, a request to a third party on every page load.
        page_icon="🌙",
        layout="centered",
        initial_sidebar_state="collapsed",
    )
    token = st.query_params.get("s", "")
    snapshot = st.session_state.get(SNAPSHOT)
    if isinstance(snapshot, Snapshot) and st.session_state.get(OPENED_LINK) == token:
        _show(snapshot, lang)
        return
    problem = st.session_state.pop(PROBLEM, None)
    if problem is not None and problem[0] == "viewer.not_available":
        _not_available(lang)
        return
    try:
        info = _viewer().check(token)
    except ShareNotAvailable:
        _not_available(lang)
        return
    if problem is not None:
        st.error(msg(problem[0], lang, **problem[1]))
    _open_form(token, info.needs_passcode, lang)


main()
