"""Round 51: what the emotion set dream_emotions_dev97 (houses and homes; the judge kept unread
since round 50, 0.971 there) showed, as mechanisms. The reports are written for these tests, not
copied from the set."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze


@pytest.mark.parametrize(
    ("text", "language", "dreamer", "other"),
    [
        # a laugh heard or a cry seen ("hab ich meine Mama lachen hören") is the other's
        ("Im Garten hab ich meinen Opa lachen hören.", "de", [], ["happiness"]),
        ("Ich hab die Nachbarskinder weinen sehen.", "de", [], ["sadness"]),
        ("Ich hab gelacht, bis mir der Bauch wehtat.", "de", ["happiness"], []),
        # what another says the dreamer would feel, not confirmed, is not the dreamer's
        (
            "Mein Bruder meinte, ich hätte sicher Angst, aber ich hab mich riesig gefreut.",
            "de",
            ["happiness"],
            [],
        ),
        ("Ich dachte, ich hätte Angst, und ich hatte welche.", "de", ["apprehension"], []),
        (
            "Als sie sagten, ich hätte gewonnen, hätte ich platzen können vor Stolz.",
            "de",
            ["happiness"],
            [],
        ),
        # a spoken German "die" after its verb is the others ("waren die total genervt")
        ("Als ich reinkam, waren die total genervt.", "de", [], ["anger"]),
        ("Dann war die richtig sauer.", "de", [], ["anger"]),
        # ... not an article before its noun
        (
            "Ich hatte die ganze Zeit so ein mulmiges Gefühl im Bauch.",
            "de",
            ["apprehension"],
            [],
        ),
        # a clause of "und" and a modal shares the subject before it, not its object
        ("Ich sah meinen Bruder und musste weinen.", "de", ["sadness"], []),
        ("Ich umarmte meine Mutter und fing an zu weinen.", "de", ["sadness"], []),
        ("Meine Mutter sah mich und musste weinen.", "de", [], ["sadness"]),
        # dialect and "kannte mich nicht mehr aus": confusion
        ("I war total durchanand.", "de", ["confusion"], []),
        ("Im Haus kannte ich mich überhaupt nicht mehr aus.", "de", ["confusion"], []),
        # "... and it was the best!!"
        ("I slid down the stairs on a tray and it was the best!", "en", ["happiness"], []),
        ("It was the best hotel in town.", "en", [], []),
    ],
)
def test_round51_emotions(text: str, language: str, dreamer: list[str], other: list[str]) -> None:
    analysis = analyze(text, language)
    assert sorted(analysis.dreamer_classes) == dreamer, text
    assert sorted(analysis.other_classes) == other, text
