"""Clips of an entry: render, encrypt and store; list; decrypt in memory; delete.

What touches disk while rendering: only ciphertext. The renderer streams the MP4 (ffmpeg's
fragmented MP4 on a pipe, or a download) straight into `ClipWriter`, which encrypts it chunk by
chunk into a 0600 temp file beside the target and renames it when done; the audio reaches ffmpeg
on a pipe and the poster PNG is encrypted from memory. A failure, a cancel or a SIGKILL leaves
at most an encrypted temp file (`.<clip_id>.djclip.*.tmp`, swept on the next render). Older
versions made the plain MP4 in a `dreamjournal-render-*` temp dir; `sweep_stale_render_dirs`
removes any such dir left by a crash.

The stored clip is `<clip_id>.djclip` (and its poster `<clip_id>.poster.djclip`) in the vault's
clip folder, encrypted; its record (entry id, seconds, size, backend, seed, created) is a sealed
row of the vault's "clip" table.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dreamjournal.errors import ConsentRequired, DreamJournalError, InvalidInput, TamperedData
from dreamjournal.render.base import ProgressFn, RenderJob, check_seconds, get_renderer, parse_size
from dreamjournal.store.hooks import on_delete
from dreamjournal.vault.clipfile import ClipWriter, decrypt_file, encrypt_bytes

if TYPE_CHECKING:
    from dreamjournal.analysis.scene_plan import ScenePlan
    from dreamjournal.render.narration import Voice
    from dreamjournal.store.entry import Entry
    from dreamjournal.store.journal import Journal
    from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt

TABLE = "clip"
_REEL, _REEL_LINK = "reel", "reel-link"  # backends of a reel's record and of its links
RECORDING = "recording"  # a dream's recorded narration (render/recordings.py): not a clip
_CLIP_ID = re.compile(r"[0-9a-f]{32}")
_STALE_PREFIX = "dreamjournal-render-"
# An older version still rendering touches its dir within a minute; one idle longer is a
# crash's leftover. (Two versions at once is rare, but its render should not be pulled away.)
_STALE_DIR_AGE_S = 120.0
# An encrypted temp file of a clip whose render was killed: ciphertext, but clutter.
_STALE_TMP_AGE_S = 3600.0


class ClipNotFound(DreamJournalError):
    """No clip with that id in this vault."""


@dataclass(frozen=True)
class ClipInfo:
    """A stored clip, as its sealed record describes it."""

    id: str
    entry_id: str
    seconds: float
    width: int
    height: int
    backend: str
    seed: int
    created: str
    mp4_bytes: int
    poster: bool
    # A reel: the dreams it joins. A reel's link record (under each other dream): the reel's id.
    entries: tuple[str, ...] = ()

    @property
    def size(self) -> str:
        """'854x480'."""
        return f"{self.width}x{self.height}"

    def to_record(self) -> dict[str, Any]:
        """The JSON sealed into the clip row (the id is the row id)."""
        data = asdict(self)
        del data["id"]
        return data

    @classmethod
    def from_record(cls, clip_id: str, data: dict[str, Any]) -> ClipInfo:
        """From a decrypted clip row."""
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data and k != "id"}
        fields["entries"] = tuple(fields.get("entries", ()))
        return cls(id=clip_id, **fields)


def clip_path(folder: Path, clip_id: str, poster: bool = False) -> Path:
    """Where a clip's encrypted MP4 (or poster PNG) lives."""
    return folder / f"{clip_id}{'.poster' if poster else ''}.djclip"


def _folder(journal: Journal) -> Path:
    folder = journal.clip_dir
    if folder is None:
        raise InvalidInput("error.clips.clips_need_vault")
    return folder


def visualization_for(entry: Entry, seconds: float) -> tuple[VisualizationPrompt, GuidedScript]:
    """Prompt and script for an entry from `visualize.service` (offline writer, IRT rules)."""
    prompt, script, _ = staging_for(entry, seconds)
    return prompt, script


def staging_for(
    entry: Entry, seconds: float, cameo: str | None = None
) -> tuple[VisualizationPrompt, GuidedScript, ScenePlan | None]:
    """Prompt, script and the scene plan to stage (a nightmare's: its rescript's, never its own).

    `cameo`: how the person looks in their dreams (Settings), for a remote model's prompt.
    """
    from dreamjournal.visualize.service import visualize

    result = visualize(entry, writer="offline", seconds=seconds, cameo=cameo)
    return result.prompt, result.script, result.analysis.scene_plan


def avoided_text(entry: Entry) -> tuple[str, ...]:
    """What a clip of this entry never shows as a caption: a nightmare's own words."""
    if entry.nightmare or (entry.rescript or "").strip():
        return tuple(t for t in (entry.body, entry.title) if t)
    return ()


def clip_job(
    entry: Entry,
    *,
    seconds: float,
    size: tuple[int, int],
    seed: int,
    consent: bool = False,
    voice: Voice | None = None,
    cameo: str | None = None,
) -> RenderJob:
    """The render job for an entry: prompt, script, scene plan, the lines captions avoid."""
    prompt, script, plan = staging_for(entry, seconds, cameo)
    return RenderJob(
        entry.id, prompt, script, seconds, size, seed, consent, plan, avoided_text(entry), voice
    )


def render_temp_root() -> Path | None:
    """The RAM-backed shm folder when it is writable, else None (the system temp dir)."""
    shm = Path("/dev/shm")  # noqa: S108 - mkdtemp makes a private, unique 0700 dir inside
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


@contextmanager
def private_tempdir() -> Iterator[Path]:
    """A 0700 temp dir, removed whatever happens. Rendering no longer uses one (see above).

    In memory (/dev/shm) where the system has it; the system temp dir otherwise.
    """
    path = Path(tempfile.mkdtemp(prefix=_STALE_PREFIX, dir=render_temp_root()))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def sweep_stale_render_dirs() -> int:
    """Remove `dreamjournal-render-*` dirs of ours that a killed render left; how many.

    They held the plain MP4 and WAV of older versions (a crash left playable clips with the
    script's captions in /dev/shm). Nothing makes them any more; one untouched for
    `_STALE_DIR_AGE_S` is no older version's render in progress. Called before each render
    (and meant for app and CLI start).
    """
    removed = 0
    cutoff = time.time() - _STALE_DIR_AGE_S
    roots = {Path(tempfile.gettempdir())}
    if (shm := render_temp_root()) is not None:
        roots.add(shm)
    for root in roots:
        for path in root.glob(_STALE_PREFIX + "*"):
            try:
                info = path.lstat()
                if path.is_symlink() or info.st_uid != os.getuid() or info.st_mtime > cutoff:
                    continue
            except OSError:
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def _sweep_stale_temp_clips(folder: Path) -> None:
    """Encrypted temp files of renders killed long ago (a running one is younger)."""
    cutoff = time.time() - _STALE_TMP_AGE_S
    for path in folder.glob(".*.djclip.*.tmp"):
        with suppress(OSError):
            if path.lstat().st_mtime < cutoff:
                path.unlink()


def render_clip(
    journal: Journal,
    entry_id: str,
    *,
    backend: str = "procedural",
    seconds: float = 12.0,
    size: str = "854x480",
    seed: int | None = None,
    consent: bool = False,
    crisis_confirmed: bool = False,
    progress: ProgressFn | None = None,
    renderer_options: dict[str, Any] | None = None,
    voice: Voice | None = None,
) -> ClipInfo:
    """Render a clip for one entry, store it encrypted and linked to the entry, return it.

    A remote backend needs `consent` for this entry in this call, and, if the entry has crisis
    language, `crisis_confirmed` too (as for remote writers).
    """
    entry = journal.get(entry_id)
    folder = _folder(journal)
    seconds = check_seconds(seconds)
    dims = parse_size(size)
    renderer = get_renderer(backend, **(renderer_options or {}))
    if renderer.remote and not consent:  # refuse before building anything from the dream
        raise ConsentRequired("error.clips.renderer_sends_dream", backend=backend)
    if renderer.remote:
        from dreamjournal.visualize.service import check_crisis_confirmed

        check_crisis_confirmed(entry, crisis_confirmed)
    seed = secrets.randbelow(2**31) if seed is None else seed
    voice = _resolved(journal, entry.id, voice)
    cameo = (journal.get_record("setting", "preferences") or {}).get("cameo") or None
    job = clip_job(
        entry, seconds=seconds, size=dims, seed=seed, consent=consent, voice=voice, cameo=cameo
    )
    clip_id = uuid.uuid4().hex
    files = [clip_path(folder, clip_id), clip_path(folder, clip_id, poster=True)]
    sweep_stale_render_dirs()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _sweep_stale_temp_clips(folder)
    writer = ClipWriter(journal.file_key(clip_id), clip_id, files[0])
    try:
        result = renderer.render(job, writer, progress)
        writer.commit()
        if result.poster_png:
            poster_id = f"{clip_id}.poster"
            encrypt_bytes(journal.file_key(poster_id), poster_id, result.poster_png, files[1])
        info = ClipInfo(
            id=clip_id,
            entry_id=entry.id,
            seconds=round(result.seconds, 3),
            width=result.size[0],
            height=result.size[1],
            backend=renderer.name,
            seed=seed,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            mp4_bytes=writer.plaintext_bytes,
            poster=bool(result.poster_png),
        )
        journal.put_record(TABLE, clip_id, info.to_record())
    except BaseException:
        writer.abort()
        for path in files:
            path.unlink(missing_ok=True)
        raise
    return info


def _resolved(journal: Journal, entry_id: str, voice: Voice | None) -> Voice | None:
    """`RECORDED` (this dream's stored recording) as the recording's bytes, in memory."""
    from dreamjournal.render.narration import RECORDED, recorded

    if voice != RECORDED:
        return voice
    from dreamjournal.render.recordings import load_recording

    audio = load_recording(journal, entry_id)
    if audio is None:
        raise InvalidInput("error.recording.none_for_dream")
    return recorded(audio)


def list_clips(
    journal: Journal, entry_id: str | None = None, *, reels: bool = False
) -> list[ClipInfo]:
    """Clips of one entry (or all), oldest first; reels (several dreams) only when asked.

    A reel holds other dreams too: sharing "this dream's newest clip" must never pick it.
    """
    wanted = journal.resolve_id(entry_id) if entry_id is not None else None
    clips = [
        ClipInfo.from_record(i, r)
        for i, r in journal.records(TABLE).items()
        if r.get("backend") not in {_REEL_LINK, RECORDING}  # a reel: once, under its first dream
        and (reels or r.get("backend") != _REEL)
    ]
    return sorted(
        (c for c in clips if wanted is None or c.entry_id == wanted), key=lambda c: c.created
    )


def get_clip(journal: Journal, clip_id: str) -> ClipInfo:
    """One clip's record, by id or a unique prefix of 6+ characters."""
    wanted = clip_id.strip().lower()
    records = journal.records(TABLE)
    found = [i for i in records if i == wanted or (len(wanted) >= 6 and i.startswith(wanted))]
    if len(found) != 1:
        raise ClipNotFound("error.clips.clip_id_vault", clip_id=clip_id)
    return ClipInfo.from_record(found[0], records[found[0]])


def load_clip(journal: Journal, clip_id: str) -> bytes:
    """The clip's MP4, decrypted in memory (for playback or --out)."""
    info = get_clip(journal, clip_id)
    return decrypt_file(journal.file_key(info.id), info.id, clip_path(_folder(journal), info.id))


def load_poster(journal: Journal, clip_id: str) -> bytes | None:
    """The clip's poster PNG, decrypted in memory, if it has one."""
    info = get_clip(journal, clip_id)
    if not info.poster:
        return None
    poster_id = f"{info.id}.poster"
    path = clip_path(_folder(journal), info.id, poster=True)
    return decrypt_file(journal.file_key(poster_id), poster_id, path)


@on_delete(TABLE)
def _remove_files_with_entry(
    journal: Journal, table: str, clip_id: str, record: dict[str, Any]
) -> None:
    """Delete hook: a clip's encrypted MP4 and poster go with its dream.

    A reel goes with any of its dreams: deleting its first dream removes its files and its
    link records; deleting another dream (its link record) removes the reel and its links.
    """
    folder = journal.clip_dir
    if folder is not None:
        for poster in (False, True):
            clip_path(folder, checked_clip_id(clip_id), poster).unlink(missing_ok=True)
    _drop_reel_of(journal, clip_id, record)


def _drop_reel_of(journal: Journal, clip_id: str, record: dict[str, Any]) -> None:
    """The rest of a reel when one of its records goes (its files, the reel, its links)."""
    backend = record.get("backend")
    if backend not in {_REEL, _REEL_LINK}:
        return
    reel_id = (
        clip_id if backend == _REEL else checked_clip_id(str((record.get("entries") or [""])[0]))
    )
    folder = journal.clip_dir
    if folder is not None:
        for poster in (False, True):
            clip_path(folder, reel_id, poster).unlink(missing_ok=True)
    for other_id, other in journal.records(TABLE).items():
        if other_id == clip_id:
            continue  # the caller deletes this one
        if other_id == reel_id or (
            other.get("backend") == _REEL_LINK and reel_id in (other.get("entries") or [])
        ):
            journal.delete_record(TABLE, other_id)


def checked_clip_id(clip_id: str) -> str:
    """A clip id as stored: 32 lowercase hex digits (a crafted id can't name another path)."""
    if not _CLIP_ID.fullmatch(clip_id):
        raise TamperedData("error.clips.clip_record_invalid")
    return clip_id


def delete_clip(journal: Journal, clip_id: str) -> None:
    """Remove a clip: its files and its record."""
    info = get_clip(journal, clip_id)
    folder = _folder(journal)
    for poster in (False, True):
        clip_path(folder, info.id, poster).unlink(missing_ok=True)
    _drop_reel_of(journal, info.id, info.to_record())
    journal.delete_record(TABLE, info.id)
