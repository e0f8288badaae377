"""Round 52: what the emotion sets dream_emotions_dev98 (trains, planes and being late; the judge
kept unread since round 51, 0.952 there) and dream_emotions_dev100 (strangers, crowds and
parties; written and read this round, 0.960 before reading) showed, as mechanisms. The reports
are written for these tests, not copied from the sets."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze


@pytest.mark.parametrize(
    ("text", "language", "dreamer", "other"),
    [
        # tears set against the joy by "but" are the dreamer's grief, not tears of joy
        (
            "I was glad to see him but kept crying because I knew he was gone.",
            "en",
            ["happiness", "sadness"],
            [],
        ),
        ("I was so happy I cried.", "en", ["happiness"], []),
        ("I was happy but crying tears of joy.", "en", ["happiness"], []),
        # a clause of "but" and "kept" shares the subject before it
        ("I stood on the platform but kept crying.", "en", ["sadness"], []),
        # being forgotten is a feeling in the dream, not the writer forgetting the dream
        ("I felt so lonely, like I'd been forgotten.", "en", ["sadness"], []),
        ("I've forgotten the rest of it.", "en", [], []),
        # a feeling others ask about, denied after "but", is not the dreamer's
        ("My sister kept asking why I was so sad but I wasn't sad at all.", "en", [], []),
        # "diejenige, die ...": the one named before
        ("Sie war diejenige, die wütend war.", "de", [], ["anger"]),
        ("Ich war diejenige, die Angst hatte.", "de", ["apprehension"], []),
        # a couple is people
        ("A young couple in the next seats, totally in love.", "en", [], ["happiness"]),
        # another's anger does not turn the dreamer's fear sign into anger
        (
            "Ich hab mich nicht getraut, den Schaffner zu fragen, der war so schlecht gelaunt "
            "und sauer.",
            "de",
            ["apprehension"],
            ["anger"],
        ),
        ("Ich war so wütend, dass ich gezittert hab.", "de", ["anger"], []),
        # homesickness and "freakin out"
        ("Every gate was closed and I missed home so badly.", "en", ["sadness"], []),
        ("the plane was shaking and i was freakin out", "en", ["apprehension"], []),
        # dev100: "and" with nothing but adverbs before the feeling shares the subject
        (
            "I was puzzled why they blamed her and honestly pretty angry on her behalf.",
            "en",
            ["anger", "confusion"],
            [],
        ),
        # a feeling pretended is not felt
        ("I was gutted but pretended to be happy for him.", "en", ["sadness"], []),
        # "und war selber traurig" after an infinitive clause is the main clause's subject's
        ("Ich hab versucht, ihn zu trösten, und war selber total traurig.", "de", ["sadness"], []),
        ("Sie hat versucht, mich zu trösten, und war selber traurig.", "de", [], ["sadness"]),
        # looked at the dreamer "so enttäuscht": the one who looks
        ("Mein Vater hat mich so enttäuscht angeschaut.", "de", [], ["sadness"]),
        # "aber" as a particle before the negation
        ("Einsam hab ich mich aber nicht gefühlt.", "de", [], []),
        # "war voll egal" is in the dream, not a meta line
        (
            "Ich stand nackt im Bus, war mir aber voll egal, hab mich frei gefühlt.",
            "de",
            ["happiness"],
            [],
        ),
        # a fear sign set against the joy by "aber dann" stays fear; "aber vor Glück" is joy's
        (
            "Erst haben mir die Knie gezittert, aber dann haben alle mit mir gelacht.",
            "de",
            ["apprehension"],
            ["happiness"],
        ),
        ("Ich hatte Gänsehaut, aber vor Glück.", "de", ["happiness"], []),
    ],
)
def test_round52_emotions(text: str, language: str, dreamer: list[str], other: list[str]) -> None:
    analysis = analyze(text, language)
    assert sorted(analysis.dreamer_classes) == dreamer, text
    assert sorted(analysis.other_classes) == other, text
