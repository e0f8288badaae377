"""A shared clip's bytes, through the render package's public API."""

from __future__ import annotations

from dreamjournal.store.journal import Journal


def latest_clip_bytes(journal: Journal, entry_id: str) -> bytes | None:
    """Decrypted MP4 of the entry's newest clip (in memory only), or None when it has none."""
    from dreamjournal.render.clips import list_clips, load_clip

    clips = list_clips(journal, entry_id)  # oldest first
    return load_clip(journal, clips[-1].id) if clips else None


def has_clip(journal: Journal, entry_id: str) -> bool:
    """Whether the entry has at least one clip (reads records only, decrypts no video)."""
    from dreamjournal.render.clips import list_clips

    return bool(list_clips(journal, entry_id))  # not its recorded narration, nor a reel
