"""Ambient audio, synthesized: a soft evolving pad and a breath cue that follows the pacer.

Everything is numpy over the whole clip (60 s of stereo is about 3 M samples), seeded, so the
same seed gives the same samples and, through ffmpeg's bit-exact AAC, the same bytes.
"""

from __future__ import annotations

import io
import math
import wave

import numpy as np
from numpy.typing import NDArray

from dreamjournal.render.colour import RGB, luma
from dreamjournal.render.timeline import Storyboard

RATE = 48_000
_CALM_WORDS = ("calm", "relief", "safe", "joy", "peace", "wonder", "awe", "love", "hope")


def _pad(
    t: NDArray[np.float64], root: float, bright: bool, rng: np.random.Generator
) -> NDArray[np.float64]:
    """Stereo pad: detuned sine pairs on a sus/major voicing with slow breathing amplitudes.

    Nothing in it is above 0.9 kHz, so it is computed at a quarter of the rate (12 kHz) and
    interpolated up: the images of linear interpolation land above 11 kHz more than 55 dB
    down, a quarter of the work for the same sound.
    """
    full = t
    t = t[::4]
    ratios = (1.0, 1.5, 2.0, 2.25 if not bright else 2.5, 3.0)
    gains = (0.55, 0.35, 0.28, 0.16, 0.08)
    out = np.zeros((t.size, 2))
    for ratio, gain in zip(ratios, gains, strict=True):
        f = root * ratio
        lfo_rate = rng.uniform(0.04, 0.11)
        lfo = 0.75 + 0.25 * np.sin(2 * math.pi * lfo_rate * t + rng.uniform(0, 2 * math.pi))
        for ch, detune in enumerate((0.9985, 1.0015)):
            phase = rng.uniform(0, 2 * math.pi)
            wave_ = np.sin(2 * math.pi * f * detune * t + phase)
            wave_ += 0.12 * np.sin(4 * math.pi * f * detune * t + phase)  # a little warmth
            out[:, ch] += gain * lfo * wave_
    return np.stack([np.interp(full, t, out[:, ch]) for ch in (0, 1)], axis=1)


def _band_noise(
    n: int, lo: float, hi: float, rng: np.random.Generator, rate: float = RATE
) -> NDArray[np.float64]:
    """White noise (n samples at `rate`) shaped to a soft band lo..hi Hz in the frequency domain."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1.0 / rate)
    centre, width = math.sqrt(lo * hi), math.log(hi / lo) / 2
    shape = np.exp(-0.5 * (np.log(np.maximum(f, 1.0) / centre) / width) ** 2)
    noise = np.fft.irfft(spectrum * shape, n)
    out: NDArray[np.float64] = noise / (np.abs(noise).max() + 1e-9)
    return out


def _breath(t: NDArray[np.float64], bpm: float, rng: np.random.Generator) -> NDArray[np.float64]:
    """Airy swells: brighter while breathing in, darker and softer breathing out.

    Its air is below 3 kHz and its chimes at 0.9 and 1.3 kHz, so like the pad it is computed
    at half the rate and interpolated up.
    """
    full = t
    t = t[::2]
    phase = (t * bpm / 60.0) % 1.0
    inhale = np.where(phase < 0.5, np.sin(math.pi * phase * 2) ** 2, 0.0)
    exhale = np.where(phase >= 0.5, np.sin(math.pi * (phase - 0.5) * 2) ** 2, 0.0)
    n, rate = t.size, RATE / 2
    air_in = _band_noise(n, 500, 2600, rng, rate)
    air_out = _band_noise(n, 250, 1100, rng, rate)
    mono = 0.30 * inhale * air_in + 0.22 * exhale * air_out
    # A quiet glassy chime as each breath in begins.
    since = (t * bpm / 60.0) % 1.0 * 60.0 / bpm
    chime = np.sin(2 * math.pi * 880.0 * t) * np.exp(-since * 2.2) * 0.06
    chime += np.sin(2 * math.pi * 1320.0 * t) * np.exp(-since * 3.0) * 0.025
    mono = np.interp(full, t, mono + chime)
    return np.stack([mono * 0.95, mono * 1.05], axis=1)


def synthesize(board: Storyboard, palette: list[RGB], seed: int) -> NDArray[np.int16]:
    """(samples, 2) int16 for the whole clip."""
    rng = np.random.default_rng([seed, 0xA0D10])
    n = round(board.seconds * RATE)
    t = np.arange(n, dtype=np.float64) / RATE
    # Darker palettes sit lower: A2 (110 Hz) up to D3 (147 Hz).
    light = sum(luma(c) for c in palette) / (255.0 * len(palette))
    root = 110.0 * 2 ** (round(5 * min(1.0, light * 1.6)) / 12)
    moods = " ".join(span.shot.mood.lower() for span in board.shots)
    bright = any(word in moods for word in _CALM_WORDS)
    mix = 0.55 * _pad(t, root, bright, rng) + 0.45 * _breath(t, board.bpm, rng)
    fade = min(1.5, board.seconds / 4)
    env = np.clip(np.minimum(t / fade, (board.seconds - t) / fade), 0.0, 1.0) ** 2
    mix *= env[:, None]
    peak = np.abs(mix).max()
    mix *= 0.45 / peak if peak > 0 else 0.0  # about -7 dBFS: quiet, room for AAC
    return np.round(mix * 32767.0).astype(np.int16)


def pcm_bytes(samples: NDArray[np.int16]) -> bytes:
    """Raw 16-bit little-endian interleaved stereo: what ffmpeg reads as s16le on a pipe."""
    return samples.astype("<i2", copy=False).tobytes()


def wav_bytes(samples: NDArray[np.int16]) -> bytes:
    """A 16-bit stereo WAV file in memory."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())
    return buf.getvalue()
