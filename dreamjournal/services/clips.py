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
from dreamjournal.render.narration import SPEECH, Voice, recorded
from dreamjournal.render.reel import list_reels, make_reel

__all__ = [
    "SPEECH",
    "ClipInfo",
    "Voice",
    "list_reels",
    "make_reel",
    "recorded",
    "delete_clip",
    "get_clip",
    "list_clips",
    "load_clip",
    "load_poster",
    "render_clip",
]
