"""The default renderer: offline, staged from the scene plan, drawn by skia, piped to ffmpeg.

Per frame: the shot's three layer images with parallax under its camera, the figures posed
for their action, live props and weather, captions and pacer, all drawn by skia straight
into one BGRA buffer that is written to ffmpeg's stdin (ffmpeg converts to yuv420p). Nothing
holds more than two painted scenes and one frame; ffmpeg encodes as we go and its fragmented
MP4 streams into the sink (the encrypted writer): no plaintext file, ever.
"""

from __future__ import annotations

import io
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import skia
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
from dreamjournal.render.colour import ordered_palette
from dreamjournal.render.encoder import FfmpegEncoder
from dreamjournal.render.overlay import Overlay
from dreamjournal.render.stage import Stage
from dreamjournal.render.timeline import Storyboard, storyboard

FADE_IN_S, FADE_OUT_S = 0.8, 1.0


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


class FrameSource:
    """Frames of one clip in order, drawn into one reused BGRA buffer."""

    def __init__(self, job: RenderJob, board: Storyboard) -> None:
        self.job, self.board = job, board
        w, h = job.size
        self.size = (w, h)
        self.stage = Stage(job, board.seconds, self.size)
        self.overlay = Overlay(board.captions, self.size, self.stage.palette[-1])
        # Three frame buffers in turn: one drawn, one queued, one being piped to ffmpeg (Feeder).
        self.buffers = [np.zeros((h, w, 4), np.uint8) for _ in range(3)]
        self.surfaces = [
            skia.Surface(b, colorType=skia.kBGRA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
            for b in self.buffers
        ]
        self.turn = 0
        self.buffer, self.canvas = self.buffers[0], self.surfaces[0].getCanvas()

    def picture(self, t: float) -> np.ndarray:
        """The scene(s) at t, without captions, in the next of the three buffers (BGRA)."""
        self.turn = (self.turn + 1) % 3
        self.buffer = self.buffers[self.turn]
        self.canvas = self.surfaces[self.turn].getCanvas()
        self.stage.draw(self.canvas, t)
        return self.buffer

    def finish(self, t: float) -> np.ndarray:
        """Captions, pacer, and the fade from and to black, over the picture in the buffer."""
        self.overlay.draw(self.canvas, t, self.board.breath(t), _ease((t - 0.3) / 1.0))
        k = _ease(min(t / FADE_IN_S, (self.board.seconds - t) / FADE_OUT_S))
        if k < 1.0:  # multiplying by grey is 2.7x cheaper in skia's raster than black over
            grey = round(255 * k)
            dim = skia.ColorSetARGB(255, grey, grey, grey)
            self.canvas.drawColor(dim, skia.BlendMode.kModulate)
        return self.buffer

    def frame(self, t: float) -> np.ndarray:
        """The finished frame at t (BGRA)."""
        self.picture(t)
        return self.finish(t)


class Feeder:
    """Writes frames to ffmpeg from a thread, so the next frame is drawn while one is piped.

    Frames are queued as views of FrameSource's three buffers (no copy): with at most one
    queued and one being written, the third is free to draw into. The thread's pipe writes
    release the GIL. A failed write (ffmpeg gone) is raised again from `put` or on leaving.
    """

    def __init__(self, enc: FfmpegEncoder) -> None:
        self.enc = enc
        self.queue: queue.Queue[memoryview | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="frames-to-ffmpeg", daemon=True)

    def _run(self) -> None:
        while (frame := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.enc.write(frame)
                except BaseException as exc:  # ffmpeg failed: said again in the caller
                    self.error = exc

    def put(self, frame: np.ndarray) -> None:
        """Queue one finished frame (a FrameSource buffer, not drawn into for two more frames)."""
        if self.error is not None:
            raise self.error
        self.queue.put(frame.data)

    def __enter__(self) -> Feeder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:  # stop at once: drop what is queued
            while not self.queue.empty():
                self.queue.get_nowait()
        self.queue.put(None)
        self.thread.join()
        if exc[0] is None and self.error is not None:
            raise self.error


def poster_png(bgra: np.ndarray) -> bytes:
    """A PNG of a BGRA frame."""
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(bgra[..., 2::-1])).save(
        buf, format="PNG", optimize=False, compress_level=1
    )
    return buf.getvalue()


class ProceduralRenderer:
    """Backdrops per setting, acting figures, every symbol, weather, camera, captions, sound."""

    name = "procedural"
    remote = False

    def __init__(self, ffmpeg: str | None = None, **_: object) -> None:
        self.ffmpeg = ffmpeg

    def render(
        self, job: RenderJob, out: ClipSink | Path, progress: ProgressFn | None = None
    ) -> RenderOutput:
        """Stream the clip (H.264 + AAC, fragmented MP4) into `out`, with a poster PNG."""
        seconds = check_seconds(job.seconds)
        board = storyboard(job.prompt, job.script, seconds, avoid=job.avoid, plan=job.plan)
        report(progress, 0.0)
        palette = ordered_palette(job.prompt.palette)
        # The sound is made while the first scene is painted (numpy and skia release the GIL).
        with ThreadPoolExecutor(1) as pool:
            audio = pool.submit(soundtrack, job, board, palette)
            source = FrameSource(job, board)
            source.stage.scene_set(0)
            samples = audio.result()
        total = round(seconds * FPS)
        poster_at = round(total * 0.45)
        poster = b""
        with (
            open_sink(out) as sink,
            FfmpegEncoder(
                sink.write, job.size, audio=pcm_bytes(samples), ffmpeg=self.ffmpeg, pix_fmt="bgra"
            ) as enc,
            Feeder(enc) as feed,
        ):
            for i in range(total):
                t = i / FPS
                frame = source.picture(t)
                if i == poster_at:
                    poster = poster_png(frame)
                feed.put(source.finish(t))
                if i % 8 == 0:
                    report(progress, 0.98 * i / total)
        report(progress, 1.0)
        extra: dict[str, object] = {"fps": FPS, "shots": len(source.stage.shots)}
        return RenderOutput(enc.bytes_out, poster, total / FPS, job.size, extra)


def soundtrack(job: RenderJob, board: Storyboard, palette: list) -> np.ndarray:  # type: ignore[type-arg]
    """Ambient sound, with the narration mixed above it when the job asks for a voice."""
    ambient = synthesize(board, palette, job.seed)
    if job.voice is None:
        return ambient
    from dreamjournal.render.narration import narrate_over

    return narrate_over(ambient, job)
