"""What the dreamer-emotion tests share: the Hall–Van de Castle class names and the check of
whose feeling a dream shows (the dreamer's, or another figure's)."""

from __future__ import annotations

from dreamjournal.analysis import analyze

AP, AN, SD, CO, HA = "apprehension", "anger", "sadness", "confusion", "happiness"
NO: frozenset[str] = frozenset()


def assert_whose_feeling(
    text: str, language: str, dreamer: frozenset[str], others: frozenset[str]
) -> None:
    """The dreamer's classes and the other figures' classes are exactly these."""
    features = analyze(text, language)
    assert set(features.dreamer_classes) == dreamer, text
    assert set(features.other_classes) == others, text
