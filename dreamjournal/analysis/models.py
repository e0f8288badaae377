"""Feature models returned by `analyze` (pydantic, frozen)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["en", "de"]
HvdcClass = Literal["anger", "apprehension", "sadness", "confusion", "happiness"]

if TYPE_CHECKING:  # pragma: no cover
    from dreamjournal.analysis.scene_plan import ScenePlan


class EmotionHit(BaseModel):
    """One named emotion found in a dream, with its affect and the words that showed it."""

    model_config = ConfigDict(frozen=True)

    name: str
    valence: float = Field(ge=-1.0, le=1.0)
    arousal: float = Field(ge=0.0, le=1.0)
    count: int = Field(ge=1)
    evidence: list[str]
    hvdc: HvdcClass = "confusion"  # its Hall-Van de Castle class
    intensity: float = Field(default=0.6, ge=0.0, le=1.0)  # 0.3 slight .. 1.0 intensified
    body: bool = False  # shown only through the body (sweat, a pounding heart)


class SymbolHit(BaseModel):
    """One canonical symbol (a key of `SYMBOLS`) with how often it appeared and the words used."""

    model_config = ConfigDict(frozen=True)

    name: str
    count: int = Field(ge=1)
    evidence: list[str]


class DreamFeatures(BaseModel):
    """Everything `analyze` found in one dream; lists run by count, then first appearance."""

    model_config = ConfigDict(frozen=True)

    language: Language
    # The dreamer's own emotions, from event lines only (never meta, waking or negated ones).
    emotions: list[EmotionHit]
    # Count-weighted means over `emotions`; with no emotion words: valence 0.0, arousal 0.3.
    valence: float = Field(ge=-1.0, le=1.0)
    arousal: float = Field(ge=0.0, le=1.0)
    symbols: list[SymbolHit]
    settings: list[str]
    characters: list[str]
    dream_signs: list[str]
    word_count: int = Field(ge=0)
    top_words: list[str]
    # Hall-Van de Castle classes of the dreamer's emotions, in the order of `emotions`.
    dreamer_classes: list[HvdcClass] = Field(default_factory=list)
    # Other characters' emotions ("he was furious"), never counted as the dreamer's.
    other_emotions: list[EmotionHit] = Field(default_factory=list)
    other_classes: list[HvdcClass] = Field(default_factory=list)
    # Classes implied by dream signs alone (falling, being chased): not coded, but a hint.
    implied_classes: list[HvdcClass] = Field(default_factory=list)
    # Feelings named on waking ("I woke up crying"): not dream emotions, but they tell distress.
    waking_feelings: list[str] = Field(default_factory=list)
    # 0 (calm) .. 1 (clearly distressing); see `analysis.nightmare`.
    distress: float = Field(default=0.0, ge=0.0, le=1.0)
    scene_plan: ScenePlan | None = None  # the dream as ordered scenes (see `scene_plan.py`)
