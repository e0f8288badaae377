"""The friend viewer's logic: look a link up, check its passcode, count a view, decrypt.

This module and everything it imports never open a vault; the share store is all it reads.

Guessing links: a token has 256 random bits, so guessing one is hopeless at any rate. On top of
that every miss (unknown, malformed, expired, revoked or used up: one answer for all) waits
`MISS_DELAY_S` while holding a process-wide lock, so the whole viewer answers at most about two
misses a second however many sessions or connections a guesser opens. A per-session limit
would add nothing: a link is read from the URL when a session starts, so a guesser simply
starts a new session per guess. Hits never take the lock, so friends are not slowed.

Passcodes: a wrong passcode is counted in the share's row; after `PASSCODE_ATTEMPTS` wrong
ones in a row the share refuses passcodes for `PASSCODE_LOCK_S`. Each attempt also costs an
Argon2id derivation (64 MiB), and at most `ARGON2_PARALLEL` run at once so a flood of attempts
cannot exhaust memory.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from dreamjournal.errors import DreamJournalError
from dreamjournal.share.crypto import (
    DecryptionFailed,
    lookup_id,
    share_ad,
    share_key,
    token_bytes,
    unseal,
)
from dreamjournal.share.snapshot import Snapshot
from dreamjournal.share.store import ShareRow, ShareStore

MISS_DELAY_S = 0.5
PASSCODE_ATTEMPTS = 5
PASSCODE_LOCK_S = 15 * 60
ARGON2_PARALLEL = 2
NOT_AVAILABLE = "not_available"  # one message key for every kind of miss


class ShareNotAvailable(DreamJournalError):
    """Unknown, expired, revoked or used up: deliberately one error with one message."""

    def __init__(self) -> None:
        super().__init__(
            "This link is not available. Ask the person who sent it whether they can share "
            "the dream again."
        )


class WrongPasscode(DreamJournalError):
    """The passcode is missing or does not open this share."""

    def __init__(self, user_message: str, *, missing: bool = False) -> None:
        super().__init__(user_message)
        self.missing = missing


class PasscodeLocked(DreamJournalError):
    """Too many wrong passcodes in a row; the share refuses passcodes for a while."""

    def __init__(self, minutes: int) -> None:
        super().__init__(
            f"Too many wrong passcodes. Try again in about {minutes} minutes, or ask the "
            "person who sent the link."
        )
        self.minutes = minutes


class MissThrottle:
    """Serializes misses process-wide, each holding the lock for a constant delay."""

    def __init__(
        self, delay_s: float | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._delay_s = delay_s
        self._sleep = sleep
        self._lock = threading.Lock()
        self.misses = 0

    @property
    def delay_s(self) -> float:
        """The delay per miss (the module default unless set)."""
        return MISS_DELAY_S if self._delay_s is None else self._delay_s

    def miss(self) -> None:
        """Wait the constant delay, one miss at a time across the whole process."""
        with self._lock:
            self.misses += 1
            self._sleep(self.delay_s)


_DEFAULT_THROTTLE = MissThrottle()
_ARGON2_SLOTS = threading.BoundedSemaphore(ARGON2_PARALLEL)


@dataclass(frozen=True)
class LinkInfo:
    """What the viewer may know about a live link before it is opened."""

    needs_passcode: bool


class ShareViewer:
    """Answers links against one share store."""

    def __init__(
        self,
        store: ShareStore,
        *,
        clock: Callable[[], float] = time.time,
        throttle: MissThrottle | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.throttle = throttle or _DEFAULT_THROTTLE

    def _not_available(self) -> ShareNotAvailable:
        self.throttle.miss()
        return ShareNotAvailable()

    def _live_row(self, token: str) -> tuple[bytes, ShareRow]:
        raw = token_bytes(token)
        if raw is None:
            raise self._not_available()
        row = self.store.get(lookup_id(raw))
        if row is None or row.status(self.clock()) != "active":
            if row is not None:
                self.store.wipe_unavailable(self.clock())
            raise self._not_available()
        return raw, row

    def check(self, token: str) -> LinkInfo:
        """Whether a link is live and needs a passcode; decrypts nothing, counts nothing."""
        _, row = self._live_row(token)
        return LinkInfo(needs_passcode=row.passcode_kdf is not None)

    def open(self, token: str, passcode: str | None = None) -> Snapshot:
        """Decrypt the snapshot and count one view (call on a person's click, never on load)."""
        raw, row = self._live_row(token)
        now = self.clock()
        if row.locked_until is not None and now < row.locked_until:
            raise PasscodeLocked(max(1, round((row.locked_until - now) / 60)))
        if row.passcode_kdf is not None and not (passcode or "").strip():
            raise WrongPasscode("Enter the passcode you were given with the link.", missing=True)
        sealed = self.store.sealed(row.lookup)
        if sealed is None:
            raise self._not_available()
        if row.passcode_kdf is None:
            key = share_key(raw)
        else:
            with _ARGON2_SLOTS:
                key = share_key(raw, passcode, row.passcode_kdf)
        try:
            meta = unseal(key, sealed.meta_nonce, sealed.meta_ct, share_ad(row.lookup, "meta"))
        except DecryptionFailed:
            if row.passcode_kdf is None:  # a damaged row: say no more than for any miss
                raise self._not_available() from None
            self.store.passcode_failed(row.lookup, now, PASSCODE_ATTEMPTS, PASSCODE_LOCK_S)
            raise WrongPasscode(
                "That passcode does not open this dream. Check it with the person who sent it."
            ) from None
        clip = None
        if sealed.clip_ct is not None and sealed.clip_nonce is not None:
            try:
                clip = unseal(key, sealed.clip_nonce, sealed.clip_ct, share_ad(row.lookup, "clip"))
            except DecryptionFailed:
                raise self._not_available() from None
        if row.passcode_kdf is not None and row.failed_passcodes:
            self.store.passcode_ok(row.lookup)
        if not self.store.count_view(row.lookup, self.clock()):
            raise self._not_available()
        return Snapshot.from_parts(meta, clip)
