"""The write form: quick capture and editing, with drafts that survive locks, reloads, crashes.

Every field keeps its value under a `w_*` session key with ``persist_state="session"``, so
switching pages does not lose it and an idle lock (which keeps `w_*` keys) does not either.
After an idle lock the title, date and body stay on screen in the same place, so text typed
but not yet sent to the server (a text area sends on blur) survives the lock as well.

Each run with the vault open autosaves the form, sealed, as this browser session's draft
(`services.drafts`), and `live_draft` reports typing 1.5 s after the last key, so the text
is sealed even while the cursor is still in the field (a text area alone sends on blur).
A reload or a crash starts a new session; after unlocking, the newest draft left by another
session is put back in the empty form with "Restored your draft from 14:32" and Keep /
Discard. Saving edits names the version that was opened, so a change made elsewhere in the
meantime is shown, never overwritten.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import streamlit as st

from dreamjournal.errors import ChangedElsewhere, DreamJournalError, VaultLocked
from dreamjournal.services import Entry, Journal
from dreamjournal.services import drafts as draft_service
from dreamjournal.services.entries import add_entry, edit_entry, entry_version
from dreamjournal.ui import state
from dreamjournal.ui.care import care_box, nightmare_question
from dreamjournal.ui.live_draft import typed_text
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape
from dreamjournal.ui.vault_forms import GOTO, JOURNAL_PAGE
from dreamjournal.visualize.service import entry_safety

W_TITLE, W_DATE, W_BODY = "w_title", "w_date", "w_body"
W_TAGS, W_EMOTIONS = "w_tags", "w_emotions"
W_LUCIDITY, W_VIVIDNESS = "w_lucidity", "w_vividness"
W_NIGHTMARE, W_RECURRING = "w_nightmare", "w_recurring"
W_EDIT = "w_edit_id"  # id of the dream being edited, or None for a new one
W_STASH = "w_stash"  # a new dream's draft, put aside while another dream is edited
W_BASE = "w_based_on"  # the version of the dream being edited, as it was opened
W_NEWER = "w_newer"  # a newer version found on save: (title, body) or None when deleted
W_RESTORED = "w_restored"  # time of a draft restored from another session, until Keep/Discard
LAST_AUTOSAVE = "w_autosaved"  # what the last autosave wrote (skip identical writes)
LAST_SEALED = "w_sealed"  # what the draft holds now (the form's autosave or the watcher's)
AUTOSAVED_AT = "w_autosaved_at"  # when (UTC ISO), shown under the form
# A digest of the dream just saved (never its text): the typing watcher may still report it
# after the form emptied, and it is no draft any more.
JUST_SAVED = "w_just_saved"
FIELDS = {
    W_TITLE: "title",
    W_DATE: "date",
    W_BODY: "body",
    W_TAGS: "tags",
    W_EMOTIONS: "emotions",
    W_LUCIDITY: "lucidity",
    W_VIVIDNESS: "vividness",
    W_NIGHTMARE: "nightmare",
    W_RECURRING: "recurring",
}
ERROR = "write_error"
SAVED = "write_saved"
CARE_PENDING = "care_pending"  # an edit with crisis language: help shows where it lands
SUGGEST = "write_suggestions"
OPEN = "j_open"


def _blank() -> dict[str, Any]:
    return {
        W_TITLE: "",
        W_DATE: date.today(),
        W_BODY: "",
        W_TAGS: [],
        W_EMOTIONS: [],
        W_LUCIDITY: 0,
        W_VIVIDNESS: 3,
        W_NIGHTMARE: False,
        W_RECURRING: False,
    }


def ensure_draft() -> None:
    """Give every field a value before its widget is drawn (widgets get no `value=`)."""
    for key, value in _blank().items():
        st.session_state.setdefault(key, value)
    st.session_state.setdefault(W_EDIT, None)


def _current() -> dict[str, Any]:
    return {key: st.session_state.get(key) for key in FIELDS}


def has_new_draft() -> bool:
    """True when an unsaved new dream has text in it."""
    ss = st.session_state
    return not ss.get(W_EDIT) and bool(
        str(ss.get(W_TITLE) or "").strip() or str(ss.get(W_BODY) or "").strip()
    )


def load_for_edit(entry: Entry) -> None:
    """Fill the form with `entry` (a new dream's draft is put aside and comes back later)."""
    ss = st.session_state
    if has_new_draft():
        ss[W_STASH] = _current()
    ss.update(
        {
            W_TITLE: entry.title,
            W_DATE: entry.date,
            W_BODY: entry.body,
            W_TAGS: list(entry.tags),
            W_EMOTIONS: list(entry.emotions),
            W_LUCIDITY: entry.lucidity,
            W_VIVIDNESS: entry.vividness,
            W_NIGHTMARE: entry.nightmare,
            W_RECURRING: entry.recurring,
            W_EDIT: entry.id,
            W_BASE: entry_version_of(entry),
        }
    )
    ss.pop(W_NEWER, None)


def clear_draft() -> None:
    """Empty the form, or bring back the new dream that was put aside for an edit."""
    ss = st.session_state
    stash = ss.pop(W_STASH, None) if ss.get(W_EDIT) else None
    ss.update(stash or _blank())
    ss[W_EDIT] = None
    for key in (W_BASE, W_NEWER, W_RESTORED):
        ss.pop(key, None)


def draft_fields() -> dict[str, Any]:
    """The form's values as `Journal.add` / `update` keyword arguments."""
    ss = st.session_state
    fields = {name: ss.get(key) for key, name in FIELDS.items()}
    fields["title"] = str(fields["title"] or "").strip()
    fields["body"] = str(fields["body"] or "")
    fields["tags"] = list(fields["tags"] or [])
    fields["emotions"] = list(fields["emotions"] or [])
    fields["date"] = fields["date"] or date.today()
    return fields


def save_draft(journal: Journal) -> Entry | None:
    """Add or update from the form; on a user error the message is kept for the next run."""
    ss = st.session_state
    fields = draft_fields()
    if not fields["title"] and not fields["body"].strip():
        ss[ERROR] = t("write.empty")
        return None
    edit_id = ss.get(W_EDIT)
    try:
        if edit_id:
            entry = edit_entry(journal, edit_id, based_on=ss.get(W_BASE), **fields)
        else:
            entry = add_entry(journal, **fields)
    except ChangedElsewhere as exc:
        _show_newer(exc)
        return None
    except VaultLocked:
        state.lock_stale()  # the form's text is kept through the lock
        return None
    except DreamJournalError as exc:
        ss[ERROR] = state.error_text(exc)
        return None
    state.bump_revision()
    _forget_autosave(journal)
    ss[JUST_SAVED] = _digest(str(fields.get("title") or ""), str(fields.get("body") or ""))
    clear_draft()
    ss[SAVED] = {
        "id": entry.id,
        "title": entry.title,
        "edited": bool(edit_id),
        "care": _care_language(entry),  # checked on save: help is shown right there
    }
    return entry


def _care_language(entry: Entry) -> str:
    """The language of the entry's crisis language ("" when there is none): help is shown for
    it as well as for the app's language."""
    safety = entry_safety(entry)
    return safety.language if safety.flagged else ""


def _show_newer(exc: ChangedElsewhere) -> None:
    """Keep the person's text in the form; show the newer version; the next save is theirs."""
    ss = st.session_state
    newer = exc.newer
    if isinstance(newer, Entry):
        ss[W_NEWER] = (newer.title, newer.body)
        ss[W_BASE] = entry_version_of(newer)
        ss[ERROR] = t("write.conflict")
    else:
        ss[W_NEWER] = None
        ss[W_EDIT] = None  # deleted elsewhere: saving keeps the text as a new dream
        ss[ERROR] = t("write.conflict_deleted")


def entry_version_of(entry: Entry) -> str | None:
    """The version of `entry` in the open vault (after a conflict: the newer one)."""
    j = state.journal()
    return None if j is None else entry_version(j, entry.id)


def _draft_id() -> str:
    ss = st.session_state
    if not ss.get(state.DRAFT_ID):
        ss[state.DRAFT_ID] = draft_service.new_draft_id()
    return str(ss[state.DRAFT_ID])


def _form_snapshot() -> dict[str, Any]:
    fields = draft_fields()
    fields["date"] = fields["date"].isoformat()
    return {"fields": fields, "edit_id": st.session_state.get(W_EDIT)}


def autosave(journal: Journal) -> None:
    """Seal the form as this session's draft when it changed since the last autosave."""
    ss = st.session_state
    if not (has_new_draft() or ss.get(W_EDIT)):
        return
    snapshot = _form_snapshot()
    if ss.get(LAST_AUTOSAVE) == snapshot:
        return
    try:
        saved = draft_service.save_draft(journal, _draft_id(), "write", snapshot)
    except DreamJournalError:
        return  # the form still holds the text; the next run tries again
    ss[LAST_AUTOSAVE] = ss[LAST_SEALED] = snapshot
    ss[AUTOSAVED_AT] = (saved.saved, len(str(snapshot["fields"]["body"]).split()))


def _autosaved_note() -> None:
    saved = st.session_state.get(AUTOSAVED_AT)
    if saved:  # the live watcher may have saved text the form's fields have not sent yet
        from dreamjournal.ui.outcomes_view import client_zone, local_time

        tz, _ = client_zone()
        when, words = saved
        st.caption(t("write.autosaved", time=local_time(when, tz)[-5:], words=state.words(words)))


def _digest(title: str, body: str) -> str:
    """A one-way digest of a title and body, to recognise them without keeping them."""
    return hashlib.sha256(f"{title.strip()}\x00{body.strip()}".encode()).hexdigest()


def _autosave_typed(journal: Journal, title: str, body: str) -> None:
    """Seal what the live watcher saw typed (the form's other fields as they are)."""
    ss = st.session_state
    if not (title.strip() or body.strip() or ss.get(W_EDIT)):
        return
    if ss.get(JUST_SAVED) == _digest(title, body):
        return  # the watcher's last report of the dream just saved: no draft
    snapshot = _form_snapshot()
    snapshot["fields"].update(title=title.strip(), body=body)
    if ss.get(LAST_SEALED) == snapshot:
        return  # the draft holds it (the watcher reports the fields' text when it mounts)
    try:
        saved = draft_service.save_draft(journal, _draft_id(), "write", snapshot)
    except DreamJournalError:
        return
    ss[LAST_SEALED] = snapshot
    ss[AUTOSAVED_AT] = (saved.saved, len(body.split()))


@st.fragment
def _live_autosave(journal: Journal) -> None:
    """Autosave while typing (reruns alone when the watcher reports), and say when it saved."""
    current = state.journal()
    if current is None:
        return  # locked: nothing is written until the passphrase is given again
    if current is not journal:
        st.rerun(scope="app")  # the journal of before a lock (see `journal_view.dream_list`)
    typed = typed_text(t("write.title"), t("write.body"))
    if typed is not None:
        _autosave_typed(journal, *typed)
    _autosaved_note()


def _forget_autosave(journal: Journal) -> None:
    st.session_state.pop(LAST_AUTOSAVE, None)
    st.session_state.pop(LAST_SEALED, None)
    st.session_state.pop(AUTOSAVED_AT, None)
    draft_service.discard_draft(journal, _draft_id())


def restore_draft(journal: Journal) -> None:
    """Into an empty form: the newest write draft another (reloaded, crashed) session left."""
    ss = st.session_state
    if has_new_draft() or ss.get(W_EDIT):
        return
    mine = _draft_id()
    found = [d for d in draft_service.drafts(journal, "write") if d.id != mine]
    if not found:
        return
    draft = found[0]
    fields = dict(draft.data.get("fields") or {})
    try:
        fields["date"] = date.fromisoformat(str(fields.get("date")))
    except ValueError:
        fields["date"] = date.today()
    edit_id = draft.data.get("edit_id")
    if edit_id and not journal.has_entry(str(edit_id)):
        edit_id = None  # the dream was deleted since: the text comes back as a new dream
    for key, name in FIELDS.items():
        if name in fields:
            ss[key] = fields[name]
    ss[W_EDIT] = edit_id
    if edit_id:
        ss[W_BASE] = entry_version(journal, str(edit_id))
    ss[W_RESTORED] = draft.saved
    draft_service.save_draft(journal, mine, "write", _form_snapshot())  # taken over here
    for other in found:
        draft_service.discard_draft(journal, other.id)


def _keep_restored() -> None:
    st.session_state.pop(W_RESTORED, None)


def _discard_restored(journal: Journal) -> None:
    _forget_autosave(journal)
    clear_draft()


def _restored_banner(journal: Journal) -> None:
    saved = st.session_state.get(W_RESTORED)
    if not saved:
        return
    from dreamjournal.ui.outcomes_view import client_zone, local_time

    tz, _ = client_zone()
    st.info(t("write.restored", time=local_time(saved, tz)[-5:]), icon=":material/history:")
    with st.container(horizontal=True):
        st.button(t("write.keep"), on_click=_keep_restored, key="w_keep")
        st.button(t("write.discard"), on_click=_discard_restored, args=(journal,), key="w_drop")


def _newer_version() -> None:
    newer = st.session_state.get(W_NEWER)
    if newer:
        with st.expander(t("write.newer"), expanded=True, icon=":material/history:"):
            st.markdown(f"**{md_escape(newer[0])}**")
            st.text(newer[1], width="stretch")


def _save(journal: Journal) -> None:
    entry = save_draft(journal)
    if entry is not None and st.session_state[SAVED]["edited"]:
        # An edit is confirmed where it lands (the dream's detail on the Journal page), not by
        # a "Saved" banner left waiting on the Write page for its next visit.
        saved = st.session_state.pop(SAVED)
        st.session_state[state.NOTICE] = "write.saved_edit"
        st.session_state[CARE_PENDING] = saved.get("care") or ""
        st.session_state[OPEN] = entry.id
        st.session_state[GOTO] = JOURNAL_PAGE


def _cancel(journal: Journal) -> None:
    edit_id = st.session_state.get(W_EDIT)
    _forget_autosave(journal)
    clear_draft()
    if edit_id:
        st.session_state[OPEN] = edit_id
        st.session_state[GOTO] = JOURNAL_PAGE


def _show_saved() -> None:
    saved = st.session_state.pop(SAVED, None)
    if saved:
        with st.container():
            st.success(t("write.saved", title=md_escape(saved["title"])), icon=":material/check:")
            if saved.get("care"):
                care_box("w_care", saved["care"])
            journal = state.journal()
            entry = None if journal is None else _still_there(journal, saved["id"])
            if journal is not None and entry is not None:
                nightmare_question(journal, entry, "w_nightmare_q")


def _still_there(journal: Journal, entry_id: str) -> Entry | None:
    from dreamjournal.errors import EntryNotFound

    try:
        return journal.get(entry_id)
    except EntryNotFound:
        return None


def _options(known: list[str], chosen: list[str]) -> list[str]:
    return known + [v for v in chosen if v not in known]


def _suggestions(journal: Journal) -> tuple[list[str], list[str]]:
    """Known tags and feelings, most used first; computed once per change to the journal."""
    from dreamjournal.insights import label_counts

    key = (state.revision(), len(journal), state.lang())
    cached = st.session_state.get(SUGGEST)  # not a w_* key: must not outlive a lock
    if cached is None or cached[0] != key:
        tags = [name for name, _ in journal.tag_counts().most_common(200)]
        used = [name for name, _ in label_counts(journal.list(), "emotions").most_common(40)]
        feelings = used + [e for e in t("emotions.suggested").split(", ") if e not in used]
        cached = (key, tags, feelings)
        st.session_state[SUGGEST] = cached
    return cached[1], cached[2]


def write_form(journal: Journal | None) -> None:
    """The form. Locked by the idle timer: title, date and text stay in place (what was typed
    but not yet sent survives), nothing can be saved. Locked otherwise: nothing is shown."""
    ensure_draft()
    ss = st.session_state
    if journal is None and ss.get(state.LOCK_REASON) != "idle":
        if has_new_draft() or ss.get(W_EDIT):
            st.caption(t("write.draft_kept"))
        return
    if journal is not None:
        restore_draft(journal)
    editing = bool(ss.get(W_EDIT))
    st.title(t("write.edit_heading" if editing else "write.heading"), anchor=False)
    with st.empty():  # a fixed slot: messages must not move the fields below (see module doc)
        _show_saved()
    if journal is not None:
        _restored_banner(journal)
    left, right = st.columns([3, 1])
    left.text_input(
        t("write.title"), key=W_TITLE, persist_state="session", placeholder=t("write.title_ph")
    )
    right.date_input(
        t("write.date"), key=W_DATE, persist_state="session", format=t("date.input_format")
    )
    st.text_area(
        t("write.body"),
        key=W_BODY,
        height=260,
        persist_state="session",
        placeholder=t("write.body_ph"),
    )
    if journal is None:
        st.caption(t("write.locked_hint"))
        return
    tags, emotions = _suggestions(journal)
    left, right = st.columns(2)
    left.multiselect(
        t("write.tags"),
        _options(tags, ss.get(W_TAGS) or []),
        key=W_TAGS,
        accept_new_options=True,
        persist_state="session",
        placeholder=t("write.tags_ph"),
    )
    right.multiselect(
        t("write.emotions"),
        _options(emotions, ss.get(W_EMOTIONS) or []),
        key=W_EMOTIONS,
        accept_new_options=True,
        persist_state="session",
        placeholder=t("write.emotions_ph"),
    )
    left, right = st.columns(2)
    left.slider(
        t("write.lucidity"), 0, 5, key=W_LUCIDITY, persist_state="session", help=t("write.luc_help")
    )
    right.slider(
        t("write.vividness"), 1, 5, key=W_VIVIDNESS, persist_state="session", help=t("write.viv_h")
    )
    left, right = st.columns(2)
    left.toggle(t("write.nightmare"), key=W_NIGHTMARE, persist_state="session")
    right.toggle(t("write.recurring"), key=W_RECURRING, persist_state="session")
    with st.empty():
        error = ss.pop(ERROR, None)
        if error:
            st.error(error, icon=":material/error:")
    with st.container(horizontal=True):
        st.button(
            t("write.save_edit" if editing else "write.save"),
            type="primary",
            icon=":material/save:",
            on_click=_save,
            args=(journal,),
            key="write_save",
        )
        if editing:
            st.button(t("write.cancel"), on_click=_cancel, args=(journal,), key="write_cancel")
    _newer_version()
    autosave(journal)
    _live_autosave(journal)
