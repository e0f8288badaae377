"""ffmpeg as a pipe: raw yuv420p frames in on stdin, H.264 + AAC MP4 (faststart) out.

The binary comes from `imageio-ffmpeg` (it ships one); `IMAGEIO_FFMPEG_EXE` or the `ffmpeg`
argument point elsewhere. Output is bit-exact for the same input: no encoder/version tags,
no metadata, no timestamps from the clock.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from dreamjournal.render.base import FPS, RenderFailed

PRESET, CRF, AUDIO_BITRATE = "veryfast", 23, "128k"
_MISSING = (
    "ffmpeg was not found, so no clip can be made. Reinstall with `pip install imageio-ffmpeg` "
    "(it ships ffmpeg) or point IMAGEIO_FFMPEG_EXE at an ffmpeg binary."
)


def ffmpeg_exe(override: str | None = None) -> str:
    """Path of the ffmpeg binary, or RenderFailed saying how to get one."""
    if override:
        return override
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        raise RenderFailed(_MISSING) from None


def encode_args(
    exe: str, size: tuple[int, int], out: Path, audio: Path | None, fps: int = FPS
) -> list[str]:
    """The ffmpeg command line: rawvideo yuv420p on stdin (+ a WAV) -> MP4 at `out`."""
    w, h = size
    args = [exe, "-hide_banner", "-nostats", "-loglevel", "error", "-y"]
    args += ["-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{w}x{h}", "-r", str(fps)]
    args += ["-i", "pipe:0"]
    if audio is not None:
        args += ["-i", str(audio), "-map", "0:v:0", "-map", "1:a:0"]
    args += ["-c:v", "libx264", "-preset", PRESET, "-crf", str(CRF), "-pix_fmt", "yuv420p"]
    args += ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"]
    args += ["-color_range", "tv"]
    if audio is not None:
        args += ["-c:a", "aac", "-b:a", AUDIO_BITRATE]
    args += ["-movflags", "+faststart", "-map_metadata", "-1", "-fflags", "+bitexact"]
    args += ["-flags:v", "+bitexact", "-flags:a", "+bitexact", str(out)]
    return args


class FfmpegEncoder:
    """Streams frames to ffmpeg; `close()` checks it succeeded, `abort()` kills it."""

    def __init__(
        self,
        out: Path,
        size: tuple[int, int],
        *,
        audio: Path | None = None,
        ffmpeg: str | None = None,
        fps: int = FPS,
    ) -> None:
        self.out = out
        self._log = out.with_name(out.name + ".ffmpeg.log")
        exe = ffmpeg_exe(ffmpeg)
        self._log_file = self._log.open("wb")
        try:
            self._proc = subprocess.Popen(
                encode_args(exe, size, out, audio, fps),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self._log_file,
            )
        except OSError as exc:
            self._log_file.close()
            self._log.unlink(missing_ok=True)
            raise RenderFailed(_MISSING + f" ({exc.strerror}: {exe})") from None

    def write(self, *planes: bytes | memoryview) -> None:
        """One frame: the Y, Cb and Cr planes in order."""
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            for plane in planes:
                stdin.write(plane)
        except (BrokenPipeError, ValueError):
            self._proc.wait()
            raise self._failure() from None

    def close(self) -> None:
        """Finish the file; RenderFailed (with ffmpeg's words) if ffmpeg failed."""
        stdin = self._proc.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError):
            stdin.close()
        code = self._proc.wait()
        self._log_file.close()
        if code != 0:
            raise self._failure()
        self._log.unlink(missing_ok=True)

    def abort(self) -> None:
        """Stop ffmpeg at once (cancel or error); the caller removes its temp dir."""
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        if self._proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._proc.stdin.close()
        self._log_file.close()
        self._log.unlink(missing_ok=True)

    def _failure(self) -> RenderFailed:
        self._log_file.close()
        tail = self._log.read_text(errors="replace").strip().splitlines()[-3:]
        self._log.unlink(missing_ok=True)
        detail = " / ".join(tail) or f"exit code {self._proc.returncode}"
        return RenderFailed(f"ffmpeg could not make the clip ({detail}). Nothing was stored.")

    def __enter__(self) -> FfmpegEncoder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


@dataclass(frozen=True)
class Probe:
    """What ffmpeg says about a media file."""

    video_codec: str | None
    pix_fmt: str | None
    width: int
    height: int
    fps: float | None
    audio_codec: str | None
    duration: float


def probe(path: Path, ffmpeg: str | None = None) -> Probe:
    """Codecs, size and duration of a media file (from `ffmpeg -i`), or RenderFailed."""
    done = subprocess.run(
        [ffmpeg_exe(ffmpeg), "-hide_banner", "-i", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    info = done.stderr
    video = re.search(r"Video: (\w+)[^,]*, (\w+)[^,]*(?:\([^)]*\))?, (\d+)x(\d+)", info)
    audio = re.search(r"Audio: (\w+)", info)
    dur = re.search(r"Duration: (\d+):(\d+):(\d+\.\d+)", info)
    fps = re.search(r"([\d.]+) fps", info)
    if video is None or dur is None:
        raise RenderFailed(f"{path.name} is not a video ffmpeg can read.")
    hours, minutes, secs = dur.groups()
    return Probe(
        video_codec=video.group(1),
        pix_fmt=video.group(2),
        width=int(video.group(3)),
        height=int(video.group(4)),
        fps=float(fps.group(1)) if fps else None,
        audio_codec=audio.group(1) if audio else None,
        duration=int(hours) * 3600 + int(minutes) * 60 + float(secs),
    )
