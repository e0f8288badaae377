"""Round 21: three readings that set a whole entry aside or read a wish as denied.

* Time without someone is a loss, not a streak: "zwei jahre ohne jonas" (the writer's son, dead)
  had been read like "zwei jahre ohne ritzen", a past episode told as over, and the whole entry —
  with its wish to be with him — was left unread.
* Something prayed or begged for is no recovery: "ich bitte jeden abend darum, dass es vorbei
  ist" had been read like "es ist vorbei", an episode told as over.
* A "nicht" in a clause of its own does not deny the next one when that clause has its own verb:
  "ist es nicht, der wunsch tot zu sein ist zurück" (it isn't over; the wish is back).
* A window the classifier is sure of (`SURE_PROBABILITY`) is its own evidence: in a short entry a
  single sentence had to name a method, a place or death to flag, so "i'm out of wanting to
  live" after two lines of a tracker was left to the whole entry's weaker score.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy import crisis_model
from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Jahre ohne Jonas. Ich hab kein Bild mehr von mir in zehn Jahren. Am liebsten wär "
        "ich bei ihm.",
        "Ein Jahr ohne Mama. Ich will nicht mehr leben.",
        "Mit 79 und nach dem zweiten Schlaganfall bin ich zu nichts mehr nütze. Ich bitte jeden "
        "Abend darum, dass es vorbei ist, und ich mein das ernst.",
        "I pray every night that it will all be over for good, and I mean me.",
        "stimmung 2. dachte nach der reha ist das durch. ist es nicht, der wunsch tot zu sein ist "
        "zurück.",
        "Ist es nicht, der Wunsch tot zu sein ist wieder da.",
    ],
)
def test_a_wish_beside_a_loss_a_prayer_or_a_return_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Jahre ohne Ritzen. Früher wollte ich sterben, heute bin ich stolz und froh.",
        "Two years clean from self-harm. I wanted to die back then; now life is good.",
        "Ich hab nicht vor, den Wunsch tot zu sein ernst zu nehmen, das war ein Traumbild.",
        "Zwei Jahre ohne Jonas. Heute waren wir an seinem Grab, es war ein guter Tag.",
        "Früher wollte ich sterben. Heute bete ich jeden Abend und bin dankbar, dass es vorbei "
        "ist.",
        "Vor zwei Jahren wollte ich sterben. Heute bitte ich nur noch darum, dass die Prüfung "
        "vorbei ist, und ich bin froh.",
    ],
)
def test_a_streak_a_denial_and_ordinary_prayers_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


SURE_ONE_SENTENCE = (
    "sleep 5h. did the breathing, did the walks, did the journal. i'm out of wanting to live."
)


def test_a_short_entrys_sure_sentence_is_its_own_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert assess_crisis(SURE_ONE_SENTENCE).flagged
    # without the sure window's own evidence, the sentence waits for the whole entry's score
    monkeypatch.setattr(crisis_model, "SURE_PROBABILITY", 1.01)
    assert not assess_crisis(SURE_ONE_SENTENCE).flagged


def test_a_short_entrys_ordinary_last_line_stays_unflagged() -> None:
    assert not assess_crisis(
        "sleep 5h. did the walks. i'm out of coffee and out of patience."
    ).flagged
