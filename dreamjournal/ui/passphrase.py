"""A new passphrase: a rough strength hint (no network, no word lists: length, variety, words)
and the rule every new one meets (the CLI's too: `check_new_passphrase`)."""

from __future__ import annotations

import math
import string

from dreamjournal.errors import DreamJournalError
from dreamjournal.services.vaults import MIN_PASSPHRASE_CHARS, check_new_passphrase
from dreamjournal.ui import state
from dreamjournal.ui.state import t

_COMMON = frozenset(
    {
        "password",
        "passwort",
        "12345678",
        "123456789",
        "1234567890",
        "qwertyui",
        "qwertzui",
        "iloveyou",
        "sunshine",
        "traumtagebuch",
        "dreamjournal",
        "letmein1",
        "password1",
    }
)


def estimate_bits(passphrase: str) -> float:
    """A conservative guess of the guessing entropy in bits."""
    p = passphrase.strip()
    if not p or p.lower() in _COMMON:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in p):
        pool += 26
    if any(c in string.ascii_uppercase for c in p):
        pool += 26
    if any(c in string.digits for c in p):
        pool += 10
    if any(not c.isalnum() for c in p):
        pool += 33
    if any(ord(c) > 127 for c in p):
        pool += 30
    distinct = len(set(p.lower()))
    char_bits = min(len(p), distinct * 2) * math.log2(max(pool, 2))
    words = [w for w in p.replace("-", " ").replace("_", " ").split() if len(w) >= 3]
    word_bits = len(words) * 11.0  # ~2,000 common words each
    # Character-based estimates overrate long words; a phrase counts by its words.
    return max(word_bits, char_bits * 0.5 if len(words) >= 2 else char_bits * 0.6)


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        return 0
    bits = estimate_bits(passphrase)
    if bits < 36:
        return 1
    if bits < 55:
        return 2
    return 3


def new_passphrase_error(first: str, second: str) -> str | None:
    """Why a new passphrase typed twice is refused (the CLI's rule: `check_new_passphrase`,
    then the two must match), or None."""
    try:
        check_new_passphrase(first)
    except DreamJournalError as exc:
        return state.error_text(exc)
    return None if first == second else t("create.mismatch")
