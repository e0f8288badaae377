"""Session state of the app: the unlocked Journal, the idle clock, language and preferences.

The vault key and every decrypted entry live only in `st.session_state` (one browser session),
never in `st.cache_data` / `st.cache_resource`, logs or files. Locking deletes every session
key except a short allow-list (language, last vault name, auto-lock minutes and the write
form's unsaved draft), so nothing read from the vault lingers in the session after a lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Literal

import streamlit as st

from dreamjournal.errors import DreamJournalError
from dreamjournal.i18n import LANGUAGES, format_date, language, message, nmessage
from dreamjournal.services import Journal
from dreamjournal.services.entries import load_preferences, save_preferences
from dreamjournal.services.session_mode import SessionMode
from dreamjournal.services.session_mode import current as current_session_mode

JOURNAL = "journal"
VAULT = "vault_name"
LAST_ACTIVE = "last_active"
LANG = "lang"
AUTOLOCK = "autolock_minutes"
NOTICE = "notice"
REVISION = "revision"
LOCK_REASON = "lock_reason"  # "manual" or "idle" until the next unlock
DRAFT_PREFIX = "w_"  # keys of the write form; kept through an idle lock

DRAFT_ID = "draft_id"  # this browser session's id for its autosaved drafts (kept over a lock)

LockReason = Literal["manual", "idle"]


def now() -> float:
    """Seconds on a monotonic clock; tests replace this function to fake idle time."""
    return time.monotonic()


def _settings_default(name: str) -> Any:
    from dreamjournal.settings import get_settings

    return getattr(get_settings(), name)


def browser_language() -> str:
    """The language the browser asks for ('de' for de-DE), English when it asks for none we have."""
    try:
        locale = st.context.locale
    except Exception:  # no browser behind this run (AppTest, bare mode)
        locale = None
    return language(locale)


def lang() -> str:
    """The UI language of this session ("en" or "de"): the vault's choice once unlocked; before
    that the machine's setting if one is made, else the browser's language."""
    if LANG not in st.session_state:
        st.session_state[LANG] = _settings_default("language") or browser_language()
    value = st.session_state[LANG]
    return value if value in LANGUAGES else "en"


def day_text(d: date) -> str:
    """A day as people of this session's language write it ("Nov 28, 2026", "28.11.2026")."""
    return format_date(d, lang(), "medium")


def t(key: str, **values: Any) -> str:
    """The UI string `key` in the session's language."""
    return message(key, lang(), **values)


def error_text(exc: DreamJournalError) -> str:
    """A user error's message in the session's language."""
    return exc.render(lang())


def show_error(exc: DreamJournalError) -> None:
    """The one way a page shows a user error: in the session's language, no traceback."""
    st.error(error_text(exc), icon=":material/error:")


def labels(options: Iterable[Any], label: Callable[[Any], str]) -> Callable[[Any], str]:
    """A `format_func` whose labels are made now, in this run's language (a widget may call
    its `format_func` later, outside the run, where the session's language is not known)."""
    table = {option: label(option) for option in options}
    return lambda option: table.get(option, str(option))


def dreams(n: int) -> str:
    """'1 dream' / '12 dreams' in the session's language."""
    return nmessage("count.dream", "count.dreams", n, lang())


def words(n: int) -> str:
    """'1 word' / '12 words' in the session's language."""
    return nmessage("count.word", "count.words", n, lang())


def minutes(n: int) -> str:
    """'1 minute' / '10 minutes' in the session's language."""
    return nmessage("count.minute", "count.minutes", n, lang())


def autolock_minutes() -> int:
    """Idle minutes before the vault locks itself."""
    if AUTOLOCK not in st.session_state:
        st.session_state[AUTOLOCK] = int(_settings_default("autolock_minutes"))
    return int(st.session_state[AUTOLOCK])


def journal() -> Journal | None:
    """The unlocked journal of this session, or None."""
    j = st.session_state.get(JOURNAL)
    return None if j is None or j.locked else j


def open_vault(j: Journal, name: str) -> None:
    """Keep an unlocked journal in this session and apply its saved preferences."""
    old = st.session_state.get(JOURNAL)
    if old is not None and old is not j and not old.locked:
        old.lock()
    if (old is not None and old is not j) or st.session_state.get(VAULT) not in (None, name):
        # Another vault (in a practice: another client). Nothing read or typed in the last one
        # may follow, not even an unsaved draft: saved here, it would land in this vault.
        for key in list(st.session_state.keys()):
            if key not in {LANG, AUTOLOCK, DRAFT_ID}:
                del st.session_state[key]
    st.session_state[JOURNAL] = j
    st.session_state[VAULT] = name
    st.session_state[LAST_ACTIVE] = now()
    st.session_state[REVISION] = 0
    st.session_state.pop(LOCK_REASON, None)
    prefs = load_preferences(j)
    if prefs.get("language") in LANGUAGES:
        st.session_state[LANG] = prefs["language"]
    if isinstance(prefs.get("autolock_minutes"), int):
        st.session_state[AUTOLOCK] = prefs["autolock_minutes"]


def save_prefs(**changes: Any) -> None:
    """Store UI preferences (language, auto-lock minutes) encrypted in the open vault."""
    j = journal()
    if j is None:
        return
    save_preferences(j, **changes)


def lock(reason: LockReason) -> None:
    """Forget the key and everything decrypted except the write form's unsaved draft.

    The draft is not in the vault yet; losing it would lose a dream. It is shown again only
    after an unlock, except after an idle lock on the Write page (see `draft.write_form`).
    """
    j = st.session_state.get(JOURNAL)
    if j is not None and not j.locked:
        j.lock()
    keep = {LANG, VAULT, AUTOLOCK, DRAFT_ID}
    for key in list(st.session_state.keys()):
        if key in keep or str(key).startswith(DRAFT_PREFIX):
            continue
        del st.session_state[key]
    st.session_state[LOCK_REASON] = reason
    st.session_state[NOTICE] = "lock.idle_notice" if reason == "idle" else "lock.done"


def lock_stale() -> None:
    """The passphrase was changed elsewhere: lock (unsaved text stays) and say why."""
    lock("manual")
    st.session_state[NOTICE] = "lock.stale"


def idle_expired() -> bool:
    """True when the vault is open and nobody has touched the app for the auto-lock time."""
    if journal() is None:
        return False
    last = float(st.session_state.get(LAST_ACTIVE, now()))
    return now() - last > autolock_minutes() * 60


def touch() -> None:
    """Count this moment as activity (a running guided player keeps the vault open)."""
    st.session_state[LAST_ACTIVE] = now()


def check_idle() -> None:
    """On every interaction: lock if idle too long, else count this as activity.

    Session mode is enforced here too (see `hide_other_vaults`), on every run of every page.
    """
    if idle_expired():
        lock("idle")
    hide_other_vaults()
    st.session_state[LAST_ACTIVE] = now()


def session_mode() -> SessionMode | None:
    """Session mode of this data dir (stored outside the vaults), or None when it is off."""
    from pathlib import Path

    return current_session_mode(Path(_settings_default("data_dir")))


def hide_other_vaults() -> None:
    """In session mode a browser session holds the session's vault or none.

    A tab still open on another client's vault is locked, and everything it held (its name, an
    unsaved draft) is forgotten, so nothing of that client shows while this one is in the room.
    """
    mode = session_mode()
    if mode is None or st.session_state.get(VAULT) in (None, mode.vault):
        return
    j = st.session_state.get(JOURNAL)
    if j is not None and not j.locked:
        j.lock()
    for key in list(st.session_state.keys()):
        if key not in {LANG, AUTOLOCK, DRAFT_ID}:
            del st.session_state[key]


def bump_revision() -> None:
    """Mark that entries changed (invalidates per-session derived data such as insights)."""
    st.session_state[REVISION] = int(st.session_state.get(REVISION, 0)) + 1


def revision() -> int:
    """A counter of changes made through this session."""
    return int(st.session_state.get(REVISION, 0))


def pop_notice() -> str | None:
    """The one-shot notice key (e.g. "locked after idle"), removed once read."""
    value = st.session_state.pop(NOTICE, None)
    return value if isinstance(value, str) else None
