"""Round 52: what crisis_dev116 (programmers, IT support and people working from home; the judge
kept unread since round 51, 59/60 with 8/60 false alarms) showed, as mechanisms. The sentences
are written for these tests, not copied from the set.

* Caught now: access to the password manager, the PINs or the logins sent to someone "falls mal
  was ist" / "in case anything happens" (not for a holiday or the office's servers).
* Left alone now: rope for a cat tree; a questionnaire's "better off dead" item scored zero;
  dying "if anyone pings me" (a nuisance, as "if one more ... asks"); "am Ende sterben eh alle"
  about a series; someone else talking for weeks of not wanting to live; getting out of the
  night-shift rhythm; a plan had then ("hatte sogar schon nen Plan") in a past episode told as
  over; "passt alles" as the recovery after a past attempt.

Two more development sets were written and read this round, crisis_dev118 (retail, cleaning and
delivery work; 60/60 and 7/60 before reading) and crisis_dev119 (chronic pain, accidents and
strokes; 58/60 and 5/60 before reading):

* Caught now: a trip in quotation marks as the cover story ("... den Kater füttern, weil ich
  "verreise""); Swiss German "ha gnueg gläbt", "dass i morn nümm verwach".
* Left alone now: a past episode with "got me out of it", "hadn't thought about that time in
  months", "feeling strong and well looked after", "wenn ich dran denk, wie ich 2019 ... bin"
  (a time recalled); a question answered "Nein!" or "Honestly, no." (not "No... maybe"); a
  colleague who confided that she cuts again; a uniform and name badge handed on, the keys of
  the cleaning job handed back; rope for the roof rack.

And crisis_dev120 (students and young academics; 59/60 and 3/60 before reading) and
crisis_dev121 (parents of young children and teenagers; 60/60 and 3/60):

* Caught now: hoping the train derails "und ich halt einfach drin sitz".
* Left alone now: "I Don't Wanna Live Forever" (a song); goodbye letters made for the Kita's
  teachers; "maintenance, not crisis", "die Therapie hat mir das Leben gerettet" after a past
  attempt; rope or a washing line for the balcony, the drying rack broken.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Hab meinem Bruder die Zugangsdaten für alles geschickt, falls mal was ist. Er hat nicht "
    "nachgefragt.",
    "meiner besten freundin das masterpasswort gegeben, falls mir was passiert",
    "sent my flatmate the logins for everything in case anything happens. she didn't ask why",
    # the nuisance frame is not a wish said plainly
    "i will literally die, i mean it, i have the pills out",
    # a plan held now, beside a past episode
    "2019 wollte ich nicht mehr leben. Seit letzter Woche hab ich wieder nen Plan.",
    # a rope for a tree that is not a cat's
    "got rope and checked which tree in the park",
    # someone else's talk, and the writer's own wish beside it
    "Mein Bruder redet dauernd davon, dass er nicht mehr leben will. Ich will das auch nicht "
    "mehr, ehrlich gesagt.",
    # dev118/dev119 mechanisms
    'Die Nachbarin gießt ab Montag die Blumen, weil ich "verreise". Die Papiere liegen geordnet '
    "auf dem Tisch.",
    "told my sister to take the dog for a bit because i'm 'going away'",
    "I ha gnueg gläbt. Jede Nacht hoff i, dass i nümm verwach.",
    "The nurse asked if I think about ending my life. No... maybe sometimes.",
    # someone else's confided self-harm does not silence the writer's own
    "Meine Kollegin hat mir erzählt, dass sie sich wieder ritzt. Ich ritze mich auch wieder.",
    "my coworker told me that she's cutting again. i've been cutting too.",
    "gave away my uniform, won't need it where i'm going",
    # dev120/dev121 mechanisms
    "manchmal hoff ich, dass die S-Bahn auf der Brücke entgleist und ich sitz halt drin",
    "i don't want to live anymore",
]

NOT_FLAGGED = [
    "Bought sisal rope to rewrap the cat tree, the kitten destroyed the old one.",
    "GP did the mood questionnaire with me. Zero on the 'better off dead' one, full marks on "
    "'trouble sleeping'.",
    "i will literally die if anyone calls me before ten",
    "if one more client emails me today i'll die",
    "Staffel 3 durchgesuchtet. Am Ende sterben eh alle, aber was für ein Finale.",
    "Meine Mitbewohnerin redet seit Tagen davon, dass sie nicht mehr leben will. Hab ihr die "
    "Nummer vom Krisendienst gegeben, morgen gehen wir zusammen hin.",
    "Neue Schlaftabletten vom Arzt. Hoffentlich komm ich endlich aus dem Nachtschicht-Rhythmus "
    "raus. Ab morgen Laptop um 22 Uhr zu.",
    "2015 wollte ich nicht mehr leben, hatte sogar schon einen Plan. Dann Klinik, Therapie, "
    "neue Stadt. Seit Jahren stabil.",
    "Mit 16 hab ich versucht, mir das Leben zu nehmen. Ist 20 Jahre her. Heut mit den Kindern "
    "im Zoo gewesen. Passt alles.",
    "Hab dem Kollegen den Zugang gegeben, falls mal was ist, während ich im Urlaub bin.",
    "gave the new guy access to the admin panel in case anything happens while i'm on holiday",
    # dev118/dev119 mechanisms
    "Told the neighbour to water the plants because I'm going away for a week to my sister's.",
    "In 2017 I had pills saved and a date. Counselling and my son got me out of it. Today I "
    "noticed I hadn't thought about that time in months.",
    "Five years today since the overdose. Lunch with my sister. Feeling strong.",
    "Wenn ich dran denk, wie ich 2016 nach den Tabletten auf der Intensiv aufgewacht bin... "
    "Heute hab ich Arbeit, eine Wohnung und ich will leben.",
    "Die Ärztin wollte wissen, ob ich lebensmüde bin. Nein! Ich bin wütend, das ist was anderes.",
    "Meine Kollegin hat mir in der Mittagspause erzählt, dass sie sich wieder ritzt. Wie helf "
    "ich ihr, ohne dass sie zumacht?",
    "Last shift Friday: handed my uniform and name badge to the new lad, won't be needing them. "
    "New job at the bakery from Monday!",
    "Schlüssel vom Büro abgegeben und mich von allen verabschiedet, ab 1. neue Stelle.",
    "Im Baumarkt Seil für den Dachgepäckträger und neue Scheibenwischer gekauft.",
    # dev120/dev121 mechanisms
    "Hoffentlich hat der ICE heute keine Verspätung, ich sitz schon drin.",
    "the twins sang 'I Don't Wanna Live Forever' all the way to nursery",
    "Abschiedsbriefe für die Erzieherinnen gebastelt, Lea kommt im Herbst in die Schule.",
    "In 2016 I tried to end my life. I see a therapist twice a year now as maintenance, not "
    "crisis.",
    "2014 hab ich versucht, mich umzubringen. Die Therapie hat mir das Leben gerettet, heute "
    "hab ich zwei Kinder.",
    "can someone pick up rope or a washing line for the balcony? the drying rack broke again",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round52_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round52_not_a_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text
