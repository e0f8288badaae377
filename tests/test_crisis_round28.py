"""Round 28: false alarms that earlier development sets left (crisis_dev32/34), as mechanisms,
each beside the crisis line it must not lose.

* A wish denied as the reason ("not because I want to die", "nicht, weil ich sterben will",
  "not that I want to die"): the negator right before "because", "weil", "that" or "dass" denies
  the phrase that follows (elsewhere "because" after a negator ends the negation's reach: "I
  don't know why I want to die" stays flagged).
* A routine is no date: "going to do it every Thursday", "every Thursday I'll do it" (a day
  after "every", "each", "jeden" ... is no time set for an act).
* Someone by their age is someone else: "our 16-year-old disclosed a suicide attempt",
  "unsere 15-Jährige ... dass sie sich ritzt" (as "our daughter"); "I'm a 16-year-old and I
  tried to kill myself" is the writer's own.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "I don't know why, I want to die.",
    "I don't know why I want to die, I just do.",
    "Thursday. I'll do it on Thursday when he's at work.",
    "I'm going to do it on Sunday when everyone is at church.",
    "I'm a 16-year-old and I tried to kill myself last week.",
    "Ich bin 15 und hab mich gestern wieder geritzt.",
    "Ich will sterben, nicht weil es mir schlecht geht, sondern weil ich nicht mehr kann.",
]

NOT_FLAGGED = [
    "Went to the GP, not because I want to die but because I cannot sleep.",
    "Ich war beim Arzt, nicht weil ich sterben will, sondern weil ich endlich schlafen möchte.",
    "We're going to do it every Thursday from now on, the whole family at the pool.",
    "Every Thursday I'll do it, the ironing, while the radio plays.",
    "Our 16-year-old disclosed a suicide attempt last spring, we are all in family therapy now.",
    "Unsere 15-jährige hat uns gestern gesagt, dass sie sich ritzt.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_28_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_28_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
