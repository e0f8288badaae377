"""Clips of a dream: render one (with progress and Cancel), play it, download it, delete it.

Rendering runs inside the script run; the progress callback moves an `st.progress` bar. Cancel
is an ordinary button drawn next to the bar: clicking it makes Streamlit stop this run at the
bar's next update (a new run was asked for) and raise inside the callback, so `render_clip`
removes its temp dir and stores nothing. The button's callback also sets a stop flag that the
progress callback checks (returning False), for any run that is not interrupted that way.

Playback: `load_clip` decrypts the MP4 into memory and `st.video` gets the bytes. Streamlit
keeps them in its in-memory media store (never on disk) and serves them on 127.0.0.1 under an
unguessable URL while this session's current page shows them; they are dropped on the next run
that does not show them, for example after a lock.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

import streamlit as st

from dreamjournal import i18n
from dreamjournal.errors import DreamJournalError
from dreamjournal.render.base import DEFAULT_SECONDS, MAX_SECONDS, MIN_SECONDS, SIZES, Cancelled
from dreamjournal.services import Entry, Journal
from dreamjournal.services.clips import ClipInfo, delete_clip, list_clips, load_clip, load_poster
from dreamjournal.ui import state
from dreamjournal.ui.consent import consent_key, crisis_confirmed, error_text, take_consent
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape

VOICE = "v_clip_voice"  # none, speech or recorded
RECORDER = "v_clip_recorder"  # st.audio_input
VOICES = ("none", "speech", "recorded")
STOP = "v_clip_stop"  # set by Cancel; the progress callback answers False
SHOWN = "v_clip_shown"  # id of the clip in the player
CONFIRM = "v_clip_confirm"  # id of a clip whose delete waits for a yes
NOTICE = "v_clip_notice"
ERROR = "v_clip_error"
LAST = "v_clip_last"  # id of a clip stored by the last render (even if Cancel came too late)
SECONDS, SIZE, BACKEND = "v_clip_seconds", "v_clip_size", "v_clip_backend"
BACKEND_NAMES = frozenset({"procedural", "videos-api"})  # those with a name in the catalogue
POSTER_PX = 168
BAR_STEP = 0.01  # redraw the bar every 1 %


def _cancel() -> None:
    st.session_state[STOP] = True
    late = st.session_state.pop(LAST, None)
    st.session_state[f"{NOTICE}_render"] = "clip.done" if late else "clip.cancelled"


def _messages(where: str) -> None:
    """One-shot messages for `where` ("render" or "list"), drawn where the person acted."""
    error = st.session_state.pop(f"{ERROR}_{where}", None)
    if error:
        st.error(error, icon=":material/error:")
    notice = st.session_state.pop(f"{NOTICE}_{where}", None)
    if notice == "clip.cancelled":
        st.info(t(notice), icon=":material/cancel:")
    elif notice:
        st.success(t(notice), icon=":material/check_circle:")


def _remote_settings(entry: Entry) -> bool:
    """What a remote renderer sends and where; its consent box. False if it cannot run."""
    from dreamjournal.settings import get_settings

    base_url = get_settings().videos_base_url
    if not base_url:
        st.warning(t("clip.remote_unset"), icon=":material/cloud_off:")
        return False
    st.info(t("clip.remote_what", where=md_escape(base_url)), icon=":material/cloud:")
    st.checkbox(t("vis.consent"), key=consent_key("renderer", entry.id))
    return True


def _render(journal: Journal, entry: Entry, backend: str, seconds: float, size: str) -> None:
    """Render now, showing progress and a Cancel button; rerun to show the result."""
    ss = st.session_state
    ss[STOP] = False
    ss.pop(LAST, None)
    remote = backend != "procedural"
    consent = take_consent("renderer", entry.id) if remote else False
    with st.container(border=True, key="v_clip_progress"):
        bar = st.progress(0.0, text=t("clip.rendering", pct=0))
        st.button(t("clip.cancel"), icon=":material/stop_circle:", on_click=_cancel, key="v_cancel")
    drawn = [0.0]  # the fraction the bar shows

    def progress(fraction: float) -> bool | None:
        if ss.get(STOP):
            return False
        if fraction - drawn[0] >= BAR_STEP or fraction >= 1.0:
            drawn[0] = fraction
            # Also where a Cancel click stops this run: Streamlit raises here.
            bar.progress(fraction, text=t("clip.rendering", pct=round(fraction * 100)))
        return None

    from dreamjournal.services.clips import RECORDED, SPEECH, render_clip

    voice = {"speech": SPEECH, "recorded": RECORDED}.get(ss.get(VOICE) or "none")

    try:
        info = render_clip(
            journal,
            entry.id,
            backend=backend,
            seconds=seconds,
            size=size,
            consent=consent,
            crisis_confirmed=crisis_confirmed(entry.id),
            progress=progress,
            voice=voice,
        )
    except Cancelled:
        ss[f"{NOTICE}_render"] = "clip.cancelled"
    except DreamJournalError as exc:
        ss[f"{ERROR}_render"] = error_text(exc)
    else:
        ss[LAST] = ss[SHOWN] = info.id  # before any st call: a late Cancel still sees it
        ss[f"{NOTICE}_render"] = "clip.done"
    ss[STOP] = False
    st.rerun()


def _controls(journal: Journal, entry: Entry) -> None:
    from dreamjournal.render.base import renderer_names

    ss = st.session_state
    with st.container(horizontal=True, gap="large", vertical_alignment="bottom"):
        st.slider(
            t("clip.seconds"),
            int(MIN_SECONDS),
            int(MAX_SECONDS),
            int(DEFAULT_SECONDS),
            key=SECONDS,
            width=320,
        )
        st.segmented_control(
            t("clip.size"), list(SIZES), default="854x480", key=SIZE, required=True
        )
    names = renderer_names()
    st.selectbox(
        t("clip.backend"),
        names,
        format_func=state.labels(
            names, lambda n: t(f"clip.backend.{n}") if n in BACKEND_NAMES else n
        ),
        key=BACKEND,
        width=360,
    )
    backend = ss.get(BACKEND) or "procedural"
    if backend == "procedural":
        _voice_choice(journal, entry)
    ready = True
    if backend != "procedural":
        ready = _remote_settings(entry)
    render = st.button(
        t("clip.render"),
        type="primary",
        icon=":material/movie:",
        key="v_render",
        disabled=not ready,
    )
    if render:
        _render(journal, entry, backend, float(ss.get(SECONDS, 12)), ss.get(SIZE) or "854x480")


def _keep_recording(journal: Journal, entry_id: str) -> None:
    from dreamjournal.services.clips import save_recording

    audio = st.session_state.get(RECORDER)
    if audio is None:
        return
    try:
        save_recording(journal, entry_id, audio.getvalue())
    except DreamJournalError as exc:
        st.session_state[f"{ERROR}_render"] = error_text(exc)
        return
    st.session_state[VOICE] = "recorded"
    st.session_state[f"{NOTICE}_render"] = "clip.record_kept"


def _drop_recording(journal: Journal, entry_id: str) -> None:
    from dreamjournal.services.clips import delete_recording

    delete_recording(journal, entry_id)
    if st.session_state.get(VOICE) == "recorded":
        st.session_state[VOICE] = "none"
    st.session_state[f"{NOTICE}_render"] = "clip.record_deleted"


def _voice_choice(journal: Journal, entry: Entry) -> None:
    """Who speaks the script over the clip: nobody, the offline voice, or the person's own
    recording (made here with `st.audio_input`, kept sealed like a clip)."""
    from dreamjournal.services.clips import load_recording, recording_of

    ss = st.session_state
    kept = recording_of(journal, entry.id)
    choices = [v for v in VOICES if v != "recorded" or kept is not None]
    if ss.get(VOICE) not in choices:
        ss[VOICE] = "none"
    st.segmented_control(
        t("clip.voice"),
        choices,
        format_func=lambda v: t(f"clip.voice.{v}"),
        key=VOICE,
        required=True,
        help=t("clip.voice_help"),
    )
    with st.container(border=True, key="v_clip_recording"):
        if kept is not None:
            st.caption(t("clip.record_have", s=f"{kept.seconds:.0f}"))
            with contextlib.suppress(DreamJournalError):  # a damaged file: it can still go
                st.audio(load_recording(journal, entry.id) or b"", format="audio/wav")
            st.button(
                t("clip.record_delete"),
                icon=":material/delete:",
                type="tertiary",
                key="v_rec_delete",
                on_click=_drop_recording,
                args=(journal, entry.id),
            )
        # A new recording replaces the kept one; the browser's recording never leaves this
        # session until "Keep" seals it into the vault.
        st.audio_input(t("clip.record"), key=RECORDER, help=t("clip.record_help"))
        st.button(
            t("clip.record_keep"),
            icon=":material/mic:",
            key="v_rec_keep",
            disabled=ss.get(RECORDER) is None,
            on_click=_keep_recording,
            args=(journal, entry.id),
        )


def _details(c: ClipInfo) -> str:
    """'4 s · 854x480 · made on this computer · 12/1/26, 3:58 AM · 0.6 MB', in the person's
    language."""
    lang = state.lang()
    try:
        created = datetime.fromisoformat(c.created).astimezone()  # this machine's clock
        when = i18n.format_datetime(created, lang, "short")
    except ValueError:
        when = c.created.replace("T", " ")[:16]
    # "made on this computer" in the line (the picker's "This computer" answers "Made by")
    backend = t(f"clip.made.{c.backend}") if c.backend in BACKEND_NAMES else c.backend
    mb = i18n.format_decimal(c.mp4_bytes / 1_000_000, lang)
    return t(
        "clip.details",
        s=i18n.format_number(c.seconds, lang),
        size=c.size,
        backend=backend,
        when=when,
        mb=mb,
    )


def _show(journal: Journal, clip: ClipInfo) -> None:
    try:
        data = load_clip(journal, clip.id)
    except DreamJournalError as exc:
        state.show_error(exc)
        return
    st.video(data, format="video/mp4")
    with st.container(horizontal=True, vertical_alignment="center"):
        st.caption(_details(clip), width="stretch")
        st.download_button(
            t("clip.download"),
            data=data,
            file_name=f"dream-{clip.id[:8]}.mp4",
            mime="video/mp4",
            icon=":material/download:",
            on_click="ignore",
            key="v_clip_download",
        )
    st.caption(t("clip.unencrypted"))


def _select(clip_id: str) -> None:
    st.session_state[SHOWN] = clip_id
    st.session_state.pop(CONFIRM, None)


def _ask_delete(clip_id: str | None) -> None:
    st.session_state[CONFIRM] = clip_id


def _delete(journal: Journal, clip_id: str) -> None:
    try:
        delete_clip(journal, clip_id)
    except DreamJournalError as exc:
        st.session_state[f"{ERROR}_list"] = state.error_text(exc)
        return
    st.session_state.pop(CONFIRM, None)
    if st.session_state.get(SHOWN) == clip_id:
        st.session_state.pop(SHOWN, None)
    st.session_state[f"{NOTICE}_list"] = "clip.deleted"


def _clip_row(journal: Journal, c: ClipInfo, shown: bool) -> None:
    with st.container(
        border=True, horizontal=True, vertical_alignment="center", key=f"clip_{c.id}"
    ):
        poster = None
        # A missing or damaged poster file: the row still lets the clip be deleted.
        with contextlib.suppress(DreamJournalError):
            poster = load_poster(journal, c.id)
        if poster:
            st.image(poster, width=POSTER_PX)
        st.caption(_details(c), width="stretch")
        buttons: dict[str, Any] = {"type": "tertiary"}
        if st.session_state.get(CONFIRM) == c.id:
            st.button(
                t("clip.delete_yes"),
                key=f"v_del_yes_{c.id}",
                icon=":material/delete_forever:",
                on_click=_delete,
                args=(journal, c.id),
            )
            st.button(t("delete.no"), key=f"v_del_no_{c.id}", on_click=_ask_delete, args=(None,))
            return
        if shown:
            st.badge(t("clip.playing"), icon=":material/play_circle:", color="violet")
        else:
            st.button(
                t("clip.play"),
                key=f"v_play_clip_{c.id}",
                icon=":material/play_arrow:",
                on_click=_select,
                args=(c.id,),
                **buttons,
            )
        st.button(
            t("clip.delete"),
            key=f"v_del_{c.id}",
            icon=":material/delete:",
            on_click=_ask_delete,
            args=(c.id,),
            **buttons,
        )


def clip_panel(journal: Journal, entry: Entry) -> None:
    """Render controls, the clip being played, and the dream's other clips."""
    clips = list(reversed(list_clips(journal, entry.id)))  # newest first
    ids = [c.id for c in clips]
    shown_id = st.session_state.get(SHOWN)
    if shown_id not in ids:
        shown_id = ids[0] if ids else None
    if shown_id:
        _show(journal, clips[ids.index(shown_id)])
        st.space("small")
    # Keyed: it stays open when a new clip's player appears above it.
    with st.expander(t("clip.new"), expanded=not clips, icon=":material/movie:", key="v_clip_new"):
        _messages("render")
        st.caption(t("clip.help"))
        _controls(journal, entry)
    _messages("list")
    if clips:
        st.markdown(f"**{t('clip.list', n=len(clips))}**")
        for c in clips:
            _clip_row(journal, c, c.id == shown_id)
    else:
        st.caption(t("clip.none"))
