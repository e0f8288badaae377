"""The dream reel on the Share page: pick dreams with clips, join them, watch, share, delete.

A reel is made to be shown to someone, so it lives where a person goes to show a dream: the
Share page. Its clips are made on the Visualize page; here the person picks which dreams' clips
(newest of each), in the order picked. "Share this reel" puts it in the share form above, so
it goes out through the same path as a dream (a relay link or an offline file, consent, expiry,
passcode). Playback decrypts into memory only (`st.video` keeps it in Streamlit's in-memory
media store), like a clip.
"""

from __future__ import annotations

import contextlib

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Entry, Journal
from dreamjournal.services.clips import ClipInfo
from dreamjournal.ui import state
from dreamjournal.ui.state import error_text, lang, t
from dreamjournal.ui.text import snippet

PICKED = "rl_dreams"
CLEAR = "rl_clear"
SHOWN = "rl_shown"
NOTICE = "rl_notice"
ERROR = "rl_error"
REEL_PREFIX = "reel:"  # a reel in the share form's picker: "reel:<clip id>"
POSTER_PX = 168


def reel_choice(reel_id: str) -> str:
    """The share form's option value of a reel."""
    return REEL_PREFIX + reel_id


def reel_label(reel: ClipInfo, entries: dict[str, Entry]) -> str:
    """'Dream reel · 3 dreams · 2025-03-01 – 2025-03-04' (dates of the dreams still here)."""
    dates = sorted(entries[e].date for e in reel.entries if e in entries)
    span = ""
    if dates:
        span = state.day_text(dates[0])
        if dates[-1] != dates[0]:
            span += f" – {state.day_text(dates[-1])}"
    return t("reel.label", n=len(reel.entries), span=span)


def _make(journal: Journal) -> None:
    from dreamjournal.services.clips import make_reel

    ss = st.session_state
    picked = list(ss.get(PICKED) or [])
    bar = st.progress(0.0, text=t("reel.making", pct=0))

    def progress(fraction: float) -> None:
        bar.progress(fraction, text=t("reel.making", pct=round(fraction * 100)))

    try:
        info = make_reel(journal, picked, progress=progress, lang=lang())
    except DreamJournalError as exc:
        ss[ERROR] = error_text(exc)
    else:
        ss[SHOWN] = info.id
        ss[CLEAR] = True  # the picker empties on the next run (it is drawn in this one)
        ss[NOTICE] = "reel.done"
    st.rerun()


def _share(reel_id: str) -> None:
    st.session_state["sh_entry"] = reel_choice(reel_id)
    st.session_state.pop("sh_created", None)
    st.session_state.pop("sh_bundle", None)


def _delete(journal: Journal, reel_id: str) -> None:
    from dreamjournal.services.clips import delete_clip

    try:
        delete_clip(journal, reel_id)
    except DreamJournalError as exc:
        st.session_state[ERROR] = error_text(exc)
        return
    if st.session_state.get("sh_entry") == reel_choice(reel_id):
        st.session_state.pop("sh_entry", None)
    st.session_state[NOTICE] = "reel.deleted"


def _show(journal: Journal, reel: ClipInfo, entries: dict[str, Entry], shown: bool) -> None:
    from dreamjournal.services.clips import load_clip, load_poster

    with st.container(border=True, key=f"reel_{reel.id}"):
        with st.container(horizontal=True, vertical_alignment="center"):
            if not shown:
                poster = None
                with contextlib.suppress(DreamJournalError):
                    poster = load_poster(journal, reel.id)
                if poster:
                    st.image(poster, width=POSTER_PX)
            st.markdown(f"**{reel_label(reel, entries)}**", width="stretch")
        if shown:
            try:
                st.video(load_clip(journal, reel.id), format="video/mp4")
            except DreamJournalError as exc:
                st.error(error_text(exc), icon=":material/error:")
        st.caption(t("reel.details", s=f"{reel.seconds:g}", size=reel.size))
        with st.container(horizontal=True):
            if not shown:
                st.button(
                    t("clip.play"),
                    icon=":material/play_arrow:",
                    key=f"rl_play_{reel.id}",
                    on_click=lambda: st.session_state.__setitem__(SHOWN, reel.id),
                    type="tertiary",
                )
            st.button(
                t("reel.share"),
                icon=":material/share:",
                key=f"rl_share_{reel.id}",
                on_click=_share,
                args=(reel.id,),
                type="tertiary",
            )
            st.button(
                t("clip.delete"),
                icon=":material/delete:",
                key=f"rl_del_{reel.id}",
                on_click=_delete,
                args=(journal, reel.id),
                type="tertiary",
            )


def reel_panel(journal: Journal) -> None:
    """The Dream reel section: make one from dreams with clips, and the reels made so far."""
    from dreamjournal.services.clips import list_clips, list_reels

    ss = st.session_state
    st.subheader(t("reel.title"), anchor=False)
    st.caption(t("reel.intro"))
    error, notice = ss.pop(ERROR, None), ss.pop(NOTICE, None)
    if error:
        st.error(error, icon=":material/error:")
    if notice:
        st.success(t(notice), icon=":material/check_circle:")
    entries = {e.id: e for e in journal.list()}
    with_clips = {c.entry_id for c in list_clips(journal)}
    choices = [i for i in entries if i in with_clips]
    if ss.pop(CLEAR, False):
        ss[PICKED] = []
    if ss.get(PICKED):
        ss[PICKED] = [i for i in ss[PICKED] if i in choices]
    if not choices:
        st.caption(t("reel.no_clips"))
    else:
        st.multiselect(
            t("reel.pick"),
            choices,
            format_func=state.labels(
                choices,
                lambda i: f"{state.day_text(entries[i].date)} · {snippet(entries[i].title, 60)}",
            ),
            key=PICKED,
            help=t("reel.pick_help"),
            max_selections=12,
        )
        if st.button(
            t("reel.make"),
            icon=":material/movie:",
            key="rl_make",
            disabled=len(ss.get(PICKED) or []) < 2,
        ):
            _make(journal)
    reels = list(reversed(list_reels(journal)))  # newest first
    for reel in reels:
        _show(journal, reel, entries, ss.get(SHOWN) == reel.id)
