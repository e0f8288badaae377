"""Round 50: what the emotion set dream_emotions_dev96 (travel; the judge kept unread since round
49, 0.974 there) showed, as mechanisms. The reports are written for these tests, not copied from
the set."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze


@pytest.mark.parametrize(
    ("text", "language", "dreamer", "other"),
    [
        # a German plural of a person word is a person: their body cues are theirs
        (
            "Im Zug ist das Licht ausgegangen. Die Schaffnerinnen sind kreidebleich geworden "
            "und haben gezittert. Ich war ganz ruhig.",
            "de",
            [],
            ["apprehension"],
        ),
        (
            "Die Pilotinnen haben gezittert, ich hatte überhaupt keine Angst.",
            "de",
            [],
            ["apprehension"],
        ),
        # feeling lost is confusion, however strongly said
        ("Ich hab mich in Lissabon so verloren gefühlt.", "de", ["confusion"], []),
        ("Ich hab mich total verloren gefühlt.", "de", ["confusion"], []),
        # "just as lost as me": both
        (
            "At the station I asked a guard the way and he seemed just as lost as me.",
            "en",
            ["confusion"],
            ["confusion"],
        ),
        ("My brother looked lost.", "en", [], ["confusion"]),
        ("Der Kellner war genauso verwirrt wie ich.", "de", ["confusion"], ["confusion"]),
    ],
)
def test_round50_emotions(text: str, language: str, dreamer: list[str], other: list[str]) -> None:
    analysis = analyze(text, language)
    assert sorted(analysis.dreamer_classes) == dreamer, text
    assert sorted(analysis.other_classes) == other, text
