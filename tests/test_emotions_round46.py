"""Round 46: what dream_emotions_dev90 (being chased, intruders; the judge kept unread since round
45, 0.978) and the round's new blind sets dev91 (animals and pets) and dev92 (flying, falling,
being unprepared) showed, as mechanisms. The sentences are written for these tests, not copied
from the sets.

* Not felt: a feeling someone else says the dreamer has, denied by the dreamer right after it
  ("my brother kept saying I was scared. I wasn't", "Oma meinte, ich hätte Angst. Hatte ich gar
  nicht", "..., ich sei nervös gewesen, war ich aber nicht"). Still felt when the dreamer
  confirms it ("... I was terrified actually").
* Tears of rage are the anger's: "hab geheult vor Wut", "cried with rage" (no sadness).
* Anger: "ich war echt geladen".
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, HA, NO, SD, assert_whose_feeling

CASES = [
    (
        "A dog followed me home. My brother kept saying I was scared of it. I wasn't, I just "
        "wanted to get home.",
        "en",
        NO,
        NO,
    ),
    ("The coach told everyone I was nervous. I wasn't at all, I was bored.", "en", NO, NO),
    ("Oma meinte, ich hätte Angst vor dem Pferd. Hatte ich gar nicht.", "de", NO, NO),
    (
        "Mein Chef sagte, ich sei total nervös gewesen, war ich aber nicht. Ich hab nur gezittert "
        "vor Kälte.",
        "de",
        NO,
        NO,
    ),
    ("He said I was scared. I was terrified actually.", "en", {AP}, NO),
    ("Der Bus fuhr mir vor der Nase weg. Ich hab geheult vor Wut.", "de", {AN}, NO),
    ("They took my bike and I cried with rage.", "en", {AN}, NO),
    ("Mein Hund ist weggelaufen und ich hab geheult, weil er nicht wiederkam.", "de", {SD}, NO),
    ("Der Kellner brachte dreimal das Falsche. Ich war echt geladen.", "de", {AN}, NO),
    ("The horses were happy and so was I.", "en", {HA}, {HA}),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
