"""Dream text analysis: emotions, symbols, settings, characters, signs, scene plan (en, de)."""

from dreamjournal.analysis.emotions import HVDC_CLASSES, HVDC_OF
from dreamjournal.analysis.features import (
    NEUTRAL_AROUSAL,
    analyze,
    dream_signs_across,
    dream_signs_of,
)
from dreamjournal.analysis.lexicon import EMOTION_AFFECT, SYMBOLS
from dreamjournal.analysis.models import DreamFeatures, EmotionHit, HvdcClass, Language, SymbolHit
from dreamjournal.analysis.nightmare import (
    CLEARLY_DISTRESSING,
    CalmerVerdict,
    distress_of,
    is_calmer,
    is_distressing,
    nightmare_elements,
)
from dreamjournal.analysis.planner import plan_scenes
from dreamjournal.analysis.scene_plan import (
    Beat,
    Character,
    Dreamer,
    Scene,
    ScenePlan,
    Setting,
    Span,
    Thing,
)
from dreamjournal.analysis.text import detect_language
from dreamjournal.analysis.vocab import glossary

__all__ = [
    "CLEARLY_DISTRESSING",
    "EMOTION_AFFECT",
    "HVDC_CLASSES",
    "HVDC_OF",
    "NEUTRAL_AROUSAL",
    "SYMBOLS",
    "Beat",
    "CalmerVerdict",
    "Character",
    "DreamFeatures",
    "Dreamer",
    "EmotionHit",
    "HvdcClass",
    "Language",
    "Scene",
    "ScenePlan",
    "Setting",
    "Span",
    "SymbolHit",
    "Thing",
    "analyze",
    "detect_language",
    "distress_of",
    "dream_signs_across",
    "dream_signs_of",
    "glossary",
    "is_calmer",
    "is_distressing",
    "nightmare_elements",
    "plan_scenes",
]
