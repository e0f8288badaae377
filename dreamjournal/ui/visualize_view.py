"""The Visualize page: pick a dream, see what it holds, its guided script, prompt and clips.

A nightmare without a changed version shows only the IRT panel: its script and prompt are built
from the rescript, never from the nightmare (`visualize` refuses it too). Dream and model text
is shown through `md_escape`, `st.text` or `st.code`, which interpret nothing.

Nothing leaves the machine unless the person picks the remote writer, ticks the consent box for
this dream and presses the button; the consent box is new for each dream and each visit, and is
unticked again after each use. A remote result is kept in this session only.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dreamjournal.errors import DreamJournalError, EntryNotFound
from dreamjournal.services import Entry, Journal
from dreamjournal.ui import routes, state
from dreamjournal.ui.analysis_view import analysis_summary
from dreamjournal.ui.clip_panel import clip_panel
from dreamjournal.ui.consent import (
    consent_key,
    crisis_confirmed,
    crisis_key,
    error_text,
    take_consent,
)
from dreamjournal.ui.entries import OPEN, format_date
from dreamjournal.ui.irt_panel import OPEN_TAB, irt_panel
from dreamjournal.ui.script_player import script_player
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape, snippet
from dreamjournal.ui.vault_forms import GOTO
from dreamjournal.visualize.service import Visualization, entry_safety

PAGE = routes.VISUALIZE
PICK = "v_pick"  # another page asks for a dream here: its id (see `open_in_visualize`)
ENTRY = "v_entry"  # the selectbox (its state lasts one visit of the page)
CURRENT = "v_current"  # the dream shown, remembered across visits
SEEN_OPEN = "v_seen_open"  # the Journal's open dream when this page last looked
QUERY = "v_query"
WRITER = "v_writer"
OFFLINE = "v_offline"  # ((entry id, updated, rescript), the offline Visualization)
REMOTE = "v_remote"  # the last remote result: {"key": ..., "result": Visualization}
ERROR = "v_error"
CHOICES = 200  # dreams in the picker when not searching
QUERY_PARAM = "dream"


def open_in_visualize(entry_id: str) -> None:
    """Widget callback for other pages: show this dream on the Visualize page."""
    st.session_state[PICK] = entry_id
    st.session_state[GOTO] = PAGE


def _initial(journal: Journal) -> None:
    """The dream to show: asked for (page, link), just opened in the Journal, picked, or newest."""
    ss = st.session_state
    wanted = ss.pop(PICK, None) or st.query_params.get(QUERY_PARAM)
    if QUERY_PARAM in st.query_params:
        del st.query_params[QUERY_PARAM]  # used once; the picker decides from here on
    opened = ss.get(OPEN)
    if opened != ss.get(SEEN_OPEN):
        ss[SEEN_OPEN] = opened
    else:
        opened = None  # not newly opened: the picker's choice stands
    for candidate in (wanted, opened, ss.get(ENTRY), ss.get(CURRENT)):
        if candidate:
            try:
                ss[ENTRY] = journal.resolve_id(str(candidate))
                return
            except EntryNotFound:
                continue
    newest = journal.list(1)
    ss[ENTRY] = newest[0].id if newest else None


def _label(e: Entry) -> str:
    mark = " ☾" if e.nightmare else ""
    return f"{state.day_text(e.date)} · {snippet(e.title, 70)}{mark}"


def _picker(journal: Journal) -> Entry | None:
    """The dream picker: newest first, narrowed by a search."""
    ss = st.session_state
    _initial(journal)
    query = str(ss.get(QUERY) or "").strip()
    try:
        found = journal.search(query)[:CHOICES] if query else journal.list(CHOICES)
    except DreamJournalError as exc:
        state.show_error(exc)
        found = journal.list(CHOICES)
    options = {e.id: e for e in found}
    current = ss.get(ENTRY)
    if current and current not in options and journal.has_entry(current):
        options = {current: journal.get(current), **options}
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.selectbox(
            t("vis.pick"),
            list(options),
            format_func=state.labels(options, lambda i: _label(options[i])),
            key=ENTRY,
            width="stretch",
        )
        st.text_input(
            t("vis.search"),
            key=QUERY,
            type="search",
            placeholder=t("vis.search_ph"),
            width=240,
        )
    if query and not found:
        st.caption(t("vis.no_match"))
    chosen = ss.get(ENTRY)
    ss[CURRENT] = chosen
    return options.get(chosen) if chosen else None


def _header(e: Entry) -> None:
    st.caption(format_date(e.date))
    st.markdown(f"### {md_escape(e.title)}", anchors=False)
    if e.nightmare:
        st.badge(t("badge.nightmare"), icon=":material/dark_mode:", color="violet")


def crisis_box(entry: Entry) -> bool:
    """Help resources when the dream mentions self-harm; True once the person confirmed."""
    from dreamjournal.ui.care import help_lines

    safety = entry_safety(entry)
    if not safety.flagged:
        return False
    with st.container(border=True, key="v_crisis_box"):
        st.markdown(f"#### {t('vis.crisis_title')}", anchors=False)
        help_lines(safety.language)
        st.checkbox(t("vis.crisis_confirm"), key=crisis_key(entry.id))
    return bool(st.session_state.get(crisis_key(entry.id)))


def _offline(entry: Entry) -> Visualization:
    from dreamjournal.visualize.service import visualize

    cameo = _cameo()
    key = (entry.id, entry.updated, entry.rescript, cameo)
    cached = st.session_state.get(OFFLINE)
    if isinstance(cached, tuple) and cached[0] == key:
        result: Visualization = cached[1]
        return result
    result = visualize(entry, cameo=cameo)
    st.session_state[OFFLINE] = (key, result)
    return result


def _cameo() -> str | None:
    from dreamjournal.services.entries import cameo_of

    j = state.journal()
    return None if j is None else cameo_of(j)


def _remote_key(entry: Entry) -> tuple[str, str, str | None]:
    return (entry.id, entry.updated, entry.rescript)


def _send(entry: Entry, where: str) -> None:
    """Ask the remote writer, once, with this dream's consent boxes; rerun to show the answer."""
    from dreamjournal.visualize.service import visualize

    ss = st.session_state
    consent = take_consent("writer", entry.id)  # used up now, whatever happens next
    try:
        with st.spinner(t("vis.sending", where=where)):
            result = visualize(
                entry,
                writer="openai",
                consent=consent,
                crisis_confirmed=crisis_confirmed(entry.id),
                cameo=_cameo(),
            )
    except DreamJournalError as exc:
        ss[ERROR] = error_text(exc)
    else:
        ss[REMOTE] = {"key": _remote_key(entry), "result": result}
    st.rerun()  # draw the answer, and a fresh consent box


def _writer_choice(entry: Entry) -> Visualization | None:
    """Offline (default) or the configured model server, with its consent step."""
    from dreamjournal.settings import get_settings
    from dreamjournal.visualize.writer import writer_names

    ss = st.session_state
    names = writer_names()
    with st.container(horizontal=True, vertical_alignment="bottom"):
        source = "vis.from_rescript" if entry.rescript else "vis.from_dream"
        st.caption(t(source), width="stretch")
        if len(names) > 1:
            st.segmented_control(
                t("vis.writer"),
                names,
                default="offline",
                format_func=state.labels(
                    names, lambda n: t(f"vis.writer.{n}") if n in {"offline", "openai"} else n
                ),
                key=WRITER,
                required=True,
            )
    if ss.get(WRITER) != "openai":
        return None
    base_url = get_settings().openai_base_url
    if not base_url:
        st.warning(t("vis.openai_unset"), icon=":material/cloud_off:")
        return None
    what = t("vis.what_rescript" if entry.rescript else "vis.what_dream")
    st.info(t("vis.openai_what", what=what, where=md_escape(base_url)), icon=":material/cloud:")
    st.checkbox(t("vis.consent"), key=consent_key("writer", entry.id))
    if st.button(t("vis.send"), icon=":material/send:", key="v_send"):
        _send(entry, md_escape(base_url))
    error = ss.pop(ERROR, None)
    if error:
        st.error(error, icon=":material/error:")
    remote = ss.get(REMOTE)
    if isinstance(remote, dict) and remote.get("key") == _remote_key(entry):
        result: Visualization = remote["result"]
        return result
    return None


def _prompt_tab(result: Visualization) -> None:
    prompt = result.prompt
    st.caption(t("vis.prompt_help"))
    # The copy button floats over the block's top right corner (Streamlit has no option to place
    # it elsewhere): an empty first row is where it sits, so it never covers the prompt's words.
    # Streamlit drops one leading newline from the body, hence two.
    st.code("\n\n" + prompt.as_text(), language=None, wrap_lines=True)
    st.markdown(f"**{t('vis.palette')}**")
    st.image(_swatches(prompt.palette), width=320)
    st.markdown(f"**{t('vis.shots')}**")
    rows = [
        {
            t("vis.col.time"): f"{s.start:.0f}–{s.end:.0f} s",
            t("vis.col.framing"): s.framing,
            t("vis.col.camera"): s.camera_move,
            t("vis.col.action"): s.subject_action,
            t("vis.col.light"): s.light,
            t("vis.col.mood"): s.mood,
        }
        for s in prompt.shots
    ]
    st.dataframe(rows, hide_index=True, width="stretch")


def _swatches(palette: list[str]) -> str:
    """The palette as an SVG strip (hex colours validated by the prompt model)."""
    width = 64
    rects = "".join(
        f'<rect x="{i * width}" y="0" width="{width - 6}" height="36" rx="8" fill="{c}"/>'
        for i, c in enumerate(palette)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * len(palette)}" height="36" '
        f'viewBox="0 0 {width * len(palette)} 36">{rects}</svg>'
    )


def _show(journal: Journal, entry: Entry, result: Visualization) -> None:
    if result.fallback_reason:
        # It quotes the remote server's own words: shown escaped.
        reason = result.fallback_text(state.lang()) or ""
        st.warning(md_escape(reason), icon=":material/cloud_off:")
    elif result.writer != "offline":
        st.success(t("vis.by_remote"), icon=":material/cloud_done:")
    tabs: list[Any] = [t("vis.tab.script"), t("vis.tab.prompt"), t("vis.tab.clip")]
    if entry.nightmare:
        tabs.append(t("vis.tab.irt"))
    # Keyed and tracked: a rerun (saving the changed version, logging a rehearsal) keeps the
    # tab the person is on instead of jumping back to the first one.
    tabs_key = f"v_tabs_{entry.id}"
    if st.session_state.pop(OPEN_TAB, None) == "irt" and entry.nightmare:
        st.session_state[tabs_key] = t("vis.tab.irt")
    drawn = st.tabs(tabs, key=tabs_key, on_change="rerun")
    with drawn[0]:
        script_player(result.script, key=f"v_play_{entry.id}")
    with drawn[1]:
        _prompt_tab(result)
    with drawn[2]:
        clip_panel(journal, entry)
    if entry.nightmare:
        with drawn[3]:
            irt_panel(journal, entry)


def visualize_page(journal: Journal) -> None:
    """The whole Visualize page for an unlocked journal."""
    st.title(t("vis.title"), anchor=False)
    st.caption(t("vis.intro"))
    if len(journal) == 0:
        st.info(t("vis.empty"), icon=":material/bedtime:")
        return
    entry = _picker(journal)
    if entry is None:
        return
    st.space("small")
    _header(entry)
    crisis_box(entry)
    from dreamjournal.therapy.irt import needs_rescript

    if needs_rescript(entry):
        st.info(t("vis.needs_rescript"), icon=":material/edit_note:")
        irt_panel(journal, entry)
        return
    from dreamjournal.ui.care import nightmare_question

    if nightmare_question(journal, entry, "v_nightmare_q"):
        return  # asked first: nothing replays a possible nightmare word for word
    offline = _offline(entry)
    analysis_summary(offline.analysis)
    remote = _writer_choice(entry)
    _show(journal, entry, remote or offline)
