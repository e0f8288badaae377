"""Round 53: what the emotion set dream_emotions_dev99 (music, concerts and performing; the
judge kept unread since round 52, 0.955 there) showed, as mechanisms. The reports are written
for these tests, not copied from the set."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze


@pytest.mark.parametrize(
    ("text", "language", "dreamer", "other"),
    [
        # a fear sign named with a joy as its cause is the joy's
        (
            "My heart was going a mile a minute with excitement when the band came on.",
            "en",
            ["happiness"],
            [],
        ),
        ("My heart was going a mile a minute when the band came on.", "en", ["apprehension"], []),
        # moved by beauty: goosebumps and tears are not fear or grief
        ("The orchestra started and it was so beautiful I started crying.", "en", [], []),
        ("I got goosebumps all over, it was so beautiful.", "en", [], []),
        (
            "The orchestra started, it was so beautiful I started crying. Pure joy.",
            "en",
            ["happiness"],
            [],
        ),
        (
            "The hall was so beautiful but I started crying because she wasn't there.",
            "en",
            ["sadness"],
            [],
        ),
        ("Es war so wunderschön, dass ich Gänsehaut bekommen hab.", "de", ["happiness"], []),
        # a bandleader is someone else
        ("The bandleader was screaming at all of us and I just stood there.", "en", [], ["anger"]),
        # the writer now, on what the brain can do in dreams
        (
            "I played the whole sonata perfectly. Annoyed that my brain can do that in dreams "
            "and not when I'm awake.",
            "en",
            [],
            [],
        ),
        ("I was annoyed that the piano had no keys.", "en", ["anger"], []),
        # a feeling others ascribe, confirmed in German
        (
            "Mein Bruder meinte, ich seh total traurig aus. Und ja, das war ich auch.",
            "de",
            ["sadness"],
            [],
        ),
        ("Mein Bruder meinte, ich seh total traurig aus. War ich aber gar nicht.", "de", [], []),
    ],
)
def test_round53_emotions(text: str, language: str, dreamer: list[str], other: list[str]) -> None:
    analysis = analyze(text, language)
    assert sorted(analysis.dreamer_classes) == dreamer, text
    assert sorted(analysis.other_classes) == other, text
