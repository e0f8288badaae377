"""A dream's recorded narration: the person's or their therapist's own voice, kept sealed.

Recorded in the app with `st.audio_input` (a WAV) or given to the CLI as a file, checked by
ffmpeg (on pipes: it must be sound, at most MAX_SECONDS long), then stored exactly like a clip:
an encrypted `<id>.djclip` in the vault's clip folder and a sealed record in the "clip" table
with backend "recording". So everything clips have, it has too, with no code of its own:
deleting the dream deletes it (the clip delete hook), backups carry it, and restores check it.
`list_clips` never lists it as a clip. One recording per dream: a new one replaces the old.

A clip is narrated by it when the render asks for `RECORDED` (the app's "My recording", the
CLI's `--voice recorded`): `render_clip` loads it into memory and hands its bytes to the mixer.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from dreamjournal.errors import InvalidInput
from dreamjournal.render.audio import RATE
from dreamjournal.render.clips import (
    RECORDING,
    TABLE,
    ClipInfo,
    _folder,
    clip_path,
    delete_clip,
    get_clip,
    load_clip,
)
from dreamjournal.render.narration import decode_recording
from dreamjournal.vault.clipfile import encrypt_bytes

if TYPE_CHECKING:
    from dreamjournal.store.journal import Journal

MAX_SECONDS = 120.0  # a narration longer than the longest clip (60 s) is cut anyway
MAX_BYTES = 40 * 1024 * 1024  # 2 minutes of 48 kHz stereo WAV is 23 MB


def recording_of(journal: Journal, entry_id: str) -> ClipInfo | None:
    """The dream's stored recording, if it has one."""
    wanted = journal.resolve_id(entry_id)
    found = [
        ClipInfo.from_record(i, r)
        for i, r in journal.records(TABLE).items()
        if r.get("backend") == RECORDING and r.get("entry_id") == wanted
    ]
    return max(found, key=lambda c: c.created) if found else None


def save_recording(journal: Journal, entry_id: str, audio: bytes) -> ClipInfo:
    """Check and store a recording for a dream (sealed), replacing the one it had."""
    entry = journal.get(entry_id)
    if not audio:
        raise InvalidInput("error.recording.empty")
    if len(audio) > MAX_BYTES:
        raise InvalidInput("error.recording.too_long")
    pcm = decode_recording(audio, MAX_SECONDS + 1)  # NarrationUnavailable if it is no sound
    heard = _length(pcm)
    if heard <= 0.2:
        raise InvalidInput("error.recording.silent")
    if heard > MAX_SECONDS:
        raise InvalidInput("error.recording.too_long")
    folder = _folder(journal)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    old = recording_of(journal, entry.id)
    rec_id = uuid.uuid4().hex
    path = clip_path(folder, rec_id)
    encrypt_bytes(journal.file_key(rec_id), rec_id, audio, path)
    info = ClipInfo(
        id=rec_id,
        entry_id=entry.id,
        seconds=round(heard, 3),
        width=0,
        height=0,
        backend=RECORDING,
        seed=0,
        created=datetime.now(UTC).isoformat(timespec="microseconds"),
        mp4_bytes=len(audio),  # (the field every stored file has: its plaintext size)
        poster=False,
    )
    try:
        journal.put_record(TABLE, rec_id, info.to_record())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if old is not None:
        delete_clip(journal, old.id)
    return info


def load_recording(journal: Journal, entry_id: str) -> bytes | None:
    """The dream's recording as it was recorded (decrypted in memory), or None."""
    info = recording_of(journal, entry_id)
    return None if info is None else load_clip(journal, info.id)


def delete_recording(journal: Journal, entry_id: str) -> bool:
    """Remove the dream's recording (file and record); False if it had none."""
    info = recording_of(journal, entry_id)
    if info is None:
        return False
    delete_clip(journal, get_clip(journal, info.id).id)
    return True


def _length(pcm: object) -> float:
    """Seconds from the start to the last audible sample."""
    import numpy as np

    samples = np.asarray(pcm)
    loud = np.nonzero(np.abs(samples) > 0.01)[0]
    return 0.0 if loud.size == 0 else float(loud[-1] + 1) / RATE
