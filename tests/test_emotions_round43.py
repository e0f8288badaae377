"""Round 43: what dream_emotions_dev76 (pregnancy, babies and parenthood; the judge kept unread
since round 42, 0.968) and dream_emotions_dev77 (animals; measured blind on the round's starting
code, 0.960) showed, as mechanisms. The sentences are written for these tests, not copied from
the sets.

* Not felt: "boiling kettles" (cooking, not rage); "tried to comfort her" (done, not felt);
  "couldn't get it out" (a thing stuck, not puzzlement); "geschwitzt wie verrueckt" (like
  crazy); "Ich hab gedacht, wenn das stimmt, fall ich aus allen Wolken" (thought of, for a
  condition).
* Whose: "my older one started crying" is another; ", and the relief was enormous" is the
  teller's; "es war richtig wütend" after a rabbit is the rabbit's; "ich war ein Adler ... so
  glücklich" is the dreamer's; "i war mega stolz" (Bavarian) is the dreamer's; "so ein mulmiges
  Gefühl im Bauch" with no one else in it is the teller's.
* Words: "disorienting", "gstrahlt".
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("My aunt was livid with the midwife. I was just boiling kettles.", "en", NO, {"anger"}),
    ("The puppy was whimpering and I tried to comfort him.", "en", NO, NO),
    ("The ivy had grown over the shed door and I couldn't get it open.", "en", NO, NO),
    ("Ich hab geschwitzt wie verrueckt und bin nur gerannt, voller Angst.", "de", {AP}, NO),
    ("Ich hab gedacht, wenn das stimmt, fall ich aus allen Wolken.", "de", NO, NO),
    ("She let go of my hand. My older one started crying, he was so scared.", "en", NO, {SD, AP}),
    ("The dog brought the baby back to us, and the relief was enormous.", "en", {HA}, NO),
    ("Mein Kaninchen hat mich angefaucht, es war richtig wütend.", "de", NO, {"anger"}),
    ("Ich war ein Adler und bin über die Berge geflogen, so glücklich.", "de", {HA}, NO),
    ("Mei Katz hod gwonnen und i war mega stolz.", "de", {HA}, NO),
    ("Ein Schwarm Stare über dem Acker, die ganze Zeit so ein mulmiges Gefühl.", "de", {AP}, NO),
    ("It was totally disorienting, everyone calling me grandad.", "en", {CO}, NO),
    ("Da Opa hod gstrahlt, wie er des Fohlen gsehn hod.", "de", NO, {HA}),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
