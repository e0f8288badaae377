"""Whether a word is a word of its language, from pyspellchecker's frequency lists (built from
subtitles: about 340,000 German and 160,000 English words with the forms people write).

A real word is never read as another word's typo: "Schild" is no "Schuld", "saure" no "sauer",
"Verleger" no "verlegen"; "terrifed" and "trauig" are in no list and stay typos. The counts
also tell a rare word at a sentence's start ("Deb got shirty", "Priya laughed") from a common
one ("Weirdly I ..."), so a feeling after it is someone else's. The lists are read once, on the
first word that could be a typo or such a name (0.1-0.4 s), never for a text with neither.
"""

from __future__ import annotations

from functools import lru_cache

from spellchecker import SpellChecker

from dreamjournal.analysis.models import Language


@lru_cache(maxsize=2)
def _checker(language: Language) -> SpellChecker:
    return SpellChecker(language=language, distance=1)


def is_word(word: str, language: Language) -> bool:
    """Whether `word` (lower case, as written) is in the language's word list."""
    return word in _checker(language).word_frequency


def frequency(word: str, language: Language) -> int:
    """How often `word` (lower case) occurs in the language's subtitle counts (0: never)."""
    return int(_checker(language).word_frequency[word])
