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
* Later in the round, from older read sets: a question asked as a learner writes it ("ask me ...
  do I want to") answered by a no written down ("I write no"); a clinical note's "Suizidalität:
  verneint"; "not wanting to die, not at all"; "nicht so, dass ich sterben will"; an answer ticked
  and named first ("„Überhaupt nicht“ angekreuzt"); past episodes told as over in shorter words
  ("4 yrs sh free today", an "alive-day", "vor drei Wintern").
* Caught now: "me neither" / "ich auch nicht" after someone else's denied wish to live; a no
  taken back after a comma ("I said no, but honestly I do").
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
    # a no taken back in the same breath, after a comma
    "The nurse asked if I want to hurt myself. I said no, but honestly I do, every night.",
    "Der Fragebogen fragt, ob ich lieber tot wäre. „Überhaupt nicht“ angekreuzt, aber das war "
    "gelogen.",
    "Suizidalität: bejaht, konkrete Pläne.",
    "3 yrs sh free but last night i cut again.",
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
    # later in the round, from older read sets: denials the patterns had not heard
    "The nurse ask me on the paper do I want to hurt myself. I write no. I am only tired and "
    "miss my country.",
    "Suizidalität: verneint. Schlaf: schlecht.",
    "Not wanting to die, not at all, just wanting my boss to stop calling me.",
    "Müde, aber nicht so, dass ich sterben will.",
    "Der Fragebogen wollte wissen, ob ich lieber tot wäre. „Überhaupt nicht“ angekreuzt, und das "
    "stimmt.",
    # ... and past episodes told as over in shorter words
    "4 yrs sh free today!!",
    "Six years since my attempt. My sister made it an alive-day, balloons and all.",
    "Vor drei Wintern wollte ich sterben. Das ist lange vorbei, heute Schlittschuh gelaufen.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round49_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_round49_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged
