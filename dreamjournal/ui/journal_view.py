"""The Journal page: search and filters, one page of dream cards at a time, and the detail view.

With ten thousand dreams only PAGE_SIZE cards are drawn; filtering runs on the Journal's
in-memory index (milliseconds), so nothing is cached across reruns. The search box, the
filters, the cards and the pager are one fragment: typing a search, changing a filter or
turning a page reruns only that part, not the page around it (the sidebar, the page script);
opening a dream reruns the page, which then shows its detail.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import streamlit as st

from dreamjournal import i18n
from dreamjournal.errors import DreamJournalError, EntryNotFound
from dreamjournal.services import Entry, Journal
from dreamjournal.ui import state
from dreamjournal.ui.entries import OPEN, WRITE_PAGE, entry_card, entry_detail
from dreamjournal.ui.scroll import top_on_change
from dreamjournal.ui.state import dreams, t

PAGE_SIZE = 20
PAGE = "j_page"  # the page shown (ours); the widget's own state is PAGER
PAGER = "j_pager"
F_TEXT, F_TAG, F_SINCE, F_UNTIL = "f_text", "f_tag", "f_since", "f_until"
F_NIGHTMARE, F_LUCID = "f_nightmare", "f_lucid"
F_USED = "f_used"  # a filter inside the panel was changed in this session: the panel stays open


def _reset_page() -> None:
    _go_to_page(1)
    st.session_state[OPEN] = None


def _go_to_page(n: int) -> None:
    # The widget takes `default` only when it has no state of its own, so drop that state.
    st.session_state[PAGE] = n
    st.session_state.pop(PAGER, None)


def _on_pager() -> None:
    # A search or filter changed in the same run resets to page 1 and drops the pager's state
    # first (its callback runs earlier); the browser's pager still reports the old page then.
    if PAGER in st.session_state:
        st.session_state[PAGE] = st.session_state[PAGER]


def _any_filter() -> bool:
    ss = st.session_state
    return bool(
        ss.get(F_TAG)
        or ss.get(F_SINCE)
        or ss.get(F_UNTIL)
        or ss.get(F_NIGHTMARE)
        or ss.get(F_LUCID)
    )


def _filter_changed() -> None:
    """A filter inside the panel changed: keep the panel open for the next change (the panel's
    `expanded` must not flip back to False when the last filter is turned off, or Streamlit
    draws it anew, collapsed) and start again at page 1."""
    st.session_state[F_USED] = True
    _reset_page()


def _clear_filters() -> None:
    ss = st.session_state
    ss[F_TEXT], ss[F_TAG], ss[F_SINCE], ss[F_UNTIL] = "", "", None, None
    ss[F_NIGHTMARE] = ss[F_LUCID] = False
    _reset_page()


def filter_widgets(journal: Journal) -> dict[str, Any]:
    """Draw the search box and filters; return `Journal.search` arguments."""
    ss = st.session_state
    for key, value in ((F_TEXT, ""), (F_TAG, ""), (F_NIGHTMARE, False), (F_LUCID, False)):
        ss.setdefault(key, value)
    st.text_input(
        t("journal.search"),
        key=F_TEXT,
        type="search",
        placeholder=t("journal.search_ph"),
        label_visibility="collapsed",
        on_change=_reset_page,
    )
    tags = [""] + sorted(journal.tag_counts(), key=str.casefold)
    if ss[F_TAG] not in tags:
        ss[F_TAG] = ""
    expanded = _any_filter() or bool(ss.get(F_USED))
    with st.expander(
        t("journal.filters"), expanded=expanded, icon=":material/tune:", key="f_panel"
    ):
        left, right = st.columns(2)
        left.selectbox(
            t("journal.tag"),
            tags,
            key=F_TAG,
            format_func=state.labels(tags, lambda v: v or t("journal.any_tag")),
            on_change=_filter_changed,
        )
        with right, st.container(horizontal=True):
            st.date_input(
                t("journal.since"),
                value=None,
                key=F_SINCE,
                on_change=_filter_changed,
                format=t("date.input_format"),
            )
            st.date_input(
                t("journal.until"),
                value=None,
                key=F_UNTIL,
                on_change=_filter_changed,
                format=t("date.input_format"),
            )
        with st.container(horizontal=True, vertical_alignment="center"):
            st.toggle(t("journal.only_nightmares"), key=F_NIGHTMARE, on_change=_filter_changed)
            st.toggle(t("journal.only_lucid"), key=F_LUCID, on_change=_filter_changed)
            st.button(t("journal.clear"), type="tertiary", on_click=_clear_filters, key="f_clear")
    since: date | None = ss.get(F_SINCE)
    until: date | None = ss.get(F_UNTIL)
    return {
        "query": ss.get(F_TEXT) or "",
        "tag": ss[F_TAG] or None,
        "since": since,
        "until": until,
        "nightmare": True if ss[F_NIGHTMARE] else None,
        "lucid": True if ss[F_LUCID] else None,
    }


def _found(journal: Journal, args: dict[str, Any]) -> list[Entry] | None:
    plain = not args["query"].strip() and not any(
        args[k] is not None for k in ("tag", "since", "until", "nightmare", "lucid")
    )
    if plain:
        return None  # page straight through the index; no list of all entries
    try:
        return journal.search(args.pop("query"), **args)
    except DreamJournalError as exc:
        state.show_error(exc)
        return []


def journal_page(journal: Journal) -> None:
    """List or detail, depending on whether a dream is open."""
    ss = st.session_state
    error = ss.pop("j_error", None)
    if error:
        st.error(error, icon=":material/error:")
    open_id = ss.get(OPEN)
    if open_id:
        try:
            entry = journal.get(open_id)
            top_on_change(f"dream:{entry.id}")
            entry_detail(journal, entry)
            return
        except EntryNotFound:
            ss[OPEN] = None
    with st.container(horizontal=True, vertical_alignment="center"):
        st.title(t("journal.heading"), anchor=False, width="stretch")
        st.page_link(WRITE_PAGE, label=t("journal.write"), icon=":material/edit_note:")
    dream_list(journal)


def _page_must_rerun() -> bool:
    """In a rerun of the list alone: what the whole page must handle (run it instead).

    The idle check of `page_setup` happens here too, so paging through dreams counts as
    activity and an idle lock still hides everything.
    """
    if state.idle_expired():
        state.lock("idle")
        return True
    state.touch()
    return state.journal() is None or bool(st.session_state.get(OPEN))


@st.fragment
def dream_list(journal: Journal) -> None:
    """Search and filters, the count, one page of cards and the pager (reruns alone)."""
    # (a rerun of the fragment alone keeps the journal it was first drawn with: after a lock
    # and an unlock that is the old, locked one, whose list knows nothing saved since; CI saw
    # the list empty after a dream was saved, round 52)
    if _page_must_rerun() or state.journal() is not journal:
        st.rerun(scope="app")
    ss = st.session_state
    args = filter_widgets(journal)
    found = _found(journal, args)
    total = len(journal) if found is None else len(found)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    current = min(max(1, int(ss.get(PAGE, 1))), pages)
    if current != ss.get(PAGE):
        _go_to_page(current)
    key = "journal.count" if found is None else "journal.found"
    st.caption(
        t(key, dreams=dreams(total), page=current, pages=i18n.format_number(pages, state.lang()))
    )
    cards = st.container()
    if pages > 1:
        with st.container(horizontal_alignment="center"):
            st.pagination(
                pages, default=current, key=PAGER, on_change=_on_pager, max_visible_pages=5
            )
    top_on_change(f"list:{current}")
    offset = (current - 1) * PAGE_SIZE
    shown = journal.list(PAGE_SIZE, offset) if found is None else found[offset : offset + PAGE_SIZE]
    with cards:
        if not shown:
            st.info(
                t("journal.empty" if found is None else "journal.none"), icon=":material/bedtime:"
            )
        for slot, entry in enumerate(shown):
            entry_card(entry, slot)
