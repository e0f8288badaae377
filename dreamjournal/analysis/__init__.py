"""Dream text analysis: emotions, symbols, settings, characters, dream signs (en, de)."""

from dreamjournal.analysis.features import NEUTRAL_AROUSAL, analyze, dream_signs_across
from dreamjournal.analysis.lexicon import EMOTION_AFFECT, SYMBOLS
from dreamjournal.analysis.models import DreamFeatures, EmotionHit, Language, SymbolHit
from dreamjournal.analysis.text import detect_language

__all__ = [
    "EMOTION_AFFECT",
    "NEUTRAL_AROUSAL",
    "SYMBOLS",
    "DreamFeatures",
    "EmotionHit",
    "Language",
    "SymbolHit",
    "analyze",
    "detect_language",
    "dream_signs_across",
]
