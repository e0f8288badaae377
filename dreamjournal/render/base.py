"""Renderers turn a prompt + script into an MP4; a registry maps names to them (like `llm`).

A renderer is a small class with a `name`, a `remote` flag (remote renderers send the dream off
this machine and so need consent, per entry, in the call) and one method, `render`, that streams
an MP4 into what it is given and reports progress through a callback. `render_clip` gives it the
encrypted clip writer, so no plaintext MP4 is ever a file; a Path (tests, the benchmark) is
opened owner-only and removed again if the render fails.

Progress and cancel: the callback gets the fraction done (0..1). Returning False, or raising
`Cancelled` (or anything else), stops the render; the caller's encrypted writer is then aborted
(its temp file deleted) and no clip is stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dreamjournal.errors import DreamJournalError, InvalidInput

if TYPE_CHECKING:
    from dreamjournal.analysis.scene_plan import ScenePlan
    from dreamjournal.render.narration import Voice
    from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt

SIZES: dict[str, tuple[int, int]] = {"854x480": (854, 480), "1280x720": (1280, 720)}
DEFAULT_SIZE = "854x480"
MIN_SECONDS, MAX_SECONDS, DEFAULT_SECONDS = 4.0, 60.0, 12.0
FPS = 24

# fraction done (0..1) -> False to cancel; None or True to go on.
ProgressFn = Callable[[float], bool | None]


class Cancelled(DreamJournalError):
    """The person stopped a render; nothing was stored."""

    def __init__(self, message_id: str = "error.render.cancelled") -> None:
        super().__init__(message_id)


class RenderFailed(DreamJournalError):
    """The renderer or ffmpeg failed; nothing was stored."""


class UnknownRenderer(DreamJournalError, KeyError):
    """No renderer registered under that name."""


def parse_size(size: str) -> tuple[int, int]:
    """(width, height) for one of SIZES, or InvalidInput."""
    try:
        return SIZES[size.strip().lower()]
    except KeyError:
        raise InvalidInput(
            "error.base.clip_size_choose", size=size, join_sizes=", ".join(SIZES)
        ) from None


def check_seconds(seconds: float) -> float:
    """Clip length in seconds, 4-60, or InvalidInput."""
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise InvalidInput(
            "error.base.clip_seconds_long",
            min_seconds=MIN_SECONDS,
            max_seconds=MAX_SECONDS,
            seconds=seconds,
        )
    return float(seconds)


@dataclass(frozen=True)
class RenderJob:
    """What a renderer gets: the prompt and script of one entry, and how to render them."""

    entry_id: str
    prompt: VisualizationPrompt
    script: GuidedScript
    seconds: float = DEFAULT_SECONDS
    size: tuple[int, int] = SIZES[DEFAULT_SIZE]
    seed: int = 0
    consent: bool = False  # consent to send THIS dream off the machine, given in this call
    # The scene plan to stage (a nightmare's: its rescript's); None: one is made from the prompt.
    plan: ScenePlan | None = None
    # Text never shown as a caption: a nightmare's own words (the captions come from the script).
    avoid: tuple[str, ...] = ()
    voice: Voice | None = None  # narration: offline speech or a recording; None: ambient only


class ClipSink(Protocol):
    """Where a renderer streams the MP4: `ClipWriter` (encrypting) or an owner-only file."""

    def write(self, data: bytes, /) -> object: ...


@dataclass
class RenderOutput:
    """What a renderer produced: how many MP4 bytes it streamed, and a poster PNG."""

    mp4_bytes: int
    poster_png: bytes
    seconds: float
    size: tuple[int, int]
    extra: dict[str, object] = field(default_factory=dict)


class Renderer(Protocol):
    """Streams one clip as an MP4 into `out` (a sink, or a Path opened owner-only)."""

    name: str
    remote: bool

    def render(
        self, job: RenderJob, out: ClipSink | Path, progress: ProgressFn | None = None
    ) -> RenderOutput: ...


@contextmanager
def open_sink(out: ClipSink | Path) -> Iterator[ClipSink]:
    """`out` as a sink: a Path is created 0600 (never through a link) and removed on failure."""
    if not isinstance(out, Path):
        yield out
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(out, flags, 0o600), "wb") as file:
        os.fchmod(file.fileno(), 0o600)  # an existing file keeps its mode through O_TRUNC
        try:
            yield file
        except BaseException:
            out.unlink(missing_ok=True)
            raise


def report(progress: ProgressFn | None, fraction: float) -> None:
    """Call the progress callback; a False answer raises Cancelled."""
    if progress is not None and progress(min(1.0, max(0.0, fraction))) is False:
        raise Cancelled()


RendererFactory = Callable[..., Renderer]
_REGISTRY: dict[str, RendererFactory] = {}


def register_renderer(name: str, factory: RendererFactory) -> None:
    """Make a renderer available under `name`."""
    _REGISTRY[name] = factory


def renderer_names() -> list[str]:
    """Registered renderer names, procedural (the default) first."""
    _load_builtins()
    return sorted(_REGISTRY, key=lambda n: (n != "procedural", n))


def get_renderer(name: str = "procedural", **options: object) -> Renderer:
    """A renderer instance; options go to its factory (settings, client, sleep, ffmpeg)."""
    _load_builtins()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UnknownRenderer(
            "error.base.renderer_called_choose",
            name=name,
            join_renderer_names=", ".join(renderer_names()),
        ) from None
    return factory(**options)


def _load_builtins() -> None:
    if "procedural" not in _REGISTRY:
        from dreamjournal.render.procedural import ProceduralRenderer

        register_renderer("procedural", ProceduralRenderer)
    if "videos-api" not in _REGISTRY:
        from dreamjournal.render.videos_api import VideosApiRenderer

        register_renderer("videos-api", VideosApiRenderer)
