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

__all__ = [
    "ClipInfo",
    "delete_clip",
    "get_clip",
    "list_clips",
    "load_clip",
    "load_poster",
    "render_clip",
]
