"""The narrated voice track: the script spoken (espeak-ng on pipes) above the ambient sound."""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from dreamjournal.render.audio import RATE
from dreamjournal.render.base import RenderJob
from dreamjournal.render.encoder import ffmpeg_exe, probe
from dreamjournal.render.narration import (
    SPEECH,
    boundaries,
    mix_recording,
    narration_track,
    speak,
)
from dreamjournal.render.procedural import ProceduralRenderer
from tests.test_render_stage import job_for

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None and not os.environ.get("CI"),
    reason="espeak-ng is not installed (CI installs it)",
)
GERMAN = "Ich ging mit meiner Schwester am See spazieren. Der Mond schien und ich war ruhig."


def onsets(samples: np.ndarray, threshold: float = 0.02) -> list[float]:
    """Where sound starts after at least 0.3 s of silence (a 10 ms envelope)."""
    win = RATE // 100
    env = np.sqrt(np.convolve(samples.astype(np.float64) ** 2, np.ones(win) / win, "same"))
    loud = env > threshold
    out, quiet_run = [], RATE  # the start counts as after silence
    for i in range(0, loud.size, win):
        if loud[i]:
            if quiet_run >= 0.3 * RATE:
                out.append(i / RATE)
            quiet_run = 0
        else:
            quiet_run += win
    return out


@pytest.mark.parametrize(
    ("text", "language", "seconds"), [(None, "en", 30.0), (GERMAN, "de", 24.0)]
)
def test_step_boundaries_within_half_a_second(
    text: str | None, language: str, seconds: float
) -> None:
    job = job_for(text or "I walked to the lake under the moon. A door stood open.", seconds)
    track = narration_track(job.script, seconds, language)
    bounds = boundaries(job.script, seconds)
    assert len(track.segments) >= 5  # most steps are spoken at this length
    for seg in track.segments:
        assert abs(seg.start - bounds[seg.step]) <= 0.5
        assert seg.end <= bounds[seg.step + 1]  # and it is over before the next step begins
    # Measured on the sound itself, not on our bookkeeping: speech starts at each boundary.
    heard = onsets(track.samples)
    spoken = [seg.slot_start for seg in track.segments]
    assert len(heard) >= len(spoken)
    for b in spoken:
        assert min(abs(h - b) for h in heard) <= 0.5, (b, heard)
    for h in heard:  # and nothing starts anywhere else
        assert min(abs(h - b) for b in spoken) <= 0.5 or any(
            s.start < h < s.end for s in track.segments
        )


def test_english_and_german_voices_differ() -> None:
    en, de = speak("Hello, breathe slowly.", "en"), speak("Hallo, atme ruhig.", "de")
    assert en.size > RATE * 0.5 and de.size > RATE * 0.5
    assert not np.array_equal(en[: min(en.size, de.size)], de[: min(en.size, de.size)])


def _decoded_audio(mp4: Path) -> np.ndarray:
    raw = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-i",
            str(mp4),
            "-f",
            "s16le",
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "pipe:1",
        ],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, "<i2").astype(np.float32) / 32768


def test_a_narrated_clip_carries_the_voice_above_the_ambient(tmp_path: Path) -> None:
    job = job_for(
        "I walked to the lake under the moon. A door stood open on the shore.", 20.0, (426, 240)
    )
    plain, narrated = tmp_path / "plain.mp4", tmp_path / "narrated.mp4"
    ProceduralRenderer().render(job, plain)
    voiced = RenderJob(**{**job.__dict__, "voice": SPEECH})
    ProceduralRenderer().render(voiced, narrated)
    info = probe(narrated)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac") and abs(
        info.duration - 20
    ) < 0.05
    a, b = _decoded_audio(plain), _decoded_audio(narrated)
    n = min(a.size, b.size)
    track = narration_track(job.script, 20.0, "en")
    speech = np.zeros(n, bool)
    for seg in track.segments:
        speech[int(seg.start * RATE) : int(seg.end * RATE)] = True
    gaps = np.ones(n, bool)
    for seg in track.segments:
        gaps[int(seg.start * RATE) - RATE // 4 : int(seg.end * RATE) + RATE // 2] = False
    gaps[: RATE * 2] = False  # the fade-in

    def rms(x: np.ndarray) -> float:
        return math.sqrt(float(np.mean(x**2)))

    # The voice sits above the ambient sound: a narrated clip is twice as loud where someone
    # speaks as between the steps, where only the ambient bed is left...
    assert rms(b[:n][speech]) > 2.0 * rms(b[:n][gaps])
    # ...and that bed lies lower than the ambient sound of a clip without a voice.
    assert rms(b[:n][gaps]) < 0.85 * rms(a[:n][gaps])


def test_a_recording_is_mixed_from_bytes() -> None:
    t = np.arange(RATE * 2) / RATE
    tone = (0.5 * np.sin(2 * math.pi * 220 * t) * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(tone.tobytes())
    ambient = (np.random.default_rng(1).standard_normal((RATE * 3, 2)) * 2000).astype(np.int16)
    mixed = mix_recording(ambient, buf.getvalue())
    assert mixed.shape == ambient.shape
    spectrum = np.abs(np.fft.rfft(mixed[: RATE * 2, 0].astype(float)))
    freqs = np.fft.rfftfreq(RATE * 2, 1 / RATE)
    assert freqs[np.argmax(spectrum)] == pytest.approx(220, abs=2)
    assert np.abs(mixed[RATE * 2 + RATE // 4 :]).mean() < np.abs(mixed[: RATE * 2]).mean()
