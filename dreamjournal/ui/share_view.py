"""The Share page: pick a dream and what it includes, make a link or a file, list and revoke.

Links are shown with `st.code` (it has a copy button and parses nothing); titles go through
`md_escape`. A new link or bundle key lives in `st.session_state` only, until the page moves on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Entry, Journal
from dreamjournal.share.messages import msg
from dreamjournal.share.snapshot import INCLUDABLE
from dreamjournal.share.store import ShareStore
from dreamjournal.ui import state
from dreamjournal.ui.entries import OPEN
from dreamjournal.ui.text import md_escape, snippet
from dreamjournal.ui.vault_forms import data_dir

CREATED = "sh_created"  # the link just made: ("link", url) or ("bundle", share id)
BUNDLE = "sh_bundle"  # (html, key, file name) of the file just prepared
ERROR = "sh_error"
BadgeColour = Literal["green", "gray", "red", "orange", "blue"]
BADGE_COLOURS: dict[str, BadgeColour] = {
    "active": "green",
    "expired": "gray",
    "revoked": "red",
    "used_up": "orange",
    "missing": "gray",
    "bundle": "blue",
}


def _m(key: str, **values: Any) -> str:
    return msg(key, state.lang(), **values)


def _store() -> ShareStore:
    return ShareStore.in_data_dir(data_dir())


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def _choices() -> dict[str, Any]:
    """The form's current choices, from session state (callbacks read them here)."""
    ss = st.session_state
    return {
        "entry_id": ss.get("sh_entry"),
        "include": [name for name in INCLUDABLE if ss.get(f"sh_inc_{name}")],
        "passcode": (ss.get("sh_passcode") or "").strip() or None,
        "crisis_confirmed": bool(ss.get("sh_crisis")),
    }


def _create_link(journal: Journal) -> None:
    from dreamjournal.services.shares import create_share, parse_expiry
    from dreamjournal.settings import get_settings

    c = _choices()
    ss = st.session_state
    try:
        created = create_share(
            journal,
            _store(),
            c["entry_id"],
            include=c["include"],
            expires_in=parse_expiry(ss.get("sh_expiry") or "7d"),
            max_views=int(ss.get("sh_max_views", 3)) if ss.get("sh_limit") else None,
            passcode=c["passcode"],
            crisis_confirmed=c["crisis_confirmed"],
            base_url=get_settings().share_base_url,
        )
    except DreamJournalError as exc:
        ss[ERROR] = exc.user_message
        return
    ss[CREATED] = created.url
    ss.pop(BUNDLE, None)
    ss["sh_passcode"] = ""


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
            passcode=c["passcode"],
            crisis_confirmed=c["crisis_confirmed"],
        )
    except DreamJournalError as exc:
        ss[ERROR] = exc.user_message
        return
    ss[BUNDLE] = (made.html, made.fragment, f"dream-{made.share_id[:8]}.html")
    ss.pop(CREATED, None)
    ss["sh_passcode"] = ""


def _forget_created() -> None:
    """Another dream was picked: the link or file made for the previous one goes away."""
    st.session_state.pop(CREATED, None)
    st.session_state.pop(BUNDLE, None)


def _revoke(journal: Journal, share_id: str) -> None:
    from dreamjournal.services.shares import revoke_share

    try:
        revoke_share(journal, _store(), share_id)
    except DreamJournalError as exc:
        st.session_state[ERROR] = exc.user_message


def _entry_label(entries: dict[str, Entry]) -> Any:
    return lambda i: f"{entries[i].date.isoformat()} · {snippet(entries[i].title, 70)}"


def _crisis_check(entry: Entry) -> None:
    """Help resources and a confirmation when the dream mentions self-harm."""
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.safety import help_resources, support_message
    from dreamjournal.visualize.service import entry_safety

    if not entry_safety(entry).flagged:
        st.session_state["sh_crisis"] = False
        return
    with st.container(border=True):
        st.markdown(f"**{md_escape(_m('share.crisis'))}**")
        st.write(support_message(state.lang()))
        for r in help_resources(get_settings().help_region):
            st.markdown(f"- **{md_escape(r.name)}**: {md_escape(r.phone or r.url or '')}")
        st.checkbox(_m("share.crisis_confirm"), key="sh_crisis")


def _form(journal: Journal) -> None:
    from dreamjournal.share.clips import has_clip
    from dreamjournal.share.service import EXPIRY_CHOICES

    entries = {e.id: e for e in journal.list()}
    if not entries:
        st.info(_m("share.no_entries"))
        return
    ss = st.session_state
    if ss.get("sh_entry") not in entries:
        opened = ss.get(OPEN)
        ss["sh_entry"] = opened if opened in entries else next(iter(entries))
    st.selectbox(
        _m("share.entry"),
        list(entries),
        format_func=_entry_label(entries),
        key="sh_entry",
        on_change=_forget_created,
    )
    entry = entries[ss["sh_entry"]]
    clip_ready = has_clip(journal, entry.id)
    st.markdown(f"**{_m('share.include')}**")
    with st.container(horizontal=True):
        for name in INCLUDABLE:
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
    st.segmented_control(
        _m("share.expiry"),
        EXPIRY_CHOICES,
        default="7d",
        format_func=lambda k: _m(f"share.expiry.{k}"),
        key="sh_expiry",
    )
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.toggle(_m("share.limit_views"), key="sh_limit")
        if ss.get("sh_limit"):
            st.number_input(
                _m("share.max_views"), min_value=1, max_value=10_000, value=3, key="sh_max_views"
            )
    st.text_input(
        _m("share.passcode"),
        type="password",
        key="sh_passcode",
        help=_m("share.passcode_help"),
        max_chars=200,
    )
    _crisis_check(entry)
    st.button(
        _m("share.create"),
        type="primary",
        icon=":material/link:",
        on_click=_create_link,
        args=(journal,),
        key="sh_create",
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


def _listing(journal: Journal) -> None:
    from dreamjournal.settings import get_settings
    from dreamjournal.share.owner import list_shares

    st.subheader(_m("share.list"), anchor=False)
    shares = list_shares(journal, _store(), base_url=get_settings().share_base_url)
    if not shares:
        st.caption(_m("share.none"))
        return
    for s in shares:
        with st.container(border=True):
            with st.container(horizontal=True, vertical_alignment="center"):
                st.markdown(f"**{md_escape(s.title)}**")
                st.badge(_m(f"share.status.{s.status}"), color=BADGE_COLOURS[s.status])
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
            details = _m(
                "share.details",
                includes=includes,
                created=_when(s.created),
                expiry=expiry,
                views=views,
            )
            st.caption(md_escape(details))
            if s.url and s.status == "active":
                st.code(s.url, language=None)
            elif s.kind == "bundle" and s.key:
                st.code(s.key, language=None)
            if s.kind == "bundle" or s.status not in {"revoked"}:
                label = _m("share.forget" if s.kind == "bundle" else "share.revoke")
                st.button(
                    label,
                    key=f"sh_revoke_{s.share_id}",
                    icon=":material/link_off:",
                    on_click=_revoke,
                    args=(journal, s.share_id),
                )


def share_page(journal: Journal) -> None:
    """The whole Share page for an unlocked journal."""
    st.title(_m("share.title"), anchor=False)
    st.caption(_m("share.intro"))
    error = st.session_state.pop(ERROR, None)
    if error:
        st.error(error)
    created = st.session_state.get(CREATED)
    if created:
        st.success(_m("share.created"), icon=":material/check_circle:")
        st.code(created, language=None)
        st.caption(_m("share.server_hint"))
    _form(journal)
    st.divider()
    _listing(journal)
