"""Round 42: what dream_emotions_dev73 (war, disaster and rescue; the judge kept unread since
round 41, 0.939) showed, as mechanisms. The sentences are written for these tests, not copied
from the set.

* Not felt: "would've been terrified if it was real" and "Wär das echt gewesen, hätte ich
  bestimmt Panik geschoben" (hypotheticals); "which surprised me when I woke up" (a remark once
  awake); "the 2009 quake" is an earthquake, not a tremble; "auf der Flucht" is fleeing, not
  cursing; "den Schlauch neu verlegen" is laying a hose, not embarrassment; sirens that howl.
* Confirmed: "'you're scared, aren't you' and I said yeah, I was", "'Du hast Angst, oder?' und
  ich so: ja, voll" (said to the dreamer, then confirmed).
* Whose: "me and my cousin were cheering" (the dreamer too); "der Kleine" and "die kleine Rima"
  are others.
* Words and lines: "mich schrecklich allein gefühlt"; a false awakening found out ("kapiert,
  dass ich noch träume, und richtig Panik gekriegt") is the dream's own line.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("The flood reached the stairs. Would've been terrified if it was real though.", "en", NO, NO),
    (
        "Die Brücke ist eingestürzt. Wär das echt gewesen, hätte ich bestimmt Panik geschoben.",
        "de",
        NO,
        NO,
    ),
    ("Dreamt of the 2009 quake again, the shelves coming down. It stops, always.", "en", NO, NO),
    ("We watched the fire from the hill, which puzzled me when I woke up.", "en", NO, NO),
    ("Wir waren auf der Flucht, und ich hatte so Heimweh.", "de", {SD}, NO),
    ("Wir mussten im Keller die Leitungen neu verlegen.", "de", NO, NO),
    ("Die ganze Nacht heulten die Sirenen über der Stadt.", "de", NO, NO),
    ("Dad said 'you're scared, aren't you' and I said yeah, I was.", "en", {AP}, NO),
    ("Mein Bruder fragt: 'Du hast Angst, oder?' und ich so: ja, voll.", "de", {AP}, NO),
    ("Me and my cousin were cheering when the bell rang.", "en", {HA}, {HA}),
    ("Die Männer haben gelacht. Irgendwann hat der Kleine auch gelacht.", "de", NO, {HA}),
    ("Ich war wütend, die kleine Rima hat geweint.", "de", {"anger"}, {SD}),
    ("Im Zelt hab ich mich schrecklich allein gefühlt.", "de", {SD}, NO),
    ("Dann hab ich kapiert, dass ich noch träume, und richtig Panik gekriegt.", "de", {AP}, NO),
    ("I wasn't nervous at all, just confused about the exits.", "en", {CO}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
