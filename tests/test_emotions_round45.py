"""Round 45: what dream_emotions_dev85 (the body and illness; the judge kept unread since round
44, 0.983) and the round's new blind sets dev88 (the dead coming back) and dev89 (weddings and
parties) showed, as mechanisms. The sentences are written for these tests, not copied from the
sets.

* Not felt: "ich war nichtmal überrascht" ("nichtmal" written as one word denies as "nicht mal"
  does); "Erleichtert war ich aber nicht" (the German denial after the verb, "aber" there no
  "but" that opens a clause).
* Still felt: "so glücklich war ich seit Jahren nicht", "so wütend war ich lange nicht mehr" (a
  feeling beyond those of years, not denied).
* Confusion: "ich fand das irritierend" (puzzling, HVdC's confusion). Anger: "rather cross", "they
  were cross" (not "cross the road").
* Whose: "es war ihm peinlich", "ihm war das unangenehm" (he has the feeling, in the dative);
  "ich war ihm dankbar" (the dreamer thanks him); "weil er uns alle vermissen wird" (he misses
  us: "uns alle" is whom he misses, not "we all").
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("Mein Onkel stand vor der Tür. Ich war nichtmal überrascht, nur müde.", "de", NO, NO),
    ("Der Hund konnte sprechen. Ich war nichtmal erschrocken, eher neugierig.", "de", NO, NO),
    (
        "Opa winkte vom Boot. Erleichtert war ich aber nicht, ich hatte Angst um ihn.",
        "de",
        {AP},
        NO,
    ),
    ("Wir haben gewonnen. So glücklich war ich seit Jahren nicht.", "de", {HA}, NO),
    ("Er hat mich ausgelacht, so wütend war ich lange nicht mehr.", "de", {AN}, NO),
    ("Die Uhr lief rückwärts und ich fand das ziemlich irritierend.", "de", {CO}, NO),
    ("Der Kellner hat Suppe verschüttet, es war ihm total peinlich.", "de", NO, {AP}),
    ("Mein Chef hat sich versprochen. Ihm war das richtig unangenehm.", "de", NO, {AP}),
    ("Mein Bruder hat den Koffer getragen und ich war ihm so dankbar.", "de", {HA}, NO),
    ("Der Pfarrer hat geweint, weil er uns alle vermissen wird.", "de", NO, {SD}),
    ("Wir haben uns alle gefreut, als die Torte kam.", "de", {HA}, {HA}),
    ("The vicar married us in a car park. I was bewildered and rather cross.", "en", {CO, AN}, NO),
    ("The waiters were cross because the cake had melted.", "en", NO, {AN}),
    ("We had to cross the road and then cross the bridge.", "en", NO, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
