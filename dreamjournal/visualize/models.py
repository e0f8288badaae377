"""What a dream becomes: a shot-list prompt for a video model and a timed guided-imagery script."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dreamjournal.visualize.palettes import colour_words

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

Framing = Literal[
    "extreme wide",
    "wide",
    "medium",
    "close-up",
    "extreme close-up",
    "aerial",
    "over-the-shoulder",
    "low angle",
    "high angle",
]
CameraMove = Literal[
    "static",
    "slow push-in",
    "pull back",
    "pan left",
    "pan right",
    "tilt up",
    "tilt down",
    "orbit",
    "crane up",
    "crane down",
    "drift",
    "dolly forward",
]
Phase = Literal["grounding", "breathing", "safe_place", "rescripted_scene", "anchoring", "return"]


class Shot(BaseModel):
    """One shot: one camera move, one subject action."""

    model_config = ConfigDict(frozen=True)

    start: float = Field(ge=0, description="Seconds from the start of the clip.")
    duration: float = Field(gt=0, le=30)
    framing: Framing
    camera_move: CameraMove
    subject: str = Field(
        "",
        max_length=300,
        description="Who or what is seen, as it looks (the dreamer looks the same in every shot).",
    )
    subject_action: str = Field(
        min_length=3, max_length=300, description="One visible action, with its subject."
    )
    setting: str = Field(min_length=2, max_length=200)
    light: str = Field(min_length=2, max_length=120)
    mood: str = Field(min_length=2, max_length=80)
    symbols: list[str] = Field(
        default_factory=list,
        max_length=6,
        description="Canonical symbol keys the renderer draws as motifs.",
    )

    @property
    def end(self) -> float:
        """When the shot ends, in seconds."""
        return self.start + self.duration


def _sentence(text: str) -> str:
    """`text` with a capital first letter and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def _stamp(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class VisualizationPrompt(BaseModel):
    """A prompt a text-to-video model expects: style first, a palette, a timestamped shot list."""

    model_config = ConfigDict(frozen=True)

    title: str = Field(min_length=1, max_length=200)
    logline: str = Field(min_length=5, max_length=500)
    style: str = Field(min_length=5, max_length=300)
    palette: list[str] = Field(
        min_length=3, max_length=5, description="Hex colours, #rrggbb, for renderers only."
    )
    shots: list[Shot] = Field(min_length=1, max_length=12)
    colours: str = Field("", max_length=300, description="The palette in words, for the text.")
    dreamer: str = Field(
        "", max_length=300, description="How the dreamer looks, the same in every shot."
    )
    sound: str = Field("", max_length=300, description="Ambience only: no dialogue.")
    profile: str = Field("generic", max_length=40, description="The provider profile's name.")
    notes: list[str] = Field(
        default_factory=list,
        max_length=6,
        description="The person's own words, for reference; never shot text, never sent.",
    )

    @field_validator("palette")
    @classmethod
    def _hex(cls, colours: list[str]) -> list[str]:
        bad = [c for c in colours if not HEX.match(c)]
        if bad:
            raise ValueError(f"palette colours must be #rrggbb, got {bad}")
        return [c.lower() for c in colours]

    @model_validator(mode="after")
    def _contiguous(self) -> VisualizationPrompt:
        t = 0.0
        for shot in self.shots:
            if abs(shot.start - t) > 0.05:
                raise ValueError("shots must follow each other without gaps or overlaps")
            t = shot.end
        return self

    @property
    def duration(self) -> float:
        """Total length in seconds."""
        return self.shots[-1].end

    def as_text(self) -> str:
        """The prompt as text: style, colours in words, the dreamer, story, sound, then the shots.

        Each shot reads subject, setting, action, camera, light, mood, in that order. Short for
        open models (the "open" profile); with an audio cue for services that make sound. The
        hex palette and the notes (the person's own words) stay out of it.
        """
        colours = self.colours or colour_words(self.palette)
        if self.profile == "open":
            parts = [f"{_sentence(self.style)} Colours: {_sentence(colours)}"]
            if self.dreamer:
                parts.append(f"The dreamer: {_sentence(self.dreamer)}")
            for s in self.shots:
                who = s.subject.split(",")[0].strip() or "the scene"
                parts.append(
                    f"{s.framing.capitalize()} shot of {who}: {_sentence(s.setting)} "
                    f"{_sentence(s.subject_action)} Camera: {_sentence(s.camera_move)} "
                    f"{_sentence(s.light)} Mood: {_sentence(s.mood)}"
                )
            return " ".join(parts)
        lines = [f"Style: {_sentence(self.style)}", f"Colours: {_sentence(colours)}"]
        if self.dreamer:
            lines.append(f"The dreamer (the same in every shot): {_sentence(self.dreamer)}")
        lines.append(f"Story: {_sentence(self.logline)}")
        if self.sound:
            label = "Audio" if self.profile == "veo-3" else "Sound"
            lines.append(f"{label}: {_sentence(self.sound)}")
        lines += ["", "Shot list:"]
        for s in self.shots:
            subject = f"Subject: {_sentence(s.subject)} " if s.subject else ""
            lines.append(
                f"[{_stamp(s.start)}-{_stamp(s.end)}] {s.framing.capitalize()} shot. {subject}"
                f"Setting: {_sentence(s.setting)} Action: {_sentence(s.subject_action)} "
                f"Camera: {_sentence(s.camera_move)} Light: {_sentence(s.light)} "
                f"Mood: {_sentence(s.mood)}"
            )
        return "\n".join(lines)


class ScriptStep(BaseModel):
    """One timed step of a guided-imagery script."""

    model_config = ConfigDict(frozen=True)

    phase: Phase
    text: str = Field(min_length=3, max_length=2000)
    duration: float = Field(gt=0, le=600, description="Seconds.")
    breaths_per_minute: float | None = Field(None, ge=3, le=12)


class GuidedScript(BaseModel):
    """Timed steps: grounding, resonance breathing, safe place, the scene, anchoring, return."""

    model_config = ConfigDict(frozen=True)

    title: str = Field(min_length=1, max_length=200)
    built_from: Literal["rescript", "dream"] = Field(
        description="A nightmare's script is always built from its rescript, never the dream."
    )
    steps: list[ScriptStep] = Field(min_length=3, max_length=20)

    @property
    def duration(self) -> float:
        """Total length in seconds."""
        return sum(s.duration for s in self.steps)

    def step_at(self, seconds: float) -> ScriptStep:
        """The step playing `seconds` into the script (the last one past the end)."""
        t = 0.0
        for step in self.steps:
            t += step.duration
            if seconds < t:
                return step
        return self.steps[-1]
