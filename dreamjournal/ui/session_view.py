"""The Session page: distress before, the guided rehearsal of a changed dream, distress after.

A running session lives in this browser session (`ACTIVE`), tagged with the vault it belongs
to, so nothing of one client's session can appear after another vault is opened. Its record
is sealed in the vault as soon as it starts; the distress after and the notes are autosaved as
a sealed draft on every run. After a lock, an auto-lock or a reload the page finds the
unfinished session in the vault and offers to resume it (notes and rating back in place) or
to discard it: a session always ends or is discarded, never left half-way.

Distress ratings start unset (number chips, none chosen): a rating the client never gave is
never recorded. A session can be dated to an earlier day. Past sessions' notes are edited
below the history (ui/session_notes.py); the DDNSI questionnaire is filled in here too
(ui/measure_form.py).
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Any

import pandas as pd
import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.services import Entry, Journal
from dreamjournal.services import drafts as draft_service
from dreamjournal.services.therapy import (
    discard_session,
    end_session,
    running_sessions,
    start_session,
)
from dreamjournal.therapy import player
from dreamjournal.therapy.irt import needs_rescript
from dreamjournal.therapy.measures import INSTRUMENTS, measures
from dreamjournal.therapy.outcomes import local_day
from dreamjournal.therapy.sessions import sessions
from dreamjournal.ui import state
from dreamjournal.ui.entries import format_date
from dreamjournal.ui.measure_form import DuringSession, measure_form
from dreamjournal.ui.outcomes_view import client_zone, local_time
from dreamjournal.ui.script_player import player_state, reset_player, script_player
from dreamjournal.ui.session_notes import notes_editor
from dreamjournal.ui.state import t
from dreamjournal.ui.suds import SUDS, suds_picker
from dreamjournal.ui.text import md_escape
from dreamjournal.ui.visualize_view import open_in_visualize

ACTIVE = "s_active"  # the running session: vault, session and entry ids, script, clip
PICK, ALL, BEFORE, AFTER, NOTES = "s_entry", "s_all", "s_before", "s_after", "s_notes"
DAY = "s_day"  # the day the session took place (today, or earlier when recorded afterwards)
PLAYER = "s_session"  # the script player's key (it keeps its state under derived keys)
ERROR = "s_error"
OTHER_DREAMS_SHOWN = 200  # newest other dreams offered when "every dream" is ticked


def _vault_id(journal: Journal) -> str:
    return str(journal.header.vault_id)


def active(journal: Journal) -> dict[str, Any] | None:
    """The running session of this vault, or None (a session of another vault is dropped)."""
    run = st.session_state.get(ACTIVE)
    if isinstance(run, dict) and run.get("vault") == _vault_id(journal):
        return run
    _forget()
    return None


def _forget() -> None:
    for key in (ACTIVE, AFTER, NOTES):
        st.session_state.pop(key, None)
    reset_player(PLAYER)


def candidates(journal: Journal, every: bool) -> list[Entry]:
    """Dreams to work on: changed versions first, then nightmares still needing one."""
    entries = journal.list()  # newest first
    ready = [e for e in entries if (e.rescript or "").strip()]
    waiting = [e for e in entries if needs_rescript(e)]
    if not every:
        return ready + waiting
    others = [e for e in entries if not e.nightmare and not (e.rescript or "").strip()]
    return ready + waiting + others[:OTHER_DREAMS_SHOWN]


def _label(e: Entry) -> str:
    if (e.rescript or "").strip():
        status = t("session.ready")
    elif e.nightmare:
        status = t("session.waiting")
    else:
        status = t("session.plain")
    return f"{e.title} · {format_date(e.date)} · {status}"


def _start(journal: Journal) -> None:
    from dreamjournal.visualize.service import visualize

    ss = st.session_state
    if ss.get(BEFORE) is None:
        ss[ERROR] = t("session.choose_before")
        return
    day = ss.get(DAY)
    try:
        entry = journal.get(str(ss[PICK]))
        script = visualize(entry).script  # before the record: an unfit dream leaves nothing
        session = start_session(
            journal,
            entry.id,
            suds_before=int(ss[BEFORE]),
            day=day if isinstance(day, date) else None,
            tz=client_zone()[0],
        )
    except DreamJournalError as exc:
        ss[ERROR] = state.error_text(exc)
        return
    _activate(journal, entry, session, script)
    ss.pop(AFTER, None)  # the rating after is chosen after the rehearsal, never assumed
    ss.pop(BEFORE, None)
    ss.pop(DAY, None)  # the next session is dated today unless chosen again


def _draft_key(session_id: str) -> str:
    return f"session-{session_id}"[:64]


def _resume(journal: Journal, session_id: str) -> None:
    """Bring back an unfinished session: its dream, script, and the autosaved notes and rating."""
    from dreamjournal.therapy.sessions import get_session
    from dreamjournal.visualize.service import visualize

    ss = st.session_state
    try:
        session = get_session(journal, session_id)
        entry = journal.get(session.entry_id)
        script = visualize(entry).script
    except DreamJournalError as exc:
        ss[ERROR] = state.error_text(exc)
        return
    _activate(journal, entry, session, script)
    saved = draft_service.get_draft(journal, _draft_key(session.id))
    data = saved.data if saved is not None else {}
    after = data.get("after")
    ss[AFTER] = after if isinstance(after, int) and after in SUDS else None
    ss[NOTES] = str(data.get("notes", ""))


def _discard(journal: Journal, session_id: str) -> None:
    try:
        discard_session(journal, session_id)
        draft_service.discard_draft(journal, _draft_key(session_id))
    except DreamJournalError as exc:
        st.session_state[ERROR] = state.error_text(exc)
        return
    st.session_state[state.NOTICE] = "session.discarded"


def _autosave(journal: Journal, run: dict[str, Any]) -> None:
    """Seal what was typed and chosen so far (a lock or a reload must not lose a session)."""
    ss = st.session_state
    data = {"after": ss.get(AFTER), "notes": str(ss.get(NOTES, ""))}
    if ss.get(f"{ACTIVE}_saved") == data:
        return
    try:
        draft_service.save_draft(journal, _draft_key(run["session"]), "session", data)
    except DreamJournalError:
        return
    ss[f"{ACTIVE}_saved"] = data


def _activate(journal: Journal, entry: Entry, session: Any, script: Any) -> None:
    from dreamjournal.services.clips import list_clips, load_clip

    ss = st.session_state
    clip: bytes | None = None
    clips = list_clips(journal, entry.id) if journal.clip_dir is not None else []
    if clips:
        try:
            clip = load_clip(journal, clips[-1].id)  # the newest; decrypted in memory only
        except DreamJournalError:
            ss[ERROR] = t("session.clip_failed")
    ss[ACTIVE] = {
        "vault": _vault_id(journal),
        "session": session.id,
        "entry": entry.id,
        "title": entry.title,
        "started": session.started,
        "before": session.suds_before,
        "script": script,
        "clip": clip,
    }
    reset_player(PLAYER)


def _suds(label_key: str, key: str) -> None:
    suds_picker(t(label_key), key, t("session.suds_help"))
    st.caption(t("session.suds_scale"))


def _choose(journal: Journal) -> None:
    every = bool(st.session_state.get(ALL, False))
    entries = candidates(journal, every)
    if not entries:
        st.info(t("session.no_dreams"), icon=":material/bedtime:")
        st.checkbox(t("session.every_dream"), key=ALL)
        return
    by_id = {e.id: e for e in entries}
    if st.session_state.get(PICK) not in by_id:
        last = sessions(journal)  # the dream worked on last time comes first, if still offered
        st.session_state[PICK] = (
            last[-1].entry_id if last and last[-1].entry_id in by_id else entries[0].id
        )
    pick_label = state.labels(by_id, lambda i: _label(by_id[i]))
    st.selectbox(t("session.dream"), list(by_id), key=PICK, format_func=pick_label)
    st.checkbox(t("session.every_dream"), key=ALL)
    entry = by_id[str(st.session_state[PICK])]
    if needs_rescript(entry):
        st.warning(
            t("session.needs_rescript", title=md_escape(entry.title)), icon=":material/edit:"
        )
        st.button(
            t("session.go_visualize"),
            type="tertiary",
            icon=":material/auto_awesome:",
            on_click=open_in_visualize,  # the Visualize page opens on this very dream
            args=(entry.id,),
            key="s_to_visualize",
        )
        return
    if entry.rescript:
        with st.expander(t("session.changed_version"), icon=":material/auto_stories:"):
            st.text(entry.rescript, width="stretch")
    _suds("session.before", BEFORE)
    today = date.today()
    st.date_input(
        t("session.day"),
        value=today,
        max_value=today,
        key=DAY,
        help=t("session.day_help"),
        format="YYYY-MM-DD",
        width=220,
    )
    st.button(
        t("session.start"),
        type="primary",
        icon=":material/play_arrow:",
        on_click=_start,
        args=(journal,),
        key="s_start",
    )


def _save(journal: Journal, run: dict[str, Any]) -> None:
    ss = st.session_state
    # Read at click time: the player's fragment may have moved on since the last full run.
    steps = player.steps_completed(player.tick(run["script"], player_state(PLAYER), state.now()))
    if ss.get(AFTER) is None:
        ss[ERROR] = t("session.choose_after")
        return
    try:
        end_session(
            journal,
            run["session"],
            suds_after=int(ss[AFTER]),
            notes=str(ss.get(NOTES, "")),
            steps_completed=steps,
        )
    except DreamJournalError as exc:
        ss[ERROR] = state.error_text(exc)
        return
    draft_service.discard_draft(journal, _draft_key(run["session"]))
    _forget()
    ss[state.NOTICE] = "session.saved"


def _running(journal: Journal, run: dict[str, Any], tz: tzinfo | None) -> None:
    st.subheader(md_escape(run["title"]), anchor=False)
    st.caption(t("session.running", time=local_time(run["started"], tz)[-5:], before=run["before"]))
    script_player(run["script"], PLAYER)
    if run["clip"] is not None:
        # Below the steps and folded: in the room the script leads, the clip is there if wanted.
        with st.expander(t("session.clip"), icon=":material/movie:"):
            st.video(run["clip"], format="video/mp4")
    st.divider()
    st.subheader(t("session.after_heading"), anchor=False)
    _suds("session.after", AFTER)
    st.text_area(
        t("session.notes"),
        key=NOTES,
        height=140,
        placeholder=t("session.notes_hint"),
        persist_state="session",
    )
    st.button(
        t("session.save"),
        type="primary",
        icon=":material/save:",
        on_click=_save,
        args=(journal, run),
        key="s_save",
    )
    st.caption(t("session.save_help"))
    _autosave(journal, run)
    with st.expander(t("measure.in_session"), icon=":material/fact_check:"):
        measure_form(journal, DuringSession(run["session"], local_day(run["started"], tz)))


def _offer_unfinished(journal: Journal, tz: tzinfo | None) -> None:
    """Sessions started and never ended (a lock, a reload, a crash): resume or discard."""
    titles = {e.id: e.title for e in journal.search()}
    for s in running_sessions(journal):
        with st.container(border=True):
            st.warning(
                t(
                    "session.unfinished",
                    title=md_escape(titles.get(s.entry_id, t("session.deleted"))),
                    time=local_time(s.started, tz),
                ),
                icon=":material/pending_actions:",
            )
            with st.container(horizontal=True):
                st.button(
                    t("session.resume"),
                    type="primary",
                    on_click=_resume,
                    args=(journal, s.id),
                    key=f"s_resume_{s.id}",
                )
                st.button(
                    t("session.discard"),
                    on_click=_discard,
                    args=(journal, s.id),
                    key=f"s_discard_{s.id}",
                )


def history_table(journal: Journal, tz: tzinfo | None) -> pd.DataFrame:
    """Past sessions of this vault, newest first, as a table."""
    titles = {e.id: e.title for e in journal.search()}
    taken: dict[str, list[str]] = {}  # session id -> questionnaires filled in during it
    for m in measures(journal):
        if m.session_id:
            name = INSTRUMENTS[m.instrument].name if m.instrument in INSTRUMENTS else m.instrument
            taken.setdefault(m.session_id, []).append(f"{name} {m.total:g}")
    rows = [
        {
            t("session.col_started"): local_time(s.started, tz),
            t("session.col_dream"): titles.get(s.entry_id, t("session.deleted")),
            t("session.col_before"): s.suds_before,
            t("session.col_after"): s.suds_after,
            t("session.col_steps"): s.steps_completed,
            t("session.col_measures"): ", ".join(taken.get(s.id, [])),
            t("session.col_notes"): s.notes,  # in full: the table cell wraps, nothing is cut
        }
        for s in reversed(sessions(journal))
    ]
    table = pd.DataFrame(rows)
    if rows:  # whole numbers with a gap for a session that was never saved
        after = t("session.col_after")
        table[after] = table[after].astype("Int64")
    return table


def _history(journal: Journal, tz: tzinfo | None) -> None:
    st.subheader(t("session.history"), anchor=False)
    table = history_table(journal, tz)
    if table.empty:
        st.caption(t("session.no_history"))
    else:
        st.dataframe(table, hide_index=True, width="stretch")
        notes_editor(journal, tz)


def session_page(journal: Journal) -> None:
    """Draw the page."""
    st.title(t("session.heading"), anchor=False)
    tz, _zone = client_zone()
    with st.empty():
        error = st.session_state.pop(ERROR, None)
        if error:
            st.error(error, icon=":material/error:")
    run = active(journal)
    if run is None:
        _offer_unfinished(journal, tz)
        st.caption(t("session.intro"))
        _choose(journal)
        st.divider()
        measure_form(journal)
        st.divider()
        _history(journal, tz)
        return
    _running(journal, run, tz)
    with st.expander(t("session.history"), icon=":material/history:"):
        table = history_table(journal, tz)
        if table.empty:
            st.caption(t("session.no_history"))
        else:
            st.dataframe(table, hide_index=True, width="stretch")
