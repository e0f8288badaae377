"""A dream journal's entries are dreams: told with no "I dreamt" and ending on waking up, they
are read as the dream they are, while an overdose or an attempt told before waking up is not.

The lines here are new (a reader's dreams and variations on them), not from eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        # a dream told plainly, to its waking line
        "Ich bin mit meiner Schwester durch einen dunklen Wald gelaufen, es war Nacht und hat "
        "geregnet. Hinter uns war irgendwas, ein Tier oder ein Mann, ich weiß es nicht. Wir "
        "sind gerannt und meine Schwester ist hingefallen. Ich bin schweißgebadet aufgewacht.",
        "Something followed me through a car park and I couldn't find the exit. Every level "
        "looked the same. Woke up just as it touched my shoulder.",
        # waking words no typo turns into harm ("aufgewacht" is not "aufgemacht")
        "Draußen hat es immer noch gedonnert. Ich bin nicht aufgewacht, sondern der Traum ist "
        "einfach verschwommen.",
        "I didn't wake up, the dream just blurred into another one.",
        # amounts and directions of everyday things
        "I found a shop full of free clothes and took loads of jackets and shoes.",
        "I went down to the kitchen in the morning and the whole floor was covered in frogs.",
    ],
)
def test_a_dream_told_to_its_waking_is_no_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "took them all last night. woke up. idk",
        "hab gestern alle tabletten genommen. bin aufgewacht.",
        "Versuch Nummer zwei. Letzte Woche. Wieder aufgewacht.",
        "i tried again last night. just woke up, head pounding, still here.",
        "went to bed hoping i didn't wake up",
        "Took the whole lot with a bottle of wine.",
    ],
)
def test_an_attempt_or_a_wish_told_before_waking_up_is_still_caught(text: str) -> None:
    assert assess_crisis(text).flagged


def test_a_dream_only_a_dream_has_is_read_as_one() -> None:
    flying = (
        "Ich bin geflogen! Über die Dächer von München, am frühen Morgen, alles war noch "
        "neblig und rosa. Ich hatte keine Angst, ich bin nicht abgestürzt, obwohl ich immer "
        "wieder tiefer gesunken bin. Es war wunderschön."
    )
    assert not assess_crisis(flying).flagged


def test_a_dream_sign_does_not_hide_what_the_writer_says_of_today() -> None:
    text = (
        "Dreamed my teeth fell out, classic. The part I don't want to write: I keep picturing "
        "how I would do it, and it doesn't scare me the way it used to."
    )
    assert assess_crisis(text).flagged
