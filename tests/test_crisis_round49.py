"""Round 49: what crisis_dev112 (debt, unemployment and losing one's home; the judge kept unread
since round 48, 60/60 with 10/60 false alarms) and the round's new blind set dev113 (migrants and
refugees) showed, as mechanisms. The sentences are written for these tests, not copied from the
sets.

* Left alone now: a past overdose told as over where a number with a dot ("40.000 Schulden") had
  cut the sentence in two; a time ("this year") followed by a return denied ("never gone back to
  it"); the crisis line rung right after telling what someone else said ("er will nicht mehr
  leben. hab den krisendienst angerufen"); "i think i drowned" inside a nightmare the writer
  wakes from; sleep wished for a few days or a weekend;
  "I've never had thoughts like that", "sterben wollt ich nie", "ist bei mir überhaupt kein
  Thema"; a bank card handed to a friend to keep; wanting out of a named thing ("this mess");
  one sleeping pill taken early before a day ahead.
* Caught now: "me neither" / "ich auch nicht" after someone else's denied wish to live.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Er hat gestern gesagt, er will nicht mehr leben. Ich auch nicht.",
    "Jana meinte, sie will nicht mehr aufwachen. Ich auch nicht, ehrlich gesagt.",
    "He says he doesn't want to be alive anymore. Me neither.",
    # the take-up is read even beside the crisis line
    "Er hat geschrieben, er will nicht mehr leben. Ich auch nicht. Hab den Krisendienst angerufen.",
    # still flagged: a card handed over as a farewell, sleep wished forever
    "I gave my bank card to my sister, I won't need it after I'm gone.",
    "ich will nur noch schlafen, für immer.",
]

LEFT_ALONE = [
    "2016 hatte ich 25.000 Euro Schulden und hab eine Überdosis genommen. Seit acht Jahren "
    "schuldenfrei und heute einfach dankbar.",
    "At 20 I used to cut myself when the bills came. That's fifteen years ago. Clean since 2010, "
    "and even with the layoffs this year I've never gone back to it.",
    "Meine Nachbarin hat gestern gesagt, sie will nicht mehr leben. Hab sofort den Krisendienst "
    "angerufen, die waren nach einer Stunde da.",
    "Nightmare: the job centre was flooded and a dead clerk kept stamping my forms. I think I "
    "drowned in the queue. Woke up laughing, so stupid.",
    "Rough week at the agency. I just want out of this contract, that's all.",
    "Flight at 6 tomorrow, so I'll take my sleeping pill early tonight so I'm not a wreck at "
    "the gate.",
    "Visa finally approved!!! Cried at the counter. Now I just want to sleep for three days "
    "straight, then flat hunting.",
    "Endlich den Job! Jetzt will ich nur noch schlafen, das ganze Wochenende.",
    "My counsellor asked if I'd had thoughts of ending my life. No. I've never had thoughts like "
    "that, I'm just ashamed about the loan.",
    "Papa hat gefragt, ob ich auf dumme Gedanken komm. Nein. Mir was antun ist bei mir gar kein "
    "Thema, ich schäm mich nur.",
    "Meine Nachrichten gestern klangen wild. Sterben wollte ich nie. Wett-App gelöscht, die "
    "Bankkarte liegt jetzt bei meiner Schwester.",
    "Deleted the casino apps and gave my cards to my brother this morning. Day one.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round49_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_round49_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged
