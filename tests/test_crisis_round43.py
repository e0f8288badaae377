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
    # dev87, dev88 (new parents, the widowed) and a thirteenth list
    "Pressed my hand on the hob again tonight. The sting is the only thing I feel.",
    "Once the flat is cleared I'll walk into the reservoir.",
    "Two years ago they pulled me out of the canal. Some nights I think about doing it properly.",
    "The doctor asked if I'd like to reach ninety. I'd sooner go this winter, and I wasn't joking.",
    "Hau mir den Kopf gegen die Wand, bis ich ne Beule hab.",
    "Sunday he takes the kids to his mum's. Sunday then.",
    "Die Schlaftabletten hab ich gezählt, das reicht.",
    "Grab bezahlt, Lieder ausgesucht. Jetzt ist alles geregelt, ich kann gehen.",
    "Passwörter aufgeschrieben, Ordner beschriftet, damit er nix suchen muss.",
    "Not bothered if I don't see 60 to be honest.",
    "Some nights I hope I just stop breathing in my sleep.",
    "Booked a room for Friday. Not planning on checking out.",
    "Checked the life policy pays out. So she's not left with a mess.",
    "Lost 300 tonight and cut my arm for every hundred.",
    "Mum thinks the tablets were an accident. They weren't.",
    "Did it for real on Sunday. My brother found me.",
    "This time I wasn't starving to be thin, I was doing it to die.",
    "Been putting the sleeping pills away in a tin since summer. About forty now.",
    "not gonna lie mate, thinking about ending things most days",
    "wish a could jist no wake up the morra",
    "Den Löffel abgeben wär grad okay für mich.",
    "Hab der Nachbarin den Hund gegeben, nur für ne Zeit. Ich komm nicht wieder.",
    "Mama glaubt, das mit den Tabletten war ein Versehen. War's nicht.",
    "Sieben Monate clean. Heute wieder.",
    "Three months clean. Tonight again.",
    "Bin am Sonntag in die Elbe gegangen, angezogen. Zu flach.",
    "Thursday I swallowed everything in the dosette box and woke up in A&E.",
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
    # dev87, dev88, dev90 and a thirteenth list
    "New dosette box from the chemist, much tidier than the old jar.",
    "Replaced the old rope on the swing at the weekend, the kids loved it.",
    "Die Schwägerin hat nach der Fehlgeburt Tabletten gesammelt, ihr Mann hat sie gefunden.",
    "Told our Kev not to fret, I'm not about to do anything daft.",
    "The nurse asked if I ever think of ending it. Hand on heart, no.",
    "When I was a lad of eighteen I tried to hang myself. That's fifty-odd years gone and I'm at "
    "peace now.",
    "Will jetzt nur noch schlafen, der Papa übernimmt heut die Nacht.",
    "Paid off the loan! Checked the policy pays out on the boiler too.",
    "Banged my head on the cupboard door at the 3am feed, lump like an egg.",
    "Mein Nachbar sagt seit Wochen: ich will nicht mehr. Hab seine Tochter angerufen.",
    "Die Witwe Bauer kratzt sich die Arme blutig, hab ich im Seniorenclub gesehen.",
    "mein azubi-kollege ritzt sich wieder, soll ich das dem ausbilder sagen?",
    "Wrote the kids a goodbye card for when they fly out with their mum.",
    "Writing goodbye letters to my host family bc the exchange ends Friday.",
    "Schulung heute: wie man reagiert, wenn jemand von Suizidgedanken erzählt.",
    "Wenn ich noch eine Mail vom Prüfungsamt krieg, spring ich aus dem Fenster.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round43_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round43_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
