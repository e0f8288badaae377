"""The storyboard of one clip: shot spans scaled to its length, captions, and the breath pace."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dreamjournal.analysis.scene_plan import ScenePlan
    from dreamjournal.visualize.models import GuidedScript, Shot, VisualizationPrompt

CROSSFADE_S = 0.8
CAPTION_FADE_S = 0.45
SECONDS_PER_CAPTION = 4.0
MAX_CAPTION_CHARS = 110
CALM_CHARS = 90  # a caption is read in a glance: longer lines are left to the narration
_WORD = re.compile(r"[^\W\d_]{4,}")
DEFAULT_BPM = 6.0
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class ShotSpan:
    """One shot placed on the clip's own timeline."""

    index: int
    start: float
    end: float
    shot: Shot

    def local(self, t: float) -> float:
        """Progress through the shot, 0..1 inside it (beyond that during crossfades)."""
        return (t - self.start) / max(1e-6, self.end - self.start)


@dataclass(frozen=True)
class Caption:
    """A line of the script on screen from `start` to `end` seconds."""

    text: str
    start: float
    end: float

    def alpha(self, t: float) -> float:
        """Opacity at t: fades in and out."""
        if t <= self.start or t >= self.end:
            return 0.0
        edge = min(t - self.start, self.end - t) / CAPTION_FADE_S
        return float(min(1.0, edge) ** 1.5)


@dataclass(frozen=True)
class Storyboard:
    """Everything timed in one clip."""

    seconds: float
    shots: list[ShotSpan]
    captions: list[Caption]
    bpm: float
    crossfade: float

    def shot_at(self, t: float) -> ShotSpan:
        """The shot whose span holds t."""
        for span in self.shots:
            if t < span.end:
                return span
        return self.shots[-1]

    def breath(self, t: float) -> float:
        """The pacer: 0 fully out .. 1 fully in; in for the first half of each breath."""
        return breath(t, self.bpm)


def breath(t: float, bpm: float) -> float:
    """0..1 breathing level at t seconds for `bpm` breaths a minute (starts breathing in)."""
    return 0.5 - 0.5 * math.cos(2.0 * math.pi * t * bpm / 60.0)


def _short(sentence: str) -> str:
    text = " ".join(sentence.split())
    text = text[:1].upper() + text[1:]
    if len(text) <= MAX_CAPTION_CHARS:
        return text
    cut = text[: MAX_CAPTION_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + " …"


def _first(text: str) -> str:
    return _short(_SENTENCE.split(text.strip())[0])


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def echoes(line: str, sources: list[str], share: float = 0.5) -> bool:
    """True when `line` repeats a source: half its content words (4+ letters) in one sentence,
    or, for a short line (three content words or fewer), any of them ("It is dark around you"
    after a nightmare in a dark corridor)."""
    words = _words(line)
    if not words:
        return False
    if len(words) <= 3 and words & set().union(*(_words(s) for s in sources)):
        return True
    for source in sources:
        for sentence in _SENTENCE.split(source):
            if len(words & _words(sentence)) >= max(2, share * len(words)):
                return True
    return False


def _calm(line: str) -> bool:
    """No fear, anger or sadness in the line itself (the analysis's own judgement)."""
    from dreamjournal.analysis import analyze

    f = analyze(line)
    beats = f.scene_plan.lines if f.scene_plan is not None else []
    return (
        f.valence >= -0.15
        and not any(e.valence < -0.2 for e in f.emotions)
        and not any(b.distressing for b in beats)
    )


def caption_lines(
    script: GuidedScript, avoid: tuple[str, ...] = (), plan: ScenePlan | None = None
) -> list[str]:
    """Calm, short captions in script order, chosen on purpose.

    From the script (a nightmare's is built from its rescript): the breathing cue, the scene's
    sentences, the safe place, anchoring, return. Never a line that echoes `avoid` (a
    nightmare's own text), a beat the analysis marks distressing, or a line that reads as
    fear, anger or sadness; never longer than a glance.
    """
    by_phase: dict[str, list[str]] = {}
    for step in script.steps:
        by_phase.setdefault(step.phase, []).append(step.text)
    distressing = [b.span.text for b in plan.lines if b.distressing] if plan is not None else []
    blocked = [*avoid, *distressing]

    def ok(line: str) -> bool:
        return 3 < len(line) <= CALM_CHARS and not echoes(line, blocked) and _calm(line)

    fixed = [_first(t) for t in by_phase.get("breathing", [])[:1]]
    scene = [
        _short(s)
        for text in by_phase.get("rescripted_scene", [])
        for s in _SENTENCE.split(text.strip())
        if len(s.strip()) > 2
    ]
    safe = [_first(t) for t in by_phase.get("safe_place", [])]
    tail = [_first(t) for t in by_phase.get("anchoring", [])[:1]]
    tail += [_first(t) for t in by_phase.get("return", [])[:1]]
    lines = [line for line in [*fixed, *scene, *safe, *tail] if ok(line)]
    # The script's own guidance lines are calm by construction: the fallback.
    return list(dict.fromkeys(lines)) or fixed or [_first(script.steps[0].text)]


def _captions(
    script: GuidedScript, seconds: float, avoid: tuple[str, ...], plan: ScenePlan | None
) -> list[Caption]:
    lines = caption_lines(script, avoid, plan)
    n = max(1, min(len(lines), int(seconds // SECONDS_PER_CAPTION)))
    picks = [lines[round(i * (len(lines) - 1) / (n - 1))] for i in range(n)] if n > 1 else lines[:1]
    slot = seconds / n
    return [
        Caption(text, i * slot + (0.5 if i == 0 else 0.25), (i + 1) * slot - 0.25)
        for i, text in enumerate(picks)
    ]


def script_bpm(script: GuidedScript) -> float:
    """The breathing pace the script asks for (about 6 a minute)."""
    for step in script.steps:
        if step.breaths_per_minute:
            return float(step.breaths_per_minute)
    return DEFAULT_BPM


def storyboard(
    prompt: VisualizationPrompt,
    script: GuidedScript,
    seconds: float,
    avoid: tuple[str, ...] = (),
    plan: ScenePlan | None = None,
) -> Storyboard:
    """Shots scaled to `seconds`, calm captions spread over it, the script's breathing pace."""
    k = seconds / prompt.duration
    spans = [
        ShotSpan(i, s.start * k, s.end * k if i < len(prompt.shots) - 1 else seconds, s)
        for i, s in enumerate(prompt.shots)
    ]
    shortest = min(s.end - s.start for s in spans)
    return Storyboard(
        seconds=seconds,
        shots=spans,
        captions=_captions(script, seconds, avoid, plan),
        bpm=script_bpm(script),
        crossfade=min(CROSSFADE_S, 0.4 * shortest),
    )
