"""Round 39: what crisis_dev72 (people awake at night; the judge kept unread since round 38),
crisis_dev73 (living with violence or control at home), crisis_dev74 (after an attempt, or
bereaved by suicide) and the eighth list of disclosures showed, as mechanisms. dev73 and dev74
were measured blind on the round's starting code (57/60 with 9/60 false alarms; 57/60 with 7/60)
before they were read. The sentences are written for these tests, not copied from the sets.

* Caught now: an attempt to be finished ("finishing what I started", "zu Ende bringen, was ich
  angefangen hab"), a way gone over so often it feels booked ("wie ein Termin"), the count known
  while he never counts the pills, the route to the crossing walked and timed, a dead one's way
  understood and feared, the same place as the dead one on the anniversary, Swiss "gschnitte".
* Left alone now: "I don't want to not wake up", sleep "until the afternoon", one of my patients
  who tried to hang himself, "ich könnt den Baustellenmenschen umbringen", "total aufgekratzt"
  after a rehearsal, a bad winter years ago now that "I actually like my life", "es ist nicht so,
  dass ich nicht mehr leben will", a safety plan against an abuser ("so he can't track me"),
  what only felt like getting ready to disappear "but it's the opposite", a shelter's night
  shift that called the crisis team for a resident, "im Jahr davor" told as over, a debt paid
  off "wenn ich längst unter der Erde lieg", "ich sterb gleich vor Wut", the years since a
  brother took his life, an attempt years ago and a first day as a peer supporter "I loved every
  minute of", a journey with everything arranged, a rehearsal of Ophelia's death, "so tired I
  could sleep for a week", a long dream's label ("Langer Traum: ..."), what she had written on
  the last page of a diary found.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Years ago I tried, and tonight I keep thinking about finishing what I started.",
    "Damals hab ich es versucht, und jetzt will ich zu Ende bringen, was ich angefangen hab.",
    "Ich hab es so oft durchgespielt, dass es sich anfühlt wie ein Termin.",
    "I've gone over it so many times it feels like an appointment I already booked.",
    "He never counts the sleeping pills. I know exactly how many I'd need.",
    "Timed the walk to the railway bridge again tonight, eleven minutes. Deleted it after.",
    "I finally get why Dad did it, and that scares me more than anything.",
    "Ich versteh jetzt, warum mein Bruder das gemacht hat, und der Gedanke lässt mich nicht los.",
    "Am Todestag gang ich a di glich Stell wie er.",
    "Ha mi geschter wieder gschnitte, nachdem er mi aagschroue het.",
]

NOT_FLAGGED = [
    "I don't want to not wake up, I just want to wake up rested for once.",
    "Double shift done, blackout blinds down. Going to sleep and not wake up until the afternoon.",
    "One of my patients on the acute ward tried to hang himself tonight. We got to him in time.",
    "Ich könnt den Baustellenmenschen umbringen, der bohrt schon wieder um sechs.",
    "Nach der Probe bin ich total aufgekratzt, an Schlaf ist nicht zu denken.",
    "The winter of 2019 was the worst of my life and I stood on that bridge more than once. "
    "Therapy, a lot of time. These days I sleep fine and I actually like my life.",
    "Es ist nicht so, dass ich nicht mehr leben will. Ich bin nur müde von der Woche.",
    "Safety plan with my support worker today. I changed my passwords and turned off location "
    "sharing so he can't track me.",
    "It felt like getting ready to disappear, but it's the opposite, it's getting ready to stay "
    "alive.",
    "Nachtdienst im Frauenhaus. Eine Bewohnerin hat mir gesagt, dass sie nicht mehr leben will, "
    "ich hab sofort den Krisendienst dazugeholt.",
    "Heute ist es zehn Jahre her, dass ich ausgezogen bin. Im Jahr davor hab ich mich oft "
    "geschnitten und wollte nur noch sterben. Heute hab ich einen Job, den ich mag, und bin "
    "stolz auf mich.",
    "Die Anwaltskosten zahl ich noch ab, wenn ich längst unter der Erde lieg.",
    "Ich dachte, ich sterb gleich vor Wut, aber ich bin ruhig geblieben.",
    "It's two years since my brother took his own life.",
    "Back in 2016 I tried to end my life. Today I ran my first peer group and loved every minute "
    "of it.",
    "Hab für die Reise nach Japan alles geregelt: der Nachbar gießt, die Passwörter liegen bei "
    "meiner Schwester, falls unterwegs was ist.",
    "Heute haben wir die Szene vor ihrem Tod geprobt, und die Regisseurin will es leiser.",
    "So tired after four nights in a row, I could sleep for a week.",
    "Found my aunt's diary in the attic. On the last page she'd written that she didn't want to "
    "be here anymore, a month before she died.",
    "Langer Traum: ich war in der Schule und bin vom Dach gesprungen, absichtlich, unten war ein "
    "Trampolin. Um vier aufgewacht und musste lachen.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round39_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round39_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
