"""Round 19: a past episode told as over in everyday words, and a denial kept to its clause.

"it hasnt come back" (typed without an apostrophe) denies a return as "it hasn't come back"
does; the pandemic's lockdowns are years past; "therapy changed that" and "seit zwei jahren ist
das komplett weg" tell an episode as over. A denial reaches no further back than its clause:
"it hasn't come back but tonight i want to" is a return tonight. And an attempt told with the
ambulance that came ("hab ich's am sonntag versucht. der notarzt kam.") is an attempt.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        "back in the 2020 lockdown i wanted to die most days. therapy and my dog changed that, im "
        "in a good place and it hasnt come back",
        "im ersten lockdown wollt ich fast jeden tag tot sein. therapie und mein hund ham das "
        "geändert, seit zwei jahren is das komplett weg",
        "i wanted to die back in the lockdown. it hasn't come back since, i'm doing well",
        "während corona hab ich mich geritzt. seit drei jahren ist das komplett weg.",
        "during covid i self-harmed a lot. that's gone, therapy helped",
    ],
)
def test_a_past_episode_told_as_over_is_not_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        # the same episodes, back now
        "in the lockdown i wanted to die and i still do",
        "im lockdown wollte ich sterben. heute wieder.",
        "therapy changed that but i want to die again",
        # a denial does not reach past "but"
        "years ago i cut myself. therapy helped. it hasn't come back but tonight i want to",
        "in the lockdown i cut myself. it hasn't come back but tonight i want to",
    ],
)
def test_the_episode_back_now_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "hab ich's am sonntag versucht. der notarzt kam.",
        "hab's versucht, bin im krankenhaus aufgewacht",
    ],
)
def test_an_attempt_told_with_the_ambulance_is_an_attempt(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged
    assert "attempt" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "hab's mit dem neuen rezept versucht. danach war ich im krankenhaus bei oma zu besuch.",
        "hab es heute mit yoga versucht. nachmittags musste ich oma in die klinik fahren.",
    ],
)
def test_trying_a_recipe_beside_a_hospital_visit_is_not_an_attempt(text: str) -> None:
    assert not assess_crisis(text).flagged
