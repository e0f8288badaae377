"""Clips rendered on this machine: render, list, play, delete."""

from __future__ import annotations

from dreamjournal.render.clips import (
    ClipInfo,
    delete_clip,
    get_clip,
    list_clips,
    load_clip,
    load_poster,
    render_clip,
)
from dreamjournal.render.narration import RECORDED, SPEECH, Voice, recorded
from dreamjournal.render.recordings import (
    delete_recording,
    load_recording,
    recording_of,
    save_recording,
)
from dreamjournal.render.reel import list_reels, make_reel

__all__ = [
    "RECORDED",
    "SPEECH",
    "ClipInfo",
    "Voice",
    "list_reels",
    "make_reel",
    "recorded",
    "delete_clip",
    "delete_recording",
    "load_recording",
    "recording_of",
    "save_recording",
    "get_clip",
    "list_clips",
    "load_clip",
    "load_poster",
    "render_clip",
]
