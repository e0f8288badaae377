"""One dream on screen: a compact card for lists and the full detail view.

People's text goes through `md_escape` (inside Markdown) or `st.text` (parses nothing).
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from dreamjournal import i18n
from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Entry, Journal
from dreamjournal.ui import routes, state
from dreamjournal.ui.draft import load_for_edit
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape, snippet
from dreamjournal.ui.vault_forms import GOTO

OPEN = "j_open"  # id of the dream shown in detail on the Journal page
CONFIRM_DELETE = "j_confirm_delete"
WRITE_PAGE = routes.WRITE


def format_date(d: date) -> str:
    """A calm, readable date in the UI language."""
    return i18n.format_date(d, state.lang(), "full")


def _badges(e: Entry) -> None:
    with st.container(horizontal=True, gap="small"):
        if e.nightmare:
            st.badge(t("badge.nightmare"), icon=":material/dark_mode:", color="violet")
        if e.lucid:
            st.badge(t("badge.lucid", n=e.lucidity), icon=":material/flare:", color="blue")
        if e.recurring:
            st.badge(t("badge.recurring"), icon=":material/autorenew:", color="gray")
        if e.example:
            st.badge(t("badge.example"), icon=":material/school:", color="green")


def _labels(values: tuple[str, ...], prefix: str = "") -> str:
    return "  ".join(md_escape(prefix + v) for v in values)


def _badge_line(e: Entry) -> str:
    """The card's flags and tags as one line of Markdown (badges are our own words)."""
    flags = []
    if e.nightmare:
        flags.append(f":violet-badge[:material/dark_mode: {t('badge.nightmare')}]")
    if e.lucid:
        flags.append(f":blue-badge[:material/flare: {t('badge.lucid', n=e.lucidity)}]")
    if e.recurring:
        flags.append(f":gray-badge[:material/autorenew: {t('badge.recurring')}]")
    if e.example:
        flags.append(f":green-badge[:material/school: {t('badge.example')}]")
    tags = f":gray[{_labels(e.tags, '#')}]" if e.tags else ""
    return " ".join([*flags, tags]).strip()


def entry_card(e: Entry, slot: int) -> None:
    """Title, date, flags, tags and the first lines; a button opens the detail view.

    Keys name the card's place on the page (`slot`), not the dream: the browser then updates
    the twenty cards of the next page in place instead of building them anew (a key that
    changes makes the browser drop and rebuild the element: 3x slower to paint, bench/app.py).
    Few elements per card: flags and tags share one Markdown line.
    """
    with st.container(border=True, key=f"card_{slot}"):
        st.caption(format_date(e.date))
        st.markdown(f"#### {md_escape(e.title)}", anchors=False)
        if e.body.strip():
            st.text(snippet(e.body), width="stretch")
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(_badge_line(e) or " ", width="stretch")
            st.button(
                t("journal.open"),
                key=f"open_{slot}",
                type="tertiary",
                icon=":material/chevron_right:",
                on_click=_open,
                args=(e.id,),
            )


def _open(entry_id: str | None) -> None:
    st.session_state[OPEN] = entry_id
    st.session_state.pop(CONFIRM_DELETE, None)


def _edit(entry: Entry) -> None:
    load_for_edit(entry)
    st.session_state[GOTO] = WRITE_PAGE


def _visualize(entry_id: str) -> None:
    from dreamjournal.ui.visualize_view import open_in_visualize  # imports this module

    open_in_visualize(entry_id)


def _delete(journal: Journal, entry_id: str) -> None:
    from dreamjournal.services.entries import delete_entry

    try:
        delete_entry(journal, entry_id)  # revokes its share links, removes its clips
    except DreamJournalError as exc:
        st.session_state["j_error"] = state.error_text(exc)
        return
    state.bump_revision()
    st.session_state[OPEN] = None
    st.session_state.pop(CONFIRM_DELETE, None)
    st.session_state[state.NOTICE] = "journal.deleted"


def entry_detail(journal: Journal, e: Entry) -> None:
    """The whole dream, with edit and delete (delete asks first)."""
    st.button(
        t("journal.back"),
        icon=":material/arrow_back:",
        type="tertiary",
        on_click=_open,
        args=(None,),
    )
    st.caption(format_date(e.date))
    st.markdown(f"### {md_escape(e.title)}", anchors=False)
    _badges(e)
    facts = [t("detail.vividness", n=e.vividness)]
    if e.lucidity:
        facts.append(t("detail.lucidity", n=e.lucidity))
    if e.sleep_quality:
        facts.append(t("detail.sleep", n=e.sleep_quality))
    st.caption(" · ".join(facts))
    if e.tags:
        st.markdown(f"{t('detail.tags')}: {_labels(e.tags, '#')}")
    if e.emotions:
        st.markdown(f"{t('detail.emotions')}: {_labels(e.emotions)}")
    st.divider()
    st.text(e.body or t("detail.no_text"), width="stretch")
    if e.rescript:
        st.markdown(f"#### {t('detail.rescript')}", anchors=False)
        st.text(e.rescript, width="stretch")
    st.divider()
    if st.session_state.get(CONFIRM_DELETE) == e.id:
        st.warning(t("delete.confirm", title=md_escape(e.title)), icon=":material/warning:")
        with st.container(horizontal=True):
            st.button(
                t("delete.yes"),
                type="primary",
                icon=":material/delete_forever:",
                on_click=_delete,
                args=(journal, e.id),
                key="delete_yes",
            )
            st.button(t("delete.no"), key="delete_no", on_click=_ask_delete, args=(None,))
        return
    with st.container(horizontal=True):
        st.button(t("detail.edit"), icon=":material/edit:", on_click=_edit, args=(e,), key="edit")
        st.button(
            t("detail.visualize"),
            icon=":material/movie_filter:",
            on_click=_visualize,
            args=(e.id,),
            key="visualize",
        )
        st.button(
            t("detail.delete"),
            icon=":material/delete:",
            on_click=_ask_delete,
            args=(e.id,),
            key="delete",
        )


def _ask_delete(entry_id: str | None) -> None:
    if entry_id is None:
        st.session_state.pop(CONFIRM_DELETE, None)
    else:
        st.session_state[CONFIRM_DELETE] = entry_id
