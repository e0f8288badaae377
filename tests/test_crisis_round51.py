"""Round 51: what crisis_dev115 (athletes and dancers; the judge kept unread since round 50, 58/60
with 6/60 false alarms) showed, as mechanisms. The sentences are written for these tests, not
copied from the set.

* Caught now: a wish to have stayed asleep for good, told after waking from a dream ("woke up
  and wished so badly I'd stayed asleep for good"); thoughts of finishing what an attempt
  started ("overdosed in march ... some nights I still think about finishing what I started"),
  with an attempt named beside them.
* Left alone now: self-harm told of a stretch of years long gone ("all through my school
  years"), with recovery told beside it; a denial whose "yet" belongs to what the writer says
  instead ("i don't want to die or anything, i just don't know who i am without it yet"); a
  coach who "wants to kill us" on a hill run; a skipping rope, pills for a named ailment and
  sleep with a meal after it; "I can't anymore today, legs are done".
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Dreamt I was on stage again. Woke up in the flat and wished so badly I'd stayed asleep for "
    "good.",
    "woke up and wished i'd stayed asleep for good",
    "Took all my painkillers after the injury in May. I'm seeing someone now but some nights I "
    "still think about finishing what I started.",
    "Im Frühjahr die Tabletten genommen, Intensivstation. Manchmal denk ich dran, das zu Ende zu "
    "bringen, was ich angefangen hab.",
    # a "yet" in the denial itself still leaves it open
    "i'm not going to kill myself yet",
    "i don't want to die yet, i just need sleep",
    # a coach named, and the writer's own wish beside
    "mein Trainer weiß nicht, dass ich mich umbringen will",
    # self-harm long past, but back now
    "I self-harmed all through my school years. It's back since last week.",
]

NOT_FLAGGED = [
    "I cut myself all through my college years. Twelve years clean now and I mentor younger "
    "swimmers about it. Doing great.",
    "everyone keeps asking if i'm ok since i stopped competing. i don't want to die or anything, "
    "i just don't know who i am without the team yet.",
    "Intervalle am Berg heute, ich schwör, der Coach will uns umbringen 😩",
    "Bought a new skipping rope, the old one snapped. 5x2 min then stretching.",
    "Neue Tabletten vom Arzt gegen die Entzündung in der Sehne, soll man abends nehmen.",
    "Nach dem Wiegen morgen will ich nur noch pennen und dann ne Pizza.",
    "Sprints, then core, then bed. I can't anymore today, legs are jelly.",
    "I think about finishing the thesis I started.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round51_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round51_not_a_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text
