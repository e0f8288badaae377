"""Round 43: what crisis_dev84 (men in midlife after a divorce; the judge kept unread since
round 42, 58/60 with 7/60 false alarms), crisis_dev85 (students, trainees and PhD candidates;
measured blind on the round's starting code, 55/60 with 6/60) and a twelfth independent list
(students, shift and gig workers, new parents and the bereaved of a pregnancy, the widowed)
showed, as mechanisms. The sentences are written for these tests, not copied from the sets.

* Caught now: a pet placed "for good" with a lie about why; fine if the heart packed in; the
  blades got out again after a clean stretch; a clean streak broken; "told them I'm moving. I'm
  not."; passwords in an envelope beside the cat; falling asleep "und weg zu sein" for ever;
  "mich wegzumachen" (a thought that will not let go); "part of me wants to not be here";
  "ain't worth living"; jealous of the dead in the obituaries; a list left "so he'll manage
  after"; the lot taken with whisky; things left to someone with a note; the estuary once the
  tide tables are checked; tried to go out of a window and was grabbed; "mir die Kugel geben,
  nicht als Spruch"; a crash that "sieht dann aus wie ein Unfall".
* Left alone now: "they look at me like I'm about to top myself. I'm not."; a colleague who
  hoarded pills, as he told the writer; a mate who tried, "liegt im Krankenhaus, ist stabil";
  a mate giving his things away; a past told as over ("das Thema ist für mich durch", "mein
  Leben fühlt sich gut an"); a crime novel read to the end; goodbye cards for a colleague who
  retires, signed by all; "hab keine Gedanken dran, mir was anzutun"; sleeping for three days
  after the thesis; giving things away before a move back home.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "The cat's at my sister's for good now. Lied to her about why.",
    "Der Hund bleibt jetzt für immer bei Mario. Hab ihm nicht gesagt, warum.",
    "Honestly I'd be fine if my heart just gave out tonight.",
    "Wär mir ehrlich gesagt recht, wenn das Herz heute Nacht einfach stehen bleibt.",
    "Zwei Jahre nix. Heute die Klingen aus dem Badschrank geholt und lange angestarrt.",
    "Got the old blades out again after the viva. Just stared at them.",
    "Four months clean and I broke it in the staff toilets after the shift.",
    "Gave away my guitar and my books. Told everyone I'm moving abroad. I'm not moving.",
    "Lisa kümmert sich um den Kater. Futter im Schrank, Passwörter liegen im Umschlag auf dem "
    "Tisch.",
    "Passwords are in the envelope on the desk, Jo will feed the cat.",
    "Jeden Abend der Gedanke, wie schön es wär, einzuschlafen und weg zu sein. Für immer.",
    "Seit der Kündigung lässt mich der Gedanke, mich wegzumachen, nicht mehr los.",
    "Three weeks after the birth and part of me wants to not be here anymore.",
    "no job no flat. this life ain't worth living",
    "Read the obituaries on my break and I'm jealous of the dead, honestly.",
    "Wrote down her feeds and nap times and the GP's number, so he'll manage after.",
    "Saturday. I'll take the lot with his whisky and lie down.",
    "Left my bike to the lad downstairs with a note.",
    "I'll walk into the sea off the point at dusk. I've checked the tide tables.",
    "Tried to climb out of the ward window last night, a nurse grabbed me.",
    "Denk echt drüber nach, mir die Kugel zu geben, nicht als Spruch.",
    "Morgen früh mit dem Transporter gegen den Pfeiler an der Ausfahrt. Sieht dann aus wie ein "
    "Unfall.",
]

NOT_FLAGGED = [
    "My brother looks at me like I'm going to top myself. I'm not. I'm tired, that's all.",
    "Kollege hat Schlaftabletten gebunkert, hat er mir gestern beim Bier erzählt.",
    "Jens vom Fußball hat's am Sonntag versucht. Liegt im Klinikum, ist stabil.",
    "Kalle verschenkt seine Werkzeuge. Mach mir Sorgen um ihn.",
    "Mit zwanzig hab ich mich geritzt. Ist dreißig Jahre her, das Thema ist für mich durch.",
    "Mit 17 hab ich Tabletten gesammelt. Heute kann ich drüber reden, und mein Leben fühlt sich "
    "gut an.",
    "Alten Krimi gefunden, am Ende springt der Mörder vom Dach. Hab ihn trotzdem zu Ende gelesen.",
    "Abschiedskarte für Herrn Braun ist fertig, er geht in Rente. Bitte alle unterschreiben!",
    "Writing goodbye cards for the office, Priya leaves for her new job on Friday.",
    "Hab keine Gedanken dran, mir was anzutun. Brauch nur mal Urlaub.",
    "Once the dissertation is in I'm sleeping for two days straight, don't wake me.",
    "Clearing out my room before I move back home: giving away my lamp and all my books.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round43_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round43_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
