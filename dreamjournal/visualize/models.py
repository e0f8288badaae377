"""What a dream becomes: a shot-list prompt for a video model and a timed guided-imagery script."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
    subject_action: str = Field(min_length=3, max_length=300)
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


def _stamp(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class VisualizationPrompt(BaseModel):
    """A prompt a text-to-video model expects: style first, a palette, a timestamped shot list."""

    model_config = ConfigDict(frozen=True)

    title: str = Field(min_length=1, max_length=200)
    logline: str = Field(min_length=5, max_length=500)
    style: str = Field(min_length=5, max_length=300)
    palette: list[str] = Field(min_length=3, max_length=5, description="Hex colours, #rrggbb.")
    shots: list[Shot] = Field(min_length=1, max_length=12)

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
        """The prompt as text: style first, palette, then one line per timestamped shot."""
        lines = [
            f"Style: {self.style}",
            f"Palette: {', '.join(self.palette)}",
            f"Story: {self.logline}",
            "",
            "Shot list:",
        ]
        for s in self.shots:
            lines.append(
                f"[{_stamp(s.start)}-{_stamp(s.end)}] {s.framing.upper()}, {s.camera_move}: "
                f"{s.subject_action}. Setting: {s.setting}. Light: {s.light}. Mood: {s.mood}."
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
