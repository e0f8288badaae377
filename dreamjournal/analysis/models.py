"""Feature models returned by `analyze` (pydantic, frozen)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["en", "de"]


class EmotionHit(BaseModel):
    """One named emotion found in a dream, with its affect and the words that showed it."""

    model_config = ConfigDict(frozen=True)

    name: str
    valence: float = Field(ge=-1.0, le=1.0)
    arousal: float = Field(ge=0.0, le=1.0)
    count: int = Field(ge=1)
    evidence: list[str]


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
