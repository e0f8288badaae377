"""Round 49: what the emotion set dream_emotions_dev95 (love, partners and exes; the judge kept
unread since round 48, 0.977 at its end) showed, as mechanisms. The reports are written for these
tests, not copied from the set."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze


@pytest.mark.parametrize(
    ("text", "dreamer", "other"),
    [
        # a letter's salutation is no love felt
        (
            "Liebe Frau Dr. K., im Traum stand ich wieder am Bahnhof und hatte Angst.",
            ["apprehension"],
            [],
        ),
        (
            "Lieber Jonas, ich hab von dir geträumt, wir sind einfach durch den Wald gelaufen.",
            [],
            [],
        ),
        # a feeling owed is not felt ("sauer sein müsste")
        (
            "Mein Ex stand mit Blumen vor der Tür und ich hab mich gefreut, obwohl ich "
            "eigentlich wütend auf ihn sein müsste.",
            ["happiness"],
            [],
        ),
        (
            "Ich hab mich total gefreut, obwohl ich eigentlich traurig sein sollte.",
            ["happiness"],
            [],
        ),
        # what the one the dream is told to looked like in it is theirs
        (
            "in my dream you were marrying my cousin. i was furious. you looked so pleased with "
            "yourself.",
            ["anger"],
            ["happiness"],
        ),
    ],
)
def test_round49_emotions(text: str, dreamer: list[str], other: list[str]) -> None:
    language = "de" if any(w in text for w in (" ich ", "Ich ", "Lieber", "Liebe ")) else "en"
    result = analyze(text, language)
    assert sorted(result.dreamer_classes) == sorted(dreamer)
    assert sorted(result.other_classes) == sorted(other)
