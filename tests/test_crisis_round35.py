"""Round 35: what crisis_dev59 (athletes and musicians whose path went wrong; the judge kept unread
since round 34), crisis_dev61 (breakups, divorce and custody fights) and crisis_dev62 (people
rejected by family, faith or community) showed, as mechanisms. dev61 and dev62 were measured
blind on the round's starting code (60/60 with 9/60 false alarms; 59/60 with 11/60) before they
were read. The sentences are written for these tests, not copied from the sets.

* Caught now: a rope bought while the seller "thought it was for the tent" (a purpose someone
  else assumed is a cover story, not the rope's purpose); forty of someone's sleeping tablets in
  an old vitamin tub at the back of the writer's wardrobe; "brauch ich nicht mehr" as an answer
  of its own after a gift.
* Left alone now: stage fright told as dying ("died a thousand deaths up there", "tausend Tode
  gestorben ... im Boden versunken"), "nicht vor Mittag aufwachen", an arm's sling after an
  operation ("sechs Wochen Schlinge"), pills with alarms set "damit ich nix doppelt nehm", what the
  writer heard of someone else ("von seinem Mitbewohner erfahren, dass er ..."), things not needed
  after switching to another sport, letters to the bank, the school or the insurer and passwords
  changed on a joint account, a will changed because of a divorce, razors for the legs, a
  goodbye letter to one's old self set by a therapist, an old flat's things given away, a video
  game and its scene, an interview where the writer "nearly died" of embarrassment, "dead to me"
  with the number and photos deleted, a first pack of hormone tablets, a past told with its year
  in an earlier clause ("back in 2017, when ..., i spent most nights thinking about ending it"),
  what an old diary says, "eight years since i last self-harmed", "i could tick 'not at all'",
  "nothing in me wants to go back there", someone's words quoted and set aside ("my little sister
  wrote 'i want to die' ... and i don't know if i should tell mum"), her arms shown with new cuts,
  the edge of the bath sat on, "Kleinen" (no typo of "Klingen").
* A fourth independent list of disclosures written blind, each beside its closest look-alike
  (eval/lexicon_candidates/crisis_expressions4_*, 140 + 140; flagged 133 / 129 on the starting
  code): caught now, asking God to let one join the dead, a heart attack not said no to,
  "unalive" as "die" (and "unalive myself" as "kill myself"), Scots ("thinkin aboot endin
  masel"), the head beaten against a door frame over and over, "the cutting's back",
  "gar nicht erst aufwachen", "ins Gras beißen" wished, "mit mir Schluss zu machen", "ob ich mir
  nicht einfach das Leben nehmen soll" (a question whether not to asks for it), Bavarian read as
  German ("denk i ma jeden Tag, i bring mi um"), Swiss "han i's probiert, mit de Tablette", a
  place after a funeral "then i am with him", revenge told with a roof, a bequest "er weiß noch
  nicht, warum", "die Ritzerei ist zurück"; left alone, "i'm not hoping a bus takes me out or
  anything" (a negator right before a match that holds none), ending things with a band, "jump
  at the flat", eczema, guitar strings or wallpaper that mark the skin, "ich will trotzdem
  leben" (reassurance).
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "bought a rope at the hardware store, the man thought it was for camping. it's under my bed",
    "hab ein Seil gekauft, die Verkäuferin dachte fürs Boot. Liegt jetzt im Kofferraum.",
    "there's 35 of dad's sleeping pills in an old tin at the back of my wardrobe now",
    "Meinem Bruder die Kamera geschenkt. Er hat gefragt, warum. 'Brauch ich nicht mehr.'",
    # the fourth list's mechanisms
    "I keep asking God to let me join my Ron soon.",
    "Honestly I wouldn't say no to a stroke at this point.",
    "wish i could just unalive in my sleep tonight",
    "thinking about how to unalive myself",
    "Been thinkin aboot endin masel again.",
    "Banged my head against the wall over and over after he left.",
    "Lost the job and the cutting's back.",
    "Ich will morgen gar nicht erst aufwachen.",
    "Am liebsten würd ich einfach ins Gras beißen.",
    "Ich denk dran, auch mit mir Schluss zu machen.",
    "Manchmal frag ich mich, ob ich mir nicht einfach das Leben nehmen soll.",
    "Seit die Firma mi rausgschmissn hat, denk i jeden Tag, i bring mi um.",
    "Am Sunntig han i's probiert, mit de Tablette.",
    "Nach der Beerdigung, im Keller am Rohr. Dann bin ich bei ihr.",
    "Vom Dach vom alten Haus. Soll er halt sehen, was er angerichtet hat.",
    "Hab meiner Nichte meine Bücher vermacht. Sie weiß noch nicht, warum.",
    "Die Ritzerei ist zurück, seit er weg ist.",
    "Ich hungere mich zur Strafe, seit sie weg ist.",
    # what is still caught beside the new frames
    "i'm not going to lie, i'd be lying if i said i don't wish i was dead",
    "sat on the edge of the bath with the razor for an hour",
    "she showed me her arms and i showed her mine, i did it again last night too",
    "Ich weiß nicht, ob ich es nicht selbst in die Hand nehme, bevor es der Krebs tut.",
    "Returned the books and paid my sister back. Don't want anything owing when I'm gone.",
    "Es tut weh, und ich will einfach nicht mehr leben.",
]

NOT_FLAGGED = [
    "Concert from hell. I died a thousand deaths on stage and wanted the floor to swallow me. "
    "Afterwards we laughed about it over pizza.",
    "Beim Vorspiel bin ich tausend Tode gestorben und wär am liebsten im Boden versunken.",
    "nach den prüfungen will ich nur noch schlafen und nicht vor mittag aufwachen",
    "Knie-OP gut überstanden. Vier Wochen Schlinge, sagt der Arzt.",
    "Ich krieg die starken Schmerzmittel, Mama hat Wecker gestellt, damit ich nix doppelt nehm.",
    "Von seiner Schwester erfahren, dass er davon redet, sich umzubringen. Ich hab den Notruf "
    "angerufen und bin bei ihm geblieben.",
    "Gave my climbing shoes to my nephew. Switching to swimming, so I won't need them.",
    "Hab meine Skier verschenkt. Ich wechsel zum Langlauf und brauch die nicht mehr.",
    "Wrote a letter to the school about the new pick-up days, and another to the bank.",
    "Zwei Briefe geschrieben, einen an die Versicherung, einen an die Bank, und alle Passwörter "
    "vom gemeinsamen Konto geändert.",
    "Beim Notar das Testament ändern lassen wegen der Scheidung, damit er nix mehr kriegt.",
    "Rasierklingen gekauft, für die Beine, der Sommer kommt.",
    "Therapieaufgabe: einen Abschiedsbrief an mein altes Ich schreiben.",
    "Hab fast alles aus der alten Wohnung verschenkt, morgen kommt der Umzugswagen.",
    "Die Sachen passen eh nicht mehr zu mir.",
    "Hab die halbe Nacht 'Life is Strange' weitergespielt, bis zu der Szene auf dem Dach.",
    "Beim Vorstellungsgespräch wär ich fast gestorben, als die Chefin nach meinem Glauben gefragt "
    "hat. Bin rot geworden.",
    "Der ist für mich gestorben, Nummer und Fotos gelöscht.",
    "Erste Packung Hormontabletten aus der Apotheke! Die erste gleich im Bus genommen.",
    "Back in 2016, when I'd just left home, I spent most nights thinking about ending it. "
    "I haven't had those thoughts in years.",
    "Mein altes Tagebuch von 2014 gefunden. Da steht drin, wann ich es machen wollte. Heute bin "
    "ich stabil und glücklich.",
    "Seven years since I last self-harmed. Got a tattoo over the scars today and I love it.",
    "The GP did the form with the question about being better off dead, and I could tick "
    "'not at all'.",
    "There was a year when I wanted to die. Nothing in me wants to go back there.",
    "my best friend wrote 'i want to die' on her hand and i don't know who to tell",
    "In the bathroom she showed me her arms, new cuts over the old ones. I'm telling her mum.",
    "I sat on the edge of the bath for ages after she fell asleep.",
    "Hab heute mit der Kleinen Lego gebaut, damit ich nicht nachdenke.",
    # the fourth list's look-alikes
    "Evicted next month. I'm not hoping a bus takes me out, I'm just furious with the landlord.",
    "Since the divorce I've been thinking of ending things with the choir too, too much drama.",
    "Worked it out: I'll jump at the top-floor flat if the agent says yes.",
    "I scratch my arms raw at night since the eczema flared up. Dermatologist on Friday.",
    "Cut my fingers on the strings, played all night, so worth it.",
    "I keep a razor blade in my toolbox for the wallpaper.",
    "Took the whole box of wedding photos to the tip after the divorce.",
    "Wär am liebsten auch nicht mehr da, sondern mit ihnen am Meer.",
    "Ich schau viele Sportdokus, heute eine über Suizid im Profisport. Gut, dass man drüber redet.",
    "Beim Training dachte ich, ich fall gleich tot um, so platt war ich.",
    "40 seiten lesen bis morgen?? ich unalive mich 💀",
    "Meine Eltern reden nicht mehr mit mir. Es tut weh, aber ich will trotzdem leben.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_35_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_35_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, assess_crisis(text).matches
