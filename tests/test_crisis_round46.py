"""Round 46: what crisis_dev101 (autistic and ADHD adults; the judge kept unread since round 45,
60/60 with 16/60 false alarms), the round's new blind sets dev104 (new parents) and dev105 (men
in manual trades and on the road) and a sixteenth independent list showed, as mechanisms. The
sentences are written for these tests, not copied from the sets.

* Caught now: burnt on purpose with a lighter after months without ("acht Monate ohne, und heute
  wieder"), hit oneself until bruised, "ich tu mir weh", cutting as what gets one through the
  week, fresh wounds hidden, "dann ist Schluss mit mir", contracts ended so that no one has the
  trouble after, a second attempt beside the crisis help coming, affairs settled "still und
  leise"; "don't care if I wake up", going through ways to die, "checking out early", pills
  stashed from two pharmacies; "wach hoffentlich nie wieder auf".
* Left alone now: the crisis line's number passed on to someone else, or sent to the writer
  against their wish; a song's line quoted after "something like"; "müde vom Leben auf Montage";
  "ich würd morden für ne Currywurst"; "dying to sleep past six"; "I can't anymore" eased off
  with an early night or work going on tomorrow.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Sechs Monate ohne, und gestern hab ich mir mit dem Feuerzeug wieder die Hand verbrannt.",
    "Nach dem Streit hab ich mich selbst geschlagen, bis alles blau war.",
    "ich tu mir weh, damit der kopf still wird.",
    "ritzen ist gerade das einzige, was hilft.",
    "neue schnitte am bein, lange hose drüber, damit's keiner sieht",
    "noch zwei tage, dann ist schluss mit mir",
    "Handyvertrag und Strom gekündigt. Damit hinterher niemand Arbeit damit hat.",
    "Das war mein dritter Versuch. Morgen kommt jemand vom Krisendienst.",
    "regel gerade still und leise meine angelegenheiten.",
    "took the tablets, honestly don't care if i wake up",
    "couldn't sleep, kept going through ways to die in my head",
    "thinking about checking out early. nothing left here.",
    "asked a second chemist to fill it so i can stash more",
    "Ich kann nicht mehr. Geh ins Bett und wach hoffentlich nie wieder auf.",
    "I can't anymore. Early night, and I hope I don't wake up.",
]

NOT_FLAGGED = [
    "Meine Cousine hat geschrieben, dass sie nicht mehr leben mag. Hab ihr die Nummer vom "
    "Krisendienst geschickt und ruf sie morgen an.",
    "Mir geht's gut, Papa. Hör bitte auf, mir jeden Abend die Nummer vom Krisendienst zu schicken.",
    "That old song came on the radio in the car, a proper teenage throwback, something like "
    '"i want to sleep and never wake up". We sang along and laughed.',
    "Ich bin müde vom Leben auf der Baustelle, nicht vom Leben.",
    "Ich würd morden für ne Pizza gerade.",
    "Dying to sleep past six for once. The baby has other ideas.",
    # a common word read as a crisis word's typo ("changing": "hanging", "playing": "praying"):
    # reading such words as themselves lost a held-out crisis line in round 46
    pytest.param(
        "I was sitting on the stairs changing the baby, playing peekaboo.",
        marks=pytest.mark.xfail(strict=True, reason="gentle false alarm (recall comes first)"),
    ),
    "Ich bin in dem Haus aufgewachsen und hab gestern lang geschlafen.",
    "Mein zweiter Versuch bei der Führerscheinprüfung ist morgen.",
    "Ich versuche, früher ins Bett zu gehen.",
    "We set the tables for the party and I burned the toast.",
    "Everyone moved my appointments again. I can't anymore with this. Early night under the "
    "weighted blanket.",
    "Kann nicht mehr, zwölf Stunden auf dem Gerüst. Morgen um sechs geht's weiter.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round46_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round46_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
