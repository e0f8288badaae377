"""The Share page: pick a dream and what it includes, publish it to a relay or make a file, list
shares with their live status, revoke, read friends' replies.

Links are shown with `st.code` (a copy button, parses nothing); titles go through `md_escape`;
friends' replies through `st.text` (never Markdown, never HTML). The consent checkbox starts
unticked on every visit (a widget not drawn in a run loses its state) and is used up by a
publish. A new link lives in `st.session_state` only, until another dream is picked.
"""

from __future__ import annotations

import contextlib
import time
from datetime import datetime
from typing import Any, Final, Literal

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.i18n import format_datetime, message
from dreamjournal.services import Entry, Journal
from dreamjournal.share.snapshot import INCLUDABLE
from dreamjournal.ui import state
from dreamjournal.ui.entries import OPEN
from dreamjournal.ui.reel_panel import REEL_PREFIX, reel_choice, reel_label, reel_panel
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape, snippet

CREATED = "sh_created"  # the link just published
BUNDLE = "sh_bundle"  # (html, key, file name) of the file just prepared
LISTING = "sh_listing"  # (fetched at, shares, replies by share id): relay answers, kept briefly
ERROR = "sh_error"
ERROR_CALM = "sh_error_calm"  # the error is a pause for the person's sake: shown as a note
LISTING_TTL_S = 30.0  # a click elsewhere on the page does not ask the relay again
BadgeColour = Literal["green", "gray", "red", "orange", "blue", "violet"]
BADGE_COLOURS: dict[str, BadgeColour] = {
    "active": "green",
    "pending": "violet",
    "expired": "gray",
    "revoked": "red",
    "used_up": "orange",
    "gone": "gray",
    "unreachable": "orange",
    "bundle": "blue",
    "retired": "gray",
}


def _m(key: str, **values: Any) -> str:
    return message(key, state.lang(), **values)


def _when(ts: float) -> str:
    return format_datetime(datetime.fromtimestamp(ts), state.lang(), "short")


def _choices() -> dict[str, Any]:
    """The form's current choices, from session state (callbacks read them here)."""
    ss = st.session_state
    picked = str(ss.get("sh_entry") or "")
    reel = picked.removeprefix(REEL_PREFIX) if picked.startswith(REEL_PREFIX) else None
    return {
        "entry_id": None if reel else ss.get("sh_entry"),
        "reel_id": reel,
        "include": [name for name in INCLUDABLE if ss.get(f"sh_inc_{name}")],
        "passcode": (ss.get("sh_passcode") or "").strip() or None,
        "crisis_confirmed": bool(ss.get("sh_crisis")),
    }


# Service errors whose text speaks to the command line ("pass --relay", "--confirm"): here the
# page says where on it to act instead.
_IN_THIS_PAGE: Final = {
    "error.relay_shares.share_relay_set": "share.relay_needed",
    "error.service.dream_mentions_thoughts": "share.crisis_tick_first",
}


def _failed(exc: DreamJournalError) -> None:
    """Keep a failed publish's message for the top of the page, in this page's words."""
    key = _IN_THIS_PAGE.get(exc.message_id)
    st.session_state[ERROR] = (
        _m(key, file=_m("share.bundle"), confirm=_m("share.crisis_confirm"))
        if key
        else state.error_text(exc)
    )
    st.session_state[ERROR_CALM] = key == "share.crisis_tick_first"


def _publish(journal: Journal) -> None:
    from dreamjournal.services.shares import parse_expiry, publish_share, relay_url

    c = _choices()
    ss = st.session_state
    try:
        created = publish_share(
            journal,
            c["entry_id"],
            relay_url(ss.get("sh_relay")),
            consent=ss.get("sh_consent") is True,
            include=c["include"],
            reel_id=c["reel_id"],
            expires_in=parse_expiry(ss.get("sh_expiry") or "7d"),
            max_views=int(ss.get("sh_max_views", 3)) if ss.get("sh_limit") else None,
            passcode=c["passcode"],
            burn=bool(ss.get("sh_burn")),
            crisis_confirmed=c["crisis_confirmed"],
        )
    except DreamJournalError as exc:
        _failed(exc)
        return
    ss[CREATED] = created.url
    ss.pop(BUNDLE, None)
    ss.pop(LISTING, None)
    ss["sh_passcode"] = ""
    ss["sh_consent"] = False  # consent is for this dream, this once


def _create_bundle(journal: Journal) -> None:
    from dreamjournal.services.shares import create_bundle

    c = _choices()
    ss = st.session_state
    try:
        made = create_bundle(
            journal,
            c["entry_id"],
            None,
            include=c["include"],
            reel_id=c["reel_id"],
            passcode=c["passcode"],
            crisis_confirmed=c["crisis_confirmed"],
        )
    except DreamJournalError as exc:
        _failed(exc)
        return
    ss[BUNDLE] = (made.html, made.fragment, f"dream-{made.share_id[:8]}.html")
    ss.pop(CREATED, None)
    ss.pop(LISTING, None)
    ss["sh_passcode"] = ""


def _forget_created() -> None:
    """Another dream was picked: the link or file made for the previous one goes away."""
    st.session_state.pop(CREATED, None)
    st.session_state.pop(BUNDLE, None)


def _revoke(journal: Journal, share_id: str) -> None:
    from dreamjournal.services.shares import revoke_share

    try:
        revoke_share(journal, share_id)
    except DreamJournalError as exc:
        st.session_state[ERROR] = state.error_text(exc)
    st.session_state.pop(LISTING, None)


def _refresh() -> None:
    st.session_state.pop(LISTING, None)


def _entry_label(entries: dict[str, Entry]) -> Any:
    return lambda i: f"{state.day_text(entries[i].date)} · {snippet(entries[i].title, 70)}"


def _crisis_check(*dreams: Entry) -> None:
    """Help resources and a confirmation when a dream (of a reel: any) mentions self-harm."""
    from dreamjournal.ui.care import help_lines
    from dreamjournal.visualize.service import entry_safety

    flagged = [s for s in (entry_safety(entry) for entry in dreams) if s.flagged]
    if not flagged:
        st.session_state["sh_crisis"] = False
        return
    with st.container(border=True):
        st.markdown(f"**{md_escape(_m('share.crisis'))}**")
        help_lines(flagged[0].language)
        st.checkbox(_m("share.crisis_confirm"), key="sh_crisis")


def _options() -> None:
    """Expiry, view limit, burn after reading, passcode."""
    from dreamjournal.services.shares import EXPIRY_CHOICES

    ss = st.session_state
    st.segmented_control(
        _m("share.expiry"),
        EXPIRY_CHOICES,
        default="7d",
        format_func=state.labels(EXPIRY_CHOICES, lambda k: _m(f"share.expiry.{k}")),
        key="sh_expiry",
    )
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.toggle(_m("share.burn"), key="sh_burn", help=_m("share.burn_help"))
        if not ss.get("sh_burn"):
            st.toggle(_m("share.limit_views"), key="sh_limit")
            if ss.get("sh_limit"):
                st.number_input(
                    _m("share.max_views"),
                    min_value=1,
                    max_value=10_000,
                    value=3,
                    key="sh_max_views",
                )
    st.text_input(
        _m("share.passcode"),
        type="password",
        key="sh_passcode",
        help=_m("share.passcode_help"),
        max_chars=200,
    )


def _form(journal: Journal) -> None:
    from dreamjournal.services.clips import list_reels
    from dreamjournal.settings import get_settings
    from dreamjournal.share.clips import has_clip

    entries = {e.id: e for e in journal.list()}
    if not entries:
        st.info(_m("share.no_entries"))
        return
    ss = st.session_state
    reels = {reel_choice(r.id): r for r in list_reels(journal)}
    if ss.get("sh_entry") not in entries and ss.get("sh_entry") not in reels:
        opened = ss.get(OPEN)
        ss["sh_entry"] = opened if opened in entries else next(iter(entries))
    dream_label = _entry_label(entries)
    st.selectbox(
        _m("share.entry"),
        [*entries, *reels],
        format_func=state.labels(
            [*entries, *reels],
            lambda i: reel_label(reels[i], entries) if i in reels else dream_label(i),
        ),
        key="sh_entry",
        on_change=_forget_created,
    )
    reel = reels.get(ss["sh_entry"])
    entry = entries[reel.entry_id if reel else ss["sh_entry"]]
    clip_ready = reel is not None or has_clip(journal, entry.id)
    st.markdown(f"**{_m('share.include')}**")
    if reel is not None:  # a reel is shared as its video: no dream's text, prompt or script
        st.caption(t("reel.shares_video"))
    with st.container(horizontal=True):
        for name in INCLUDABLE if reel is None else ():
            disabled = name == "clip" and not clip_ready
            if disabled:
                ss[f"sh_inc_{name}"] = False
            st.checkbox(
                _m(f"share.include.{name}"),
                value=name == "text",
                key=f"sh_inc_{name}",
                disabled=disabled,
                help=_m("share.no_clip") if disabled else None,
            )
    _options()
    _crisis_check(*([entries[e] for e in reel.entries if e in entries] if reel else [entry]))
    st.text_input(
        _m("share.relay"),
        value=get_settings().share_relay_url or "",
        key="sh_relay",
        help=_m("share.relay_help"),
        placeholder="https://relay.example.org",
        max_chars=300,
    )
    st.checkbox(_m("share.consent"), value=False, key="sh_consent", help=_m("share.consent_help"))
    st.button(
        _m("share.create"),
        type="primary",
        icon=":material/cloud_upload:",
        on_click=_publish,
        args=(journal,),
        key="sh_create",
        disabled=ss.get("sh_consent") is not True,
    )
    with st.expander(_m("share.bundle")):
        st.caption(_m("share.bundle_help"))
        st.button(_m("share.bundle_make"), on_click=_create_bundle, args=(journal,), key="sh_make")
        prepared = ss.get(BUNDLE)
        if prepared is not None:
            html, key, name = prepared
            st.download_button(
                _m("share.bundle_download"),
                data=html.encode("utf-8"),
                file_name=name,
                mime="text/html",
                icon=":material/download:",
                on_click="ignore",
            )
            st.caption(_m("share.bundle_key"))
            st.code(key, language=None)


def _load_listing(journal: Journal) -> tuple[list[Any], dict[str, list[Any]]]:
    """The shares with live stats, and the replies of those that have any (kept briefly)."""
    from dreamjournal.services.shares import RelayError, list_shares, share_replies

    kept = st.session_state.get(LISTING)
    if kept is not None and time.monotonic() - kept[0] < LISTING_TTL_S:
        return kept[1], kept[2]
    shares = list_shares(journal)
    replies: dict[str, list[Any]] = {}
    for s in shares:
        # A relay that fails here: the count still shows, the texts come with a refresh.
        if s.replies:
            with contextlib.suppress(RelayError):
                replies[s.share_id] = share_replies(journal, s.share_id)
    st.session_state[LISTING] = (time.monotonic(), shares, replies)
    return shares, replies


def _details(s: Any) -> str:
    views = "–" if s.views is None else str(s.views)
    if s.max_views is not None:
        views += f" / {s.max_views}"
    expiry = (
        _m("share.never_expires")
        if s.expires is None
        else _m("share.expires_on", when=_when(s.expires))
    )
    includes = ", ".join(_m(f"share.include.{i}") for i in s.includes)
    if s.passcode:
        includes += " · " + _m("share.with_passcode")
    if s.burn:
        includes += " · " + _m("share.with_burn")
    return _m(
        "share.details", includes=includes, created=_when(s.created), expiry=expiry, views=views
    )


def _share_card(journal: Journal, s: Any, replies: list[Any] | None) -> None:
    with st.container(border=True):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"**{md_escape(s.title)}**")
            st.badge(_m(f"share.status.{s.status}"), color=BADGE_COLOURS.get(s.status, "gray"))
        st.caption(md_escape(_details(s)))
        if s.status == "unreachable":
            st.caption(_m("share.unreachable"))
        if s.url and s.kind == "relay":
            st.code(s.url, language=None)
        elif s.kind == "bundle" and s.key:
            st.code(s.key, language=None)
        if s.replies:
            st.markdown(f"**{_m('share.replies', n=s.replies)}**")
            for reply in replies or []:
                st.caption(_when(reply.created))
                st.text(reply.text)  # a friend's words: plain text, nothing interpreted
        if s.kind != "relay" or s.status != "revoked":
            label = _m("share.revoke" if s.kind == "relay" else "share.forget")
            st.button(
                label,
                key=f"sh_revoke_{s.share_id}",
                icon=":material/link_off:",
                on_click=_revoke,
                args=(journal, s.share_id),
            )


def _listing(journal: Journal) -> None:
    with st.container(horizontal=True, vertical_alignment="center"):
        st.subheader(_m("share.list"), anchor=False)
        st.button(_m("share.refresh"), icon=":material/refresh:", on_click=_refresh, key="sh_ref")
    shares, replies = _load_listing(journal)
    if not shares:
        st.caption(_m("share.none"))
        return
    for s in shares:
        _share_card(journal, s, replies.get(s.share_id))


def share_page(journal: Journal) -> None:
    """The whole Share page for an unlocked journal."""
    st.title(_m("share.title"), anchor=False)
    st.caption(_m("share.intro"))
    error = st.session_state.pop(ERROR, None)
    if error and st.session_state.pop(ERROR_CALM, False):
        st.info(error, icon=":material/favorite:")
    elif error:
        st.error(error)
    created = st.session_state.get(CREATED)
    if created:
        st.success(_m("share.created"), icon=":material/check_circle:")
        st.code(created, language=None)
        st.warning(_m("share.link_note"), icon=":material/key:")
    _form(journal)
    st.divider()
    reel_panel(journal)
    st.divider()
    _listing(journal)
