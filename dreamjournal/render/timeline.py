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
MAX_SHOTS = 6
MIN_CAPTION_S = 1.5  # a shot shorter than this shares the caption before it
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
class ShotTime:
    """Where a shot of the staged clip sits: which plan scene it shows, from when to when.

    The renderer's stage cuts here (`Stage` uses these), and captions follow the same cuts.
    """

    index: int
    scene: int  # index into the plan's scenes as staged (see `staged_scenes`)
    start: float
    end: float
    scene_start: float  # the span of all shots showing this scene
    scene_end: float


def staged_scenes(n_scenes: int, n_prompt_shots: int) -> tuple[int, list[int]]:
    """(number of shots, the plan scene indexes staged): one shot per scene, or per prompt shot
    when the plan has fewer scenes; a long dream keeps scenes spread through it."""
    n = max(1, min(MAX_SHOTS, max(n_scenes, n_prompt_shots)))
    if n_scenes > n:
        return n, [round(i * (n_scenes - 1) / (n - 1)) for i in range(n)]
    return n, list(range(n_scenes))


def shot_times(n_scenes: int, n_prompt_shots: int, seconds: float) -> list[ShotTime]:
    """The staged clip's shots, equal lengths, each on a scene (scenes as `staged_scenes`)."""
    n, kept = staged_scenes(n_scenes, n_prompt_shots)
    length = seconds / n
    scene_of = [min(len(kept) - 1, i * len(kept) // n) if kept else 0 for i in range(n)]
    out = []
    for i in range(n):
        same = [k for k in range(n) if scene_of[k] == scene_of[i]]
        out.append(
            ShotTime(i, scene_of[i], i * length, seconds if i == n - 1 else (i + 1) * length,
                     same[0] * length, seconds if same[-1] == n - 1 else (same[-1] + 1) * length)
        )  # fmt: skip
    return out


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


_NAME = re.compile(r"[^\W\d_]{3,}")
# Short words of a guided script that name nothing on screen (English and German).
_UNSEEN = frozenset(
    [
        "you",
        "your",
        "are",
        "the",
        "and",
        "was",
        "with",
        "has",
        "had",
        "her",
        "his",
        "its",
        "our",
        "for",
        "not",
        "now",
        "all",
        "this",
        "that",
        "there",
        "then",
        "here",
        "into",
        "onto",
        "from",
        "feel",
        "feels",
        "slowly",
        "gently",
        "du",
        "dein",
        "deine",
        "deinem",
        "deinen",
        "deiner",
        "bist",
        "ist",
        "und",
        "mit",
        "bei",
        "dir",
        "dich",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "sie",
        "hat",
        "war",
        "auf",
        "aus",
        "wie",
        "sich",
        "noch",
        "jetzt",
        "dort",
        "hier",
    ]
)


def _names(text: str) -> set[str]:
    """The words of a line that could name something on screen (3+ letters, no filler),
    cut to their first five letters so "Hund"/"Hunde" and "moon"/"moons" meet."""
    return {w.lower()[:5] for w in _NAME.findall(text) if w.lower() not in _UNSEEN}


def _scene_words(plan: ScenePlan, scene: int) -> tuple[set[str], set[str], set[str]]:
    """The words that say what a staged scene shows: (its place, the people and things the
    plan names in it, the other words of its sentence: its events)."""
    _, kept = staged_scenes(len(plan.scenes), 0)
    sc = plan.scenes[kept[scene]] if kept else None
    if sc is None:
        return set(), set(), set()
    place = _names(" ".join([*sc.setting.words, sc.setting.concept or "", sc.setting.place]))
    named = [c.words for c in sc.characters] + [c.concept for c in sc.characters]
    named += [w for o in sc.objects for w in o.words] + [o.concept for o in sc.objects]
    things = _names(" ".join(named).replace("_", " ")) - place
    return place, things, _names(sc.text) - things - place


def shot_captions(
    lines: list[str], shots: list[ShotTime], plan: ScenePlan | None = None
) -> list[Caption]:
    """One caption per shot, on screen while that shot is: a line that tells of the shot's
    own scene when one does (the most words in common), else the next line in script order.
    A shot too short to read in shares the caption before it; captions never cross a cut
    to a new line."""
    scene_words = {s.scene: _scene_words(plan, s.scene) for s in shots} if plan else {}
    unused = list(lines)
    chosen: list[tuple[str, ShotTime]] = []
    for shot in shots:
        if chosen and shot.end - shot.start < MIN_CAPTION_S:
            continue  # the previous caption stays a little longer (below)
        place, things, events = scene_words.get(shot.scene, (set(), set(), set()))
        # Where the shot is counts most, then what is on screen (the door), then a word of the
        # sentence ("came out"): the breathing cue's "out" once won over "You are on a beach".
        scored = [
            (
                3 * len(_names(line) & place)
                + 2 * len(_names(line) & things)
                + len(_names(line) & events),
                -k,
                line,
            )
            for k, line in enumerate(unused)
        ]
        best = max(scored, default=(0, 0, ""))
        fallback = unused[0] if unused else chosen[-1][0] if chosen else ""
        line = best[2] if best[0] > 0 else fallback
        if not line:
            continue
        if line in unused:
            unused.remove(line)
        chosen.append((line, shot))
    out: list[Caption] = []
    for k, (line, shot) in enumerate(chosen):
        end = chosen[k + 1][1].start if k + 1 < len(chosen) else shots[-1].end
        start = shot.start + (0.5 if shot.index == 0 else 0.25)
        if out and out[-1].text == line:  # the same line over two shots of one scene: one caption
            out[-1] = Caption(line, out[-1].start, end - 0.25)
            continue
        out.append(Caption(line, start, end - 0.25))
    return out


def _captions(
    script: GuidedScript,
    seconds: float,
    avoid: tuple[str, ...],
    plan: ScenePlan | None,
    n_prompt_shots: int,
) -> list[Caption]:
    lines = caption_lines(script, avoid, plan)
    if plan is not None and plan.scenes:
        return shot_captions(lines, shot_times(len(plan.scenes), n_prompt_shots, seconds), plan)
    # No plan (the stage makes one from the prompt): captions spread evenly.
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
        captions=_captions(script, seconds, avoid, plan, len(prompt.shots)),
        bpm=script_bpm(script),
        crossfade=min(CROSSFADE_S, 0.4 * shortest),
    )
