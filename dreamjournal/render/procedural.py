"""The default renderer: procedural, offline, fast; numpy/Pillow frames streamed to ffmpeg.

Per frame: one crop of the shot's painted luma plus its animators and mist, three Pillow
resizes (the camera), captions and pacer inside their boxes, and the planes written to
ffmpeg's stdin. Nothing holds more than two scenes and one frame; ffmpeg encodes as we go and
its fragmented MP4 streams into the sink (the encrypted writer): no plaintext file, ever.
"""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

from dreamjournal.render.audio import pcm_bytes, synthesize
from dreamjournal.render.base import (
    FPS,
    ClipSink,
    ProgressFn,
    RenderJob,
    RenderOutput,
    check_seconds,
    open_sink,
    report,
)
from dreamjournal.render.colour import ordered_palette, yuv420_to_rgb
from dreamjournal.render.encoder import FfmpegEncoder
from dreamjournal.render.overlay import Overlay, Planes
from dreamjournal.render.scene import Scene, ambient_symbols, paint
from dreamjournal.render.timeline import Storyboard, storyboard

FADE_IN_S, FADE_OUT_S = 0.8, 1.0
MIST_STRENGTH = 46


def _blend(a: Planes, b: Planes, alpha: float) -> Planes:
    return (
        Image.blend(a[0], b[0], alpha),
        Image.blend(a[1], b[1], alpha),
        Image.blend(a[2], b[2], alpha),
    )


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


class FrameSource:
    """Frames of one clip in order, painting each shot's scene when it is first needed."""

    def __init__(self, job: RenderJob, board: Storyboard) -> None:
        self.job, self.board = job, board
        self.palette = ordered_palette(job.prompt.palette)
        w, h = job.size
        self.size = (w, h)
        self.overlay = Overlay(board.captions, self.size, self.palette[-1])
        half = ((w + 1) // 2, (h + 1) // 2)
        self.black = (
            Image.new("L", (w, h), 16),
            Image.new("L", half, 128),
            Image.new("L", half, 128),
        )
        self._scenes: dict[int, Scene] = {}
        self.ambient = ambient_symbols([list(s.shot.symbols) for s in board.shots])

    def scene(self, index: int) -> Scene:
        """The scene of shot `index` (painted once; earlier ones are let go)."""
        if index not in self._scenes:
            for old in [i for i in self._scenes if i < index - 1]:
                del self._scenes[old]
            shot = self.board.shots[index].shot
            seed = self.job.seed * 1009 + index
            cv = paint(
                self.palette, list(shot.symbols), shot.framing, self.size, seed, self.ambient
            )
            self._scenes[index] = Scene(cv, shot.camera_move, self.size, MIST_STRENGTH, seed)
        return self._scenes[index]

    def picture(self, t: float) -> Planes:
        """The scene(s) at t: one shot, or two crossfading, faded in and out at the ends."""
        board = self.board
        span = board.shot_at(t)
        planes = self.scene(span.index).frame(span.local(t), t)
        half = board.crossfade / 2
        if span.index + 1 < len(board.shots) and t > span.end - half:
            nxt = board.shots[span.index + 1]
            other = self.scene(nxt.index).frame(nxt.local(t), t)
            planes = _blend(planes, other, _ease((t - (span.end - half)) / board.crossfade))
        elif span.index > 0 and t < span.start + half:
            prev = board.shots[span.index - 1]
            other = self.scene(prev.index).frame(prev.local(t), t)
            planes = _blend(other, planes, _ease((t - (span.start - half)) / board.crossfade))
        return planes

    def finish(self, planes: Planes, t: float) -> Planes:
        """Captions, pacer, and the fade from and to black."""
        pacer_alpha = _ease((t - 0.3) / 1.0)
        self.overlay.draw(planes, t, self.board.breath(t), pacer_alpha)
        k = _ease(min(t / FADE_IN_S, (self.board.seconds - t) / FADE_OUT_S))
        return planes if k >= 1.0 else _blend(self.black, planes, k)


def poster_png(planes: Planes) -> bytes:
    """A PNG of the frame's planes."""
    rgb = yuv420_to_rgb(*(np.asarray(p) for p in planes))
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


class ProceduralRenderer:
    """Palette gradients, soft mist, symbol motifs, camera moves, captions, pacer, ambient audio."""

    name = "procedural"
    remote = False

    def __init__(self, ffmpeg: str | None = None, **_: object) -> None:
        self.ffmpeg = ffmpeg

    def render(
        self, job: RenderJob, out: ClipSink | Path, progress: ProgressFn | None = None
    ) -> RenderOutput:
        """Stream the clip (H.264 + AAC, fragmented MP4) into `out`, with a poster PNG."""
        seconds = check_seconds(job.seconds)
        board = storyboard(job.prompt, job.script, seconds)
        report(progress, 0.0)
        palette = ordered_palette(job.prompt.palette)
        # Synthesize the audio while the first scene is painted (numpy and Pillow release the GIL).
        with ThreadPoolExecutor(1) as pool:
            audio = pool.submit(synthesize, board, palette, job.seed)
            source = FrameSource(job, board)
            source.scene(0)
            samples = audio.result()
        total = round(seconds * FPS)
        poster_at = round(total * 0.45)
        poster = b""
        with (
            open_sink(out) as sink,
            FfmpegEncoder(
                sink.write, job.size, audio=pcm_bytes(samples), ffmpeg=self.ffmpeg
            ) as enc,
        ):
            for i in range(total):
                t = i / FPS
                planes = source.picture(t)
                if i == poster_at:
                    poster = poster_png(planes)
                planes = source.finish(planes, t)
                enc.write(planes[0].tobytes(), planes[1].tobytes(), planes[2].tobytes())
                if i % 8 == 0:
                    report(progress, 0.98 * i / total)
        report(progress, 1.0)
        return RenderOutput(enc.bytes_out, poster, total / FPS, job.size, {"fps": FPS})
