"""Round 36: what the read sets dream_emotions_dev54 (dreams of the dead and the missing; the judge
kept unread since round 35, 0.966), dev55 (dreams of children and teenagers; measured blind on
the round's starting code, 0.921) and dev56 (dreams of love, desire and jealousy; 0.871) showed,
as mechanisms. The sentences are written for these tests, not copied from the sets.

* Someone else's waking feared or hoped for ("anxious she'd wake up and not know me") is no
  waking of the dreamer's; "woke up again for real" makes the waking before it a false one.
* A German feeling that would have been ("hätte ich geweint") is not felt; tears "vor Freude"
  are joy, not grief.
* Called the good kind ("screaming, but the good kind", "im guten Sinn", "ein Schauer, aber
  ein schöner"), a fear word or sign is excitement (happiness).
* Words: a bit stupid (apprehension), "tat es furchtbar leid" (guilt: apprehension); lowkey
  hurt, "mich elend gefühlt", "hat mich richtig verletzt" (sadness); voll lost, didn't
  understand anything (confusion); felt incredible, felt electric, felt more at home, "warm und
  vertraut" (happiness); made me want to hit him, wanted to throw a glass at him, "innerlich hab
  ich gekocht", "angeschrien" (anger). "Rot bis über beide Ohren" is shame, not a grin.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # someone else's waking, a false awakening
    ("Mum was in the ward again. I was anxious she'd wake up and not know me.", "en", {AP}, NO),
    (
        "I woke up and went downstairs but the fridge was on the ceiling. I didn't understand "
        "anything. Then I woke up again for real.",
        "en",
        {CO},
        NO,
    ),
    # would have been; tears of joy
    (
        "Wenn ich wach gewesen wäre, hätte ich geweint. Im Traum haben wir Karten gespielt.",
        "de",
        NO,
        NO,
    ),
    ("Die Katze war wieder da. Ich hab sie gedrückt und vor Freude geheult.", "de", {HA}, NO),
    # the good kind
    ("The rollercoaster dropped and I was screaming, but the good kind.", "en", {HA}, NO),
    (
        "Sie hat mich auf die Bühne geholt, mein Herz hat gerast, aber im guten Sinn.",
        "de",
        {HA},
        NO,
    ),
    (
        "Er hat mich angesehen und mir lief ein Schauer über den Rücken, aber ein schöner.",
        "de",
        {HA},
        NO,
    ),
    # words
    ("I got the knot wrong again and felt a bit stupid.", "en", {AP}, NO),
    ("Mir tat es furchtbar leid, ich hab mich elend gefühlt.", "de", {AP, SD}, NO),
    ("She looked straight through me at the lockers. lowkey hurt ngl.", "en", {SD}, NO),
    ("Dann hat es mich richtig verletzt, dass er mit ihr flirtet.", "de", {SD}, NO),
    ("Ich war in einem Videospiel gefangen, voll lost.", "de", {CO}, NO),
    ("I flew over the school. It felt incredible.", "en", {HA}, NO),
    ("At the festival that night everything felt electric.", "en", {HA}, NO),
    ("We talked all night and I felt more at home with him than with anyone.", "en", {HA}, NO),
    ("Mit ihr in der Küche war es warm und vertraut.", "de", {HA}, NO),
    ("My cousin kept whistling, which made me want to hit him.", "en", {AN}, NO),
    ("My ex walked in with someone new and I wanted to throw a glass at him.", "en", {AN}, NO),
    ("Sie hat es mir beim Kaffee erzählt. Innerlich hab ich gekocht.", "de", {AN}, NO),
    ("Ich hab ihn angeschrien, warum er lügt.", "de", {AN}, NO),
    ("Alle haben mich angeschaut und ich bin rot geworden bis über beide Ohren.", "de", {AP}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
