"""Round 48: what crisis_dev109 (teachers and school staff; the judge kept unread since round 47,
59/60 with 6/60 false alarms) and the round's new blind sets dev110 (students and doctoral
researchers) and dev111 (soldiers, police, firefighters and paramedics) showed, as mechanisms.
The sentences are written for these tests, not copied from the sets.

* Caught now: a streak broken today by a burn or a cut ("clean ... and today ... on purpose"); a
  whole prescription swallowed, and being "not sure I'm glad" to be alive after it; things given
  away and contracts cancelled with a note for someone left where it will be found; a joke's
  hyperbole taken back ("i mean it", "ich mein's ernst"); and from list 16, hot water run over a
  hand on purpose, and going through with it once alone ("wenn ich ... allein ... bin, zieh ichs
  durch"); from older read sets, the garage shut with the engine running, another attempt and
  who found the writer, up the mountain and "runter nicht mehr", half of them taken and thrown up;
  "i should join him" and "will ich zu ihm" after a death (not a visit to the grave); "hol mich
  zu dir" in a prayer; "hinlegen und nimmer aufstehn" in dialect; tablets stockpiled while the
  writer "pretends to take them" (no stage role); one's own eulogy written; new cuts where they
  are hidden; "not as deep as before"; "die neuen Schnitte am Oberschenkel"; burning instead;
  which trains do not stop at night looked up; a lethal place chosen ("I chose the rooftop"); a
  pet or one's affairs handed over and glad nobody asked why.
* Left alone now: what someone told the writer of a third person ("die Trainerin hat uns
  erzählt, dass eine aus der U18 ..."; "Reception told me today her mummy ..."); a worry about a
  pupil followed by what he wrote; a narrator, "some of them" in a documentary; someone else's
  words after "so:"; "if one more dad tells me ..." and "I'll lie down in the road ... lol"; "I
  will die on this hill"; a past attempt told as over beside a new job ("starting my first real
  job", "I'm alright now").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "5 weeks clean and tonight after the staff meeting i came home and cut my leg on purpose.",
    "two months clean but today I burned my hand on the iron deliberately, it was the only thing "
    "that made the noise stop.",
    "a fortnight ago I swallowed my whole prescription. my sister found me. I'm back at work and "
    "honestly I don't know if I'm glad.",
    "Vor zwei Wochen hab ich meinen ganzen Vorrat an Tabletten geschluckt. Ich weiß nicht, ob ich "
    "froh bin, dass mich jemand gefunden hat.",
    "sold my guitar, gave my camera to my cousin, cancelled the phone and the flat. letter for dad "
    "is in the top drawer.",
    "if one more person tells me to smile i will kill myself, i mean it.",
    "Kochendes Wasser über den Arm laufen lassen, mit Absicht. Dann war Ruhe im Kopf.",
    "wenn ich an ostern allein in der gartenlaube bin, zieh ich es durch",
    "sonntag nacht garage zu, motor laufen lassen. mein bruder hat das tor aufgemacht",
    "Dritter Versuch seit Weihnachten, und wieder hat mich meine Nachbarin gefunden.",
    "Morgen soll es klar sein. Dann fahr ich rauf auf den Gipfel. Runter nicht mehr.",
    "I took half of them, got scared and threw up. Nobody knows.",
    "since mum died i keep thinking i should just join her",
    "Seit Opa tot ist, will ich eigentlich nur noch zu ihm.",
    "Herrgott, hol mich einfach zu dir, ich schaff die Schulden nicht mehr.",
    "I mog nimmer. Am liabsten hinlegen und nimmer aufstehn.",
    "i've stockpiled my zopiclone since june and every night i pretend to take them.",
    "Drafted my own eulogy this afternoon, so my sister doesn't have to.",
    "long sleeves in june again. new cuts this morning.",
    "yes i still do it. not as deep as it used to be, but i still do it.",
    "Schwimmen geh ich nicht mehr. Die neuen Schnitte am Oberschenkel sieht sonst jeder.",
    "Stopped cutting like I promised, I burn instead now.",
    "Checked which trains don't stop at our station after midnight. Friday then.",
    "I've chosen the viaduct outside town. Early, before the dog walkers.",
    "Asked Tom next door to have the cat 'for a while', with her bowls and the food. He didn't ask "
    "why.",
    "Beim Notar das Haus auf meine Tochter überschrieben und den Kater zu Frau Ott gebracht. Sie "
    "fragt zum Glück nicht nach.",
]

NOT_FLAGGED = [
    "Die Trainerin hat uns erzählt, dass einer aus der zweiten Mannschaft einen Abschiedsbrief "
    "geschrieben hat. Ich kann seitdem nicht schlafen.",
    "Im Lehrerzimmer erzählen sie, dass der Referendar einen Suizidversuch hatte. Widerliches "
    "Getratsche.",
    "Note for the head: Leo in Year 2 told me today his daddy 'took too many pills to sleep "
    "forever'. Logged it, can we talk at 8?",
    "Can't stop thinking about Mia in 10B. She wrote in her planner that nobody would notice if "
    "she was gone. Reported it to the safeguarding lead.",
    "finished the book at 2am. the narrator walks into the sea in the last chapter and I still "
    "don't know what to think.",
    "Watched a documentary about the flood rescuers. Some of them talked about wanting to die "
    "afterwards and how therapy helped.",
    "Mein Kollege so: 'Wenn ich noch eine Akte sehe, spring ich vom Dach.' Wir haben gelacht.",
    "If one more parent tells me their child is 'just misunderstood' I will actually die. Dead.",
    "If I see one more drunk on the night bus I'll lie down in the road myself lol.",
    "the registry office lost my papers again. i will die on this hill.",
    "Heißes Wasser über die Hände laufen lassen, die waren nach dem Schneeschippen eiskalt.",
    "Zweiter Versuch bei der Meisterprüfung, diesmal hat mich der Prüfer bestehen lassen.",
    "Wir wandern hoch auf den Berg. Runter nehmen wir die Seilbahn.",
    "my brother moved to Canada and I should join him next summer, the jobs are better there.",
    "Seit Opa tot ist, will ich jeden Sonntag zu ihm ans Grab.",
    "Mama, hol mich zu dir ins Auto, es regnet so stark.",
    "In drama we had to pretend to take poison like Juliet, everyone laughed.",
    "New lines today on the car park, the council finally repainted them.",
    "The lake is not as deep as before, the drought took half of it.",
    "Die neuen Stellen am Empfang sind endlich besetzt.",
    "Checked which trains don't stop at Crewe, I need the fast one to Glasgow.",
    "I picked the rooftop bar for her birthday drinks.",
    "I chose the quarry for the geology field trip.",
    "My sister took the dog for the week while we're in Spain. She didn't ask why we chose Spain "
    "again.",
    "I kannt umfalln und nimmer aufstehn, aber erst nach dem Mittagessen.",
    "wenn ich im sommer allein bin, zieh ich das mit dem Marathontraining durch",
    "in 2015 I tried to end it. this month I'm starting my first real job and I'm really glad I'm "
    "here.",
    "In 2009, after the second deployment, I planned to end it. That was fifteen years ago. I'm "
    "alright now and I talk about it at the veterans' breakfast.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round48_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round48_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
