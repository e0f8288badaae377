"""The narrated voice track: the guided script spoken over the clip, above the ambient sound.

Voices are backends behind one small shape (`Voice`): offline speech synthesis with
espeak-ng (Debian's `espeak-ng` package: English and German voices built in, nothing
downloaded at run time, fast enough to speak a script in a few hundred milliseconds), or a
recording of the person or their therapist (audio bytes, e.g. from the app's
`st.audio_input`), decoded by ffmpeg. Both run as pipes: the script's words go to espeak-ng on
stdin and its WAV comes back on stdout; a recording goes to ffmpeg on stdin. No file holds the
words or the voice, ever (argv would show the words to other users in `ps`, so never that).

Timing: the script's steps are laid on the clip at one scale (clip length / script length),
so each step keeps its share of the time; each step's narration starts at its boundary and
ends before the next one. What is said is the longest of (the whole step, its first two
sentences, its first sentence, a short cue for its phase) that fits its slot at a calm pace.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from dreamjournal.errors import DreamJournalError
from dreamjournal.render.audio import RATE
from dreamjournal.render.encoder import ffmpeg_exe

if TYPE_CHECKING:
    from dreamjournal.render.base import RenderJob
    from dreamjournal.visualize.models import GuidedScript

ESPEAK = "espeak-ng"
VOICES = {"en": "en-gb", "de": "de"}
WPM = 145  # calm; raised up to FAST_WPM when a line would not fit its slot otherwise
FAST_WPM = 175
LEAD_S = 0.15  # speech starts this long after its step's boundary
GAP_S = 0.25  # and ends at least this long before the next
VOICE_GAIN = 0.85  # peak of the voice, of full scale
DUCK = 0.4  # the ambient sound while the voice speaks, of its level between steps
BED = 0.5  # the ambient sound's level in a narrated clip
VOICE_RMS = 0.3  # the voice's loudness (the ambient sound alone is about 0.1)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
CUES = {
    "en": {
        "grounding": "Settle in.",
        "breathing": "Breathe slowly.",
        "safe_place": "Your safe place.",
        "rescripted_scene": "Let the dream unfold.",
        "anchoring": "Keep this feeling.",
        "return": "Come back gently.",
    },
    "de": {
        "grounding": "Komm an.",
        "breathing": "Atme ruhig.",
        "safe_place": "Dein sicherer Ort.",
        "rescripted_scene": "Lass den Traum kommen.",
        "anchoring": "Behalte dieses Gefühl.",
        "return": "Komm sanft zurück.",
    },
}


class NarrationUnavailable(DreamJournalError):
    """The voice cannot be made here (espeak-ng missing, a recording ffmpeg cannot read)."""


@dataclass(frozen=True)
class Voice:
    """A narration voice: offline speech (`engine`), or a `recording` (audio bytes, any format)."""

    engine: str = ESPEAK
    recording: bytes | None = None
    language: str | None = None  # None: the script's (from the plan, or detected)


SPEECH = Voice()
# The dream's own stored recording (render/recordings.py); `render_clip` loads its bytes.
RECORDED = Voice(engine="recording")


def recorded(audio: bytes) -> Voice:
    """A voice from a recording (what `st.audio_input` returns, or any file ffmpeg reads)."""
    return Voice(engine="recording", recording=audio)


@dataclass(frozen=True)
class Segment:
    """One step's narration on the clip: where its slot is, what is said, where it sounds."""

    step: int
    phase: str
    slot_start: float  # the step's boundary on the clip
    slot_end: float
    start: float  # where the speech starts
    end: float
    text: str


@dataclass
class Narration:
    """A voice track (mono float32 at RATE, the clip's length) and its segments."""

    samples: NDArray[np.float32]
    segments: list[Segment]


def boundaries(script: GuidedScript, seconds: float) -> list[float]:
    """The script's step boundaries on a clip of `seconds` (one scale for every step)."""
    k = seconds / script.duration
    out, t = [0.0], 0.0
    for step in script.steps:
        t += step.duration
        out.append(round(t * k, 6))
    out[-1] = seconds
    return out


def speak(text: str, language: str = "en", wpm: int = WPM) -> NDArray[np.float32]:
    """`text` spoken by espeak-ng (words on stdin, WAV on stdout), mono at RATE, -1..1."""
    exe = shutil.which(ESPEAK)
    if exe is None:
        raise NarrationUnavailable("error.narration.spoken_narration_needs")
    voice = VOICES.get(language, "en-gb")
    done = subprocess.run(
        [exe, "-v", voice, "-s", str(wpm), "-b", "1", "--stdout"],
        input=text.encode(),
        capture_output=True,
        check=False,
        timeout=60,
    )
    if done.returncode != 0:
        raise NarrationUnavailable(
            "error.narration.espeak_ng_could", done_stderr_decode_200=done.stderr.decode()[:200]
        )
    return _wav_mono(done.stdout)


def _wav_mono(wav: bytes) -> NDArray[np.float32]:
    """PCM of a 16-bit WAV as streamed by espeak-ng (its sizes say 'unknown'), resampled to RATE."""
    if wav[:4] != b"RIFF" or wav[8:12] != b"WAVE":
        raise NarrationUnavailable("error.narration.espeak_ng_gave_2")
    pos, rate, channels = 12, 22050, 1
    while pos + 8 <= len(wav):
        kind, size = wav[pos : pos + 4], int.from_bytes(wav[pos + 4 : pos + 8], "little")
        if kind == b"fmt ":
            channels = int.from_bytes(wav[pos + 10 : pos + 12], "little")
            rate = int.from_bytes(wav[pos + 12 : pos + 16], "little")
        if kind == b"data":
            data = wav[pos + 8 :]  # streamed: the data runs to the end, whatever size says
            pcm = np.frombuffer(data[: len(data) // 2 * 2], "<i2").astype(np.float32) / 32768
            pcm = pcm.reshape(-1, channels).mean(axis=1)
            n = round(pcm.size * RATE / rate)
            resampled: NDArray[np.float32] = np.interp(
                np.arange(n) * rate / RATE, np.arange(pcm.size), pcm
            ).astype(np.float32)
            return resampled
        pos += 8 + size
    raise NarrationUnavailable("error.narration.espeak_ng_gave")


def _trim(pcm: NDArray[np.float32]) -> NDArray[np.float32]:
    """Without the silence before and after the speech."""
    loud = np.nonzero(np.abs(pcm) > 0.01)[0]
    return pcm[loud[0] : loud[-1] + 1] if loud.size else pcm[:0]


def _candidates(text: str, phase: str, language: str) -> list[str]:
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    options = [" ".join(sentences), " ".join(sentences[:2]), sentences[0] if sentences else ""]
    options.append(CUES.get(language, CUES["en"]).get(phase, ""))
    return [o for o in dict.fromkeys(options) if o]


def script_language(job: RenderJob) -> str:
    """The language the script is in: the voice's, the plan's, or detected from the script."""
    if job.voice is not None and job.voice.language:
        return job.voice.language
    if job.plan is not None:
        return str(job.plan.language)
    from dreamjournal.analysis import detect_language

    return str(detect_language(" ".join(s.text for s in job.script.steps)))


def narration_track(script: GuidedScript, seconds: float, language: str = "en") -> Narration:
    """The script spoken over `seconds`: each step in its slot, as much of it as fits."""
    n = round(seconds * RATE)
    track = np.zeros(n, np.float32)
    bounds = boundaries(script, seconds)
    segments: list[Segment] = []
    for i, step in enumerate(script.steps):
        start, end = bounds[i], bounds[i + 1]
        room = end - start - LEAD_S - GAP_S
        if room < 0.5:  # too short a slot to say anything: the step passes in silence
            continue
        chosen: tuple[str, NDArray[np.float32]] | None = None
        for wpm in (WPM, FAST_WPM):
            for text in _candidates(step.text, step.phase, language):
                if len(text.split()) * 60 / wpm > room * 1.25:  # clearly too long: not tried
                    continue
                pcm = _trim(speak(text, language, wpm))
                if pcm.size / RATE <= room:
                    chosen = (text, pcm)
                    break
            if chosen:
                break
        if chosen is None:
            continue
        text, pcm = chosen
        at = round((start + LEAD_S) * RATE)
        track[at : at + pcm.size] += pcm[: n - at]
        segments.append(
            Segment(
                i, step.phase, start, end, start + LEAD_S, start + LEAD_S + pcm.size / RATE, text
            )
        )
    peak = float(np.abs(track).max())
    if peak > 0:
        track *= VOICE_GAIN / peak
    return Narration(track, segments)


def decode_recording(
    audio: bytes, seconds: float, ffmpeg: str | None = None
) -> NDArray[np.float32]:
    """A recording (any format ffmpeg reads) as mono float32 at RATE, cut or padded to `seconds`.

    The bytes go to ffmpeg on stdin and PCM comes back on stdout: no file holds the voice.
    """
    done = subprocess.run(
        [ffmpeg_exe(ffmpeg), "-hide_banner", "-loglevel", "error", "-i", "pipe:0"]
        + ["-f", "s16le", "-ac", "1", "-ar", str(RATE), "pipe:1"],
        input=audio,
        capture_output=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0 or not done.stdout:
        raise NarrationUnavailable("error.narration.recording_could_read")
    pcm = np.frombuffer(done.stdout[: len(done.stdout) // 2 * 2], "<i2").astype(np.float32) / 32768
    n = round(seconds * RATE)
    out = np.zeros(n, np.float32)
    out[: min(n, pcm.size)] = pcm[:n]
    return out


def mix_voice(ambient: NDArray[np.int16], voice: NDArray[np.float32]) -> NDArray[np.int16]:
    """The voice above the ambient sound: the ambient ducks under it, the voice in both ears."""
    n = ambient.shape[0]
    v = np.zeros(n, np.float32)
    v[: min(n, voice.size)] = voice[:n]
    loud = np.abs(v) > 0.01
    if loud.any():  # speech at a steady loudness (its RMS), its rare peaks softly limited
        v *= VOICE_RMS / float(np.sqrt(np.mean(v[loud] ** 2)))
        v = np.tanh(v * 1.2) / 1.2
    # A smooth envelope of the voice (50 ms) lowers the ambient sound while someone speaks.
    win = RATE // 20
    env = np.convolve(np.abs(v), np.ones(win, np.float32) / win, mode="same")
    env = np.clip(env / (env.max() + 1e-9) * 4.0, 0.0, 1.0)
    duck = 1.0 - (1.0 - DUCK) * env
    amb = ambient.astype(np.float32) / 32768 * (BED * duck)[:, None]
    mixed = amb + v[:, None]
    top = float(np.abs(mixed).max())
    if top > 0.98:
        mixed *= 0.98 / top
    out: NDArray[np.int16] = np.round(mixed * 32767).astype(np.int16)
    return out


def mix_recording(
    ambient: NDArray[np.int16], audio: bytes, ffmpeg: str | None = None
) -> NDArray[np.int16]:
    """A recorded narration (audio bytes, e.g. from `st.audio_input`) mixed over ambient sound."""
    seconds = ambient.shape[0] / RATE
    return mix_voice(ambient, decode_recording(audio, seconds, ffmpeg))


def narrate_over(ambient: NDArray[np.int16], job: RenderJob) -> NDArray[np.int16]:
    """The job's narration (its voice) mixed over the ambient sound."""
    voice = job.voice
    if voice is None:
        return ambient
    if voice.recording is not None:
        return mix_recording(ambient, voice.recording)
    if voice.engine == RECORDED.engine:  # asked for a recording, but none was loaded
        raise NarrationUnavailable("error.recording.none_yet")
    track = narration_track(job.script, ambient.shape[0] / RATE, script_language(job))
    return mix_voice(ambient, track.samples)
