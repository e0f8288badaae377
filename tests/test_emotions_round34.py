"""Round 34: what the read sets dream_emotions_dev48 (dreams told in a second language or a variety
far from the textbook; the judge kept unread since round 33, 0.906) and dev49 (dreams of a time of
change in the family: pregnancy and new parents, family carers, recovery from drinking; measured
blind on the round's starting code, 0.849) showed, as mechanisms. The sentences are written for
these tests, not copied from the sets.

* Whose: a German officer, detective, midwife or guard is someone else ("Der Detektiv war
  richtig sauer", "Der Offizier hat gebrüllt, ganz wütend"), and so are the family words of the
  world's Englishes ("my tita was so mad at me").
* Confusion told in the present ("I really don't understand what happen", "Ich verstehe nicht,
  ich hab doch ein Visum"), "not understanding how", "didn't know whether to believe her",
  "didn't know which one was real", "keine Ahnung mehr, wo", "hab mich gefragt, wie"; not the
  writer's "ich verstehe nicht, warum ich das träume", nor "ich bin gerade neben der Spur".
* Words: "pikon", "so frus" (anger, no longer sadness), "a hole in my heart", "so am Kochen"
  (not "am Kochen" at the stove), "something in me unclench", "made me lighter", "felt caught
  out", "wie nach Hause kommen", "schadenfroh", "hat mich richtig durcheinandergebracht".
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # whose
    ("Der Detektiv war richtig sauer und hat meine Tasche durchsucht.", "de", NO, {AN}),
    ("Der Offizier hat gebrüllt, ganz wütend, weil mein Spind offen war.", "de", NO, {AN}),
    ("Die Hebamme war total nervös.", "de", NO, {AP}),
    ("My tita was so mad at me and shouted in front of everyone. I kept eating.", "en", NO, {AN}),
    # confusion in the present, and the writer's remarks now
    ("The bus go the wrong way and I really don't understand what happen.", "en", {CO}, NO),
    ("I stood in the sand not understanding how this was possible.", "en", {CO}, NO),
    ("My mum said babies float, and I didn't know whether to believe her.", "en", {CO}, NO),
    ("Every window had a different me in it and I didn't know which one was real.", "en", {CO}, NO),
    ("Ich verstehe nicht, ich hab doch ein Visum.", "de", {CO}, NO),
    ("Ich verstehe nicht, warum ich das immer träume.", "de", NO, NO),
    ("Jede Etage sah gleich aus, ich hatte keine Ahnung mehr, wo oben ist.", "de", {CO}, NO),
    ("Ich war glücklich und hab mich gefragt, wie das sein kann.", "de", {CO, HA}, NO),
    ("Das hat mich richtig durcheinandergebracht.", "de", {CO}, NO),
    ("Ich war komplett neben der Spur, als sie das sagte.", "de", {CO}, NO),
    (
        "Ich bin gerade ein bisschen neben der Spur, weil ich nicht weiß, wie spät es ist.",
        "de",
        NO,
        NO,
    ),
    # words of the second language and the family
    ("He ate my lunch and I was so pikon.", "en", {AN}, NO),
    ("They took my slides and I was so frus.", "en", {AN}, NO),
    ("She faded like smoke and I feel a hole in my heart.", "en", {SD}, NO),
    ("Ich war so am Kochen, Alter.", "de", {AN}, NO),
    ("Ich war gerade am Kochen, als es klingelte.", "de", NO, NO),
    ("Mum knew me again and I felt something in me unclench.", "en", {HA}, NO),
    ("Every right answer he gave made me lighter.", "en", {HA}, NO),
    ("He asked why I kept testing him and I felt caught out.", "en", {AP}, NO),
    ("Ich hab das Bier getrunken, es war wie nach Hause kommen.", "de", {HA}, NO),
    ("Er hat geschrien, und ich war ein bisschen schadenfroh.", "de", {HA}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
