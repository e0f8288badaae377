"""ffmpeg as pipes: raw yuv420p frames in on stdin, PCM audio in on a second pipe, H.264 + AAC
as a fragmented MP4 out on stdout, into the caller's sink (the encrypted clip writer).

No plaintext file exists at any moment: the MP4 is fragmented (`empty_moov` up front, then
`moof`/`mdat` pairs) so it can be written front to back into a pipe, and the audio goes in
through an `os.pipe()` handed to ffmpeg as `pipe:N` (raw s16le; a WAV file was the last
plaintext on disk). The audio is our own numpy synthesis, so lavfi's sources cannot make it.
`-bf 0`: without B-frames the video needs no composition offset, so with no edit list (a
streamed MP4 cannot have one) it still starts at 0 and the file lasts exactly the clip.

The binary comes from `imageio-ffmpeg` (it ships one); `IMAGEIO_FFMPEG_EXE` or the `ffmpeg`
argument point elsewhere. Output is bit-exact for the same input: no encoder/version tags,
no metadata, no timestamps from the clock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import subprocess
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from dreamjournal.render.base import FPS, RenderFailed

PRESET, CRF, AUDIO_BITRATE = "veryfast", 23, "128k"
AUDIO_RATE = 48_000
READ_SIZE = 64 * 1024
FRAGMENTED = "frag_keyframe+empty_moov+default_base_moof"
_MISSING = "error.encoder.ffmpeg_missing"

Sink = Callable[[bytes], object]


def ffmpeg_exe(override: str | None = None) -> str:
    """Path of the ffmpeg binary, or RenderFailed saying how to get one."""
    if override:
        return override
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        raise RenderFailed(_MISSING) from None


def pcm_input(fd: int) -> list[str]:
    """ffmpeg input arguments for 16-bit stereo PCM at AUDIO_RATE read from file descriptor fd."""
    return ["-f", "s16le", "-ar", str(AUDIO_RATE), "-ac", "2", "-i", f"pipe:{fd}"]


def encode_args(
    exe: str,
    size: tuple[int, int],
    out: str = "pipe:1",
    audio: list[str] | None = None,
    fps: int = FPS,
    pix_fmt: str = "yuv420p",
) -> list[str]:
    """The ffmpeg command line: rawvideo frames (`pix_fmt`: yuv420p, or bgra as skia draws them)
    on stdin (+ `audio` input args) -> MP4 at `out`. RGB input is converted by ffmpeg's
    swscale to BT.709 limited range, matching the colour tags."""
    w, h = size
    args = [exe, "-hide_banner", "-nostats", "-loglevel", "error", "-y"]
    args += ["-f", "rawvideo", "-pix_fmt", pix_fmt, "-s", f"{w}x{h}", "-r", str(fps)]
    args += ["-i", "pipe:0"]
    if audio is not None:
        args += [*audio, "-map", "0:v:0", "-map", "1:a:0"]
    if pix_fmt != "yuv420p":
        args += ["-vf", "scale=out_color_matrix=bt709:out_range=tv:flags=fast_bilinear"]
    args += ["-c:v", "libx264", "-preset", PRESET, "-crf", str(CRF), "-bf", "0"]
    args += ["-pix_fmt", "yuv420p"]
    args += ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"]
    args += ["-color_range", "tv"]
    if audio is not None:
        args += ["-c:a", "aac", "-b:a", AUDIO_BITRATE]
    args += ["-movflags", FRAGMENTED, "-map_metadata", "-1", "-fflags", "+bitexact"]
    args += ["-flags:v", "+bitexact", "-flags:a", "+bitexact", "-f", "mp4", out]
    return args


PIPE_SIZE = 1024 * 1024  # Linux's default cap for an unprivileged pipe


def _widen(pipe: IO[bytes] | None) -> None:
    """A 1 MiB pipe buffer (Linux; 64 KiB by default): a 720p frame crosses in 4 hand-overs
    instead of 57, so ffmpeg wakes less often. Left as it is where the system says no."""
    if pipe is not None and hasattr(fcntl, "F_SETPIPE_SZ"):
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)


class FfmpegEncoder:
    """Streams frames (and PCM audio) to ffmpeg and its MP4 to `sink`.

    Three helper threads keep every pipe moving while the caller writes frames: one copies
    ffmpeg's stdout into the sink, one feeds the audio pipe, one keeps the last lines of
    ffmpeg's stderr for an error message. `close()` checks it all succeeded; `abort()` kills
    ffmpeg. An exception raised by the sink stops ffmpeg and is raised again from `write` or
    `close`, so a failing encrypted writer never leaves a half-fed encoder behind.
    """

    def __init__(
        self,
        sink: Sink,
        size: tuple[int, int],
        *,
        audio: bytes | None = None,
        ffmpeg: str | None = None,
        fps: int = FPS,
        pix_fmt: str = "yuv420p",
    ) -> None:
        self.sink = sink
        self.bytes_out = 0
        self._sink_error: BaseException | None = None
        self._log: deque[bytes] = deque(maxlen=40)
        exe = ffmpeg_exe(ffmpeg)
        audio_r = audio_w = -1
        if audio is not None:
            audio_r, audio_w = os.pipe()
        try:
            self._proc = subprocess.Popen(
                encode_args(
                    exe, size, "pipe:1", pcm_input(audio_r) if audio else None, fps, pix_fmt
                ),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(audio_r,) if audio is not None else (),
            )
        except OSError as exc:
            for fd in (audio_r, audio_w):
                if fd >= 0:
                    os.close(fd)
            raise RenderFailed(
                "error.encoder.error",
                missing=RenderFailed(_MISSING),
                exc_strerror=exc.strerror,
                exe=exe,
            ) from None
        if audio_r >= 0:
            os.close(audio_r)  # ffmpeg has its own copy; ours would keep the pipe open
        _widen(self._proc.stdin)
        self._threads = [
            threading.Thread(target=self._pump_out, name="ffmpeg-out", daemon=True),
            threading.Thread(target=self._pump_log, name="ffmpeg-log", daemon=True),
        ]
        if audio is not None:
            self._threads.append(
                threading.Thread(
                    target=self._feed_audio, args=(audio_w, audio), name="ffmpeg-audio", daemon=True
                )
            )
        for thread in self._threads:
            thread.start()

    # ---- helper threads ----------------------------------------------------------------------
    def _pump_out(self) -> None:
        stdout = self._proc.stdout
        assert stdout is not None
        try:
            while block := stdout.read(READ_SIZE):
                if self._sink_error is None:
                    self.sink(block)
                    self.bytes_out += len(block)
        except BaseException as exc:  # the sink failed (disk full, ...): stop ffmpeg
            self._sink_error = exc
            self._kill()

    def _pump_log(self) -> None:
        stderr = self._proc.stderr
        assert stderr is not None
        for line in stderr:
            self._log.append(line)

    @staticmethod
    def _feed_audio(fd: int, audio: bytes) -> None:
        view = memoryview(audio)
        try:
            while view:
                view = view[os.write(fd, view[:READ_SIZE]) :]
        except OSError:  # ffmpeg went away (failed or killed): it says why on stderr
            pass
        finally:
            os.close(fd)

    # ---- the caller's side -------------------------------------------------------------------
    def write(self, *planes: bytes | memoryview) -> None:
        """One frame: the Y, Cb and Cr planes in order."""
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            for plane in planes:
                stdin.write(plane)
        except (BrokenPipeError, ValueError):
            self._proc.wait()
            self._join()
            raise self._failure() from None

    def close(self) -> None:
        """Finish the MP4; RenderFailed (with ffmpeg's words) if ffmpeg failed."""
        stdin = self._proc.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError):
            stdin.close()
        code = self._proc.wait()
        self._join()
        if code != 0 or self._sink_error is not None:
            raise self._failure()

    def abort(self) -> None:
        """Stop ffmpeg at once (cancel or error); the caller discards what the sink got."""
        self._kill()
        self._proc.wait()
        if self._proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._proc.stdin.close()
        self._join()

    def _kill(self) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.kill()

    def _join(self) -> None:
        for thread in self._threads:
            thread.join()
        for pipe in (self._proc.stdout, self._proc.stderr):
            if pipe is not None:
                pipe.close()

    def _failure(self) -> BaseException:
        if self._sink_error is not None:
            return self._sink_error
        tail = b"".join(self._log).decode(errors="replace").strip().splitlines()[-3:]
        detail = " / ".join(tail) or f"exit code {self._proc.returncode}"
        return RenderFailed("error.encoder.ffmpeg_could_make", detail=detail)

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
    return parse_probe(done.stderr, path.name)


def parse_probe(info: str, name: str = "the clip") -> Probe:
    """A Probe from what `ffmpeg -i` printed, or RenderFailed."""
    video = re.search(r"Video: (\w+)[^,]*, (\w+)[^,]*(?:\([^)]*\))?, (\d+)x(\d+)", info)
    audio = re.search(r"Audio: (\w+)", info)
    dur = re.search(r"Duration: (\d+):(\d+):(\d+\.\d+)", info)
    fps = re.search(r"([\d.]+) fps", info)
    if video is None or dur is None:
        raise RenderFailed("error.encoder.video_ffmpeg_can", name=name)
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


class StreamProbe:
    """Probes an MP4 and grabs a poster frame while it streams past, without a file.

    Fed the bytes of a download as they arrive (`feed`); ffmpeg reads them on stdin, prints
    what it found and writes one PNG at `poster_at` seconds. ffmpeg may stop reading early
    (it has its frames); further bytes are then simply not fed. A file ffmpeg cannot read
    from a pipe (say, a large MP4 with its index at the end) gives no poster and no probe, and
    callers fall back to the length and size they asked for.
    """

    def __init__(self, poster_at: float, ffmpeg: str | None = None) -> None:
        self._out = bytearray()
        self._err = bytearray()
        self._open = True
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [ffmpeg_exe(ffmpeg), "-hide_banner", "-i", "pipe:0", "-map", "0:v:0"]
                # The first frame and the one at `poster_at`: a clip shorter than asked for
                # (the length is not known before it streams) still gets a poster.
                + [
                    "-vf",
                    f"select='eq(n\\,0)+gte(t\\,{poster_at:.2f})'",
                    "-fps_mode",
                    "passthrough",
                ]
                + ["-frames:v", "2", "-f", "image2pipe", "-vcodec", "png", "pipe:1"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except (OSError, RenderFailed):
            self._proc, self._open = None, False
            self._threads: list[threading.Thread] = []
            return
        self._threads = [
            threading.Thread(target=self._drain, args=(self._proc.stdout, self._out), daemon=True),
            threading.Thread(target=self._drain, args=(self._proc.stderr, self._err), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    @staticmethod
    def _drain(pipe: IO[bytes] | None, into: bytearray) -> None:
        assert pipe is not None
        while block := pipe.read(READ_SIZE):
            if len(into) < 16 * 1024 * 1024:  # a poster PNG and a few lines of text
                into += block

    def feed(self, data: bytes) -> None:
        """The next bytes of the MP4."""
        if not self._open or self._proc is None or self._proc.stdin is None:
            return
        try:
            self._proc.stdin.write(data)
        except (BrokenPipeError, ValueError):
            self._open = False

    def finish(self, timeout: float = 60.0) -> tuple[bytes, Probe | None]:
        """(poster PNG or b"", probe or None) once the input has ended."""
        if self._proc is None:
            return b"", None
        with contextlib.suppress(BrokenPipeError, ValueError):
            assert self._proc.stdin is not None
            self._proc.stdin.close()
        try:
            code = self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            code = self._proc.wait()
        self._join()
        poster = _last_png(bytes(self._out)) if code == 0 else b""
        try:
            found: Probe | None = parse_probe(self._err.decode(errors="replace"))
        except RenderFailed:
            found = None
        return poster, found

    def abort(self) -> None:
        """Stop ffmpeg (the download failed)."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            with contextlib.suppress(BrokenPipeError, ValueError):
                assert self._proc.stdin is not None
                self._proc.stdin.close()
            self._join()

    def _join(self) -> None:
        for thread in self._threads:
            thread.join()
        if self._proc is not None:
            for pipe in (self._proc.stdout, self._proc.stderr):
                if pipe is not None:
                    pipe.close()


def _last_png(data: bytes) -> bytes:
    """The last whole PNG of several written back to back (b"" if there is none)."""
    signature, pos, last = b"\x89PNG\r\n\x1a\n", 0, b""
    while data.startswith(signature, pos):
        end = pos + len(signature)
        while end + 8 <= len(data):
            length = int.from_bytes(data[end : end + 4], "big")
            kind = data[end + 4 : end + 8]
            end += 12 + length  # length, type, data, CRC
            if kind == b"IEND":
                break
        else:
            return last  # cut short
        if end > len(data):
            return last
        last, pos = data[pos:end], end
    return last
