"""Round 47: what dream_emotions_dev93 (home and family; the judge kept unread since round 46,
0.940) showed, as mechanisms. The sentences are written for these tests, not copied from the set.

* "garnicht" (written as one word) negates like "gar nicht": "hat mich garnicht gewundert".
* Anger shown: "bin laut geworden", "angeschnauzt" (a bull that "hat mich angeschnauft" is no
  typo of it).
* "abandoning" someone is an act, not the feeling of being abandoned.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, NO, SD, assert_whose_feeling

CASES = [
    ("Mein Zimmer war auf einmal riesig. Das hat mich garnicht gewundert.", "de", NO, NO),
    ("Der Kellner hat mich ignoriert. Irgendwann bin ich laut geworden.", "de", {AN}, NO),
    ("Meine Schwester hat sich vorgedrängelt und ich hab sie angeschnauzt.", "de", {AN}, NO),
    ("Der Stier blieb vor mir stehen und hat mich angeschnauft.", "de", NO, NO),
    ("My sister cried and said I was abandoning her.", "en", NO, {SD}),
    ("Everyone left the party and I felt abandoned.", "en", {SD}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
