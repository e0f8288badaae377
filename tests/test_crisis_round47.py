"""Round 47: what crisis_dev106 (gamers and online communities; the judge kept unread since round
46, 58/60 with 5/60 false alarms), the round's new blind sets dev107 (eating disorders and body
image) and dev108 (artists, musicians and athletes) and the typo readings of round 46 showed, as
mechanisms. The sentences are written for these tests, not copied from the sets.

* "verschwunden" and "gewunden" hold no "Wunden" (a participle's end, no compound's last word).
  Real typos of key words are still read ("umzubrigen", "hangin"); common words read as typos
  ("sitting" as "slitting") stay, as the classifier was trained on them (eval/README.md, "Round
  47": a retrain with them read as themselves did worse).
* Caught now: a passive wish back "wie damals" after years of quiet; all passwords sent to a
  friend who is to take over "falls ich mal weg bin"; a jump told to everyone as an accident.
* Left alone now: the crisis line's number sent to someone else; an earlier post explained ("my
  last post sounded grim, but ..."); farewell letters in a horror or survival game, or in a
  part read out in class; "can't keep going to the gym"; a dream's meaning looked up ("googled
  'dying swan dream meaning'"; not "googled ways of dying and then the meaning of my dream").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.crisis_concepts import concepts_of
from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "dachte, das ist vorbei, drei Jahre Ruhe. Jetzt ist es wieder wie damals, jeden Abend dieses "
    "'lass mich einfach nicht mehr da sein'.",
    "Hab meinem Kumpel alle Passwörter geschickt und gefragt, ob er meinen Blog übernimmt, falls "
    "ich mal weg bin.",
    "Bin vor drei Wochen vom Garagendach gesprungen, nur vom ersten Stock, Arm gebrochen. Allen "
    "erzähl ich, es war ein Sportunfall.",
    "had a dream i jumped off the bridge. woke up and honestly wished it had been real.",
    "ich denk die ganze zeit dran mich umzubrigen",
    "keep thinking about hangin myself",
    "googled ways of dying and then the meaning of my dream",
]

NOT_FLAGGED = [
    "A follower messaged me that he wants to die. I sent him the suicide hotline number and told "
    "my manager.",
    "I know my last post sounded grim, but I'm fine, just tired after the tour.",
    "der streamer hat das survivalgame gespielt, wo man überall abschiedsbriefe findet.",
    "Im Deutschunterricht lesen wir Werther, und ich muss ihn im Referat spielen, Abschiedsbrief "
    "inklusive.",
    "Ich hab das Auto am Parkhaus zerkratzt. Allen erzähl ich, es war ein Unfall.",
    "Ich geb dir die Passwörter fürs WLAN, falls ich mal weg bin.",
    "I can't keep going to the gym twice a day, I'm knackered.",
    "Dreamt my piano teacher turned into a swan and died on stage. Woke up and googled 'dying "
    "swan dream meaning'.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round47_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round47_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)


def test_a_participle_holds_no_wound() -> None:
    assert "HARM_OBJ" not in concepts_of("verschwunden", "de")  # (it is "verschwinden")
    assert "HARM_OBJ" not in concepts_of("ausgewunden", "de")
    assert "HARM_OBJ" in concepts_of("schnittwunden", "de")
    assert "HARM_OBJ" in concepts_of("brandwunde", "de")
